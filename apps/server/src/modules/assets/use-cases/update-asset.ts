import type { Kysely } from 'kysely';
import { diffRows } from '../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField, notFound, staleVersion } from '../../../platform/http/errors.js';
import { loadAssetSettings } from '../asset-defaults.js';
import { addAssetEvents } from '../asset-events.js';
import { checkAssetRefs } from '../asset-references.js';
import { assetError } from '../assets.errors.js';
import { searchTextOf } from '../assets.repository.js';
import type { UpdateAssetBody } from '../assets.schemas.js';
import { cardAccountingOf } from '../card-accounting.js';
import { chainOf, loadCategories } from '../categories.repository.js';
import { isRealDate } from './create-assets.js';

const COLUMNS: Record<string, string> = {
  name: 'name', categoryId: 'category_id', specModel: 'spec_model', brand: 'brand', manufacturer: 'manufacturer', serialNo: 'serial_no',
  unit: 'unit', quantity: 'quantity', areaM2: 'area_m2', valueType: 'value_type', originalValueFen: 'original_value_fen',
  acquisitionMethod: 'acquisition_method', acquiredOn: 'acquired_on', accountedOn: 'accounted_on', voucherNo: 'voucher_no',
  fundingSource: 'funding_source', procurementForm: 'procurement_form', supplier: 'supplier', warrantyUntil: 'warranty_until',
  managerDepartmentId: 'manager_department_id', locationText: 'location_text', usage: 'usage', lifeMonths: 'life_months',
  accountingClass: 'accounting_class', titleCertNo: 'title_cert_no', note: 'note', status: 'status',
};
/** Fields that decide how the card is booked; once depreciation is booked they change only through an adjustment. */
const VALUE_FIELDS = ['categoryId', 'originalValueFen', 'quantity', 'valueType', 'acquiredOn', 'accountedOn', 'lifeMonths', 'accountingClass'] as const;

/** 修改卡片: descriptive fields any time; value, category, life and dates only until depreciation is booked. */
export async function updateAsset(db: Kysely<Database>, actor: Actor, id: number, body: UpdateAssetBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  const audit = auditContextOf(actor);
  await runInTransaction(db, async (tx) => {
    const before = await tx.selectFrom('assets').selectAll().where('id', '=', id).where('school_id', '=', schoolId).executeTakeFirst();
    if (!before) throw notFound('资产');
    if (before.version !== body.version) throw staleVersion('资产');
    const { version, ...fields } = body;
    const patch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) if (value !== undefined && COLUMNS[key]) patch[COLUMNS[key]] = typeof value === 'string' && key === 'name' ? value.trim() : value;
    const next = { ...before, ...patch } as typeof before;
    const valueChanged = VALUE_FIELDS.some((k) => fields[k] !== undefined && patch[COLUMNS[k] ?? ''] !== before[COLUMNS[k] as keyof typeof before]);
    if (valueChanged) {
      const state = await tx.selectFrom('asset_depreciation_state').select('booked_dep_months').where('asset_id', '=', id).executeTakeFirstOrThrow();
      if (state.booked_dep_months > 0) {
        throw assetError('ASSET_DEPRECIATION_BOOKED', '该卡片已计提折旧，原值、分类、数量、日期和折旧年限不能直接修改（请通过资产调整处理）');
      }
      if (!isRealDate(next.acquired_on)) throw invalidField('acquiredOn', '「取得日期」不是有效日期');
      if (next.accounted_on !== null && next.accounted_on < next.acquired_on) throw invalidField('accountedOn', '「财务入账日期」不能早于取得日期');
      const categories = await loadCategories(tx, schoolId);
      const category = categories.get(next.category_id);
      if (!category || !category.active) throw invalidField('categoryId', '「资产分类」不存在或已停用');
      Object.assign(patch, cardAccountingOf(chainOf(categories, category.id), await loadAssetSettings(tx, schoolId), {
        originalValueFen: next.original_value_fen, quantity: next.quantity, valueType: next.value_type, acquiredOn: next.acquired_on,
        accountedOn: next.accounted_on,
        // A new category brings its default life unless one is given; otherwise the card keeps its own.
        lifeMonths: fields.lifeMonths ?? (fields.categoryId !== undefined || before.life_months === 0 ? undefined : before.life_months),
        accountingClass: fields.accountingClass,
        openingDepMonths: before.opening_dep_months, openingAccumulatedFen: before.opening_accumulated_fen,
      }));
    }
    if (fields.status !== undefined && !['in_use', 'idle'].includes(before.status)) {
      throw assetError('ASSET_STATUS_LOCKED', '该资产正在出借、维修或处置中，状态由相应流程改变');
    }
    await checkAssetRefs(tx, schoolId, { managerDepartmentId: fields.managerDepartmentId });
    patch.search_text = searchTextOf({ ...next, ...patch } as typeof before);
    const after = await updateAudited(tx, audit, { table: 'assets', entity: 'asset', label: '资产', id, schoolIds: [schoolId], version, patch });
    const changes = diffRows(before, after);
    delete changes.before.search_text;
    delete changes.after.search_text;
    if (Object.keys(changes.after).length > 0) {
      await addAssetEvents(tx, schoolId, audit, new Date().toISOString(), [{ assetId: id, kind: 'updated', data: changes }]);
    }
  });
}
