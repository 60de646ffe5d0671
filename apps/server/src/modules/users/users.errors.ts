import { errorFactory } from '../../platform/http/errors.js';

/** Errors owned by user administration. */
export const userError = errorFactory({
  USER_SELF_LOCKOUT: 409,
  USER_LAST_SYSADMIN: 409,
  USER_SELF_RESET: 409,
});
