import type { ModuleRoutes } from '../../platform/http/typed-app.js';
import { registerChecklistRepairRaiser } from './checklist-raiser.js';
import { contractorRoutes } from './contractors/contractors.routes.js';
import { registerRepairFileOwners } from './owners/repair-file-owners.js';
import { registerRepairQrAction } from './repair-qr-action.js';
import { repairReportRoutes } from './reports/reports.routes.js';
import { requestRoutes } from './routes/requests.routes.js';
import { settingsRoutes } from './routes/settings.routes.js';
import { workOrderRoutes } from './routes/work-orders.routes.js';

/** 报修 / 维修: requests, work orders, dispatch (in-house or 委外 to contractors) and settings; photos, the 报修 button on room QR codes, and one-tap repairs from failed checks. */
export const repairsRoutes: ModuleRoutes = (app, services) => {
  registerRepairFileOwners();
  registerRepairQrAction();
  registerChecklistRepairRaiser();
  requestRoutes(app, services);
  workOrderRoutes(app, services);
  settingsRoutes(app, services);
  contractorRoutes(app, services);
  repairReportRoutes(app, services);
};
