/** What the phone pages read from the assets API (see apps/server/src/modules/assets/README.md). */
export interface AssetCard {
  id: number;
  code: string;
  name: string;
  categoryName: string;
  specModel: string | null;
  brand: string | null;
  unit: string | null;
  quantity: number;
  location: string;
  custodianName: string | null;
  departmentName: string | null;
  status: string;
  statusLabel: string;
  acquiredOn: string;
  warrantyUntil: string | null;
  qrCode: string | null;
  abilities: { repair: boolean };
}

export interface AssetEvent {
  id: number;
  kind: string;
  kindLabel: string;
  actorName: string;
  note: string | null;
  at: string;
}

export interface AssetFile { id: number; originalName: string; mime: string; url: string; thumbnailUrl: string | null }

export interface CheckRoom {
  id: number;
  roundId: number;
  roundName: string;
  dueDate: string;
  roundStatus: string;
  roomId: number;
  roomName: string;
  location: string;
  responsibleNames: string[];
  expectedCount: number;
  status: 'pending' | 'submitted';
  statusLabel: string;
  presentCount: number;
  missingCount: number;
  damagedCount: number;
  extraCount: number;
  submittedAt: string | null;
  submittedByName: string | null;
  version: number;
}

export type Condition = 'good' | 'damaged' | 'needs_repair';

export interface CheckItem {
  assetId: number;
  code: string;
  name: string;
  specModel: string | null;
  categoryName: string;
  statusLabel: string;
  present: boolean | null;
  condition: string | null;
  conditionLabel: string | null;
  note: string | null;
  photoFileId: number | null;
}

export interface CheckSheet {
  check: CheckRoom;
  items: CheckItem[];
  extras: { name: string; note: string | null }[];
  note: string | null;
  signatureFileId: number | null;
  submissions: { id: number; submittedAt: string; submittedByName: string; presentCount: number; missingCount: number; damagedCount: number; extraCount: number }[];
  abilities: { submit: boolean };
}

/** One card's answer while the sheet is being filled in. */
export interface LineAnswer { present: boolean | null; condition: Condition | null; note: string }
