import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { addDays, dayNumberOf } from '../../../platform/calendar/dates.js';
import type { Database } from '../../../platform/db/schema.js';
import type { XlsxColumn } from '../../../platform/excel/xlsx-export.js';
import { type Paging, pagingOf, parseSort } from '../../../platform/http/pagination.js';
import { floorLabel } from '../../qr/targets/room-qr-target.js';
import { ASSET_STATUS_LABELS, labelOf } from '../assets.labels.js';
import { locationOf } from '../assets.presenter.js';
import type { AssetRow } from '../assets.repository.js';
import { type CardListKind, type HolderKind, type HolderSort, cardListRows, holderRows } from './lists.repository.js';
import { type ReportSchool, reportSchoolOf } from './report-school.js';
import type { ByHolderQuery, CardListQuery, ReportCard, WarrantyQuery } from './reports.schemas.js';
import { yuan } from '../../../platform/money.js';

function presentCard(r: AssetRow, today: string): ReportCard {
  return {
    id: r.id, code: r.code, name: r.name, categoryCode: r.category_code, categoryName: r.category_name, specModel: r.spec_model, quantity: r.quantity, unit: r.unit,
    originalValueFen: r.original_value_fen, netValueFen: r.original_value_fen - r.accumulated_depreciation_fen, acquiredOn: r.acquired_on,
    warrantyUntil: r.warranty_until, warrantyDaysLeft: r.warranty_until ? dayNumberOf(r.warranty_until) - dayNumberOf(today) : null,
    supplier: r.supplier, departmentName: r.department_name, custodianName: r.custodian_name, location: locationOf(r),
    status: r.status, statusLabel: labelOf(ASSET_STATUS_LABELS, r.status) ?? r.status,
  };
}

async function cardList(db: Kysely<Database>, actor: Actor, schoolId: number | undefined, list: (s: ReportSchool) => CardListKind, paging: Paging | null) {
  const school = await reportSchoolOf(db, actor, schoolId);
  const page = await cardListRows(db, school.id, school.today, list(school), paging);
  return { school, page: { ...page, items: page.items.map((r) => presentCard(r, school.today)) } };
}

/** 闲置资产: cards on the books marked 闲置, the most valuable first (candidates for 调剂 before buying new, 条例 第九条). */
export async function idleAssets(db: Kysely<Database>, actor: Actor, q: CardListQuery, all = false) {
  return cardList(db, actor, q.schoolId, () => ({ kind: 'idle' }), all ? null : pagingOf(q));
}

/** 保修到期: cards whose warranty ends between today and `withinDays` from now, soonest first. */
export async function warrantyAssets(db: Kysely<Database>, actor: Actor, q: WarrantyQuery, all = false) {
  const days = q.withinDays ?? 90;
  return cardList(db, actor, q.schoolId, (s) => ({ kind: 'warranty', from: s.today, to: addDays(s.today, days) }), all ? null : pagingOf(q));
}

const HOLDER_LINKS: Record<HolderKind, ((id: number) => string) | null> = {
  room: (id) => `/assets/holders/room/${id}`, person: (id) => `/assets/holders/user/${id}`, department: null,
};
const NO_HOLDER: Record<HolderKind, string> = { room: '未指定存放地点', person: '未指定使用人', department: '未指定使用部门' };

/** 按保管人: counts and values per room, person or department, each linking to its 财产责任清单 where there is one. */
export async function assetsByHolder(db: Kysely<Database>, actor: Actor, q: ByHolderQuery) {
  const school = await reportSchoolOf(db, actor, q.schoolId);
  const kind = q.kind ?? 'person';
  const [column, dir] = parseSort<HolderSort>(q.sort ?? '-originalValueFen', 'originalValueFen');
  const page = await holderRows(db, school.id, school.today, kind, [column, dir], pagingOf(q));
  const link = HOLDER_LINKS[kind];
  return {
    ...page,
    kind,
    items: page.items.map((r) => {
      const id = r.holder_id === null ? null : Number(r.holder_id);
      const original = Number(r.original ?? 0);
      const detail = kind === 'room' ? [r.detail, r.floor === null ? null : floorLabel(Number(r.floor))].filter(Boolean).join(' ') || null : r.detail;
      return {
        holderId: id, name: id === null ? NO_HOLDER[kind] : r.label ?? `#${id}`, detail, cards: Number(r.cards), originalValueFen: original,
        netValueFen: original - Number(r.accumulated ?? 0), link: id !== null && link ? link(id) : null,
      };
    }),
  };
}


/** Columns of the 闲置资产 and 保修到期 workbooks. */
export function cardListColumns(withWarranty: boolean): XlsxColumn<ReportCard>[] {
  return [
    { header: '资产编号', width: 18, value: (c) => c.code },
    { header: '资产名称', width: 24, value: (c) => c.name },
    { header: '分类名称', width: 18, value: (c) => c.categoryName },
    { header: '规格型号', width: 16, value: (c) => c.specModel },
    { header: '数量', width: 8, value: (c) => c.quantity },
    { header: '原值（元）', width: 14, value: (c) => yuan(c.originalValueFen) },
    { header: '净值（元）', width: 14, value: (c) => yuan(c.netValueFen) },
    { header: '取得日期', width: 12, value: (c) => c.acquiredOn },
    ...(withWarranty ? [
      { header: '保修截止日期', width: 12, value: (c: ReportCard) => c.warrantyUntil },
      { header: '剩余天数', width: 10, value: (c: ReportCard) => c.warrantyDaysLeft },
      { header: '供应商', width: 20, value: (c: ReportCard) => c.supplier },
    ] : []),
    { header: '使用部门', width: 14, value: (c) => c.departmentName },
    { header: '使用人', width: 10, value: (c) => c.custodianName },
    { header: '存放地点', width: 28, value: (c) => c.location },
    { header: '使用状况', width: 10, value: (c) => c.statusLabel },
  ];
}
