import { useQuery } from '@tanstack/react-query';
import { get, post } from '../../lib/api';
import { useWrite } from '../../lib/use-write';

/** 期初清点 as the server presents it (apps/server/src/modules/assets/room-checks). */
export interface Round {
  id: number; name: string; termId: number | null; termName: string | null; dueDate: string; status: string; statusLabel: string;
  buildingNames: string[]; roomsTotal: number; roomsDone: number; expectedCount: number; missingCount: number; damagedCount: number;
  extraCount: number; createdAt: string; createdByName: string | null; version: number; abilities: { close: boolean };
}

export interface CheckRoom {
  id: number; roundId: number; roundName: string; dueDate: string; roundStatus: string; roomId: number; roomName: string; location: string;
  responsibleNames: string[]; expectedCount: number; status: string; statusLabel: string; presentCount: number; missingCount: number;
  damagedCount: number; extraCount: number; submittedAt: string | null; submittedByName: string | null; version: number;
}

export interface CheckSheet {
  check: CheckRoom;
  items: { assetId: number; code: string; name: string; specModel: string | null; categoryName: string; statusLabel: string; present: boolean | null; condition: string | null; conditionLabel: string | null; note: string | null; photoFileId: number | null }[];
  extras: { name: string; note: string | null }[];
  note: string | null;
  signatureFileId: number | null;
  submissions: { id: number; submittedAt: string; submittedByName: string; presentCount: number; missingCount: number; damagedCount: number; extraCount: number; signatureFileId: number }[];
}

export interface NewRound { name: string; termId?: number; dueDate: string; buildingIds?: number[] }

const ROUNDS = ['/asset-check-rounds'];

export const useRounds = () => useQuery({ queryKey: ROUNDS, queryFn: () => get<{ items: Round[]; total: number }>('/asset-check-rounds?pageSize=100') });
export const useRound = (id: number | null) =>
  useQuery({ queryKey: [...ROUNDS, id], enabled: id !== null, queryFn: () => get<{ round: Round; rooms: CheckRoom[] }>(`/asset-check-rounds/${id}`) });
export const useCheckSheet = (id: number | null) =>
  useQuery({ queryKey: ['/asset-checks', id], enabled: id !== null, queryFn: () => get<CheckSheet>(`/asset-checks/${id}`) });
export const useTerms = () => useQuery({
  queryKey: ['/calendar', 'terms'],
  queryFn: async () => {
    const cal = await get<{ schoolYears: { name: string; terms: { id: number; name: string; startDate: string }[] }[] }>('/calendar');
    return cal.schoolYears.flatMap((y) => y.terms.map((t) => ({ id: t.id, label: `${y.name} ${t.name}`, startDate: t.startDate })));
  },
});

export function useOpenRound(onDone: (id: number) => void) {
  return useWrite((v: NewRound) => post<{ round: Round }>('/asset-check-rounds', v), {
    invalidate: [ROUNDS], success: (r) => `已发起清点，共 ${r.round.roomsTotal} 个房间`, onSuccess: (r) => onDone(r.round.id),
  });
}

export function useCloseRound() {
  return useWrite((r: Round) => post(`/asset-check-rounds/${r.id}/close`, { version: r.version }), { invalidate: [ROUNDS], success: '清点已结束' });
}
