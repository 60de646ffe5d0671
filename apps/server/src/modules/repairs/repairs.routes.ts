import type { ModuleRoutes } from '../../platform/http/typed-app.js';

/** Placeholder: routes arrive with the module. */
export const repairsRoutes: ModuleRoutes = () => {};
