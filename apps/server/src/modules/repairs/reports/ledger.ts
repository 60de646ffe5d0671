import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { formatLocalTime } from '../../../platform/calendar/time-zone.js';
import type { Database } from '../../../platform/db/schema.js';
import { findCjkFont } from '../../../platform/pdf/pdf-font.js';
import { placeOf } from '../repairs.presenter.js';
import { type ItemRow, itemBase, withItemColumns } from '../repairs.repository.js';
import { type LedgerRow, renderLedgerPdf } from './ledger-pdf.js';
import { monthPeriod, reportSchoolOf } from './report-scope.js';
import type { LedgerQuery } from './summary.schemas.js';

/** The ledger keeps what was really reported: merged duplicates and withdrawn reports are left out. */
const LEFT_OUT = ['merged', 'cancelled'];

/** "11-21 09:30": the year is in the title. */
const short = (iso: string | null, tz: string): string => (iso ? formatLocalTime(iso, tz).slice(5) : '');

function ledgerRow(r: ItemRow, tz: string): LedgerRow {
  const accepted = r.confirmed_at ? (r.auto_confirmed ? '到期自动验收' : r.requester_name) : '';
  return {
    date: short(r.reported_at, tz),
    requester: r.requester_name,
    place: placeOf(r).location,
    content: `【${r.category_name}】${r.description}${r.completion_note ? `\n处理：${r.completion_note}` : ''}`,
    technician: r.assignee_name ?? r.team_name ?? '',
    completedAt: short(r.completed_at, tz),
    acceptedBy: accepted,
    rating: r.rating ? `${r.rating}星${r.rating_comment ? ` ${r.rating_comment}` : ''}` : '',
  };
}

/** 维修登记台账 of one month as a PDF, oldest report first. */
export async function repairLedgerPdf(db: Kysely<Database>, actor: Actor, q: LedgerQuery, now = new Date()) {
  const school = await reportSchoolOf(db, actor, q.schoolId);
  const period = monthPeriod(q.month, school.timezone, now);
  const font = findCjkFont();
  const rows = await withItemColumns(itemBase(db, { schoolIds: [school.id], own: null })
    .where('rr.reported_at', '>=', period.start).where('rr.reported_at', '<', period.end).where('rr.status', 'not in', LEFT_OUT))
    .orderBy('rr.reported_at').orderBy('rr.id').execute();
  const body = await renderLedgerPdf({ schoolName: school.name, year: period.year, month: period.month, rows: rows.map((r) => ledgerRow(r, school.timezone)), font });
  return { body, fileName: `${school.name}维修登记台账_${period.from.slice(0, 7)}.pdf` };
}
