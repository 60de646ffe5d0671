import type { Kysely } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import { readSchoolIds } from '../../../../platform/authz/read-scope.js';
import type { DialectName } from '../../../../platform/db/database.js';
import type { Database } from '../../../../platform/db/schema.js';
import { notFound } from '../../../../platform/http/errors.js';
import { pagingOf } from '../../../../platform/http/pagination.js';
import { writeXlsx } from '../../../../platform/excel/xlsx-export.js';
import { actionableSteps } from '../disposals.policy.js';
import { presentDisposal, presentDisposalDetail } from '../disposals.presenter.js';
import { type DisposalFilters, allDisposalRows, disposalItemRows, disposalStepRows, findDisposalRow, listDisposalRows } from '../disposals.repository.js';
import type { DisposalDetail, DisposalDto, DisposalListQuery } from '../disposals.schemas.js';
import { yuan } from '../../../../platform/money.js';

function filtersOf(actor: Actor, schoolIds: number[], q: DisposalListQuery): DisposalFilters {
  return { q: q.q, status: q.status, kind: q.kind, currentStep: q.currentStep, steps: q.actionable ? actionableSteps(actor, schoolIds) : undefined };
}

/** Requests of the reader's schools (a bureau account: every school of its district, or the one it picks). */
export async function listDisposals(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: DisposalListQuery) {
  const schoolIds = q.schoolId !== undefined ? readSchoolIds(actor, q.schoolId) : actor.readableSchoolIds;
  const page = await listDisposalRows(db, dialect, schoolIds, filtersOf(actor, schoolIds, q), q.sort, pagingOf(q));
  return { ...page, items: page.items.map((r) => presentDisposal(actor, r)) };
}

export async function showDisposal(db: Kysely<Database>, actor: Actor, id: number): Promise<DisposalDetail> {
  const row = await findDisposalRow(db, actor.readableSchoolIds, id);
  if (!row) throw notFound('报废申请');
  const [items, log] = await Promise.all([disposalItemRows(db, row.school_id, id), disposalStepRows(db, row.school_id, id)]);
  return presentDisposalDetail(actor, row, items, log);
}


export async function exportDisposals(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: DisposalListQuery): Promise<Buffer> {
  const schoolIds = q.schoolId !== undefined ? readSchoolIds(actor, q.schoolId) : actor.readableSchoolIds;
  const rows = (await allDisposalRows(db, dialect, schoolIds, filtersOf(actor, schoolIds, q))).map((r) => presentDisposal(actor, r));
  return writeXlsx<DisposalDto>([{
    name: '报废报损申请',
    columns: [
      { header: '申请编号', width: 10, value: (d) => d.id },
      { header: '学校', width: 18, value: (d) => d.schoolName },
      { header: '类型', width: 8, value: (d) => d.kindLabel },
      { header: '资产', width: 24, value: (d) => d.summary },
      { header: '报废报损情形', width: 36, value: (d) => d.legalConditionLabel },
      { header: '原值合计（元）', width: 14, value: (d) => yuan(d.totalOriginalFen) },
      { header: '净值合计（元）', width: 14, value: (d) => yuan(d.totalNetFen) },
      { header: '状态', width: 10, value: (d) => d.statusLabel },
      { header: '当前环节', width: 14, value: (d) => d.currentStepLabel },
      { header: '处置方式', width: 12, value: (d) => d.methodLabel ?? d.proposedMethodLabel },
      { header: '处置日期', width: 12, value: (d) => d.disposedOn },
      { header: '处置收入（元）', width: 14, value: (d) => yuan(d.proceedsFen) },
      { header: '申请人', width: 10, value: (d) => d.createdByName },
      { header: '申请时间', width: 20, value: (d) => d.createdAt },
    ],
    rows,
  }]);
}
