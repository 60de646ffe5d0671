import { type ApprovalStep, type DisposalStep, FIXED_STEPS } from './disposals.labels.js';

/** A value tier: requests whose total original value is at least `minFen` need these approvals. */
export interface ApprovalTier { minFen: number; approvals: ApprovalStep[] }

/**
 * The example of domain-rules.md §2.7 (🔧 local rules differ, so it is a setting): below ¥500 the
 * principal; ¥500–1,000 the principal and the education bureau; above ¥1,000 also the finance bureau.
 */
export const DEFAULT_TIERS: ApprovalTier[] = [
  { minFen: 0, approvals: ['principal'] },
  { minFen: 50_000, approvals: ['principal', 'bureau'] },
  { minFen: 100_001, approvals: ['principal', 'bureau', 'finance_bureau'] },
];

/** The tier a request falls in: the highest `minFen` not above its total (tiers sorted by minFen). */
export function tierFor(tiers: readonly ApprovalTier[], totalOriginalFen: number, landOrBuilding: boolean): ApprovalTier {
  const sorted = [...tiers].sort((a, b) => a.minFen - b.minFen);
  const top = sorted[sorted.length - 1];
  if (!top) return { minFen: 0, approvals: ['principal'] };
  if (landOrBuilding) return top;
  return [...sorted].reverse().find((t) => t.minFen <= totalOriginalFen) ?? sorted[0] ?? top;
}

/** Every step the request passes, in order: the fixed review and collective decision, then the tier's approvals. */
export function chainFor(tier: ApprovalTier): DisposalStep[] {
  const order: ApprovalStep[] = ['principal', 'bureau', 'finance_bureau'];
  return [...FIXED_STEPS, ...order.filter((s) => tier.approvals.includes(s))];
}

/** The step after `current`, or null when the chain is done. */
export function nextStep(steps: readonly DisposalStep[], current: DisposalStep): DisposalStep | null {
  const i = steps.indexOf(current);
  return i < 0 ? null : steps[i + 1] ?? null;
}

/** Tiers as entered: sorted, the first starting at 0, no duplicate thresholds, each with at least one approval. */
export function tierProblem(tiers: readonly ApprovalTier[]): string | null {
  if (tiers.length === 0) return '至少需要一个审批档次';
  const sorted = [...tiers].sort((a, b) => a.minFen - b.minFen);
  if (sorted[0]?.minFen !== 0) return '第一个审批档次必须从 0 元起';
  for (let i = 1; i < sorted.length; i++) if (sorted[i]?.minFen === sorted[i - 1]?.minFen) return '审批档次的起点金额不能重复';
  if (sorted.some((t) => t.approvals.length === 0)) return '每个审批档次至少需要一个审批环节';
  return null;
}
