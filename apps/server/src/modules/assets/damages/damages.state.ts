import type { DamageStatus } from './damages.labels.js';

export type DamageAction = 'propose' | 'approve' | 'waive' | 'pay' | 'cancel' | 'link_work_order' | 'raise_repair';

/**
 * recorded → proposed → approved | waived; approved → paid; recorded/proposed → cancelled.
 * A proposal can be recomputed (a repair cost arrived) while it waits for approval.
 */
const FROM: Record<DamageAction, readonly DamageStatus[]> = {
  propose: ['recorded', 'proposed'],
  approve: ['proposed'],
  waive: ['proposed'],
  pay: ['approved'],
  cancel: ['recorded', 'proposed'],
  link_work_order: ['recorded', 'proposed'],
  // The card may need fixing whatever stage the compensation is at; a cancelled record was a mistake.
  raise_repair: ['recorded', 'proposed', 'approved', 'waived', 'paid'],
};
export const DAMAGE_NEXT: Record<DamageAction, DamageStatus | null> = {
  propose: 'proposed', approve: 'approved', waive: 'waived', pay: 'paid', cancel: 'cancelled', link_work_order: null, raise_repair: null,
};

export function mayTakeDamageAction(status: string, action: DamageAction): boolean {
  return (FROM[action] as readonly string[]).includes(status);
}
