import type { ModuleRoutes } from '../../platform/http/typed-app.js';
import { checklistResultRoutes } from './checklist-results.routes.js';
import { checklistTemplateRoutes } from './checklist-templates.routes.js';
import { registerResultFileOwner } from './owners/result-file-owner.js';
import { registerRoomChecklistSubject } from './subjects/room-subject.js';
import { registerSchoolChecklistSubject } from './subjects/school-subject.js';

/** The checklist engine (检查表): versioned templates and append-only results other modules reuse. */
export const checklistsRoutes: ModuleRoutes = (app, services) => {
  registerRoomChecklistSubject();
  registerSchoolChecklistSubject();
  registerResultFileOwner();
  checklistTemplateRoutes(app, services);
  checklistResultRoutes(app, services);
};
