import type { DamageCause } from './damages.labels.js';
import { DAMAGE_CAUSE_LABELS } from './damages.labels.js';
import { yuanText } from '../../../platform/money.js';

/**
 * How a proposal is computed (谁损坏谁赔偿; the ratios are a school setting, not a national rule):
 * a share of the basis by cause, rounded, never below the minimum when anything is owed, never above the basis.
 */
export interface CompensationRule {
  ratios: Record<DamageCause, number>;
  /** Smallest amount worth collecting once a ratio applies (fen) */
  minimumFen: number;
  rounding: 'yuan' | 'fen';
}

export const DEFAULT_COMPENSATION: CompensationRule = {
  ratios: { human: 100, accident: 50, wear: 0, unknown: 0 },
  minimumFen: 0,
  rounding: 'yuan',
};

export interface Proposal { basisKind: 'net_value' | 'repair_cost'; basisFen: number; ratioPct: number; amountFen: number; text: string }

/** "¥1,750.00" for the notes and messages of a damage. */
export const moneyText = (fen: number): string => `¥${yuanText(fen)}`;

/**
 * The proposed amount: the repair cost of a linked work order when one has been booked, else the
 * card's net book value (净值), times the cause's ratio.
 */
export function proposeCompensation(rule: CompensationRule, cause: DamageCause, netValueFen: number, repairCostFen: number | null): Proposal {
  const basisKind = repairCostFen !== null && repairCostFen > 0 ? 'repair_cost' : 'net_value';
  const basisFen = Math.max(0, basisKind === 'repair_cost' ? repairCostFen ?? 0 : netValueFen);
  const ratioPct = rule.ratios[cause] ?? 0;
  let amount = Math.round((basisFen * ratioPct) / 100);
  if (rule.rounding === 'yuan') amount = Math.round(amount / 100) * 100;
  if (ratioPct > 0 && basisFen > 0) amount = Math.max(amount, rule.minimumFen);
  amount = Math.min(amount, basisFen);
  const basisLabel = basisKind === 'repair_cost' ? '维修费用' : '净值';
  const text = `${basisLabel} ${moneyText(basisFen)} × ${DAMAGE_CAUSE_LABELS[cause]} ${ratioPct}% = ${moneyText(amount)}${rule.rounding === 'yuan' ? '（取整到元）' : ''}`;
  return { basisKind, basisFen, ratioPct, amountFen: amount, text };
}
