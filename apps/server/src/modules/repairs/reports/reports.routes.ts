import { Type } from 'typebox';
import { requirePermission } from '../../../platform/authz/actor.js';
import { sendXlsx, writeXlsx } from '../../../platform/excel/xlsx-export.js';
import { sendPdf } from '../../../platform/pdf/pdf-document.js';
import type { TypedApp } from '../../../platform/http/typed-app.js';
import type { AppServices } from '../../../app-services.js';
import { RequestListQuery } from '../requests.schemas.js';
import { WorkOrderListQuery } from '../work-orders.schemas.js';
import { exportRequests, exportWorkOrders } from './export-rows.js';
import { REQUEST_COLUMNS, WORK_ORDER_COLUMNS } from './export-sheets.js';
import { repairLedgerPdf } from './ledger.js';
import { dashboardRoutes } from './dashboard.routes.js';
import { summarySheets } from './summary-sheets.js';
import { districtRepairSummary, repairSummary } from './summary.js';
import { DistrictRepairSummary, DistrictSummaryQuery, LedgerQuery, RepairSummary, SummaryQuery } from './summary.schemas.js';

// The exports take the list filters without paging: they page internally up to MAX_EXPORT_ROWS.
const { page: _rp, pageSize: _rps, ...requestFilters } = RequestListQuery.properties;
const { page: _wp, pageSize: _wps, ...workOrderFilters } = WorkOrderListQuery.properties;
const RequestExportQuery = Type.Object(requestFilters, { additionalProperties: false });
const WorkOrderExportQuery = Type.Object(workOrderFilters, { additionalProperties: false });

/** 报表与导出 for the head of logistics: list exports, the summary and the monthly ledger. */
export function repairReportRoutes(app: TypedApp, { db }: AppServices): void {
  const k = db.kysely;
  dashboardRoutes(app, db);

  app.get('/repair-requests/export.xlsx', {
    schema: { tags: ['报修单'], summary: '导出报修单（Excel，筛选同列表，最多 50000 行）', querystring: RequestExportQuery },
  }, async (req, reply) => {
    const rows = await exportRequests(k, db.dialect, requirePermission(req.actor, 'repair', 'export'), req.query);
    return sendXlsx(reply, '报修单.xlsx', await writeXlsx([{ name: '报修单', columns: REQUEST_COLUMNS, rows }]));
  });

  app.get('/work-orders/export.xlsx', {
    schema: { tags: ['维修工单'], summary: '导出维修工单（Excel，筛选同派单看板，最多 50000 行）', querystring: WorkOrderExportQuery },
  }, async (req, reply) => {
    const rows = await exportWorkOrders(k, db.dialect, requirePermission(req.actor, 'work_order', 'export'), req.query);
    return sendXlsx(reply, '维修工单.xlsx', await writeXlsx([{ name: '维修工单', columns: WORK_ORDER_COLUMNS, rows }]));
  });

  app.get('/repair-reports/summary', {
    schema: { tags: ['维修报表'], summary: '维修统计（按报修日期，学校时区；默认本月）', querystring: SummaryQuery, response: { 200: RepairSummary } },
  }, async (req) => repairSummary(k, requirePermission(req.actor, 'work_order', 'read'), req.query));

  app.get('/repair-reports/district-summary', {
    schema: { tags: ['维修报表'], summary: '全区维修统计（教育局账号；各校合计，另按学校计数）', querystring: DistrictSummaryQuery, response: { 200: DistrictRepairSummary } },
  }, async (req) => districtRepairSummary(k, requirePermission(req.actor, 'work_order', 'read'), req.query));

  app.get('/repair-reports/summary.xlsx', {
    schema: { tags: ['维修报表'], summary: '导出维修统计（Excel，每张表一个工作表）', querystring: SummaryQuery },
  }, async (req, reply) => {
    const s = await repairSummary(k, requirePermission(req.actor, 'work_order', 'read'), req.query);
    return sendXlsx(reply, `维修统计_${s.from}_${s.to}.xlsx`, await writeXlsx(summarySheets(s)));
  });

  app.get('/repair-reports/ledger.pdf', {
    schema: { tags: ['维修报表'], summary: '维修登记台账（PDF，A4 横向，按月；默认本月）', querystring: LedgerQuery },
  }, async (req, reply) => {
    const { body, fileName } = await repairLedgerPdf(k, requirePermission(req.actor, 'work_order', 'read'), req.query);
    return sendPdf(reply, fileName, body);
  });
}
