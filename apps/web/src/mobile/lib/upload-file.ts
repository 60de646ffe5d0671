import { api } from '../../lib/api';
import type { FileDto } from '../repairs/types';

/** One file to the files module, attached to the record it belongs to (a draft of the user, a check, a card). */
export function uploadFile(ownerType: string, ownerId: number, file: Blob, name?: string): Promise<FileDto> {
  const form = new FormData();
  form.append('ownerType', ownerType);
  form.append('ownerId', String(ownerId));
  if (name) form.append('file', file, name);
  else form.append('file', file);
  return api<FileDto>('POST', '/files', form);
}
