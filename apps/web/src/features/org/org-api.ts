import { useQuery } from '@tanstack/react-query';
import { get, itemsOf, qs } from '../../lib/api';
import { useCrudWrites } from '../../lib/use-write';

export interface Abilities { update: boolean; delete: boolean }
export interface Campus { id: number; name: string; address: string | null; sort: number; version: number; buildingCount: number; roomCount: number; abilities: Abilities }
export interface Building {
  id: number; campusId: number; campusName: string; name: string; code: string | null; floorsAbove: number; floorsBelow: number;
  sort: number; version: number; roomCount: number; abilities: Abilities;
}
export interface Department { id: number; name: string; leaderUserId: number | null; leaderName: string | null; sort: number; version: number; userCount: number; abilities: Abilities }
export interface SchoolClass {
  id: number; gradeId: number; name: string; headTeacherId: number | null; headTeacherName: string | null;
  roomId: number | null; roomName: string | null; version: number; abilities: Abilities;
}
export interface Grade { id: number; name: string; sort: number; version: number; classes: SchoolClass[]; abilities: Abilities }
export interface OrgTree {
  campuses: { id: number; name: string; roomCount: number; buildings: { id: number; name: string; roomCount: number; floors: { floor: number | null; roomCount: number }[] }[] }[];
}

export const ORG_TREE_KEY = ['/org/tree'];

function useList<T>(path: string, params: Record<string, number | undefined> = {}, enabled = true) {
  return useQuery({
    queryKey: [path, params],
    queryFn: async () => itemsOf(await get<T[] | { items: T[] }>(`${path}${qs(params)}`)),
    enabled,
  });
}

export const useCampuses = () => useList<Campus>('/campuses');
export const useBuildings = (campusId?: number) => useList<Building>('/buildings', { campusId });
export const useDepartments = (enabled = true) => useList<Department>('/departments', {}, enabled);
export const useGrades = () => useList<Grade>('/grades');
export const useOrgTree = () => useQuery({ queryKey: ORG_TREE_KEY, queryFn: () => get<OrgTree>('/org/tree') });

/**
 * Create / update / delete for one org collection. Every org change can move counts in the
 * tree and in the other tabs, so all org lists refresh together.
 */
export function useOrgCrud<C>(path: string, label: string) {
  return useCrudWrites<C>(path, label, [[path], ['/campuses'], ['/buildings'], ['/grades'], ['/departments'], ORG_TREE_KEY]);
}

/** Floors of a building, top first: 5F … 1F, B1, B2. */
export function floorsOf(b: { floorsAbove: number; floorsBelow: number }): { value: number; label: string }[] {
  const out: { value: number; label: string }[] = [];
  for (let f = b.floorsAbove; f >= 1; f -= 1) out.push({ value: f, label: `${f}层` });
  for (let f = 1; f <= b.floorsBelow; f += 1) out.push({ value: -f, label: `地下${f}层` });
  return out;
}

export function floorLabel(floor: number | null | undefined): string {
  if (floor === null || floor === undefined) return '—';
  return floor < 0 ? `地下${-floor}层` : `${floor}层`;
}
