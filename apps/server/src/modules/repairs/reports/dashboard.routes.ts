import { requirePermission } from '../../../platform/authz/actor.js';
import type { TypedApp } from '../../../platform/http/typed-app.js';
import type { Db } from '../../../platform/db/database.js';
import { repairDashboard } from './dashboard.js';
import { DashboardQuery, RepairDashboard } from './dashboard.schemas.js';
import { publicBoardRoutes } from './public-board.routes.js';

/** 维修看板 for the head of logistics, and the public 报修公示 a school may switch on. */
export function dashboardRoutes(app: TypedApp, db: Db): void {
  const k = db.kysely;
  app.get('/repair-reports/dashboard', {
    schema: {
      tags: ['维修报表'], summary: '维修看板：当前积压、近 12 个月趋势、各分类完工时长（统计区间默认本月）',
      querystring: DashboardQuery, response: { 200: RepairDashboard },
    },
  }, async (req) => repairDashboard(k, requirePermission(req.actor, 'work_order', 'read'), req.query));
  publicBoardRoutes(app, db);
}
