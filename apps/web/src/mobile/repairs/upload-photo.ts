import { uploadFile } from '../lib/upload-file';
import type { FileDto } from './types';

/** Photos go up one by one as drafts of the user; the repair action later moves them onto its record. */
export function uploadDraftPhoto(file: File, userId: number): Promise<FileDto> {
  return uploadFile('repair_draft', userId, file);
}
