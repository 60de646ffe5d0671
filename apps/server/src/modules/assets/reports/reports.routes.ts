import type { AppServices } from '../../../app-services.js';
import { requirePermission } from '../../../platform/authz/actor.js';
import { sendXlsx, writeXlsx } from '../../../platform/excel/xlsx-export.js';
import type { TypedApp } from '../../../platform/http/typed-app.js';
import { sendPdf } from '../../../platform/pdf/pdf-document.js';
import { districtAssetSummary } from './district-summary.js';
import { XLSX_COLUMNS } from './ledger-columns.js';
import { ledgerPdf, ledgerWorkbookRows } from './ledger.js';
import { assetsByHolder, cardListColumns, idleAssets, warrantyAssets } from './lists.js';
import {
  ByHolderQuery, CardExportQuery, CardListQuery, DistrictAssetSummary, HolderPage, LedgerQuery, ReportCardPage, AssetSummary, SummaryQuery,
  WarrantyExportQuery, WarrantyQuery,
} from './reports.schemas.js';
import { summarySheets } from './summary-sheets.js';
import { assetSummary, assetSummaryPdf } from './summary.js';

const TAGS = ['校产报表'];

/**
 * 资产报表: the 资产台账 (PDF and Excel, one layout), the 资产年报 summary, idle and warranty lists,
 * values per holder, and the district comparison for the bureau. Reading needs `asset:read` and a
 * school-wide scope; Excel needs `asset:export`, PDF `asset:print`.
 */
export function assetReportRoutes(app: TypedApp, { db }: AppServices): void {
  const k = db.kysely;

  app.get('/asset-reports/ledger.pdf', {
    schema: { tags: TAGS, summary: '资产台账（PDF，A4 横向；筛选同资产列表；asOf 为截至日期，默认今天）', querystring: LedgerQuery },
  }, async (req, reply) => {
    const { body, fileName } = await ledgerPdf(k, db.dialect, requirePermission(req.actor, 'asset', 'print'), req.query);
    return sendPdf(reply, fileName, body);
  });

  app.get('/asset-reports/ledger.xlsx', {
    schema: { tags: TAGS, summary: '资产台账（Excel，与 PDF 同一版式，金额单位：元）', querystring: LedgerQuery },
  }, async (req, reply) => {
    const { lines, fileName } = await ledgerWorkbookRows(k, db.dialect, requirePermission(req.actor, 'asset', 'export'), req.query);
    return sendXlsx(reply, fileName, await writeXlsx([{ name: '资产台账', columns: XLSX_COLUMNS, rows: lines }]));
  });

  app.get('/asset-reports/summary', {
    schema: { tags: TAGS, summary: '资产年报汇总：按门类、大类（含小计），及按使用状况、资金来源、部门、楼宇（金额单位：分）', querystring: SummaryQuery, response: { 200: AssetSummary } },
  }, async (req) => assetSummary(k, requirePermission(req.actor, 'asset', 'read'), req.query));

  app.get('/asset-reports/summary.xlsx', {
    schema: { tags: TAGS, summary: '资产年报汇总（Excel，每张表一个工作表，金额单位：元）', querystring: SummaryQuery },
  }, async (req, reply) => {
    const s = await assetSummary(k, requirePermission(req.actor, 'asset', 'export'), req.query);
    return sendXlsx(reply, `${s.schoolName}资产汇总_${s.asOf}.xlsx`, await writeXlsx(summarySheets(s)));
  });

  app.get('/asset-reports/summary.pdf', {
    schema: { tags: TAGS, summary: '资产年报汇总表（PDF，A4 横向）', querystring: SummaryQuery },
  }, async (req, reply) => {
    const { body, fileName } = await assetSummaryPdf(k, requirePermission(req.actor, 'asset', 'print'), req.query);
    return sendPdf(reply, fileName, body);
  });

  app.get('/asset-reports/idle', {
    schema: { tags: TAGS, summary: '闲置资产（原值高的在前）', querystring: CardListQuery, response: { 200: ReportCardPage } },
  }, async (req) => (await idleAssets(k, requirePermission(req.actor, 'asset', 'read'), req.query)).page);

  app.get('/asset-reports/idle.xlsx', {
    schema: { tags: TAGS, summary: '闲置资产（Excel）', querystring: CardExportQuery },
  }, async (req, reply) => {
    const { school, page } = await idleAssets(k, requirePermission(req.actor, 'asset', 'export'), req.query, true);
    return sendXlsx(reply, `${school.name}闲置资产_${school.today}.xlsx`, await writeXlsx([{ name: '闲置资产', columns: cardListColumns(false), rows: page.items }]));
  });

  app.get('/asset-reports/warranty', {
    schema: { tags: TAGS, summary: '保修即将到期（今天起 withinDays 天内，默认 90 天；先到期的在前）', querystring: WarrantyQuery, response: { 200: ReportCardPage } },
  }, async (req) => (await warrantyAssets(k, requirePermission(req.actor, 'asset', 'read'), req.query)).page);

  app.get('/asset-reports/warranty.xlsx', {
    schema: { tags: TAGS, summary: '保修即将到期（Excel）', querystring: WarrantyExportQuery },
  }, async (req, reply) => {
    const { school, page } = await warrantyAssets(k, requirePermission(req.actor, 'asset', 'export'), req.query, true);
    return sendXlsx(reply, `${school.name}保修到期_${school.today}.xlsx`, await writeXlsx([{ name: '保修到期', columns: cardListColumns(true), rows: page.items }]));
  });

  app.get('/asset-reports/by-holder', {
    schema: { tags: TAGS, summary: '按保管人统计：每个房间、使用人或部门的卡片数、原值、净值（链接到责任清单）', querystring: ByHolderQuery, response: { 200: HolderPage } },
  }, async (req) => assetsByHolder(k, requirePermission(req.actor, 'asset', 'read'), req.query));

  app.get('/asset-reports/district-summary', {
    schema: { tags: TAGS, summary: '全区资产对比（教育局账号）：各校卡片数、原值、净值、闲置、超过使用年限', response: { 200: DistrictAssetSummary } },
  }, async (req) => districtAssetSummary(k, requirePermission(req.actor, 'asset', 'read')));
}
