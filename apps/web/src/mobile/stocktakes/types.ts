/** 资产盘点 as the phone pages read it (server: apps/server/src/modules/assets/stocktakes). */
export interface StocktakeLite {
  id: number; name: string; scopeKindLabel: string; scopeNames: string[]; status: string; statusLabel: string;
  expectedCount: number; scannedCount: number; abilities: { scan: boolean };
}
export interface StocktakeDetail { stocktake: StocktakeLite; rooms: { id: number | null; name: string; expected: number; scanned: number }[] }
export interface ScanResult {
  outcome: 'counted' | 'duplicate' | 'wrong_room' | 'out_of_scope' | 'room'; outcomeLabel: string; message: string;
  asset: { id: number; code: string; name: string; location: string; expectedLocation: string | null } | null;
  room: { id: number; name: string } | null; scanId: number | null; scannedCount: number; expectedCount: number;
}
/** An evidence photo of a scan or a 盘盈 item (files module). */
export interface Photo { id: number; originalName: string; url: string; thumbnailUrl: string | null; abilities: { delete: boolean } }
export interface MyScan {
  id: number; code: string; name: string; roomName: string | null; condition: string; conditionLabel: string; wrongRoom: boolean; inScope: boolean; scannedAt: string;
  photos: Photo[]; abilities: { delete: boolean; photo: boolean };
}
/** 盘盈: something found without a card, described in words. */
export interface Extra {
  id: number; name: string; quantity: number; roomId: number | null; roomName: string | null; note: string | null; createdByName: string; createdAt: string;
  photos: Photo[]; abilities: { delete: boolean; photo: boolean };
}
export interface RoomChoice { id: number; name: string }
export interface MissingItem { assetId: number; code: string; name: string; expectedLocation: string | null }
export interface SearchHit { id: number; code: string; name: string; location: string; inScope: boolean; scanned: boolean }
/** One line of what happened since the page opened, newest first. */
export interface LogLine { key: number; tone: 'success' | 'warning' | 'danger' | 'primary'; label: string; text: string }
