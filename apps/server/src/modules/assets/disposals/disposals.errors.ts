import { errorFactory } from '../../../platform/http/errors.js';

/** 报废/报损 error codes and their HTTP status. */
export const DISPOSAL_ERRORS = {
  DISPOSAL_STEP_NOT_CURRENT: 409,
  DISPOSAL_NOT_OPEN: 409,
  DISPOSAL_CARD_BUSY: 409,
  DISPOSAL_NOT_YOURS: 403,
} as const;

export const disposalError = errorFactory(DISPOSAL_ERRORS);
