/**
 * Writes a SQLite file for the room-list benchmark through the real migrations and first-run
 * setup: one school, two campuses, 100 buildings and 50,000 rooms of mixed types and floors,
 * a fifth of them with a QR code. Usage: node --import tsx bench/generate-rooms.ts <dataDir>
 * Prints {"file", "buildingIds"} as JSON on stdout.
 */
import path from 'node:path';
import { createDb } from '../apps/server/src/platform/db/database.js';
import { migrateToLatest } from '../apps/server/src/platform/db/migrate.js';
import { runSetup } from '../apps/server/src/modules/setup/run-setup.js';
import { sqlitePathOf } from '../apps/server/src/server.js';
import { loadConfig } from '../apps/server/src/config/config.js';

const ROOMS = 50_000;
const BUILDINGS = 100;
const FLOORS = 6;

// Roughly the mix of a large school estate: mostly classrooms and offices.
const TYPE_WEIGHTS: [string, string, number][] = [
  ['classroom', '教室', 40], ['office', '办公室', 20], ['function', '功能室', 15], ['dorm', '宿舍', 10],
  ['storeroom', '仓库', 5], ['other', '其他', 5], ['outdoor', '场地', 3], ['canteen', '餐厅', 2],
];
const TOTAL_WEIGHT = TYPE_WEIGHTS.reduce((s, [, , w]) => s + w, 0);

/** Deterministic, so every run measures the same data. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pickType(r: number): [string, string] {
  let x = r * TOTAL_WEIGHT;
  for (const [key, label, w] of TYPE_WEIGHTS) {
    if (x < w) return [key, label];
    x -= w;
  }
  return ['other', '其他'];
}

export async function generateRooms(dataDir: string): Promise<{ file: string; buildingIds: number[] }> {
  const config = { ...loadConfig({}), dataDir };
  const file = sqlitePathOf(config);
  const db = createDb({ sqlitePath: file });
  try {
    await migrateToLatest(db);
    const { schoolId } = await runSetup(db.kysely, {
      school: { name: '基准测试小学', code: 'BENCH', timezone: 'Asia/Shanghai' },
      admin: { staffNo: 'admin', name: '系统管理员', password: 'Bench-Pass-2026' },
    }, null);
    const handle = db.sqlite;
    if (!handle) throw new Error('expected SQLite');
    const now = new Date().toISOString();
    const random = prng(20261121);
    const departments = (handle.prepare('select id from departments where school_id = ?').all(schoolId) as { id: number }[]).map((d) => d.id);
    const firstCampus = (handle.prepare('select id from campuses where school_id = ? order by id limit 1').get(schoolId) as { id: number }).id;

    const insertCampus = handle.prepare('insert into campuses (school_id, name, address, sort, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, 1)');
    const insertBuilding = handle.prepare(`insert into buildings (school_id, campus_id, name, code, floors_above, floors_below, sort, created_at, updated_at, version)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`);
    const insertRoom = handle.prepare(`insert into rooms (school_id, campus_id, building_id, floor, code, name, room_type, capacity, area_m2,
      department_id, keeper_user_id, note, active, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, 1)`);
    const insertQr = handle.prepare(`insert into qr_codes (school_id, code, batch_id, target_type, target_id, linked_at, created_at, updated_at, version)
      values (?, ?, null, 'room', ?, ?, ?, ?, 1)`);

    const buildingIds: number[] = [];
    handle.transaction(() => {
      const secondCampus = Number(insertCampus.run(schoolId, '东校区', '东区路 1 号', 1, now, now).lastInsertRowid);
      for (let b = 0; b < BUILDINGS; b += 1) {
        const campusId = b % 2 === 0 ? firstCampus : secondCampus;
        const hasBasement = b % 5 === 0;
        buildingIds.push(Number(insertBuilding.run(schoolId, campusId, `${b + 1}号楼`, `B${String(b + 1).padStart(3, '0')}`, FLOORS, hasBasement ? 1 : 0, b, now, now).lastInsertRowid));
      }
      const perBuilding = ROOMS / BUILDINGS;
      let qr = 0;
      for (const [b, buildingId] of buildingIds.entries()) {
        const campusId = b % 2 === 0 ? firstCampus : secondCampus;
        const floors = b % 5 === 0 ? [-1, ...Array.from({ length: FLOORS }, (_, i) => i + 1)] : Array.from({ length: FLOORS }, (_, i) => i + 1);
        for (let i = 0; i < perBuilding; i += 1) {
          const floor = floors[i % floors.length] ?? 1;
          const seq = Math.floor(i / floors.length) + 1;
          const [type, label] = pickType(random());
          const number = `${floor < 0 ? 'B' : floor}${String(seq).padStart(2, '0')}`;
          const roomId = Number(insertRoom.run(
            schoolId, campusId, buildingId, floor, `B${String(b + 1).padStart(3, '0')}-${number}`, `${number}${label}`, type,
            type === 'classroom' ? 45 : Math.floor(random() * 60) + 1, Math.round((20 + random() * 100) * 10) / 10,
            departments[Math.floor(random() * departments.length)] ?? null, random() < 0.1 ? '靠窗一侧漏雨，已报修' : null,
            random() < 0.97 ? 1 : 0, now, now,
          ).lastInsertRowid);
          if (random() < 0.2) {
            qr += 1;
            insertQr.run(schoolId, `BQ${String(qr).padStart(8, '0')}`, roomId, now, now, now);
          }
        }
      }
    })();
    return { file: path.resolve(file), buildingIds };
  } finally {
    await db.close();
  }
}

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: node --import tsx bench/generate-rooms.ts <dataDir>');
  process.exit(2);
}
console.log(JSON.stringify(await generateRooms(dataDir)));
