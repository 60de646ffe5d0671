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
export interface MyScan { id: number; code: string; name: string; roomName: string | null; conditionLabel: string; wrongRoom: boolean; inScope: boolean; scannedAt: string; abilities: { delete: boolean } }
export interface MissingItem { assetId: number; code: string; name: string; expectedLocation: string | null }
export interface SearchHit { id: number; code: string; name: string; location: string; inScope: boolean; scanned: boolean }
/** One line of what happened since the page opened, newest first. */
export interface LogLine { key: number; tone: 'success' | 'warning' | 'danger' | 'primary'; label: string; text: string }
