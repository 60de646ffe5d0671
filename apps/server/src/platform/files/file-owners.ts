import type { Kysely } from 'kysely';
import type { Actor } from '../authz/actor.js';
import type { Database } from '../db/schema.js';

/**
 * How a module says who may see and add files on its records. Both answer false for records
 * outside the actor's reach, so a file on another school's record is simply not found.
 */
export interface FileOwnerDefinition {
  /** Chinese noun for messages, e.g. "房间". */
  label: string;
  /** May the actor see the owner record (and therefore its files)? */
  canRead(db: Kysely<Database>, actor: Actor, ownerId: number): Promise<boolean>;
  /** May the actor attach files to it? Only called for owners in the actor's own school. */
  canAttach(db: Kysely<Database>, actor: Actor, ownerId: number): Promise<boolean>;
  /**
   * A further rule for removing a file from it, on top of the general one (uploader within a day,
   * or the delete permission): e.g. a stocktake's evidence is fixed once counting ends. May throw
   * a 409 naming the record's state; false answers 403.
   */
  canDelete?(db: Kysely<Database>, actor: Actor, ownerId: number): Promise<boolean>;
}

// why: filled by modules as their routes mount; re-registering replaces the entry.
const owners = new Map<string, FileOwnerDefinition>();

export function registerFileOwner(type: string, definition: FileOwnerDefinition): void {
  owners.set(type, definition);
}

export function fileOwnerDefinition(type: string): FileOwnerDefinition | undefined {
  return owners.get(type);
}

export function registeredFileOwnerTypes(): string[] {
  return [...owners.keys()].sort();
}
