import type { Actor } from '../../../platform/authz/actor.js';
import { canDeleteFile } from '../../files/files.policy.js';
import type { PhotoRow } from './photos.repository.js';
import type { PhotoDto } from './stocktakes.schemas.js';

/**
 * Photos by owner id. `editable` says whether the actor may still change the stocktake's records
 * (counting, and a counter or the runner); the files module's rule (the uploader for a day, or
 * whoever may delete attachments) decides the rest.
 */
export function photosByOwner(rows: PhotoRow[], actor: Actor, editable: boolean): Map<number, PhotoDto[]> {
  const out = new Map<number, PhotoDto[]>();
  for (const r of rows) {
    const list = out.get(r.owner_id) ?? [];
    list.push({
      id: r.id, originalName: r.original_name, url: `/api/v1/files/${r.id}/content`, thumbnailUrl: r.thumb_key ? `/api/v1/files/${r.id}/thumbnail` : null,
      abilities: { delete: editable && canDeleteFile(actor, r) },
    });
    out.set(r.owner_id, list);
  }
  return out;
}
