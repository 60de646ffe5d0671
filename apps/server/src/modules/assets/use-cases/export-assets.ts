import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { DialectName } from '../../../platform/db/database.js';
import type { Database } from '../../../platform/db/schema.js';
import type { XlsxSheet } from '../../../platform/excel/xlsx-export.js';
import { allAssetRows, assetScopeOf } from '../assets.repository.js';
import type { AssetDto, AssetListQuery } from '../assets.schemas.js';
import { narrowScope, presentRows } from './read-assets.js';
import { yuan } from '../../../platform/money.js';

/** Every card the list would show (same filters), for the 资产台账 workbook. */
export async function exportAssets(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: AssetListQuery) {
  // Paging and sort keys ride along unused: the ledger is every matching card by number.
  const { schoolId, ...filters } = q;
  const scope = narrowScope(assetScopeOf(actor), schoolId);
  const items = await presentRows(db, actor, await allAssetRows(db, dialect, scope, filters));
  const school = scope.schoolIds.length === 1
    ? await db.selectFrom('schools').select('name').where('id', '=', scope.schoolIds[0] ?? 0).where('id', 'in', scope.schoolIds).executeTakeFirst()
    : undefined;
  return { items, schoolName: school?.name ?? '' };
}


/** Columns in the order of the 资产卡片 (domain-rules.md §2.5). */
export function assetLedgerSheet(items: AssetDto[]): XlsxSheet<AssetDto> {
  return {
    name: '资产台账',
    rows: items,
    columns: [
      { header: '资产编号', width: 18, value: (a) => a.code },
      { header: '资产名称', width: 24, value: (a) => a.name },
      { header: '分类编码', width: 12, value: (a) => a.categoryCode },
      { header: '资产分类', width: 20, value: (a) => a.categoryName },
      { header: '规格型号', width: 16, value: (a) => a.specModel },
      { header: '品牌', value: (a) => a.brand },
      { header: '出厂编号', value: (a) => a.serialNo },
      { header: '计量单位', width: 8, value: (a) => a.unit },
      { header: '数量', width: 8, value: (a) => a.quantity },
      { header: '价值类型', width: 8, value: (a) => a.valueTypeLabel },
      { header: '原值（元）', width: 14, value: (a) => yuan(a.originalValueFen) },
      { header: '累计折旧（元）', width: 14, value: (a) => yuan(a.accumulatedDepreciationFen) },
      { header: '净值（元）', width: 14, value: (a) => yuan(a.netValueFen) },
      { header: '取得方式', width: 8, value: (a) => a.acquisitionMethodLabel },
      { header: '取得日期', width: 12, value: (a) => a.acquiredOn },
      { header: '财务入账日期', width: 12, value: (a) => a.accountedOn },
      { header: '会计凭证号', value: (a) => a.voucherNo },
      { header: '资金来源', value: (a) => a.fundingSourceLabel },
      { header: '采购组织形式', value: (a) => a.procurementFormLabel },
      { header: '供应商', width: 20, value: (a) => a.supplier },
      { header: '保修截止日期', width: 12, value: (a) => a.warrantyUntil },
      { header: '使用部门', value: (a) => a.departmentName },
      { header: '使用人', value: (a) => a.custodianName },
      { header: '管理部门', value: (a) => a.managerDepartmentName },
      { header: '存放地点', width: 28, value: (a) => a.location },
      { header: '使用状况', width: 8, value: (a) => a.statusLabel },
      { header: '使用方向', width: 8, value: (a) => a.usageLabel },
      { header: '资产性质', width: 10, value: (a) => a.accountingClassLabel },
      { header: '折旧方法', width: 10, value: (a) => a.depreciationMethodLabel },
      { header: '折旧年限（月）', width: 10, value: (a) => a.lifeMonths },
      { header: '权属证号', value: (a) => a.titleCertNo },
      { header: '二维码', value: (a) => a.qrCode },
      { header: '备注', width: 30, value: (a) => a.note },
    ],
  };
}
