import { type Kysely, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { localDate } from '../../../platform/calendar/time-zone.js';
import type { Database } from '../../../platform/db/schema.js';
import { forbidden, notFound } from '../../../platform/http/errors.js';
import { onBooksAt } from './ledger.repository.js';
import type { DistrictAssetSummary } from './reports.schemas.js';

const n = (v: unknown): number => Number(v ?? 0);

/**
 * 全区资产对比 for a bureau reader: every school of the district side by side, in one grouped query
 * (a district has hundreds of schools). 超期使用 counts depreciable cards whose 取得 month plus
 * their life has passed (条例 第二十一条 names them as candidates for 报废); 上次盘点 is when the
 * school's last stocktake was closed. Values are today's books; schools without cards still get a row.
 */
export async function districtAssetSummary(db: Kysely<Database>, actor: Actor, now = new Date()): Promise<DistrictAssetSummary> {
  if (actor.dataScope !== 'district' || actor.districtId === null) throw forbidden('全区资产对比仅限教育局账号查看');
  const schoolIds = actor.readableSchoolIds;
  // scope: the actor's readable schools are their district's, resolved at login.
  const first = schoolIds.length ? await db.selectFrom('schools').select('timezone').where('id', 'in', schoolIds).orderBy('id').executeTakeFirst() : undefined;
  if (!first) throw notFound('学校');
  const today = localDate(now, first.timezone);
  const monthIndex = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7));
  const pastLife = sql<SqlBool>`(c.depreciable = 1 and cast(substr(a.acquired_on, 1, 4) as integer) * 12 + cast(substr(a.acquired_on, 6, 2) as integer) + a.life_months <= ${monthIndex})`;
  const rows = await db.selectFrom('schools as s')
    .leftJoin('assets as a', (j) => j.onRef('a.school_id', '=', 's.id').on(onBooksAt(today)))
    .leftJoin('asset_depreciation_state as ds', 'ds.asset_id', 'a.id')
    .leftJoin('asset_categories as c', 'c.id', 'a.category_id')
    .where('s.id', 'in', schoolIds)
    .groupBy(['s.id', 's.name', 's.code'])
    .select([
      's.id', 's.name', 's.code',
      sql<number>`count(a.id)`.as('cards'),
      sql<number>`coalesce(sum(a.original_value_fen), 0)`.as('original'),
      sql<number>`coalesce(sum(ds.accumulated_depreciation_fen), 0)`.as('accumulated'),
      sql<number>`sum(case when a.status = 'idle' then 1 else 0 end)`.as('idle'),
      sql<number>`sum(case when ${pastLife} then 1 else 0 end)`.as('past_life'),
      // The latest finished 盘点 (条例 第三十四条 asks for periodic counts); one index probe per school.
      sql<string | null>`(select max(t.closed_at) from asset_stocktakes t where t.school_id = s.id and t.status = 'closed')`.as('last_stocktake_at'),
    ])
    .orderBy('s.code').orderBy('s.id')
    .execute();
  const schools = rows.map((r) => ({
    schoolId: r.id, schoolName: r.name, cards: n(r.cards), originalValueFen: n(r.original), netValueFen: n(r.original) - n(r.accumulated),
    idleCards: n(r.idle), pastLifeCards: n(r.past_life), lastStocktakeAt: r.last_stocktake_at ?? null,
  }));
  const sum = (k: 'cards' | 'originalValueFen' | 'netValueFen' | 'idleCards' | 'pastLifeCards') => schools.reduce((t, s) => t + s[k], 0);
  return {
    districtId: actor.districtId, asOf: today, schoolCount: schools.length,
    totals: { cards: sum('cards'), originalValueFen: sum('originalValueFen'), netValueFen: sum('netValueFen'), idleCards: sum('idleCards'), pastLifeCards: sum('pastLifeCards') },
    schools,
  };
}
