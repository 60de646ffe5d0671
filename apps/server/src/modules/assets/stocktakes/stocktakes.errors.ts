import { errorFactory } from '../../../platform/http/errors.js';

/** 资产盘点 error codes and their HTTP status. */
export const STOCKTAKE_ERRORS = {
  /** Scans and extras only while counting; reconcile only after counting; close only when every proposal is decided */
  STOCKTAKE_WRONG_STATUS: 409,
  STOCKTAKE_NOT_RECONCILED: 409,
  /** A card in the disposal workflow, or out on loan, cannot be moved by a stocktake */
  STOCKTAKE_ASSET_LOCKED: 409,
  /** A scanned label no one issued */
  STOCKTAKE_UNKNOWN_CODE: 404,
  /** A label or card of another school: refused, never counted */
  STOCKTAKE_OTHER_SCHOOL: 404,
} as const;

export const stocktakeError = errorFactory(STOCKTAKE_ERRORS);
