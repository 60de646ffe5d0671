import type { ApiClient } from '../../../test/api-client.js';

type Body = Record<string, unknown>;

/** Ids the asset tests need from a fresh two-school world: categories by code, a room and a user of school A. */
export async function assetWorld(head: ApiClient) {
  const cats = await head.get<{ items: Body[] }>('/api/v1/asset-categories');
  if (cats.status !== 200) throw new Error(`categories: ${cats.status} ${JSON.stringify(cats.body)}`);
  const category = (code: string) => Number(cats.body.items.find((c) => c.code === code)?.id);
  const campuses = await head.get<{ items: Body[] }>('/api/v1/campuses');
  const campusId = Number(campuses.body.items[0]?.id);
  const building = await head.post('/api/v1/buildings', { campusId, name: '教学楼', floorsAbove: 4 });
  const rooms = await head.post<{ items?: Body[] } & Body>('/api/v1/rooms/batch', { campusId, buildingId: building.body.id, floor: 2, roomType: 'classroom', names: ['三年级1班教室', '三年级2班教室'] });
  if (rooms.status !== 200) throw new Error(`rooms: ${rooms.status} ${JSON.stringify(rooms.body)}`);
  const list = await head.get<{ items: Body[] }>('/api/v1/rooms?q=三年级');
  const roomId = (name: string) => Number(list.body.items.find((r) => r.name === name)?.id);
  return { category, campusId, roomId };
}

export const desk = (categoryId: number, extra: Body = {}): Body => ({
  name: '学生课桌椅（单人）', categoryId, specModel: 'KZY-01', unit: '套', originalValueFen: 120_000, acquisitionMethod: 'purchase',
  acquiredOn: '2026-09-01', fundingSource: 'fiscal', ...extra,
});
