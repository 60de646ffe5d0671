import type { Kysely } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import type { Database } from '../../../../platform/db/schema.js';
import { type XlsxSheet, writeXlsx } from '../../../../platform/excel/xlsx-export.js';
import { pagingOf } from '../../../../platform/http/pagination.js';
import type { ReportRow, ResultItemDto } from '../stocktakes.schemas.js';
import { listExtras } from './extras.js';
import { stocktakeReport, stocktakeResults } from './results-report.js';
import { yuan } from '../../../../platform/money.js';

const pct = (r: number) => `${(r * 100).toFixed(2)}%`;

type Cell = string | number | null;
type Line = Cell[];

/** Sheets of plain lines, so one workbook can hold summary, breakdowns and lists. */
function sheet(name: string, headers: [string, number][], rows: Line[]): XlsxSheet<Line> {
  return { name, rows, columns: headers.map(([header, width], i) => ({ header, width, value: (r: Line) => r[i] ?? null })) };
}

function breakdown(name: string, first: string, rows: ReportRow[]): XlsxSheet<Line> {
  return sheet(name, [[first, 30], ['应盘', 8], ['实盘', 8], ['帐实相符', 10], ['盘亏', 8], ['应盘金额（元）', 16], ['盘亏金额（元）', 16], ['帐实相符率', 12]],
    rows.map((r) => [r.name, r.expected, r.found, r.matched, r.missing, yuan(r.expectedValueFen), yuan(r.missingValueFen), pct(r.matchRate)]));
}

function detail(name: string, rows: ResultItemDto[]): XlsxSheet<Line> {
  return sheet(name, [['资产编号', 18], ['名称', 24], ['分类', 16], ['原值（元）', 12], ['账面地点', 28], ['盘点地点', 28], ['盘点人', 10]],
    rows.map((r) => [r.code, r.name, r.categoryName, yuan(r.valueFen), r.expectedLocation, r.foundLocation, r.scannedByName]));
}

/** 盘点报告 workbook: the summary with 帐实相符率, breakdowns by category and room, then 盘亏 and 盘盈 lists. */
export async function exportStocktakeReport(db: Kysely<Database>, actor: Actor, id: number): Promise<{ name: string; body: Buffer }> {
  const report = await stocktakeReport(db, actor, id);
  const all = async (kind: 'missing' | 'unexpected') => {
    const out: ResultItemDto[] = [];
    for (let page = 1; ; page++) {
      const r = await stocktakeResults(db, actor, id, { kind, ...pagingOf({ page, pageSize: 200 }) });
      out.push(...r.items);
      if (out.length >= r.total || r.items.length === 0) return out;
    }
  };
  const summary: Line[] = [
    ['学校', report.schoolName], ['盘点', report.stocktake.name], ['范围', `${report.stocktake.scopeKindLabel}：${report.stocktake.scopeNames.join('、')}`],
    ['状态', report.stocktake.statusLabel], ['应盘数量', report.expectedCount], ['应盘金额（元）', yuan(report.expectedValueFen)],
    ['实盘数量', report.foundCount], ['帐实相符', report.matchedCount], ['帐实相符率', pct(report.matchRate)],
    ['盘亏数量', report.missingCount], ['盘亏金额（元）', yuan(report.missingValueFen)], ['盘盈（范围外资产）', report.unexpectedCount],
    ['盘盈（无卡物品）', report.extraCount], ['位置不符', report.wrongRoomCount], ['使用人不符', report.wrongCustodianCount], ['状况异常', report.damagedCount],
  ];
  const body = await writeXlsx<Line>([
    sheet('汇总', [['项目', 20], ['数值', 40]], summary),
    breakdown('按分类', '分类', report.byCategory),
    breakdown('按房间', '房间', report.byRoom),
    detail('盘亏明细', await all('missing')),
    detail('盘盈明细', await all('unexpected')),
    sheet('无卡盘盈', [['物品名称', 24], ['数量', 8], ['所在房间', 24], ['说明', 30], ['登记人', 10], ['照片', 8]],
      (await listExtras(db, actor, id)).items.map((e) => [e.name, e.quantity, e.roomName, e.note, e.createdByName, e.photos.length])),
  ]);

  return { name: `${report.stocktake.name}-盘点报告.xlsx`, body };
}
