import path from 'node:path';

export interface AppConfig {
  host: string;
  port: number;
  dataDir: string;
  /** postgres://… selects PostgreSQL; unset means the embedded SQLite file in dataDir. */
  databaseUrl: string | undefined;
  demo: boolean;
  logLevel: string;
  /** Set when served over HTTPS behind a proxy so cookies get the Secure flag. */
  secureCookies: boolean;
  /** Base URL printed into QR codes, e.g. https://houqin.example.edu.cn */
  publicUrl: string | undefined;
  webDir: string;
  maxUploadBytes: number;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`环境变量 ${name} 必须是非负整数，当前为 "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const dataDir = path.resolve(cwd, env.HOUQIN_DATA_DIR ?? 'data');
  return {
    host: env.HOST ?? '127.0.0.1',
    port: intFrom(env.PORT, 8080, 'PORT'),
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    demo: env.HOUQIN_DEMO === '1' || env.HOUQIN_DEMO === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: env.HOUQIN_SECURE_COOKIES === '1',
    publicUrl: env.HOUQIN_PUBLIC_URL || undefined,
    webDir: path.resolve(cwd, env.HOUQIN_WEB_DIR ?? 'dist/web'),
    maxUploadBytes: intFrom(env.HOUQIN_MAX_UPLOAD_MB, 10, 'HOUQIN_MAX_UPLOAD_MB') * 1024 * 1024,
  };
}
