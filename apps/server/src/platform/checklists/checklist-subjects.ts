import type { Kysely } from 'kysely';
import type { Actor } from '../authz/actor.js';
import type { Database } from '../db/schema.js';

/** What a result shows about the thing it checked. */
export interface ChecklistSubjectInfo {
  name: string;
  /** The room it stands in, if any: where a repair raised from the result goes by default. */
  roomId: number | null;
}

/**
 * A kind of thing a checklist result can be about: a room, a work order (repairs), a patrol
 * point (safety) … Each module says how to find one and who may record checks on it.
 */
export interface ChecklistSubjectDefinition {
  /** Chinese noun for messages, e.g. "房间". */
  label: string;
  /** The subject if it exists in one of `schoolIds`; undefined otherwise (callers answer 404). */
  describe(db: Kysely<Database>, schoolIds: number[], id: number): Promise<ChecklistSubjectInfo | undefined>;
  /** Batch form for lists, so a page of results costs one query per subject type. */
  describeMany?(db: Kysely<Database>, schoolIds: number[], ids: number[]): Promise<Map<number, ChecklistSubjectInfo>>;
  /**
   * May the actor record a result on this subject? Only asked for subjects in the actor's own
   * school, after the checklist permission; e.g. a work order answers "its assigned technician".
   */
  canRecord(db: Kysely<Database>, actor: Actor, id: number): Promise<boolean>;
}

// why: filled by modules as their routes mount; re-registering (several test servers in one
// process) replaces the entry.
const subjects = new Map<string, ChecklistSubjectDefinition>();

export function registerChecklistSubject(type: string, definition: ChecklistSubjectDefinition): void {
  subjects.set(type, definition);
}

export function checklistSubjectDefinition(type: string): ChecklistSubjectDefinition | undefined {
  return subjects.get(type);
}

export function registeredChecklistSubjectTypes(): string[] {
  return [...subjects.keys()].sort();
}

/** Names of many subjects of mixed types, keyed "type:id"; unknown or foreign ones are absent. */
export async function describeChecklistSubjects(
  db: Kysely<Database>,
  schoolIds: number[],
  refs: { type: string; id: number }[],
): Promise<Map<string, ChecklistSubjectInfo>> {
  const out = new Map<string, ChecklistSubjectInfo>();
  const byType = new Map<string, Set<number>>();
  for (const ref of refs) byType.set(ref.type, (byType.get(ref.type) ?? new Set()).add(ref.id));
  for (const [type, idSet] of byType) {
    const definition = subjects.get(type);
    if (!definition) continue;
    const ids = [...idSet];
    const found = definition.describeMany
      ? await definition.describeMany(db, schoolIds, ids)
      : new Map(await Promise.all(ids.map(async (id) => [id, await definition.describe(db, schoolIds, id)] as const)));
    for (const [id, info] of found) if (info) out.set(`${type}:${id}`, info);
  }
  return out;
}
