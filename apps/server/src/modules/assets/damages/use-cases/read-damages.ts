import type { Kysely } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import { readSchoolIds } from '../../../../platform/authz/read-scope.js';
import type { DialectName } from '../../../../platform/db/database.js';
import type { Database } from '../../../../platform/db/schema.js';
import { writeXlsx } from '../../../../platform/excel/xlsx-export.js';
import { notFound } from '../../../../platform/http/errors.js';
import { pagingOf } from '../../../../platform/http/pagination.js';
import { damageRepairOf } from '../damage-repair-link.js';
import { presentDamage, presentDamageDetail } from '../damages.presenter.js';
import { allDamageRows, damageStepRows, findDamageRow, listDamageRows } from '../damages.repository.js';
import type { DamageDetail, DamageDto, DamageListQuery } from '../damages.schemas.js';
import { yuan } from '../../../../platform/money.js';

const schoolsOf = (actor: Actor, q: DamageListQuery) => (q.schoolId !== undefined ? readSchoolIds(actor, q.schoolId) : actor.readableSchoolIds);

export async function listDamages(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: DamageListQuery) {
  const page = await listDamageRows(db, dialect, schoolsOf(actor, q), q, q.sort, pagingOf(q));
  return { ...page, items: page.items.map((r) => presentDamage(actor, r)) };
}

export async function showDamage(db: Kysely<Database>, actor: Actor, id: number): Promise<DamageDetail> {
  const row = await findDamageRow(db, actor.readableSchoolIds, id);
  if (!row) throw notFound('损坏记录');
  return presentDamageDetail(actor, row, await damageStepRows(db, row.school_id, id), await damageRepairOf(db, row.school_id, row));
}


export async function exportDamages(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: DamageListQuery): Promise<Buffer> {
  const rows = (await allDamageRows(db, dialect, schoolsOf(actor, q), q)).map((r) => presentDamage(actor, r));
  return writeXlsx<DamageDto>([{
    name: '损坏赔偿',
    columns: [
      { header: '编号', width: 8, value: (d) => d.id },
      { header: '资产编号', width: 16, value: (d) => d.assetCode },
      { header: '资产名称', width: 20, value: (d) => d.assetName },
      { header: '损坏日期', width: 12, value: (d) => d.occurredOn },
      { header: '原因', width: 10, value: (d) => d.causeLabel },
      { header: '经过', width: 30, value: (d) => d.description },
      { header: '责任人', width: 16, value: (d) => d.partyText },
      { header: '建议金额（元）', width: 14, value: (d) => yuan(d.proposedFen) },
      { header: '计算依据', width: 36, value: (d) => d.proposedBasis },
      { header: '核定金额（元）', width: 14, value: (d) => yuan(d.approvedFen) },
      { header: '实收金额（元）', width: 14, value: (d) => yuan(d.paidFen) },
      { header: '收据号', width: 14, value: (d) => d.receiptNo },
      { header: '状态', width: 10, value: (d) => d.statusLabel },
    ],
    rows,
  }]);
}
