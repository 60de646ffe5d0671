import type { ModuleRoutes } from '../../platform/http/typed-app.js';
import { buildingRoutes } from './buildings.js';
import { campusRoutes } from './campuses.js';
import { departmentRoutes } from './departments.js';
import { gradeRoutes } from './grades.js';
import { orgExportRoute } from './org-export.js';
import { roomRoutes } from './rooms.routes.js';
import { schoolRoutes } from './school.js';

export const orgRoutes: ModuleRoutes = (app, services) => {
  const db = services.db.kysely;
  schoolRoutes(app, db);
  campusRoutes(app, db);
  buildingRoutes(app, db);
  departmentRoutes(app, db);
  gradeRoutes(app, db);
  roomRoutes(app, services);
  orgExportRoute(app, db);
};
