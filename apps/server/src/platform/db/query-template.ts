import type { Compilable, CompiledQuery, Insertable, Kysely, Transaction } from 'kysely';
import type { Database, TableName } from './schema.js';

/**
 * Hot queries compiled once. Building and compiling a Kysely query costs more CPU than SQLite
 * takes to run a small one (about a fifth of a repair submission's CPU was Kysely's builder and
 * compiler). A template is built once with placeholder values, compiled once per dialect, and
 * then only has its parameters bound — the SQL text, and so SQLite's prepared statement, is reused.
 *
 * The rule for a template's `build`: pass each parameter straight into the query as a value
 * (`where('id', '=', p.id)`, `values({ name: p.name })`). At build time the parameters are
 * placeholders, so `build` must not branch on them, compute with them or use them as lists (`in`).
 * A query whose shape depends on the data is two templates, or stays an ordinary Kysely query.
 */

type Conn = Kysely<Database> | Transaction<Database>;

const SLOT = Symbol('query-template parameter');
interface Slot { readonly [SLOT]: string }
const isSlot = (v: unknown): v is Slot => typeof v === 'object' && v !== null && SLOT in v;
const slot = (name: string): Slot => Object.freeze({ [SLOT]: name });

/** A template's compiled form per dialect (the key is the connection's adapter: one per dialect instance). */
class CompiledByDialect {
  readonly #byAdapter = new WeakMap<object, CompiledQuery>();

  get(db: Conn, compile: () => CompiledQuery): CompiledQuery {
    // why: getExecutor is marked internal in Kysely's types but is the only handle on the dialect a transaction exposes.
    const adapter = db.getExecutor().adapter;
    let compiled = this.#byAdapter.get(adapter);
    if (!compiled) {
      compiled = compile();
      this.#byAdapter.set(adapter, compiled);
    }
    return compiled;
  }
}

function bind(compiled: CompiledQuery, valueOf: (name: string) => unknown): CompiledQuery {
  const parameters = compiled.parameters.map((p) => {
    if (!isSlot(p)) return p;
    const value = valueOf(p[SLOT]);
    if (value === undefined) throw new Error(`query template: parameter "${p[SLOT]}" has no value`);
    return value;
  });
  return { ...compiled, parameters };
}

export interface QueryTemplate<P, R> {
  all(db: Conn, params: P): Promise<R[]>;
  first(db: Conn, params: P): Promise<R | undefined>;
}

/** A query of fixed shape whose values come from `P` (see the rule above). */
export function queryTemplate<P extends Record<string, unknown>, R>(build: (db: Kysely<Database>, p: P) => Compilable<R>): QueryTemplate<P, R> {
  const compiled = new CompiledByDialect();
  // why: at build time every parameter is a placeholder standing in for the value `P` declares.
  const placeholders = new Proxy({}, { get: (_, name) => slot(String(name)) }) as P;
  const run = async (db: Conn, params: P) => {
    const query = compiled.get(db, () => build(db as Kysely<Database>, placeholders).compile());
    const result = await db.executeQuery<R>(bind(query, (name) => params[name]));
    return result.rows;
  };
  return {
    all: run,
    first: async (db, params) => (await run(db, params))[0],
  };
}

/** Multi-row inserts above this many rows are built each time: their SQL is long and their number shapes many. */
const TEMPLATED_ROWS = 8;
/** Distinct insert shapes kept; unusual ones beyond this fall back to building. */
const INSERT_SHAPES = 256;
const inserts = new Map<string, CompiledByDialect>();

// why: helpers that serve every table (these inserts, the audited writes) cannot have Kysely type a
// table chosen at run time, so they work on a loosely typed view of the same connection.
type LooseDb = Record<string, Record<string, unknown>>;
export const loose = (db: Conn): Kysely<LooseDb> => db as unknown as Kysely<LooseDb>;

export interface InsertOptions {
  /** `on conflict (…) do nothing` on these columns. */
  onConflictDoNothing?: readonly string[];
  /** Return the inserted rows (all columns). */
  returningAll?: boolean;
}

/**
 * INSERT of `rows` into `table`, compiled once per table, column list, row count and options.
 * Columns are those whose value is not undefined, as with Kysely; rows that differ in them are
 * built the ordinary way.
 */
export async function insertRows<T extends TableName>(db: Conn, table: T, rows: readonly Insertable<Database[T]>[], options: InsertOptions = {}): Promise<Record<string, unknown>[]> {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.keys(first).filter((k) => (first as Record<string, unknown>)[k] !== undefined);
  const build = (values: Record<string, unknown>[]) => {
    let q = loose(db).insertInto(table).values(values);
    if (options.onConflictDoNothing) {
      const target = [...options.onConflictDoNothing];
      q = q.onConflict((oc) => oc.columns(target).doNothing());
    }
    return options.returningAll ? q.returningAll() : q;
  };
  const records = rows as readonly Record<string, unknown>[];
  const columnList = columns.join(',');
  const sameColumns = (r: Record<string, unknown>) => Object.keys(r).filter((k) => r[k] !== undefined).join(',') === columnList;
  if (rows.length > TEMPLATED_ROWS || inserts.size >= INSERT_SHAPES || (rows.length > 1 && !records.slice(1).every(sameColumns))) {
    const result = await db.executeQuery<Record<string, unknown>>(build([...records]).compile());
    return result.rows;
  }
  const key = `${table}|${rows.length}|${columnList}|${options.onConflictDoNothing?.join(',') ?? ''}|${options.returningAll ? 1 : 0}`;
  let template = inserts.get(key);
  if (!template) { template = new CompiledByDialect(); inserts.set(key, template); }
  const compiled = template.get(db, () => build(rows.map((_, i) => Object.fromEntries(columns.map((c) => [c, slot(`${i}:${c}`)])))).compile());
  const result = await db.executeQuery<Record<string, unknown>>(bind(compiled, (name) => {
    const at = name.indexOf(':');
    return records[Number(name.slice(0, at))]?.[name.slice(at + 1)];
  }));
  return result.rows;
}
