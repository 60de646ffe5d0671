export { launchBrowser, desktopContext, phoneContext, screenshot, settled } from './browser.js';
export { startE2eServer, type E2eServer, type E2eServerOptions } from './server.js';
export { setUpSchool, E2E_ADMIN, E2E_SCHOOL } from './setup.js';
export { repoRoot, projectTmp } from './paths.js';
export { DEMO_PASSWORD, type DemoWorld, cameraPhoto, demoWorld, desktopSignIn, phoneSignIn } from './demo.js';
