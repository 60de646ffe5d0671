import { hasPermission } from '../../platform/authz/actor.js';
import { registerQrAction } from '../../platform/qr/qr-targets.js';

/** Scanning a room's label offers 报修 to anyone of that school who may report. */
export function registerRepairQrAction(): void {
  registerQrAction('room', 'repair', (actor, target) =>
    actor.schoolId === target.schoolId && hasPermission(actor, 'repair', 'create')
      ? [{ key: 'repair', label: '报修', href: `/m/repair/new?roomId=${target.id}` }]
      : []);
}
