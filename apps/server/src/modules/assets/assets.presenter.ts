import { type Actor, hasPermission } from '../../platform/authz/actor.js';
import { floorLabel } from '../qr/targets/room-qr-target.js';
import { repairBlockedReason } from './asset-links.js';
import {
  ACCOUNTING_CLASS_LABELS, ACQUISITION_METHOD_LABELS, ASSET_STATUS_LABELS, DEPRECIATION_METHOD_LABELS, FUNDING_SOURCE_LABELS,
  PROCUREMENT_FORM_LABELS, USAGE_LABELS, VALUE_TYPE_LABELS, labelOf,
} from './assets.labels.js';
import type { AssetRow } from './assets.repository.js';
import type { AssetDto } from './assets.schemas.js';

/** "教学楼 3层 三年级2班教室", or the free-text place, or empty. */
export function locationOf(r: Pick<AssetRow, 'room_id' | 'room_name' | 'room_floor' | 'building_name' | 'location_text'>): string {
  if (r.room_id === null) return r.location_text ?? '';
  const parts = [r.building_name, floorLabel(r.room_floor), r.room_name, r.location_text];
  return parts.filter((p): p is string => !!p).join(' ');
}

/** `repair`: 报修 naming this card, refused for a card pending disposal or disposed (repairBlockedReason). */
export function assetAbilities(actor: Actor, r: Pick<AssetRow, 'school_id' | 'status'>) {
  const own = actor.schoolId === r.school_id && hasPermission(actor, 'asset', 'update');
  const repair = actor.schoolId === r.school_id && hasPermission(actor, 'repair', 'create') && repairBlockedReason(r.status) === null;
  return { update: own, changeCustody: own, repair };
}

export function presentAsset(actor: Actor, r: AssetRow, qrCode: string | null): AssetDto {
  return {
    id: r.id, schoolId: r.school_id, code: r.code, name: r.name, categoryId: r.category_id, categoryCode: r.category_code, categoryName: r.category_name,
    specModel: r.spec_model, brand: r.brand, manufacturer: r.manufacturer, serialNo: r.serial_no, unit: r.unit, quantity: r.quantity, areaM2: r.area_m2,
    valueType: r.value_type, valueTypeLabel: labelOf(VALUE_TYPE_LABELS, r.value_type) ?? '', originalValueFen: r.original_value_fen,
    acquisitionMethod: r.acquisition_method, acquisitionMethodLabel: labelOf(ACQUISITION_METHOD_LABELS, r.acquisition_method) ?? '',
    acquiredOn: r.acquired_on, accountedOn: r.accounted_on, voucherNo: r.voucher_no,
    fundingSource: r.funding_source, fundingSourceLabel: labelOf(FUNDING_SOURCE_LABELS, r.funding_source),
    procurementForm: r.procurement_form, procurementFormLabel: labelOf(PROCUREMENT_FORM_LABELS, r.procurement_form),
    supplier: r.supplier, warrantyUntil: r.warranty_until,
    departmentId: r.department_id, departmentName: r.department_name, custodianId: r.custodian_id, custodianName: r.custodian_name,
    managerDepartmentId: r.manager_department_id, managerDepartmentName: r.manager_department_name,
    roomId: r.room_id, roomName: r.room_name, location: locationOf(r), locationText: r.location_text,
    status: r.status, statusLabel: labelOf(ASSET_STATUS_LABELS, r.status) ?? '', usage: r.usage, usageLabel: labelOf(USAGE_LABELS, r.usage),
    accountingClass: r.accounting_class, accountingClassLabel: labelOf(ACCOUNTING_CLASS_LABELS, r.accounting_class) ?? '',
    depreciationMethod: r.depreciation_method, depreciationMethodLabel: labelOf(DEPRECIATION_METHOD_LABELS, r.depreciation_method) ?? '',
    lifeMonths: r.life_months, depStartMonth: r.dep_start_month, depreciatedMonths: r.opening_dep_months + r.booked_dep_months,
    accumulatedDepreciationFen: r.accumulated_depreciation_fen, netValueFen: r.original_value_fen - r.accumulated_depreciation_fen,
    titleCertNo: r.title_cert_no, note: r.note, batchNo: r.batch_no, disposedOn: r.disposed_on, qrCode,
    version: r.version, createdAt: r.created_at, updatedAt: r.updated_at, abilities: assetAbilities(actor, r),
  };
}
