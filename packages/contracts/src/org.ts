export const ROOM_TYPES = ['classroom', 'function', 'office', 'dorm', 'canteen', 'storeroom', 'outdoor', 'other'] as const;
export type RoomType = (typeof ROOM_TYPES)[number];
export const ROOM_TYPE_LABELS: Record<RoomType, string> = {
  classroom: '教室',
  function: '功能室',
  office: '办公室',
  dorm: '宿舍',
  canteen: '食堂',
  storeroom: '仓库',
  outdoor: '室外',
  other: '其他',
};

export const QR_TARGET_TYPES = ['room', 'asset', 'patrol_point'] as const;
export type QrTargetType = (typeof QR_TARGET_TYPES)[number];
export const QR_TARGET_LABELS: Record<QrTargetType, string> = {
  room: '房间',
  asset: '资产',
  patrol_point: '巡更点',
};
