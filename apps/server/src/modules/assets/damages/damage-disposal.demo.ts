import type { AuditContext } from '../../../platform/audit/audit.js';
import { type Tx, insertAudited } from '../../../platform/db/audited-writes.js';
import { recordAssetEvent } from '../asset-links.js';
import { moneyText, proposeCompensation } from './compensation.js';
import { chainFor, tierFor } from '../disposals/approval-chain.js';
import { loadDisposalSettings } from '../disposals/disposal-settings.js';
import { noticeStepWaiting } from '../disposals/disposals.notices.js';
import { moveCards } from '../disposals/use-cases/card-status.js';

const DAY_MS = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY_MS);

interface Person { id: number; name: string }

async function person(tx: Tx, schoolId: number, staffByRole: ReadonlyMap<string, number>, role: string): Promise<Person | null> {
  const id = staffByRole.get(role);
  if (id === undefined) return null;
  const row = await tx.selectFrom('users').select(['id', 'name']).where('school_id', '=', schoolId).where('id', '=', id).executeTakeFirst();
  return row ?? null;
}

async function firstCard(tx: Tx, schoolId: number, name: string) {
  return tx.selectFrom('assets').select(['id', 'code', 'name', 'version', 'status', 'original_value_fen', 'accounting_class'])
    .where('school_id', '=', schoolId).where('name', '=', name).orderBy('id').limit(1).executeTakeFirst();
}
type DemoCard = NonNullable<Awaited<ReturnType<typeof firstCard>>>;

/**
 * The water-delivery man knocked the finance office's laser printer off its stand: a damage record,
 * its proposal computed by the school's own rule, approved and waiting for payment.
 */
async function seedDamage(tx: Tx, audit: AuditContext, schoolId: number, printer: DemoCard, keeper: Person, head: Person): Promise<void> {
  const { compensation } = await loadDisposalSettings(tx, schoolId);
  // A 低值耐用品 is not depreciated, so its net value is its original value (also before the depreciation run).
  const p = proposeCompensation(compensation, 'accident', printer.original_value_fen, null);
  const description = '送水工搬运桶装水时碰落打印机，外壳开裂、主板损坏，无法开机。';
  const row = await insertAudited(tx, audit, 'asset_damages', 'asset_damage', {
    school_id: schoolId, asset_id: printer.id, occurred_on: daysAgo(6).toISOString().slice(0, 10), cause: 'accident', description,
    party_type: 'outsider', party_user_id: null, party_name: '张师傅（送水公司）', party_class: null, work_order_id: null, status: 'approved',
    basis_kind: p.basisKind, basis_fen: p.basisFen, ratio_pct: p.ratioPct, proposed_fen: p.amountFen, proposed_basis: p.text,
    approved_fen: p.amountFen, decision_reason: null, decided_by: head.id, decided_at: daysAgo(4).toISOString(), created_by: keeper.id,
  });
  const steps: [string, Person, Date, string][] = [
    ['record', keeper, daysAgo(6), description],
    ['propose', keeper, daysAgo(5), `建议赔偿 ${moneyText(p.amountFen)}（${p.text}）`],
    ['approve', head, daysAgo(4), `核定赔偿 ${moneyText(p.amountFen)}`],
  ];
  for (const [action, who, at, note] of steps) {
    await tx.insertInto('asset_damage_steps').values({
      school_id: schoolId, parent_id: row.id, step: action, action, actor_id: who.id, actor_name: who.name, at: at.toISOString(), note, data: null,
    }).execute();
  }
  await recordAssetEvent(tx, schoolId, audit, printer.id, 'damage', `登记损坏（意外）：${description}`, { damageId: row.id });
}

/**
 * The same printer, not worth repairing, asked to be scrapped: 资产管理员审核 and 集体决策 are done and
 * it waits for the principal — what the principal's phone inbox 待我审批 shows. The card is 待报废.
 */
async function seedDisposal(tx: Tx, audit: AuditContext, schoolId: number, printer: DemoCard, keeper: Person, head: Person): Promise<void> {
  const settings = await loadDisposalSettings(tx, schoolId);
  const steps = chainFor(tierFor(settings.tiers, printer.original_value_fen, false));
  if (!steps.includes('principal')) return;
  const reason = '送水工碰落后主板损坏，厂家报价维修费 ¥780，接近新机价格，无维修价值。';
  const net = printer.original_value_fen;
  const row = await insertAudited(tx, audit, 'asset_disposals', 'asset_disposal', {
    school_id: schoolId, kind: 'scrap', legal_condition: 'obsolete', reason, appraisal: '经信息中心技术人员检测：主板烧毁、外壳开裂，维修费用接近新机价格，无维修价值。',
    proposed_method: 'recycle', total_original_fen: printer.original_value_fen, total_net_fen: net, card_count: 1,
    steps: JSON.stringify(steps), current_step: 'principal', status: 'in_approval', created_by: keeper.id,
  });
  await tx.insertInto('asset_disposal_items').values({
    school_id: schoolId, disposal_id: row.id, asset_id: printer.id, original_value_fen: printer.original_value_fen, net_value_fen: net, previous_status: printer.status,
  }).execute();
  const meetingDate = daysAgo(1).toISOString().slice(0, 10);
  const log: [string, string, Person, Date, string | null, Record<string, unknown> | null][] = [
    ['submit', 'submit', keeper, daysAgo(3), reason, null],
    ['asset_review', 'approve', keeper, daysAgo(2), '卡片与实物核对无误', { mode: 'online' }],
    ['collective', 'approve', head, daysAgo(1), '校务会议研究同意报废', { meetingDate }],
  ];
  for (const [step, action, who, at, note, data] of log) {
    await tx.insertInto('asset_disposal_steps').values({
      school_id: schoolId, parent_id: row.id, step, action, actor_id: who.id, actor_name: who.name, at: at.toISOString(), note, data: data && JSON.stringify(data),
    }).execute();
  }
  await moveCards(tx, audit, schoolId, [{ id: printer.id, version: printer.version, patch: { status: 'pending_disposal' } }], {
    kind: 'disposal', note: '提交报废申请（因技术原因确需淘汰或者无法维修、无维修价值）', data: { disposalId: row.id, action: 'submit' },
  });
  await noticeStepWaiting(tx, schoolId, row.id, 'principal', `报废 1 件，原值合计 ${moneyText(printer.original_value_fen)}：${reason}`, keeper.id);
}

/** 损坏赔偿 and 报废 examples for the demo school, called after its cards exist. */
export async function seedDemoDamageAndDisposal(tx: Tx, audit: AuditContext, schoolId: number, staffByRole: ReadonlyMap<string, number>): Promise<void> {
  const keeper = await person(tx, schoolId, staffByRole, 'storekeeper');
  const head = await person(tx, schoolId, staffByRole, 'logistics_head');
  if (!keeper || !head) return;
  const printer = await firstCard(tx, schoolId, '激光打印机');
  if (!printer || printer.accounting_class !== 'low_value') return;
  await seedDamage(tx, audit, schoolId, printer, keeper, head);
  await seedDisposal(tx, audit, schoolId, printer, keeper, head);
}
