import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import type { AuditContext } from '../../../platform/audit/audit.js';
import { type Tx, insertAudited, runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField } from '../../../platform/http/errors.js';
import { loadAssetSettings } from '../asset-defaults.js';
import { addAssetEvents } from '../asset-events.js';
import { reserveAssetNumbers } from '../asset-numbers.js';
import { checkAssetRefs } from '../asset-references.js';
import { searchTextOf } from '../assets.repository.js';
import type { BatchCreateBody, CreateAssetBody } from '../assets.schemas.js';
import { cardAccountingOf } from '../card-accounting.js';
import { chainOf, loadCategories } from '../categories.repository.js';
import { insertDepreciationStates } from '../depreciation-state.js';
import { schoolToday } from '../../calendar/school-today.js';

type NewCard = Omit<CreateAssetBody, 'code'> & { code?: string | undefined };

const orNull = <T>(v: T | null | undefined): T | null => v ?? null;

function checkDates(body: NewCard, today: string): void {
  if (!isRealDate(body.acquiredOn)) throw invalidField('acquiredOn', '「取得日期」不是有效日期');
  if (body.acquiredOn > today) throw invalidField('acquiredOn', '「取得日期」不能晚于今天');
  if (body.accountedOn != null && !isRealDate(body.accountedOn)) throw invalidField('accountedOn', '「财务入账日期」不是有效日期');
  if (body.accountedOn != null && body.accountedOn < body.acquiredOn) throw invalidField('accountedOn', '「财务入账日期」不能早于取得日期');
  if (body.warrantyUntil != null && !isRealDate(body.warrantyUntil)) throw invalidField('warrantyUntil', '「保修截止日期」不是有效日期');
}

export function isRealDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * 建卡: one card, or `count` identical cards with consecutive numbers (fifty desks in one step).
 * Each card is booked by its category, value and date (固定资产 or 低值耐用品, life, first month of
 * depreciation), numbered by the school's pattern, audited and started on its timeline. Returns the ids.
 */
export async function createAssets(db: Kysely<Database>, actor: Actor, body: NewCard | BatchCreateBody): Promise<{ ids: number[]; batchNo: string | null }> {
  const schoolId = writableSchoolId(actor);
  return runInTransaction(db, (tx) => insertAssetCards(tx, schoolId, auditContextOf(actor), actor.userId, body));
}

/** The cards themselves, in the caller's transaction (the form's, or the demo seeder's). */
export async function insertAssetCards(tx: Tx, schoolId: number, audit: AuditContext, createdBy: number | null, body: NewCard | BatchCreateBody): Promise<{ ids: number[]; batchNo: string | null }> {
  const count = 'count' in body ? body.count : 1;
  checkDates(body, await schoolToday(tx, schoolId));
  const settings = await loadAssetSettings(tx, schoolId);
  const categories = await loadCategories(tx, schoolId);
  const category = categories.get(body.categoryId);
  if (!category || !category.active) throw invalidField('categoryId', '「资产分类」不存在或已停用');
  const chain = chainOf(categories, category.id);
  const quantity = body.quantity ?? 1;
  const valueType = body.valueType ?? 'original';
  const opening = 'count' in body ? {} : { openingDepMonths: body.openingDepMonths, openingAccumulatedFen: body.openingAccumulatedFen };
  const accounting = cardAccountingOf(chain, settings, {
    originalValueFen: body.originalValueFen, quantity, valueType, acquiredOn: body.acquiredOn, accountedOn: orNull(body.accountedOn),
    lifeMonths: body.lifeMonths, accountingClass: body.accountingClass, ...opening,
  });
  const names = await checkAssetRefs(tx, schoolId, body);
  const manualCode = 'code' in body ? body.code : undefined;
  const codes = manualCode !== undefined
    ? [manualCode]
    : await reserveAssetNumbers(tx, schoolId, settings.numberingPattern, { acquiredOn: body.acquiredOn, categoryCode: category.code }, count);
  const batchNo = count > 1 ? codes[0] ?? null : null;
  const at = new Date().toISOString();
  const ids: number[] = [];
  for (const code of codes) {
    const values = {
      school_id: schoolId, code, name: body.name.trim(), category_id: category.id,
      spec_model: orNull(body.specModel), brand: orNull(body.brand), manufacturer: orNull(body.manufacturer), serial_no: count > 1 ? null : orNull(body.serialNo),
      unit: orNull(body.unit), quantity, area_m2: orNull(body.areaM2), value_type: valueType, original_value_fen: body.originalValueFen,
      acquisition_method: body.acquisitionMethod, acquired_on: body.acquiredOn, accounted_on: orNull(body.accountedOn), voucher_no: orNull(body.voucherNo),
      funding_source: orNull(body.fundingSource), procurement_form: orNull(body.procurementForm), supplier: orNull(body.supplier),
      warranty_until: orNull(body.warrantyUntil), department_id: orNull(body.departmentId), custodian_id: orNull(body.custodianId),
      manager_department_id: orNull(body.managerDepartmentId), room_id: orNull(body.roomId), location_text: orNull(body.locationText),
      status: 'in_use', usage: orNull(body.usage), ...accounting,
      title_cert_no: orNull(body.titleCertNo), note: orNull(body.note), batch_no: batchNo, disposed_on: null, created_by: createdBy,
    };
    const row = await insertAudited(tx, audit, 'assets', 'asset', { ...values, search_text: searchTextOf(values) });
    ids.push(row.id);
  }
  await insertDepreciationStates(tx, schoolId, ids.map((assetId) => ({ assetId, openingAccumulatedFen: accounting.opening_accumulated_fen })));
  const note = count > 1 ? `批量建卡 ${count} 张（${codes[0]} 至 ${codes[codes.length - 1]}）` : null;
  await addAssetEvents(tx, schoolId, audit, at, ids.map((assetId) => ({
    assetId, kind: 'created', note, data: { custodian: names.custodian, room: names.room, department: names.department },
  })));
  return { ids, batchNo };
}
