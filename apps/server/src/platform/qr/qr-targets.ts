import type { QrTargetType } from '@houqin/contracts';
import type { Kysely } from 'kysely';
import type { Actor } from '../authz/actor.js';
import type { Database } from '../db/schema.js';

/** What a printed label and the phone landing page may show about a target to anyone. */
export interface QrTargetInfo {
  name: string;
  /** Where to find it, e.g. "教学楼 3层"; null when the target has no place. */
  location: string | null;
  /** Keys of actions the target's own state rules out now (an asset pending disposal takes no 报修). */
  withheldActions?: readonly string[];
}

/** A button on the phone landing page. */
export interface QrAction { key: string; label: string; href: string }

export interface QrTargetRef { type: QrTargetType; id: number; schoolId: number }

export interface QrTargetDefinition {
  /** The target if it exists in one of `schoolIds`; undefined otherwise (callers answer 404). */
  describe(db: Kysely<Database>, schoolIds: number[], id: number): Promise<QrTargetInfo | undefined>;
  /** Optional batch form for lists and label sheets, so they stay at a constant number of queries. */
  describeMany?(db: Kysely<Database>, schoolIds: number[], ids: number[]): Promise<Map<number, QrTargetInfo>>;
  /** Buttons this target type offers to a signed-in user of the target's school. */
  actions(actor: Actor, target: QrTargetRef): QrAction[];
}

export type QrActionProvider = (actor: Actor, target: QrTargetRef) => QrAction[];

// why: process-wide registries filled by modules when their routes are mounted; re-registering
// (several test servers in one process) replaces the entry instead of duplicating it.
const targets = new Map<QrTargetType, QrTargetDefinition>();
const extraActions = new Map<QrTargetType, Map<string, QrActionProvider>>();

/** Declares that QR codes can be linked to `type` (room now; assets and patrol points later). */
export function registerQrTarget(type: QrTargetType, definition: QrTargetDefinition): void {
  targets.set(type, definition);
}

/**
 * Adds buttons to another module's target type without touching it, e.g. the repairs module adds
 * 报修 to rooms: `registerQrAction('room', 'repair', (actor, t) => …)`.
 */
export function registerQrAction(type: QrTargetType, key: string, provider: QrActionProvider): void {
  const forType = extraActions.get(type) ?? new Map<string, QrActionProvider>();
  forType.set(key, provider);
  extraActions.set(type, forType);
}

export function qrTargetDefinition(type: string): QrTargetDefinition | undefined {
  return targets.get(type as QrTargetType);
}

export function isRegisteredQrTarget(type: string): type is QrTargetType {
  return targets.has(type as QrTargetType);
}

/** Every action the actor may take on the described target: the type's own buttons, then other modules', less those its state withholds. */
export function qrActionsFor(actor: Actor, target: QrTargetRef, info: QrTargetInfo): QrAction[] {
  const own = targets.get(target.type)?.actions(actor, target) ?? [];
  const extra = [...(extraActions.get(target.type)?.values() ?? [])].flatMap((provider) => provider(actor, target));
  const withheld = new Set(info.withheldActions ?? []);
  return [...own, ...extra].filter((a) => !withheld.has(a.key));
}

export function targetKey(type: string, id: number): string {
  return `${type}:${id}`;
}

/** Names and locations of many targets of mixed types, keyed by targetKey(type, id). */
export async function describeQrTargets(
  db: Kysely<Database>,
  schoolIds: number[],
  refs: { type: string; id: number }[],
): Promise<Map<string, QrTargetInfo>> {
  const out = new Map<string, QrTargetInfo>();
  const byType = new Map<string, number[]>();
  for (const ref of refs) byType.set(ref.type, [...(byType.get(ref.type) ?? []), ref.id]);
  for (const [type, ids] of byType) {
    const definition = qrTargetDefinition(type);
    if (!definition) continue;
    const unique = [...new Set(ids)];
    const found = definition.describeMany
      ? await definition.describeMany(db, schoolIds, unique)
      : new Map(await Promise.all(unique.map(async (id) => [id, await definition.describe(db, schoolIds, id)] as const)));
    for (const [id, info] of found) if (info) out.set(targetKey(type, id), info);
  }
  return out;
}
