import type { CheckSheet, Condition, LineAnswer } from './types';

// why: 一键报修 leaves the page for the repair form; the answers given so far must survive the trip.
const key = (checkId: number) => `houqin.asset-check.${checkId}`;

export interface CheckDraft { lines: Record<number, LineAnswer>; photos: Record<number, number>; extras: { name: string; note: string }[]; note: string }

/** The saved draft, else the latest submission's answers (a correction starts from what was sent). */
export function loadDraft(sheet: CheckSheet): CheckDraft {
  const saved = sessionStorage.getItem(key(sheet.check.id));
  if (saved) {
    try {
      return JSON.parse(saved) as CheckDraft;
    } catch {
      sessionStorage.removeItem(key(sheet.check.id));
    }
  }
  const lines: Record<number, LineAnswer> = {};
  const photos: Record<number, number> = {};
  for (const i of sheet.items) {
    const condition = i.present ? (i.condition as Condition | null) : null;
    lines[i.assetId] = { present: i.present, condition, note: i.note ?? '' };
    if (i.photoFileId) photos[i.assetId] = i.photoFileId;
  }
  return { lines, photos, extras: sheet.extras.map((e) => ({ name: e.name, note: e.note ?? '' })), note: sheet.note ?? '' };
}

export function saveDraft(checkId: number, draft: CheckDraft): void {
  sessionStorage.setItem(key(checkId), JSON.stringify(draft));
}

export function clearDraft(checkId: number): void {
  sessionStorage.removeItem(key(checkId));
}
