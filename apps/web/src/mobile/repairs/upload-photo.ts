import { api } from '../../lib/api';
import type { FileDto } from './types';

/** Photos go up one by one as drafts of the user; the repair action later moves them onto its record. */
export function uploadDraftPhoto(file: File, userId: number): Promise<FileDto> {
  const form = new FormData();
  form.append('ownerType', 'repair_draft');
  form.append('ownerId', String(userId));
  form.append('file', file);
  return api<FileDto>('POST', '/files', form);
}
