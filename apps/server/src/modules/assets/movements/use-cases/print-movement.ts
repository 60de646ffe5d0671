import type { Kysely } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import type { DialectName } from '../../../../platform/db/database.js';
import type { Database } from '../../../../platform/db/schema.js';
import type { XlsxSheet } from '../../../../platform/excel/xlsx-export.js';
import { findCjkFont } from '../../../../platform/pdf/pdf-font.js';
import { yuanText } from '../../../../platform/money.js';
import { renderMovementPdf } from '../movement-pdf.js';
import { MOVEMENT_FORM, type MovementKind } from '../movements.labels.js';
import type { MovementDetail, MovementDto } from '../movements.schemas.js';
import { showMovement } from './read-movements.js';

const lastBy = (d: MovementDetail, actions: string[]) => [...d.steps].reverse().find((s) => actions.includes(s.action))?.actorName ?? '';

/** The printable 调拨单 / 借用单 / 退库单 of a document the reader may see. */
export async function movementPdf(db: Kysely<Database>, dialect: DialectName, actor: Actor, id: number): Promise<{ body: Buffer; fileName: string }> {
  const font = findCjkFont();
  const d = await showMovement(db, dialect, actor, id);
  const m = d.movement;
  const school = await db.selectFrom('schools').select('name').where('id', '=', m.schoolId).executeTakeFirstOrThrow();
  const kind = m.kind as MovementKind;
  const form = MOVEMENT_FORM[kind];
  const facts: [string, string][] = [
    ['申请人', `${m.requesterName}　　填单日期：${m.createdAt.slice(0, 10)}　　状态：${m.statusLabel}`],
    ['事由', m.reason],
  ];
  if (kind === 'transfer') facts.push(['调入（接收人 / 部门 / 地点）', m.toText || '—'], ['预计调拨日期', m.expectedDate ?? '—']);
  if (kind === 'loan') {
    facts.push(['借用人 / 使用地点', m.toText || '—'], ['归还期限', m.dueDate ?? '—']);
    // The paper copy shows the whole chain: a due date changed by hand without a trace is what an audit asks about.
    if (d.extensions.length) facts.push(['续借记录', d.extensions.map((e) => `${e.fromDate} → ${e.toDate}（${e.reason}，${e.actorName}）`).join('；')]);
  }
  if (kind === 'store_return') facts.push(['交回', '库房（保管员确认后清除使用人，状态改为闲置）']);
  const signatures: [string, string][] = kind === 'store_return'
    ? [['交回人', m.requesterName], ['保管员', lastBy(d, ['confirm_store'])]]
    : [
      ['申请人', m.requesterName], ['审批人', lastBy(d, ['approve'])],
      [kind === 'loan' ? '借出人' : '移交人', kind === 'loan' ? lastBy(d, ['lend']) : ''],
      [kind === 'loan' ? '借用人' : '接收人', kind === 'loan' ? m.toCustodianName ?? '' : lastBy(d, ['receive', 'receive_for'])],
    ];
  const body = await renderMovementPdf({
    title: form.title, schoolName: school.name, code: m.code, facts, font, signatures,
    extraTitle: kind === 'loan' ? '归还状况' : '状况',
    totalYuan: yuanText(d.lines.reduce((sum, l) => sum + l.originalValueFen, 0)),
    lines: d.lines.map((l) => ({
      code: l.code, name: l.name, model: l.specModel ?? '', valueYuan: yuanText(l.originalValueFen), from: l.fromText,
      extra: kind === 'loan' ? l.returnConditionLabel ?? '' : l.fromStatusLabel,
    })),
  });
  return { body, fileName: `${school.name}${form.title}_${m.code}.pdf` };
}

/** One row per document, as the list shows it. */
export function movementSheet(items: MovementDto[]): XlsxSheet<MovementDto> {
  return {
    name: '调拨借用记录',
    rows: items,
    columns: [
      { header: '单号', width: 14, value: (m) => m.code },
      { header: '类型', width: 8, value: (m) => m.kindLabel },
      { header: '状态', width: 12, value: (m) => m.statusLabel },
      { header: '申请人', width: 10, value: (m) => m.requesterName },
      { header: '资产数', width: 8, value: (m) => m.assetCount },
      { header: '资产', width: 36, value: (m) => m.assetSummary },
      { header: '接收 / 借用', width: 30, value: (m) => m.toText },
      { header: '事由', width: 30, value: (m) => m.reason },
      { header: '归还期限', width: 12, value: (m) => m.dueDate },
      { header: '逾期', width: 6, value: (m) => (m.overdue ? '是' : '') },
      { header: '提交时间', width: 20, value: (m) => m.submittedAt },
      { header: '办结时间', width: 20, value: (m) => m.closedAt },
    ],
  };
}
