import { type Static, type TSchema, Type } from 'typebox';
import { PageQuery, pageOf } from '../../platform/http/pagination.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

const OwnerType = Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z][a-z_]*$', title: '附件归属类型' });
const OwnerId = Type.Integer({ minimum: 1, title: '附件归属记录' });

/** The text fields sent before the file in the multipart upload. */
export const UploadFields = Type.Object({ ownerType: OwnerType, ownerId: OwnerId });
export type UploadFields = Static<typeof UploadFields>;

export const FileListQuery = Type.Object({ ...PageQuery, ownerType: OwnerType, ownerId: OwnerId });
export type FileListQuery = Static<typeof FileListQuery>;

export const FileParams = Type.Object({ id: Type.Integer({ minimum: 1, title: '附件' }) });
export type FileParams = Static<typeof FileParams>;

export const FileContentQuery = Type.Object({ download: Type.Optional(Type.Boolean({ title: '下载' })) });
export type FileContentQuery = Static<typeof FileContentQuery>;

export const FileDto = Type.Object({
  id: Type.Integer(),
  ownerType: Type.String(),
  ownerId: Type.Integer(),
  originalName: Type.String(),
  mime: Type.String(),
  size: Type.Integer(),
  width: Nullable(Type.Integer()),
  height: Nullable(Type.Integer()),
  sha256: Type.String(),
  url: Type.String(),
  thumbnailUrl: Nullable(Type.String()),
  createdAt: Type.String(),
  createdById: Nullable(Type.Integer()),
  createdByName: Nullable(Type.String()),
  abilities: Type.Object({ delete: Type.Boolean() }),
});
export type FileDto = Static<typeof FileDto>;
export const FilePage = pageOf(FileDto);

export const OkResponse = Type.Object({ ok: Type.Boolean() });
