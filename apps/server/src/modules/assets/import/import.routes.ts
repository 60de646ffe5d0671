import path from 'node:path';
import type { AppServices } from '../../../app-services.js';
import { requirePermission } from '../../../platform/authz/actor.js';
import { readImportUpload } from '../../../platform/excel/import-upload.js';
import { parsedImportCache } from '../../../platform/excel/parsed-import-cache.js';
import { sendXlsx } from '../../../platform/excel/xlsx-export.js';
import { templateWorkbook } from '../../../platform/excel/xlsx-template.js';
import type { TypedApp } from '../../../platform/http/typed-app.js';
import { LedgerImportReport } from './import.schemas.js';
import { importLedger } from './import-ledger.js';
import { LEDGER_EXAMPLES, LEDGER_SPEC } from './ledger-columns.js';

const TAGS = ['校产'];

/** 台账导入: the template, and the check / commit of a school's existing Excel ledger. */
export function assetImportRoutes(app: TypedApp, { db, config }: AppServices): void {
  const cache = parsedImportCache(path.join(config.dataDir, 'import-cache'));
  app.get('/assets/import/template.xlsx', { schema: { tags: TAGS, summary: '下载资产台账导入模板' } }, async (req, reply) => {
    requirePermission(req.actor, 'asset', 'import');
    return sendXlsx(reply, '资产台账导入模板.xlsx', await templateWorkbook(LEDGER_SPEC, LEDGER_EXAMPLES));
  });

  app.post('/assets/import', {
    schema: {
      tags: TAGS, consumes: ['multipart/form-data'], response: { 200: LedgerImportReport },
      summary: '导入资产台账（multipart：file；dryRun 默认 true 只检查；mapping 为 JSON {字段: 列号}；headerRow；onError=abort|skip）。已有编号的卡片不会被覆盖',
    },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'asset', 'import');
    return importLedger(db.kysely, actor, await readImportUpload(req), cache);
  });
}
