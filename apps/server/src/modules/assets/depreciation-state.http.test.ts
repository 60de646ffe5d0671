import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Migration, Migrator, sql } from 'kysely';
import type { ApiClient } from '../../../test/api-client.js';
import { createTestDb } from '../../../test/test-db.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { migrateToLatest, runMigrations } from '../../platform/db/migrate.js';
import { foundationMigration } from '../../platform/db/migrations/2026-11-21-0001-foundation.js';
import { qrOneCodePerTargetMigration } from '../../platform/db/migrations/2026-11-21-0020-qr-one-code-per-target.js';
import { repairsMigration } from '../../platform/db/migrations/2026-11-21-0100-repairs.js';
import { checklistsMigration } from '../../platform/db/migrations/2026-11-21-0110-checklists.js';
import { maintenanceMigration } from '../../platform/db/migrations/2026-11-21-0120-maintenance.js';
import { contractorsMigration } from '../../platform/db/migrations/2026-11-21-0130-contractors.js';
import { repairPublicBoardMigration } from '../../platform/db/migrations/2026-11-21-0140-repair-public-board.js';
import { repairsIndexesMigration } from '../../platform/db/migrations/2026-11-21-0150-repairs-indexes.js';
import { assetsMigration } from '../../platform/db/migrations/2026-11-21-0200-assets.js';
import { maintenanceAssetTargetsMigration } from '../../platform/db/migrations/2026-11-21-0210-maintenance-asset-targets.js';
import { assetRoomChecksMigration } from '../../platform/db/migrations/2026-11-21-0220-asset-room-checks.js';
import { assetStocktakesMigration } from '../../platform/db/migrations/2026-11-21-0230-asset-stocktakes.js';
import { assetMovementsMigration } from '../../platform/db/migrations/2026-11-21-0240-asset-movements.js';
import { assetDamageDisposalMigration } from '../../platform/db/migrations/2026-11-21-0250-asset-damage-disposal.js';
import { assetSearchPinyinMigration } from '../../platform/db/migrations/2026-11-21-0260-asset-search-pinyin.js';
import { repairsBoardSpeedMigration } from '../../platform/db/migrations/2026-11-21-0270-repairs-board-speed.js';
import { DEFAULT_WORK_HOURS } from '../calendar/work-hours.js';
import { assetWorld, desk } from './assets.fixtures.js';
import { messyLedger } from './import/messy-ledger.js';

type Card = { id: number; depreciatedMonths: number; accumulatedDepreciationFen: number; netValueFen: number };

