// Issue 4, journey 2: the QR label PDF for 1,000 asset cards over real HTTP on SQLite (A4 3×8, the
// first print links a new code to every card; the second reuses them). Baseline, same run and same
// server: the room label PDF for 1,000 rooms, which draws the same symbols and text per label.
// `node bench/asset-labels.mjs` after `node scripts/build.mjs --server-only`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../scripts/lib/server-flags.mjs';
import { BenchClient, setUpSchool } from './lib/http-client.mjs';
import { freePort, msUntil200, spawnServer, stop } from './lib/proc.mjs';

const COUNT = 1000;
const TARGET_MS = 10_000;
const KEEPER = { staffNo: 'K001', name: '资产保管员', password: 'Bench-Keeper-2026' };

/** A school with 1,000 rooms, 1,000 cards in 一年级1班教室 and a storekeeper who has set a password. */
async function prepareSchool(url) {
  const admin = new BenchClient(url);
  admin.csrfToken = (await setUpSchool(admin)).csrfToken;
  const campusId = (await admin.expect('GET', '/api/v1/campuses')).items[0].id;
  const building = await admin.expect('POST', '/api/v1/buildings', { campusId, name: '教学楼', floorsAbove: 5 });
  for (let floor = 1; floor <= COUNT / 200; floor++) {
    const names = Array.from({ length: 200 }, (_, i) => (floor === 1 && i === 0 ? '一年级1班教室' : `${floor}${String(i + 1).padStart(3, '0')}室`));
    await admin.expect('POST', '/api/v1/rooms/batch', { campusId, buildingId: building.id, floor, roomType: 'classroom', names });
  }
  await admin.expect('POST', '/api/v1/users', { staffNo: KEEPER.staffNo, name: KEEPER.name, roles: ['storekeeper'], password: KEEPER.password });
  const keeper = new BenchClient(url);
  const me = await keeper.login(KEEPER.staffNo, KEEPER.password);
  if (me.mustChangePassword) {
    await keeper.expect('POST', '/api/v1/auth/password', { currentPassword: KEEPER.password, newPassword: `${KEEPER.password}!` });
    await keeper.login(KEEPER.staffNo, `${KEEPER.password}!`);
  }
  const roomIds = [];
  for (let page = 1; roomIds.length < COUNT; page++) {
    const list = await keeper.expect('GET', `/api/v1/rooms?page=${page}&pageSize=200&sort=name`);
    if (list.items.length === 0) break;
    roomIds.push(...list.items.map((r) => r.id));
  }
  const classroom = (await keeper.expect('GET', `/api/v1/rooms?q=${encodeURIComponent('一年级1班教室')}`)).items[0].id;
  const categoryId = (await keeper.expect('GET', '/api/v1/asset-categories')).items.find((c) => c.code === '6010000-01').id;
  for (let i = 0; i < COUNT / 500; i++) {
    await keeper.expect('POST', '/api/v1/assets/batch', {
      name: '学生课桌椅（单人，可升降）', categoryId, unit: '套', originalValueFen: 42_000, acquisitionMethod: 'purchase', acquiredOn: '2026-08-25',
      roomId: classroom, count: 500,
    });
  }
  return { keeper, roomIds, classroom };
}

/** One label request; returns its time and the PDF's page count. */
async function timedPdf(client, url, body) {
  const t0 = performance.now();
  const res = await fetch(client.baseUrl + url, {
    method: 'POST', headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const pdf = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${pdf.toString('utf8').slice(0, 300)}`);
  return { ms, pages: (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length, bytes: pdf.length };
}

export async function benchAssetLabels() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-bench-asset-labels-'));
  try {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const server = spawnServer([...SERVER_NODE_FLAGS, 'dist/server/main.js'], { HOST: '127.0.0.1', PORT: String(port), HOUQIN_DATA_DIR: dataDir, DATABASE_URL: '' });
    let rooms; let assets; let roomsAgain; let assetsAgain;
    try {
      await msUntil200(server, `${url}/api/health`, performance.now());
      const { keeper, roomIds, classroom } = await prepareSchool(url);
      // Interleaved, first prints (codes created and linked) then reprints (codes reused).
      rooms = await timedPdf(keeper, '/api/v1/qr/labels', { roomIds: roomIds.slice(0, COUNT), layout: 'a4-3x8' });
      assets = await timedPdf(keeper, '/api/v1/assets/labels', { roomId: classroom, layout: 'a4-3x8' });
      roomsAgain = await timedPdf(keeper, '/api/v1/qr/labels', { roomIds: roomIds.slice(0, COUNT), layout: 'a4-3x8' });
      assetsAgain = await timedPdf(keeper, '/api/v1/assets/labels', { roomId: classroom, layout: 'a4-3x8' });
    } finally {
      await stop(server);
    }
    const pages = Math.ceil(COUNT / 24);
    if (assets.pages !== pages || rooms.pages !== pages) throw new Error(`expected ${pages} pages, got assets ${assets.pages}, rooms ${rooms.pages}`);
    return [
      {
        name: 'Asset QR labels PDF, 1,000 cards (A4 3×8), first print', unit: 'ms', value: assets.ms, baseline: rooms.ms,
        baselineName: 'room QR labels PDF, 1,000 rooms, first print', target: `< ${TARGET_MS / 1000} s`, pass: assets.ms < TARGET_MS,
        note: `${pages} pages, ${(assets.bytes / 1024 / 1024).toFixed(1)} MB; links a new code to each card in one transaction`,
      },
      {
        name: 'Asset QR labels PDF, 1,000 cards, reprint (codes reused)', unit: 'ms', value: assetsAgain.ms, baseline: roomsAgain.ms,
        baselineName: 'room QR labels PDF, 1,000 rooms, reprint', target: `< ${TARGET_MS / 1000} s`, pass: assetsAgain.ms < TARGET_MS, note: 'no writes',
      },
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchAssetLabels()) console.log(`${r.name}: ${r.value.toFixed(0)} ${r.unit} (baseline ${r.baseline.toFixed(0)} ${r.unit}) ${r.pass ? 'PASS' : 'FAIL'} — ${r.note ?? ''}`);
}
