import { useQuery } from '@tanstack/react-query';
import type { Page } from '@houqin/contracts';
import { get, post } from '../../lib/api';
import { useWrite } from '../../lib/use-write';

export interface QrCode {
  id: number; code: string; url: string; batchId: number | null; batchName: string | null;
  targetType: string | null; targetTypeLabel: string | null; targetId: number | null; targetName: string | null; targetLocation: string | null;
  linkedAt: string | null; createdAt: string; version: number;
  abilities: { link: boolean; unlink: boolean; print: boolean };
}
export interface QrBatch { id: number; name: string; size: number; linkedCount: number; createdAt: string; createdByName: string | null; abilities: { print: boolean } }

export const QR_KEYS = [['/qr-codes'], ['/qr-batches'], ['/rooms']];

/** Every batch, for the filter select (a school has a handful). */
export const useAllBatches = () => useQuery({
  queryKey: ['/qr-batches', 'all'],
  queryFn: () => get<Page<QrBatch>>('/qr-batches?page=1&pageSize=200&sort=-createdAt'),
});

export function useQrWrites() {
  return {
    createBatch: useWrite((b: { name: string; count: number }) => post<QrBatch>('/qr-batches', b), { invalidate: QR_KEYS, success: (r) => `已生成 ${r.size} 个二维码` }),
    unlink: useWrite((c: QrCode) => post(`/qr-codes/${encodeURIComponent(c.code)}/unlink`, { version: c.version }), { invalidate: QR_KEYS, success: '已解除关联' }),
  };
}
