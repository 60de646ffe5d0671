import type { Actor } from '../../platform/authz/actor.js';
import { canDeleteFile } from './files.policy.js';
import type { FileRow } from './files.repository.js';
import type { FileDto } from './files.schemas.js';

export function presentFile(row: FileRow, actor: Actor): FileDto {
  return {
    id: row.id,
    ownerType: row.owner_type,
    ownerId: row.owner_id,
    originalName: row.original_name,
    mime: row.mime,
    size: row.size,
    width: row.width,
    height: row.height,
    sha256: row.sha256,
    url: `/api/v1/files/${row.id}/content`,
    thumbnailUrl: row.thumb_key ? `/api/v1/files/${row.id}/thumbnail` : null,
    createdAt: row.created_at,
    createdById: row.created_by,
    createdByName: row.created_by_name,
    abilities: { delete: canDeleteFile(actor, row) },
  };
}
