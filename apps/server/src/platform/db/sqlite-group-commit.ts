import type SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery, type DatabaseConnection, type Driver, type Kysely, type QueryResult, SelectQueryNode, SqliteDialect,
} from 'kysely';

/** Most transactions one commit carries: bounds how long the first of them waits for its answer. */
const MAX_GROUP = 64;
/** Prepared statements kept; queries come from a fixed set of shapes, so their text repeats. */
const STATEMENT_CACHE = 1000;
/** The savepoint each grouped transaction runs in. */
const MEMBER = 'houqin_member';

interface Group {
  members: number;
  durable: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

function newGroup(): Group {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const durable = new Promise<void>((res, rej) => { resolve = res; reject = rej; });
  // A group nobody awaits (only plain db.transaction() callers) must not crash the process when it fails.
  durable.catch(() => undefined);
  return { members: 0, durable, resolve, reject };
}

/**
 * SQLite has one writer, and every commit writes the pages it changed to the WAL (and with
 * synchronous=FULL waits for the disk). When transactions queue for the one connection, this driver
 * runs each inside a savepoint of one shared transaction and commits them together once nobody is
 * waiting: pages that several of them touched (the ends of the same indexes) are written once, and
 * FULL pays one fsync per group. Each transaction still succeeds or fails on its own (a failed one
 * rolls back to its savepoint); `runInTransaction` answers only after the shared commit, so nobody
 * is told "saved" before it is. The group commits once the requests already received have had
 * their turn (setImmediate), or at 64 members. A write outside a transaction commits it first; a
 * read outside one runs inside it and may see a member's change a moment before its commit (only a
 * failing disk could then undo what was read).
 */
export class GroupCommitSqliteDriver implements Driver {
  readonly #handle: SqliteDatabase.Database;
  readonly #connection: StatementConnection;
  readonly #waiting: Array<() => void> = [];
  #locked = false;
  #group: Group | null = null;
  #inTransaction = false;
  #commitScheduled = false;
  /** Whether the running member has a savepoint of its own (the group's first runs without one). */
  #memberSavepoint = false;

  constructor(handle: SqliteDatabase.Database) {
    this.#handle = handle;
    this.#connection = new StatementConnection(handle, (statement) => {
      // A write outside a transaction must not ride on the group; a read may (see the class comment).
      if (this.#group && !this.#inTransaction && !statement.reader) this.#commitGroup();
    });
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#locked) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#locked = true;
    return this.#connection;
  }

  async beginTransaction(): Promise<void> {
    this.#inTransaction = true;
    if (!this.#group) {
      // Alone in its group so far: its own rollback can be the whole transaction's.
      this.#exec('begin');
      this.#group = newGroup();
      this.#memberSavepoint = false;
    } else {
      // Members run one at a time (the connection is locked), so one savepoint name serves them all.
      this.#exec(`savepoint ${MEMBER}`);
      this.#memberSavepoint = true;
    }
    this.#group.members += 1;
  }

