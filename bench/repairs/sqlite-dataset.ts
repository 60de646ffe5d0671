/**
 * The single-school SQLite dataset: one school with 20,000 work orders over two years, written
 * through the app's migrations into <dataDir>/houqin.db (the file the server opens there).
 * Usage: node --import tsx bench/repairs/sqlite-dataset.ts <dataDir> → prints the DatasetInfo JSON.
 */
import { loadConfig } from '../../apps/server/src/config/config.js';
import { createDb } from '../../apps/server/src/platform/db/database.js';
import { migrateToLatest } from '../../apps/server/src/platform/db/migrate.js';
import { sqlitePathOf } from '../../apps/server/src/server.js';
import { type DatasetShape, generateRepairsDataset } from './dataset.js';

export const SQLITE_SHAPE: DatasetShape = {
  schools: 1, workOrders: 20_000, buildingsPerSchool: 20, roomsPerBuilding: 40, techniciansPerSchool: 8, teachersPerSchool: 120, days: 730,
};

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: sqlite-dataset.ts <dataDir>');
const db = createDb({ sqlitePath: sqlitePathOf({ ...loadConfig({}), dataDir }) });
try {
  await migrateToLatest(db);
  const info = await generateRepairsDataset(db, SQLITE_SHAPE, (l) => console.error(l));
  console.log(JSON.stringify(info));
} finally {
  await db.close();
}
