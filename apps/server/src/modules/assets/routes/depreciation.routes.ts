import type { AppServices } from '../../../app-services.js';
import { requirePermission } from '../../../platform/authz/actor.js';
import { sendXlsx, writeXlsx } from '../../../platform/excel/xlsx-export.js';
import type { TypedApp } from '../../../platform/http/typed-app.js';
import { DepreciationReport, ReportQuery, RunQuery, RunResult } from '../depreciation.schemas.js';
import { depreciationReport, depreciationSheet, runDepreciationNow } from '../use-cases/depreciation-report.js';

const TAGS = ['校产折旧'];

export function depreciationRoutes(app: TypedApp, { db }: AppServices): void {
  const k = db.kysely;

  app.post('/asset-depreciation/run', {
    schema: {
      tags: TAGS, summary: '计提折旧到指定月份（默认本月；重复执行不会重复计提，每月自动执行到上月）', querystring: RunQuery, response: { 200: RunResult },
    },
  }, async (req) => runDepreciationNow(k, requirePermission(req.actor, 'asset_settings', 'update'), req.query.month));

  app.get('/asset-depreciation/report', {
    schema: { tags: TAGS, summary: '折旧汇总：按分类和月份（金额单位：分）', querystring: ReportQuery, response: { 200: DepreciationReport } },
  }, async (req) => depreciationReport(k, requirePermission(req.actor, 'asset_settings', 'read'), req.query));

  app.get('/asset-depreciation/report.xlsx', {
    schema: { tags: TAGS, summary: '折旧汇总（Excel，金额单位：元）', querystring: ReportQuery },
  }, async (req, reply) => {
    const report = await depreciationReport(k, requirePermission(req.actor, 'asset_settings', 'read'), req.query);
    const body = await writeXlsx([depreciationSheet(report)]);
    return sendXlsx(reply, `${report.schoolName}折旧汇总_${report.from}至${report.to}.xlsx`, body);
  });
}
