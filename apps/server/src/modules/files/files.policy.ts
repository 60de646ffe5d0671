import { type Actor, hasPermission } from '../../platform/authz/actor.js';

/** An uploader may take back a wrong photo for a day; after that it is part of the record. */
export const UPLOADER_DELETE_WINDOW_MS = 24 * 60 * 60 * 1000;

export function canDeleteFile(actor: Actor, file: { school_id: number; created_by: number | null; created_at: string }, now = Date.now()): boolean {
  if (actor.schoolId !== file.school_id) return false;
  if (hasPermission(actor, 'file', 'delete')) return true;
  return file.created_by === actor.userId && now - Date.parse(file.created_at) < UPLOADER_DELETE_WINDOW_MS;
}
