import { useQuery } from '@tanstack/react-query';
import { del, get, patch, post } from '../../lib/api';
import { useWrite } from '../../lib/use-write';
import { ORG_TREE_KEY } from '../org/org-api';

export interface Room {
  id: number;
  name: string;
  code: string | null;
  roomType: string;
  roomTypeLabel: string;
  campusId: number;
  campusName: string;
  buildingId: number | null;
  buildingName: string | null;
  floor: number | null;
  capacity: number | null;
  areaM2: number | null;
  departmentId: number | null;
  departmentName: string | null;
  keeperUserId: number | null;
  keeperName: string | null;
  note: string | null;
  active: boolean;
  version: number;
  qrCode: string | null;
  updatedAt?: string;
  abilities: { update: boolean; delete: boolean };
}

export const ROOMS_KEY = ['/rooms'];
const invalidate = [ROOMS_KEY, ORG_TREE_KEY, ['/campuses'], ['/buildings']];

export function useRoom(id: number | null) {
  return useQuery({ queryKey: ['/rooms', id], queryFn: () => get<Room>(`/rooms/${id}`), enabled: id !== null });
}

export function useRoomWrites() {
  return {
    create: useWrite((body: Record<string, unknown>) => post<Room>('/rooms', body), { invalidate, success: '已新建房间' }),
    update: useWrite(({ id, body }: { id: number; body: Record<string, unknown> & { version: number } }) => patch<Room>(`/rooms/${id}`, body), { invalidate, success: '已保存' }),
    remove: useWrite((r: Pick<Room, 'id' | 'version'>) => del(`/rooms/${r.id}?version=${r.version}`), { invalidate, success: '已删除房间' }),
    batch: useWrite((body: { campusId: number; buildingId?: number; floor?: number; roomType: string; names: string[] }) =>
      post<{ created: number; items: Room[] }>('/rooms/batch', body), { invalidate, success: (r) => `已新建 ${r.created} 个房间` }),
  };
}
