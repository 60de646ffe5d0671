import type { Me } from '@houqin/contracts';

/** Who has something to approve on the phone: disposal steps (asset staff, principal) and movement approvals. */
export function approvalRights(me: Pick<Me, 'permissions'>) {
  const disposals = me.permissions.includes('asset_disposal:approve') || me.permissions.includes('asset_disposal:update');
  const movements = me.permissions.includes('asset_movement:approve');
  return { disposals, movements, any: disposals || movements };
}

export const DISPOSALS_TODO = '/asset-disposals?actionable=true&pageSize=50';
export const MOVEMENTS_TODO = '/asset-movements?todo=approve&pageSize=50';
