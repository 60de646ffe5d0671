import type { Kysely } from 'kysely';
import { localDate } from '../../../platform/calendar/time-zone.js';
import type { Database } from '../../../platform/db/schema.js';
import { platformError } from '../../../platform/http/errors.js';
import { requestCode } from '../repairs.labels.js';
import { maskName } from './mask-name.js';
import { boardMonthTotals, boardSchoolOf, recentBoardRows } from './public-board.repository.js';
import type { BoardItem, PublicBoard } from './public-board.schemas.js';
import { recentMonths } from './recent-months.js';

const BOARD_SIZE = 50;
const BOARD_MONTHS = 6;

type Row = Awaited<ReturnType<typeof recentBoardRows>>[number];

// Plain words for visitors: the workflow's finer steps (待接单, 已接单) mean nothing on a notice board.
const WORK_STATUS: Record<string, [string, BoardItem['tone']]> = {
  pending_dispatch: ['已受理', 'waiting'], assigned: ['已派工', 'waiting'], accepted: ['维修中', 'working'], in_progress: ['维修中', 'working'],
  paused: ['暂停（等配件等）', 'working'], completed: ['已完工', 'done'], confirmed: ['已完成', 'done'], cancelled: ['已取消', 'closed'],
};

function statusOf(r: Row): [string, BoardItem['tone']] {
  if (r.status === 'submitted') return ['待受理', 'waiting'];
  if (r.status === 'declined') return ['不予受理', 'closed'];
  return WORK_STATUS[r.work_status ?? ''] ?? ['处理中', 'working'];
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/**
 * 报修公示: what a school has been asked to repair lately and how fast it got done, for anyone.
 * Only the building and room are shown as the place, and only the category as the fault: free
 * text (descriptions, 操场东侧王老师车位) may name people, and no masking of free text is safe.
 * Requesters' names are masked (张*). Answers 404 alike for an unknown school and a closed board.
 */
export async function publicRepairBoard(db: Kysely<Database>, schoolCode: string, now = new Date()): Promise<PublicBoard> {
  const school = await boardSchoolOf(db, schoolCode);
  if (!school) throw platformError('NOT_FOUND', '该学校未开放报修公示，或学校代码有误');
  const months = recentMonths(BOARD_MONTHS, school.timezone, now);
  const [rows, totals] = await Promise.all([
    recentBoardRows(db, school.id, BOARD_SIZE),
    Promise.all(months.map((m) => boardMonthTotals(db, school.id, m))),
  ]);
  const dateOf = (iso: string) => localDate(new Date(iso), school.timezone);
  const items = rows.map((r): BoardItem => {
    const [statusLabel, tone] = statusOf(r);
    const done = tone === 'done' && r.completed_at !== null;
    return {
      code: requestCode(r.id), reportedDate: dateOf(r.reported_at),
      location: [r.building_name, r.room_name].filter(Boolean).join(' ') || '校内公共区域',
      categoryName: r.category_name, statusLabel, tone, completedDate: done && r.completed_at ? dateOf(r.completed_at) : null,
      requesterName: maskName(r.requester_name),
    };
  });
  const completed = totals.reduce((a, t) => a + t.completed, 0);
  const onTime = totals.reduce((a, t) => a + t.onTime, 0);
  return {
    schoolName: school.name, generatedAt: now.toISOString(), items,
    months: months.map((m, i) => {
      const t = totals[i] ?? { reported: 0, completed: 0, onTime: 0 };
      return { month: m.from.slice(0, 7), reported: t.reported, completed: t.completed, onTimeShare: share(t.onTime, t.completed) };
    }),
    onTimeShare: share(onTime, completed),
  };
}
