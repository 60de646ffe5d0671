import { type Actor, hasPermission, requirePermission } from '../../../platform/authz/actor.js';
import type { DisposalStep } from './disposals.labels.js';

export type StepMode = 'online' | 'document';

/**
 * How the actor may take a step of a request of `schoolId`, or null. The school's asset staff
 * review and record the collective decision; the principal signs (a person's office, not a grant,
 * so the role is checked); the education bureau approves online from a district account in the
 * same district, or the school records its paper 批复; the finance bureau is always recorded.
 */
export function stepModeFor(actor: Actor, schoolId: number, step: DisposalStep): StepMode | null {
  const ownSchool = actor.schoolId === schoolId;
  const staff = ownSchool && hasPermission(actor, 'asset_disposal', 'update');
  switch (step) {
    case 'asset_review':
    case 'collective':
      return staff ? 'online' : null;
    case 'principal':
      return ownSchool && hasPermission(actor, 'asset_disposal', 'approve') && actor.roles.includes('principal') ? 'online' : null;
    case 'bureau':
      if (actor.schoolId === null && hasPermission(actor, 'asset_disposal', 'approve') && actor.readableSchoolIds.includes(schoolId)) return 'online';
      return staff ? 'document' : null;
    case 'finance_bureau':
      return staff ? 'document' : null;
  }
}

/** Steps at which the actor has something to do, for the 待我处理 filter. */
export function actionableSteps(actor: Actor, schoolIds: readonly number[]): DisposalStep[] {
  const steps: DisposalStep[] = ['asset_review', 'collective', 'principal', 'bureau', 'finance_bureau'];
  return steps.filter((s) => schoolIds.some((id) => stepModeFor(actor, id, s) !== null));
}

export function mayManage(actor: Actor, schoolId: number): boolean {
  return actor.schoolId === schoolId && hasPermission(actor, 'asset_disposal', 'update');
}

/** The settings page is read by anyone working on damages, disposals or the module's settings. */
export function requireSettingsReader(actor: Actor | null): Actor {
  if (!actor) return requirePermission(actor, 'asset_disposal', 'read');
  if (hasPermission(actor, 'asset_damage', 'read') || hasPermission(actor, 'asset_settings', 'read')) return actor;
  return requirePermission(actor, 'asset_disposal', 'read');
}