  async commitTransaction(): Promise<void> {
    this.#inTransaction = false;
    if (this.#memberSavepoint) this.#exec(`release ${MEMBER}`);
  }

  async rollbackTransaction(): Promise<void> {
    this.#inTransaction = false;
    const group = this.#group;
    if (!group) return;
    group.members -= 1;
    if (this.#handle.inTransaction && this.#memberSavepoint) {
      this.#exec(`rollback to ${MEMBER}`);
      this.#exec(`release ${MEMBER}`);
      return;
    }
    if (this.#handle.inTransaction && group.members === 0) {
      this.#exec('rollback');
      this.#group = null;
      group.resolve();
      return;
    }
    // Some errors (disk full, I/O) make SQLite roll back the whole transaction: the group's earlier
    // members are lost too, and must hear so instead of "saved".
    this.#group = null;
    group.reject(new Error('数据库写入失败，本组事务已回滚'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint "${name}"`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to "${name}"`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release "${name}"`));
  }

  async releaseConnection(): Promise<void> {
    const group = this.#group;
    if (group && !this.#inTransaction) {
      if (group.members >= MAX_GROUP) this.#commitGroup();
      else if (this.#waiting.length === 0) this.#scheduleCommit();
    }
    const next = this.#waiting.shift();
    if (next) next();
    else this.#locked = false;
  }

  /**
   * Commits after the requests already received have had their turn: their transactions join the
   * group meanwhile. If the connection is busy then, whoever holds it schedules again on release.
   */
  #scheduleCommit(): void {
    if (this.#commitScheduled) return;
    this.#commitScheduled = true;
    setImmediate(() => {
      this.#commitScheduled = false;
      if (this.#group && !this.#locked) this.#commitGroup();
    });
  }

  async destroy(): Promise<void> {
    if (this.#group) this.#commitGroup();
    this.#handle.close();
  }

  /** The commit the current transaction's changes ride on; call from inside the transaction. */
  durable(): Promise<void> {
    return this.#group?.durable ?? Promise.resolve();
  }

  #commitGroup(): void {
    const group = this.#group;
    if (!group) return;
    this.#group = null;
    try {
      this.#exec('commit');
      group.resolve();
    } catch (error) {
      if (this.#handle.inTransaction) this.#exec('rollback');
      group.reject(error);
    }
  }

  #exec(sql: string): void {
    this.#connection.run(sql);
  }
}

/** better-sqlite3 behind Kysely, with prepared statements reused by their SQL text. */
class StatementConnection implements DatabaseConnection {
  readonly #handle: SqliteDatabase.Database;
  readonly #statements = new Map<string, SqliteDatabase.Statement>();
  readonly #beforePlainQuery: (statement: SqliteDatabase.Statement) => void;

  constructor(handle: SqliteDatabase.Database, beforePlainQuery: (statement: SqliteDatabase.Statement) => void) {
    this.#handle = handle;
    this.#beforePlainQuery = beforePlainQuery;
  }

  run(sql: string): void {
    this.#prepare(sql).run();
  }

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.#prepare(compiled.sql);
    this.#beforePlainQuery(statement);
    const parameters = compiled.parameters as unknown[];
    if (statement.reader) return Promise.resolve({ rows: statement.all(parameters) as R[] });
    const { changes, lastInsertRowid } = statement.run(parameters);
    return Promise.resolve({ numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] });
  }

  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiled.query)) throw new Error('SQLite streams only SELECT queries');
    const statement = this.#prepare(compiled.sql);
    this.#beforePlainQuery(statement);
    for (const row of statement.iterate(compiled.parameters as unknown[])) yield { rows: [row as R] };
  }

  #prepare(sql: string): SqliteDatabase.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#handle.prepare(sql);
      // Bounded so unusual queries (long IN lists) cannot grow it forever.
      if (this.#statements.size >= STATEMENT_CACHE) this.#statements.delete(this.#statements.keys().next().value as string);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}

/** Kysely's SQLite dialect with the group-committing driver above. */
export class GroupCommitSqliteDialect extends SqliteDialect {
  readonly driver: GroupCommitSqliteDriver;

  constructor(handle: SqliteDatabase.Database) {
    super({ database: handle });
    this.driver = new GroupCommitSqliteDriver(handle);
  }

  override createDriver(): Driver {
    return this.driver;
  }
}

const drivers = new WeakMap<object, GroupCommitSqliteDriver>();

/** Remembers which driver a Kysely instance runs on, so runInTransaction can wait for its group's commit. */
export function registerGroupCommit(kysely: Kysely<unknown>, driver: GroupCommitSqliteDriver): void {
  drivers.set(kysely, driver);
}

export function groupCommitOf(kysely: object): GroupCommitSqliteDriver | undefined {
  return drivers.get(kysely);
}
