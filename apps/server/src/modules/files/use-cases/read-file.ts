import type { Readable } from 'node:stream';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Db } from '../../../platform/db/database.js';
import { fileOwnerDefinition } from '../../../platform/files/file-owners.js';
import type { FileStorage } from '../../../platform/files/file-storage.js';
import { notFound } from '../../../platform/http/errors.js';
import { type FileRow, findFile, listFilesOfOwner } from '../files.repository.js';
import type { FileListQuery } from '../files.schemas.js';
import { presentFile } from '../files.presenter.js';
import { pagingOf } from '../../../platform/http/pagination.js';
import { readableOwnerOrThrow } from './resolve-owner.js';

/** A file the actor may see: in a readable school and on an owner record they may read. */
export async function readableFileOrThrow(db: Db, actor: Actor, id: number): Promise<FileRow> {
  const file = await findFile(db.kysely, actor.readableSchoolIds, id);
  if (!file) throw notFound('附件');
  const owner = fileOwnerDefinition(file.owner_type);
  if (!owner || !(await owner.canRead(db.kysely, actor, file.owner_id))) throw notFound('附件');
  return file;
}

export async function listOwnerFiles(db: Db, actor: Actor, query: FileListQuery) {
  await readableOwnerOrThrow(db.kysely, actor, query.ownerType, query.ownerId);
  const page = await listFilesOfOwner(db.kysely, actor.readableSchoolIds, query.ownerType, query.ownerId, pagingOf(query));
  return { ...page, items: page.items.map((row) => presentFile(row, actor)) };
}

export interface FileContent { file: FileRow; stream: Readable; mime: string; size: number | null; name: string }

/** The original bytes or the thumbnail, for streaming to the browser. */
export async function openFileContent(db: Db, storage: FileStorage, actor: Actor, id: number, variant: 'original' | 'thumbnail'): Promise<FileContent> {
  const file = await readableFileOrThrow(db, actor, id);
  if (variant === 'thumbnail') {
    if (!file.thumb_key) throw notFound('缩略图');
    const stream = await storage.get(file.thumb_key);
    if (!stream) throw notFound('缩略图');
    return { file, stream, mime: 'image/jpeg', size: null, name: file.original_name.replace(/\.[^.]*$/, '') + '-缩略图.jpg' };
  }
  const stream = await storage.get(file.storage_key);
  if (!stream) throw notFound('附件内容');
  return { file, stream, mime: file.mime, size: file.size, name: file.original_name };
}
