// d. What a browser downloads on first load, gzip-compressed: the phone entry's JavaScript and
// the admin shell's JavaScript + CSS, against React + ReactDOM alone.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { transformSync } from 'esbuild';
import { root } from './lib/proc.mjs';

const WEB = path.join(root, 'dist/web');
const KB = 1024;

const gzipBytes = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** React's CommonJS production files are not minified; minify them as a bundler would before gzip. */
function minifiedGzipBytes(file) {
  const { code } = transformSync(fs.readFileSync(file, 'utf8'), { minify: true, format: 'cjs', loader: 'js' });
  return zlib.gzipSync(code, { level: 9 }).length;
}

function htmlAssets(htmlFile) {
  const html = fs.readFileSync(htmlFile, 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  return { js: [...scripts, ...preloads], css: styles };
}

// Static imports and re-exports only (`import{x}from"./a.js"`, `import"./b.js"`, `export{y}from"./d.js"`);
// `import("./c.js")` is lazy and excluded.
const STATIC_IMPORT = /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;

/** The entry scripts plus everything they import statically, transitively. */
function staticClosure(entryUrls) {
  const seen = new Set();
  const queue = entryUrls.map((u) => path.join(WEB, u.replace(/^\//, '')));
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) {
      if (m[1].startsWith('.') || m[1].startsWith('/')) {
        queue.push(m[1].startsWith('/') ? path.join(WEB, m[1].slice(1)) : path.resolve(path.dirname(file), m[1]));
      }
    }
  }
  return [...seen];
}

const assetPath = (url) => path.join(WEB, url.replace(/^\//, ''));
const sumKb = (files) => files.reduce((sum, f) => sum + gzipBytes(f), 0) / KB;

function firstLoad(htmlName, withCss) {
  const assets = htmlAssets(path.join(WEB, htmlName));
  const files = [...staticClosure(assets.js), ...(withCss ? assets.css.map(assetPath) : [])];
  return { kb: sumKb(files), files: files.length, js: staticClosure(assets.js) };
}

/**
 * A route's lazy chunk and the chunks Vite preloads with it (`__vite__mapDeps`), as a phone
 * downloads them when the page opens on that route; undefined when the chunk is not found.
 */
function withLazyRoute(entryJs, chunkPrefix) {
  const entry = entryJs.find((f) => /\/mobile-[\w-]+\.js$/.test(f));
  if (!entry) return undefined;
  const code = fs.readFileSync(entry, 'utf8');
  const deps = /m\.f=\[([^\]]*)\]/.exec(code)?.[1]?.split(',').map((d) => d.trim().replace(/^["'`]|["'`]$/g, '')) ?? [];
  const call = new RegExp(`import\\([\`"']\\./(${chunkPrefix}-[\\w-]+\\.js)[\`"']\\)[^]*?__vite__mapDeps\\(\\[([\\d,]+)\\]`).exec(code);
  if (!call) return undefined;
  const preloaded = call[2].split(',').map((i) => deps[Number(i)]).filter((d) => d && d.endsWith('.js')).map(assetPath);
  const files = new Set([...entryJs, ...staticClosure([`assets/${call[1]}`, ...preloaded.map((f) => path.relative(WEB, f))])]);
  return { kb: sumKb([...files]), files: files.size };
}

export async function benchBundleSize() {
  if (!fs.existsSync(path.join(WEB, 'index.html'))) throw new Error('dist/web is missing: run node scripts/build.mjs');
  const nm = path.join(root, 'node_modules');
  const reactKb = (minifiedGzipBytes(path.join(nm, 'react/cjs/react.production.js'))
    + minifiedGzipBytes(path.join(nm, 'react-dom/cjs/react-dom-client.production.js'))) / KB;
  const base = { baseline: reactKb, baselineName: 'react + react-dom (minified), gzip' };
  const phone = firstLoad('mobile.html', false);
  const admin = firstLoad('index.html', true);
  const rows = [
    { name: 'Phone entry JavaScript (mobile.html), gzip', unit: 'KB', value: phone.kb, ...base, target: '< 200 KB', pass: phone.kb < 200, note: `${phone.files} files` },
    { name: 'Admin shell first load JS + CSS (index.html), gzip', unit: 'KB', value: admin.kb, ...base, target: '< 600 KB', pass: admin.kb < 600, note: `${admin.files} files` },
  ];
  const scan = withLazyRoute(phone.js, 'qr-landing-page');
  if (scan) {
    rows.push({ name: 'Phone scan page /q/… JavaScript incl. its lazy route chunk, gzip', unit: 'KB', value: scan.kb, ...base, target: '< 200 KB', pass: scan.kb < 200, note: `${scan.files} files; what a teacher's phone loads after scanning` });
  }
  return rows;
}
