import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

// Two entries: the admin shell (index.html) and the phone pages (mobile.html), so a teacher's
// phone never downloads the admin application.
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.resolve(here, '../..', process.env.HOUQIN_WEB_DIR ?? 'dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { index: path.resolve(here, 'index.html'), mobile: path.resolve(here, 'mobile.html') },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
