import path from 'node:path';
import type { Readable } from 'node:stream';
import type { AppConfig } from '../../config/config.js';
import { LocalFileStorage } from './local-file-storage.js';

/**
 * Where uploaded bytes live. Deliberately narrow (whole-object put, streamed get, delete) so an
 * S3-compatible store can replace the directory without touching the files module.
 */
export interface FileStorage {
  put(key: string, data: Buffer): Promise<void>;
  /** The object's bytes, or undefined when it is gone. */
  get(key: string): Promise<Readable | undefined>;
  /** Removes the object; deleting a missing object is not an error. */
  delete(key: string): Promise<void>;
}

/** The store for this installation: `${dataDir}/files`, a shared volume in a district deployment. */
export function createFileStorage(config: AppConfig): FileStorage {
  return new LocalFileStorage(path.join(config.dataDir, 'files'));
}
