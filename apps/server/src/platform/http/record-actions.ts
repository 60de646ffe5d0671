import type { Static, TObject, TSchema } from 'typebox';
import type { Actor } from '../authz/actor.js';
import { IdParams } from './scoped-crud.js';
import type { TypedApp } from './typed-app.js';

export interface RecordActionsSpec {
  /** The record's path, e.g. /work-orders: actions are POST <base>/:id/<action>. */
  base: string;
  tags: string[];
  /** What every action answers with: the record as its detail page shows it. */
  response: TSchema;
  show(actor: Actor, id: number): Promise<unknown>;
}

/**
 * Registers the state changes of one kind of record (接单, 驳回 …): each authorises, runs its use
 * case on the record named in the path, and answers with the record's fresh detail. Returns the
 * function that declares one action.
 */
export function recordActions(app: TypedApp, spec: RecordActionsSpec) {
  return <S extends TObject>(
    action: string, summary: string, body: S, authorize: (actor: Actor | null) => Actor,
    run: (actor: Actor, id: number, body: Static<S>) => Promise<unknown>,
  ): void => {
    app.post(`${spec.base}/:id/${action}`, { schema: { tags: spec.tags, summary, params: IdParams, body, response: { 200: spec.response } } }, async (req) => {
      const actor = authorize(req.actor);
      await run(actor, req.params.id, req.body as Static<S>);
      return spec.show(actor, req.params.id);
    });
  };
}
