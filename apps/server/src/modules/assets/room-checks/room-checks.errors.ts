import { errorFactory } from '../../../platform/http/errors.js';

/** 期初清点 error codes and their HTTP status. */
export const ROOM_CHECK_ERRORS = {
  ASSET_CHECK_CLOSED: 409,
} as const;

export const roomCheckError = errorFactory(ROOM_CHECK_ERRORS);
