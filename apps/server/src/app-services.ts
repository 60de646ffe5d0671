import type { AppConfig } from './config/config.js';
import type { Db } from './platform/db/database.js';

/** What every module's routes get: the database and configuration, nothing global. */
export interface AppServices {
  db: Db;
  config: AppConfig;
  /** Flipped by the setup module once the first school exists. */
  setupState: { done: boolean };
}
