import { hasPermission } from '../../../platform/authz/actor.js';
import { registerFileOwner } from '../../../platform/files/file-owners.js';

/** Room photos and floor plans: visible to whoever may see the room, added by who may edit it. */
export function registerRoomFileOwner(): void {
  registerFileOwner('room', {
    label: '房间',
    async canRead(db, actor, ownerId) {
      if (!hasPermission(actor, 'room', 'read') || actor.readableSchoolIds.length === 0) return false;
      const room = await db.selectFrom('rooms').select('id').where('id', '=', ownerId).where('school_id', 'in', actor.readableSchoolIds).executeTakeFirst();
      return !!room;
    },
    async canAttach(db, actor, ownerId) {
      if (!hasPermission(actor, 'room', 'update') || actor.schoolId === null) return false;
      const room = await db.selectFrom('rooms').select('id').where('id', '=', ownerId).where('school_id', '=', actor.schoolId).executeTakeFirst();
      return !!room;
    },
  });
}
