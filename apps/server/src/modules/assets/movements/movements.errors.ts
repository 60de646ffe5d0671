import { errorFactory } from '../../../platform/http/errors.js';

/** Movement error codes and their HTTP status. */
export const MOVEMENT_ERRORS = {
  /** The step is not allowed in the document's current status. */
  ASSET_MOVEMENT_STATE: 409,
  /** A card is pending disposal, disposed, loaned or otherwise unable to move. */
  ASSET_MOVEMENT_CARD_BLOCKED: 409,
  /** A card is already in another open document. */
  ASSET_MOVEMENT_CARD_BUSY: 409,
} as const;

export const movementError = errorFactory(MOVEMENT_ERRORS);
