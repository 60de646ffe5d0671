import type { ModuleRoutes } from '../platform/http/typed-app.js';
import { assetsRoutes } from './assets/assets.routes.js';
import { assetLabelsRoutes } from './assets/labels/asset-labels.routes.js';
import { assetRoomChecksRoutes } from './assets/room-checks/room-checks.routes.js';
import { assetDamagesRoutes } from './assets/damages/damages.routes.js';
import { assetDisposalsRoutes } from './assets/disposals/disposals.routes.js';
import { assetMovementsRoutes } from './assets/movements/movements.routes.js';
import { assetStocktakesRoutes } from './assets/stocktakes/stocktakes.routes.js';
import { assetReportRoutes } from './assets/reports/reports.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { calendarRoutes } from './calendar/calendar.routes.js';
import { checklistsRoutes } from './checklists/checklists.routes.js';
import { filesRoutes } from './files/files.routes.js';
import { notificationsRoutes } from './notifications/notifications.routes.js';
import { orgRoutes } from './org/org.routes.js';
import { qrRoutes } from './qr/qr.routes.js';
import { repairsRoutes } from './repairs/repairs.routes.js';
import { rolesRoutes } from './roles/roles.routes.js';
import { setupRoutes } from './setup/setup.routes.js';
import { usersRoutes } from './users/users.routes.js';
import { maintenanceRoutes } from './maintenance/maintenance.routes.js';

/** Every module's routes, mounted under /api/v1. */
export const moduleRoutes: ModuleRoutes[] = [
  setupRoutes, authRoutes, orgRoutes, usersRoutes, rolesRoutes, calendarRoutes, qrRoutes, filesRoutes, auditRoutes, notificationsRoutes,
  checklistsRoutes, repairsRoutes,
  assetsRoutes,
  assetLabelsRoutes,
  assetRoomChecksRoutes,
  assetDamagesRoutes,
  assetDisposalsRoutes,
  assetMovementsRoutes,
  assetStocktakesRoutes,
  assetReportRoutes,
  maintenanceRoutes,
];
