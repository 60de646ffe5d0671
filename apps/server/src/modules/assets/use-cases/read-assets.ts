import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { DialectName } from '../../../platform/db/database.js';
import type { Database } from '../../../platform/db/schema.js';
import { notFound } from '../../../platform/http/errors.js';
import { pagingOf } from '../../../platform/http/pagination.js';
import { ASSET_EVENT_LABELS } from '../assets.labels.js';
import { presentAsset } from '../assets.presenter.js';
import { type AssetRow, type AssetScope, assetScopeOf, findAssetRows, listAssetRows, qrCodesOf } from '../assets.repository.js';
import type { AssetDto, AssetListQuery } from '../assets.schemas.js';

/** A district reader may narrow to one school; naming a school out of reach shows nothing. */
export function narrowScope(scope: AssetScope, schoolId: number | undefined): AssetScope {
  if (schoolId === undefined) return scope;
  return { ...scope, schoolIds: scope.schoolIds.includes(schoolId) ? [schoolId] : [] };
}

export async function presentRows(db: Kysely<Database>, actor: Actor, rows: AssetRow[]): Promise<AssetDto[]> {
  const qr = await qrCodesOf(db, [...new Set(rows.map((r) => r.school_id))], rows.map((r) => r.id));
  return rows.map((r) => presentAsset(actor, r, qr.get(r.id) ?? null));
}

/** 资产列表: filtered, sorted and paged in SQL within what the reader may see. */
export async function listAssets(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: AssetListQuery) {
  const { page, pageSize, sort, schoolId, ...filters } = q;
  const result = await listAssetRows(db, dialect, narrowScope(assetScopeOf(actor), schoolId), filters, sort, pagingOf({ page, pageSize }));
  return { ...result, items: await presentRows(db, actor, result.items) };
}

export async function showAsset(db: Kysely<Database>, actor: Actor, id: number): Promise<AssetDto> {
  const [row] = await findAssetRows(db, assetScopeOf(actor), [id]);
  if (!row) throw notFound('资产');
  return (await presentRows(db, actor, [row]))[0] as AssetDto;
}

export async function showAssets(db: Kysely<Database>, actor: Actor, ids: number[]): Promise<AssetDto[]> {
  return presentRows(db, actor, await findAssetRows(db, assetScopeOf(actor), ids));
}

const FIELD_LABELS: Record<string, string> = {
  name: '资产名称', category_id: '资产分类', spec_model: '规格型号', brand: '品牌', manufacturer: '生产厂家', serial_no: '出厂编号', unit: '计量单位',
  quantity: '数量', area_m2: '面积', value_type: '价值类型', original_value_fen: '原值（分）', acquisition_method: '取得方式', acquired_on: '取得日期',
  accounted_on: '财务入账日期', voucher_no: '会计凭证号', funding_source: '资金来源', procurement_form: '采购组织形式', supplier: '供应商',
  warranty_until: '保修截止日期', manager_department_id: '管理部门', location_text: '存放位置说明', usage: '使用方向', life_months: '折旧年限（月）',
  accounting_class: '资产性质', depreciation_method: '折旧方法', dep_start_month: '开始计提月份', title_cert_no: '权属证号', note: '备注', status: '使用状况',
  custodian: '使用人', room: '存放地点', department: '使用部门',
};

const text = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v));

const CUSTODY_MOVES = new Set(['movement', 'loan', 'loan_return', 'store_return']);
const CUSTODY_FIELDS = new Set(['custodian', 'room', 'department']);

function changesOf(kind: string, data: Record<string, unknown> | null) {
  if (!data) return [];
  if (kind === 'updated') {
    const before = (data.before ?? {}) as Record<string, unknown>;
    const after = (data.after ?? {}) as Record<string, unknown>;
    return Object.keys(after).map((field) => ({ field, fieldLabel: FIELD_LABELS[field] ?? field, before: text(before[field]), after: text(after[field]) }));
  }
  // Movements end in a custody change and carry the same from/to pairs beside their own data.
  if (kind === 'custody' || CUSTODY_MOVES.has(kind)) {
    return Object.entries(data).filter(([field]) => kind === 'custody' || CUSTODY_FIELDS.has(field)).map(([field, v]) => {
      const side = (v ?? {}) as { from?: unknown; to?: unknown };
      return { field, fieldLabel: FIELD_LABELS[field] ?? field, before: text(side.from), after: text(side.to) };
    });
  }
  return [];
}

/** 履历: everything that happened to the card, oldest first. */
export async function assetHistory(db: Kysely<Database>, actor: Actor, id: number) {
  const [row] = await findAssetRows(db, assetScopeOf(actor), [id]);
  if (!row) throw notFound('资产');
  const events = await db.selectFrom('asset_events').selectAll()
    .where('school_id', '=', row.school_id).where('asset_id', '=', id).orderBy('id').execute();
  return {
    items: events.map((e) => {
      const data = e.data ? JSON.parse(e.data) as Record<string, unknown> : null;
      return {
        id: e.id, kind: e.kind, kindLabel: ASSET_EVENT_LABELS[e.kind] ?? e.kind, actorName: e.actor_name, note: e.note, at: e.at,
        changes: changesOf(e.kind, data),
      };
    }),
  };
}
