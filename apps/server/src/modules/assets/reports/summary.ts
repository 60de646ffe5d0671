import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { findCjkFont } from '../../../platform/pdf/pdf-font.js';
import { ASSET_STATUSES, ASSET_STATUS_LABELS, FUNDING_SOURCE_LABELS, labelOf } from '../assets.labels.js';
import { asOfDate, reportSchoolOf } from './report-school.js';
import { renderSummaryPdf } from './summary-pdf.js';
import { summaryTables } from './summary-tables.js';
import type { AssetSummary, SummaryQuery } from './reports.schemas.js';
import { type CategoryRow, type Figures, type GroupFigures, ZERO, addFigures, categoriesOf, figuresBy } from './summary.repository.js';

type CategoryClass = AssetSummary['categories'][number];
type Breakdown = AssetSummary['byStatus'][number];

/** The 门类 (level 1) and 大类 (level 2) above a category; a card filed on a 门类 itself counts as its own 大类. */
function classesOf(categoryId: number, byId: Map<number, CategoryRow>): { top: CategoryRow; major: CategoryRow } | null {
  const chain: CategoryRow[] = [];
  for (let c = byId.get(categoryId); c && chain.length < 10; c = c.parent_id === null ? undefined : byId.get(c.parent_id)) chain.unshift(c);
  const top = chain[0];
  return top ? { top, major: chain[1] ?? top } : null;
}

/** 门类 rows with their 大类 rows, each with subtotals, in the classification's order. */
export function rollUpCategories(rows: GroupFigures[], categories: CategoryRow[]): CategoryClass[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const order = new Map(categories.map((c, i) => [c.id, i]));
  const tops = new Map<number, { row: CategoryRow; figures: Figures; majors: Map<number, { row: CategoryRow; figures: Figures }> }>();
  for (const r of rows) {
    const classes = classesOf(Number(r.key), byId);
    if (!classes) continue;
    const top = tops.get(classes.top.id) ?? { row: classes.top, figures: ZERO, majors: new Map() };
    top.figures = addFigures(top.figures, r.figures);
    const major = top.majors.get(classes.major.id) ?? { row: classes.major, figures: ZERO };
    major.figures = addFigures(major.figures, r.figures);
    top.majors.set(classes.major.id, major);
    tops.set(classes.top.id, top);
  }
  const byOrder = <T extends { row: CategoryRow }>(a: T, b: T) => (order.get(a.row.id) ?? 0) - (order.get(b.row.id) ?? 0);
  return [...tops.values()].sort(byOrder).map((t) => ({
    categoryId: t.row.id, code: t.row.code, name: t.row.name, ...t.figures,
    children: [...t.majors.values()].sort(byOrder).map((m) => ({
      categoryId: m.row.id, code: m.row.code, name: m.row.id === t.row.id ? `${m.row.name}（未细分）` : m.row.name, ...m.figures,
    })),
  }));
}

const isEmpty = (f: Figures) => f.cards === 0 && f.addedCards === 0 && f.disposedCards === 0;

function breakdown(rows: GroupFigures[], labelOfKey: (key: string | number | null, label: string | null) => string, order?: readonly string[]): Breakdown[] {
  const out = rows.filter((r) => !isEmpty(r.figures)).map((r) => ({ key: r.key === null ? null : String(r.key), label: labelOfKey(r.key, r.label), ...r.figures }));
  const rank = (k: string | null) => (k === null ? Number.MAX_SAFE_INTEGER : order ? order.indexOf(k) : 0);
  return out.sort((a, b) => rank(a.key) - rank(b.key) || b.originalFen - a.originalFen);
}

/**
 * 资产年报汇总 (条例 第四十五条): one school's cards at the end of `asOf` by 门类 and 大类 with
 * subtotals, and by 使用状况, 资金来源, 使用部门 and 存放楼宇; additions and disposals count from
 * 1 January of `asOf`'s year.
 */
export async function assetSummary(db: Kysely<Database>, actor: Actor, q: SummaryQuery, now = new Date()): Promise<AssetSummary> {
  const school = await reportSchoolOf(db, actor, q.schoolId, now);
  const asOf = asOfDate(q.asOf, school);
  const period = { asOf, yearStart: `${asOf.slice(0, 4)}-01-01` };
  const [categories, byCategory, byStatus, byFunding, byDepartment, byBuilding] = await Promise.all([
    categoriesOf(db, school.id), figuresBy(db, school.id, period, 'category'), figuresBy(db, school.id, period, 'status'),
    figuresBy(db, school.id, period, 'fundingSource'), figuresBy(db, school.id, period, 'department'), figuresBy(db, school.id, period, 'building'),
  ]);
  return {
    schoolId: school.id, schoolName: school.name, asOf, year: Number(asOf.slice(0, 4)), yearStart: period.yearStart,
    totals: byCategory.reduce((t, r) => addFigures(t, r.figures), ZERO),
    categories: rollUpCategories(byCategory, categories),
    byStatus: breakdown(byStatus, (k) => labelOf(ASSET_STATUS_LABELS, k === null ? null : String(k)) ?? '未填写', ASSET_STATUSES),
    byFundingSource: breakdown(byFunding, (k) => (k === null ? '未填写' : labelOf(FUNDING_SOURCE_LABELS, String(k)) ?? String(k)), Object.keys(FUNDING_SOURCE_LABELS)),
    byDepartment: breakdown(byDepartment, (_k, label) => label ?? '未指定部门'),
    byBuilding: breakdown(byBuilding, (_k, label) => label ?? '未放在楼宇房间'),
  };
}

/** The summary as the 资产年报汇总表 PDF, printed today. */
export async function assetSummaryPdf(db: Kysely<Database>, actor: Actor, q: SummaryQuery, now = new Date()) {
  const font = findCjkFont();
  const [school, s] = await Promise.all([reportSchoolOf(db, actor, q.schoolId, now), assetSummary(db, actor, q, now)]);
  const body = await renderSummaryPdf({ schoolName: s.schoolName, asOf: s.asOf, year: s.year, printedOn: school.today, tables: summaryTables(s, 'text'), font });
  return { body, fileName: `${s.schoolName}资产汇总_${s.asOf}.pdf` };
}
