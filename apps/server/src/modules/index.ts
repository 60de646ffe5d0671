import type { ModuleRoutes } from '../platform/http/typed-app.js';
import { authRoutes } from './auth/auth.routes.js';
import { setupRoutes } from './setup/setup.routes.js';

/** Every module's routes, mounted under /api/v1. */
export const moduleRoutes: ModuleRoutes[] = [setupRoutes, authRoutes];
