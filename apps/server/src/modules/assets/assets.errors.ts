import { errorFactory } from '../../platform/http/errors.js';

/** The module's own error codes and their HTTP status. */
export const ASSET_ERRORS = {
  ASSET_DEPRECIATION_BOOKED: 409,
  ASSET_STATUS_LOCKED: 409,
} as const;

export const assetError = errorFactory(ASSET_ERRORS);
