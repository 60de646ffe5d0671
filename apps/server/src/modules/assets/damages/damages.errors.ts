import { errorFactory } from '../../../platform/http/errors.js';

/** 损坏赔偿 error codes and their HTTP status. */
export const DAMAGE_ERRORS = {
  DAMAGE_ILLEGAL_STEP: 409,
  /** The record already has its repair (a linked work order or a raised request). */
  DAMAGE_REPAIR_LINKED: 409,
} as const;
export const damageError = errorFactory(DAMAGE_ERRORS);
