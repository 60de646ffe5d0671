import type { FastifyReply } from 'fastify';
import { actorOrThrow } from '../../platform/http/request-context.js';
import { requirePermission } from '../../platform/authz/actor.js';
import { createFileStorage } from '../../platform/files/file-storage.js';
import type { ModuleRoutes } from '../../platform/http/typed-app.js';
import { FileContentQuery, FileDto, FileListQuery, FilePage, FileParams, OkResponse } from './files.schemas.js';
import { presentFile } from './files.presenter.js';
import { registerRoomFileOwner } from './owners/room-file-owner.js';
import { readUpload } from './read-upload.js';
import { deleteFile } from './use-cases/delete-file.js';
import { type FileContent, listOwnerFiles, openFileContent } from './use-cases/read-file.js';
import { uploadFile } from './use-cases/upload-file.js';

const TAGS = ['附件'];

function sendContent(reply: FastifyReply, content: FileContent, download: boolean): FastifyReply {
  const disposition = download ? 'attachment' : 'inline';
  reply
    .header('content-type', content.mime)
    .header('content-disposition', `${disposition}; filename="file"; filename*=UTF-8''${encodeURIComponent(content.name)}`)
    // Bytes never change under an id; private because they are behind a login.
    .header('cache-control', 'private, max-age=86400');
  if (content.size !== null) reply.header('content-length', content.size);
  return reply.send(content.stream);
}

export const filesRoutes: ModuleRoutes = (app, { db, config }) => {
  registerRoomFileOwner();
  const storage = createFileStorage(config);

  app.post('/files', {
    schema: {
      tags: TAGS, summary: '上传附件（multipart：ownerType、ownerId，然后 file；仅 JPG/PNG/WebP/GIF/PDF）',
      consumes: ['multipart/form-data'], response: { 200: FileDto },
    },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'file', 'create');
    const upload = await readUpload(req, config.maxUploadBytes);
    const row = await uploadFile(db, storage, actor, upload);
    return presentFile(row, actor);
  });

  app.get('/files', {
    schema: { tags: TAGS, summary: '某条记录的附件', querystring: FileListQuery, response: { 200: FilePage } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'file', 'read');
    return listOwnerFiles(db, actor, req.query);
  });

  app.get('/files/:id/content', {
    schema: { tags: TAGS, summary: '附件原文件', params: FileParams, querystring: FileContentQuery },
  }, async (req, reply) => {
    const actor = requirePermission(req.actor, 'file', 'read');
    return sendContent(reply, await openFileContent(db, storage, actor, req.params.id, 'original'), req.query.download === true);
  });

  app.get('/files/:id/thumbnail', {
    schema: { tags: TAGS, summary: '图片缩略图（JPEG，最长边 320 像素）', params: FileParams },
  }, async (req, reply) => {
    const actor = requirePermission(req.actor, 'file', 'read');
    return sendContent(reply, await openFileContent(db, storage, actor, req.params.id, 'thumbnail'), false);
  });

  app.delete('/files/:id', {
    schema: { tags: TAGS, summary: '删除附件（有删除权限，或上传者 24 小时内）', params: FileParams, response: { 200: OkResponse } },
  }, async (req) => {
    const actor = actorOrThrow(req.actor);
    await deleteFile(db, storage, actor, req.params.id);
    return { ok: true };
  });
};
