import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { type FileOwnerDefinition, fileOwnerDefinition, registeredFileOwnerTypes } from '../../../platform/files/file-owners.js';
import { invalidField, notFound } from '../../../platform/http/errors.js';

export function ownerDefinitionOrThrow(ownerType: string): FileOwnerDefinition {
  const definition = fileOwnerDefinition(ownerType);
  if (!definition) {
    throw invalidField('ownerType', `「附件归属类型」无效，可选：${registeredFileOwnerTypes().join('、')}`);
  }
  return definition;
}

/** The owner's definition if the actor may see that owner record; 404 otherwise, as for a missing one. */
export async function readableOwnerOrThrow(db: Kysely<Database>, actor: Actor, ownerType: string, ownerId: number): Promise<FileOwnerDefinition> {
  const definition = ownerDefinitionOrThrow(ownerType);
  if (!(await definition.canRead(db, actor, ownerId))) throw notFound(definition.label);
  return definition;
}
