import { AppError, errorFactory } from '../../platform/http/errors.js';
import type { Refusal } from './repairs.policy.js';

/** Errors owned by the repairs module. */
export const repairError = errorFactory({
  REPAIR_ILLEGAL_TRANSITION: 409,
  REPAIR_NOT_YOURS: 403,
});

/** A policy refusal as the API answers it: 409 for the state, 403 for the person. */
export function refusalError(refusal: Exclude<Refusal, { ok: true }>): AppError {
  return refusal.status === 409 ? repairError('REPAIR_ILLEGAL_TRANSITION', refusal.message) : repairError('REPAIR_NOT_YOURS', refusal.message);
}

export function throwIfRefused(refusal: Refusal): void {
  if (!refusal.ok) throw refusalError(refusal);
}
