import type { ScopedTarget } from '../../platform/db/audited-writes.js';

/** How qr_codes rows appear to the audited-write helpers. */
export function qrCodeTarget(id: number, schoolId: number): ScopedTarget {
  return { table: 'qr_codes', entity: 'qr_code', label: '二维码', id, schoolIds: [schoolId] };
}

export const UNLINKED = { target_type: null, target_id: null, linked_at: null } as const;
