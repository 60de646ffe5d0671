import type { ModuleRoutes } from '../../platform/http/typed-app.js';
import { registerAssetFileOwner } from './asset-file-owner.js';
import { registerAssetQrTarget } from './asset-qr-target.js';
import { assetCardRoutes } from './routes/assets.routes.js';
import { custodyRoutes } from './routes/custody.routes.js';
import { assetImportRoutes } from './import/import.routes.js';
import { depreciationRoutes } from './routes/depreciation.routes.js';
import { assetSettingsRoutes } from './routes/settings.routes.js';

/** 校产: classification, settings, asset cards, custody, depreciation; QR labels and files on cards. */
export const assetsRoutes: ModuleRoutes = (app, services) => {
  registerAssetQrTarget();
  registerAssetFileOwner();
  assetCardRoutes(app, services);
  assetSettingsRoutes(app, services);
  depreciationRoutes(app, services);
  custodyRoutes(app, services);
  assetImportRoutes(app, services);
};
