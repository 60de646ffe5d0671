import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Expression, type SqlBool, sql } from 'kysely';
import type { DialectName } from './database.js';

/** An integer identity primary key on either database. */
export function withId<T extends string>(table: CreateTableBuilder<T, never>, dialect: DialectName): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? table.addColumn('id', 'serial', (c) => c.primaryKey())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** created_at / updated_at / version columns shared by every editable row. */
export function withVersioning<T extends string, C extends string>(table: CreateTableBuilder<T, C>): CreateTableBuilder<T, C> {
  return table
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1));
}

export function notNull(c: ColumnDefinitionBuilder): ColumnDefinitionBuilder {
  return c.notNull();
}

/** Case-insensitive substring match: ILIKE on PostgreSQL, LIKE (ASCII-insensitive) on SQLite. */
export function containsInsensitive(dialect: DialectName, column: Expression<unknown>, needle: string): Expression<SqlBool> {
  const pattern = `%${needle.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return dialect === 'postgres'
    ? sql<SqlBool>`${column} ilike ${pattern} escape '\\'`
    : sql<SqlBool>`${column} like ${pattern} escape '\\'`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