describe('depreciation counters table (asset_depreciation_state)', () => {
  it('migration 0280 carries every card\'s booked months and accumulated depreciation over, then drops them from assets', async () => {
    const t = await createTestDb();
    try {
      const db = t.db;
      const d = db.dialect;
      const before: Record<string, Migration> = {
        '2026-11-21-0001-foundation': foundationMigration(d), '2026-11-21-0020-qr-one-code-per-target': qrOneCodePerTargetMigration(),
        '2026-11-21-0100-repairs': repairsMigration(d), '2026-11-21-0110-checklists': checklistsMigration(d), '2026-11-21-0120-maintenance': maintenanceMigration(d),
        '2026-11-21-0130-contractors': contractorsMigration(d), '2026-11-21-0140-repair-public-board': repairPublicBoardMigration(),
        '2026-11-21-0150-repairs-indexes': repairsIndexesMigration(), '2026-11-21-0200-assets': assetsMigration(d),
        '2026-11-21-0210-maintenance-asset-targets': maintenanceAssetTargetsMigration(), '2026-11-21-0220-asset-room-checks': assetRoomChecksMigration(d),
        '2026-11-21-0230-asset-stocktakes': assetStocktakesMigration(d), '2026-11-21-0240-asset-movements': assetMovementsMigration(d),
        '2026-11-21-0250-asset-damage-disposal': assetDamageDisposalMigration(d), '2026-11-21-0260-asset-search-pinyin': assetSearchPinyinMigration(),
        '2026-11-21-0270-repairs-board-speed': repairsBoardSpeedMigration(d),
      };
      const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => before }, ...(db.pgSchema ? { migrationTableSchema: db.pgSchema } : {}) });
      await runMigrations(migrator);
      const k = db.kysely;
      const now = new Date().toISOString();
      const school = await k.insertInto('schools').values({
        district_id: null, name: '老学校', code: 'OLD1', timezone: 'Asia/Shanghai', address: null, work_hours: JSON.stringify(DEFAULT_WORK_HOURS), created_at: now, updated_at: now,
      }).returning('id').executeTakeFirstOrThrow();
      const category = await k.insertInto('asset_categories').values({
        school_id: school.id, code: '2010000', gb2022_class: null, name: '计算机设备', parent_id: null, level: 1, depreciable: 1, life_months: 72, verified: 1, sort: 0, active: 1, created_at: now, updated_at: now,
      }).returning('id').executeTakeFirstOrThrow();
      // Written as the cards stood before 0280: the counters on the card itself.
      const cards = [['ZC001', 0, 0, 0], ['ZC002', 12, 100_000, 112_345], ['ZC003', 72, 0, 600_000]] as const;
      for (const [code, booked, opening, accumulated] of cards) {
        await sql`insert into assets (school_id, code, name, category_id, quantity, value_type, original_value_fen, acquisition_method, acquired_on, status,
            accounting_class, depreciation_method, life_months, dep_start_month, opening_dep_months, opening_accumulated_fen, booked_dep_months,
            accumulated_depreciation_fen, search_text, created_at, updated_at)
          values (${school.id}, ${code}, '台式计算机', ${category.id}, 1, 'original', 600000, 'purchase', '2020-01-01', 'in_use',
            'fixed', 'straight_line', 72, '2020-01', 0, ${opening}, ${booked}, ${accumulated}, ${code.toLowerCase()}, ${now}, ${now})`.execute(k);
      }

      assert.ok((await migrateToLatest(db)).includes('2026-11-21-0280-asset-depreciation-state'));
      const rows = await k.selectFrom('assets as a').innerJoin('asset_depreciation_state as ds', 'ds.asset_id', 'a.id')
        .select(['a.code', 'ds.school_id', 'ds.booked_dep_months', 'ds.accumulated_depreciation_fen']).orderBy('a.code').execute();
      assert.deepEqual(rows.map((r) => [r.code, r.school_id, r.booked_dep_months, Number(r.accumulated_depreciation_fen)]), cards.map(([code, booked, , acc]) => [code, school.id, booked, acc]));
      const card = await k.selectFrom('assets').selectAll().where('code', '=', 'ZC002').executeTakeFirstOrThrow();
      assert.ok(!('booked_dep_months' in card) && !('accumulated_depreciation_fen' in card), Object.keys(card).join(','));
    } finally {
      await t.dispose();
    }
  });

  describe('one row per card, by every path that makes cards', () => {
    let w: TwoSchools;
    let keeper: ApiClient;
    let world: Awaited<ReturnType<typeof assetWorld>>;
    const counts = async () => {
      const k = w.ts.server.db.kysely;
      const cards = await k.selectFrom('assets').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
      const states = await k.selectFrom('asset_depreciation_state as ds').innerJoin('assets as a', 'a.id', 'ds.asset_id')
        .whereRef('a.school_id', '=', 'ds.school_id').select(sql<number>`count(distinct ds.asset_id)`.as('n')).executeTakeFirstOrThrow();
      const all = await k.selectFrom('asset_depreciation_state').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
      return { cards: Number(cards.n), states: Number(states.n), rows: Number(all.n) };
    };
    before(async () => {
      w = await startWithTwoSchools();
      keeper = await w.ts.as('storekeeper');
      world = await assetWorld(await w.ts.as('logistics_head'));
    });
    after(async () => { await w.ts.close(); });

    it('the card form, with an older ledger\'s depreciation: the card shows it and books on from there', async () => {
      const res = await keeper.post<Card>('/api/v1/assets', {
        ...desk(world.category('2010000-01')), name: '旧电脑', originalValueFen: 720_000, acquiredOn: '2023-01-10', lifeMonths: 72, openingDepMonths: 12, openingAccumulatedFen: 120_000,
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual([res.body.depreciatedMonths, res.body.accumulatedDepreciationFen, res.body.netValueFen], [12, 120_000, 600_000]);
      assert.deepEqual(await counts(), { cards: 1, states: 1, rows: 1 });
    });

    it('a batch of identical cards', async () => {
      const res = await keeper.post<{ created: number }>('/api/v1/assets/batch', { ...desk(world.category('6010000-03')), name: '讲台', count: 7 });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual(await counts(), { cards: 8, states: 8, rows: 8 });
    });

    it('an imported ledger', async () => {
      const ledger = await messyLedger([
        ['ZC-2019-001', '台式计算机', '2010000-01', 'M720', '台', 1, 4999, 4999, '2019.9', null, null, null, null, null, null],
        ['ZC-2019-002', '打印机', '2020000-02', null, '台', 1, 1200, 1200, '2020-06', null, null, null, null, null, null],
      ]);
      const form = new FormData();
      form.append('dryRun', 'false');
      form.append('file', new Blob([new Uint8Array(ledger)]), '台账.xlsx');
      const res = await keeper.request<{ committed: boolean; created: unknown[] }>('POST', '/api/v1/assets/import', form);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.created.length, 2);
      assert.deepEqual(await counts(), { cards: 10, states: 10, rows: 10 });
    });

    it('the monthly run moves only the counters, and the card shows them', async () => {
      const finance = await w.ts.as('finance');
      const run = await finance.post<{ assets: number }>('/api/v1/asset-depreciation/run?month=2024-03');
      assert.equal(run.status, 200, JSON.stringify(run.body));
      const [old] = (await keeper.get<{ items: Card[] }>('/api/v1/assets?q=旧电脑')).body.items;
      // 720,000 − 120,000 over the 60 months left: 10,000 a month; the plan's months 13–15 (2024-01 … 03) booked.
      assert.deepEqual([old?.depreciatedMonths, old?.accumulatedDepreciationFen, old?.netValueFen], [15, 150_000, 570_000]);
      assert.deepEqual(await counts(), { cards: 10, states: 10, rows: 10 });
    });
  });
});
