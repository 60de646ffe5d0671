import type { Actor } from '../../../platform/authz/actor.js';
import type { Db } from '../../../platform/db/database.js';
import { writeXlsx } from '../../../platform/excel/xlsx-export.js';
import type { QrCodeListQuery } from '../qr.schemas.js';
import { listQrCodesPage } from './list-qr-codes.js';

// A school prints a few thousand labels at most; beyond this the export says it stopped.
const MAX_ROWS = 20000;

/** The filtered code list as a workbook, built page by page through the same query as the list. */
export async function exportQrCodes(db: Db, actor: Actor, query: QrCodeListQuery, baseUrl: string): Promise<Buffer> {
  const rows: Awaited<ReturnType<typeof listQrCodesPage>>['items'] = [];
  for (let page = 1; rows.length < MAX_ROWS; page++) {
    const result = await listQrCodesPage(db, actor, { ...query, page, pageSize: 200 }, baseUrl);
    rows.push(...result.items);
    if (result.items.length < 200) break;
  }
  return writeXlsx([{
    name: '二维码',
    rows,
    columns: [
      { header: '编码', width: 14, value: (r) => r.code },
      { header: '扫码地址', width: 40, value: (r) => r.url },
      { header: '批次', width: 16, value: (r) => r.batchName },
      { header: '绑定对象类型', value: (r) => r.targetTypeLabel },
      { header: '绑定对象', width: 20, value: (r) => r.targetName ?? (r.targetType ? '（已删除）' : '未绑定') },
      { header: '位置', width: 20, value: (r) => r.targetLocation },
      { header: '绑定时间', width: 20, value: (r) => r.linkedAt },
    ],
  }]);
}
