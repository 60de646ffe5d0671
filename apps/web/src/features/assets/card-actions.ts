import type { Session } from '../../lib/session';
import type { Asset } from './assets-api';

/** Cards that may start no new 调拨/借出/退库 or 报废 (the rule across workflows). */
const OFF_THE_BOOKS = new Set(['pending_disposal', 'disposed']);

/**
 * Whether AssetMovementActions shows a button for this card: 调拨 and 退库 need a card that is not
 * on loan, so a loaned card shows none.
 */
export function mayStartMovement(asset: Asset, can: Session['can']): boolean {
  return can('asset_movement', 'create') && !OFF_THE_BOOKS.has(asset.status) && asset.status !== 'loaned';
}

/** Which of 报损坏 and 申请报废 AssetDamageDisposalActions shows for this card: only the school's own cards still on the books. */
export function damageDisposalActions(asset: Asset, { me, can }: Pick<Session, 'me' | 'can'>): { damage: boolean; disposal: boolean } {
  if (me.schoolId !== asset.schoolId || asset.status === 'disposed') return { damage: false, disposal: false };
  return { damage: can('asset_damage', 'create'), disposal: can('asset_disposal', 'create') && !['loaned', 'pending_disposal'].includes(asset.status) };
}

export function mayStartDamageOrDisposal(asset: Asset, session: Pick<Session, 'me' | 'can'>): boolean {
  const { damage, disposal } = damageDisposalActions(asset, session);
  return damage || disposal;
}
