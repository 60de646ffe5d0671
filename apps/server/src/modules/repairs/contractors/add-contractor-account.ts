import type { Kysely } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { notFound, platformError } from '../../../platform/http/errors.js';
import { createUser } from '../../users/use-cases/create-user.js';
import { showContractor } from './contractors.js';
import { findContractor } from './contractors.repository.js';
import type { ContractorDto, CreateContractorAccount } from './contractors.schemas.js';

/**
 * 添加账号: a login for one of the contractor's workers — a school user with the 外包维修人员 role,
 * linked to the contractor, so it sees only work outsourced to that company. The users module
 * creates the account (工号/手机号 checks, password rules, temporary password); the link follows.
 */
export async function addContractorAccount(db: Kysely<Database>, actor: Actor, contractorId: number, body: CreateContractorAccount) {
  const schoolId = writableSchoolId(actor);
  const contractor = await findContractor(db, schoolId, contractorId);
  if (!contractor) throw notFound('外包单位');
  if (contractor.active !== 1) throw platformError('CONFLICT', `外包单位「${contractor.name}」已停用，不能添加账号`);
  const { userId, initialPassword } = await createUser(db, actor, {
    staffNo: body.staffNo, name: body.name, roles: ['contractor'],
    ...(body.phone !== undefined ? { phone: body.phone } : {}), ...(body.password !== undefined ? { password: body.password } : {}),
  });
  // why: createUser commits on its own; a contractor deleted in between is the only way this
  // second step fails, and contractors with history cannot be deleted, only switched off.
  const dto: ContractorDto = await runInTransaction(db, async (tx) => {
    await tx.insertInto('contractor_accounts').values({ user_id: userId, contractor_id: contractorId, school_id: schoolId, created_at: new Date().toISOString() }).execute();
    await recordAudit(tx, auditContextOf(actor), { entity: 'contractor', entityId: contractorId, action: 'add_account', after: { userId, staffNo: body.staffNo }, schoolId });
    return showContractor(tx, actor, schoolId, contractorId);
  });
  const account = dto.accounts.find((a) => a.id === userId);
  if (!account) throw notFound('账号');
  return initialPassword ? { contractor: dto, account, initialPassword } : { contractor: dto, account };
}
