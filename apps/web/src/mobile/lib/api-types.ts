// Response shapes the phone pages read, copied from the API contract (server schemas are the source
// of truth; only the fields these pages show are named here).

import type { Me } from '@houqin/contracts';

export type { Me };

export interface QrAction {
  key: string;
  label: string;
  href: string;
}

export interface QrResolution {
  code: string;
  status: 'linked' | 'unlinked';
  /** A sentence for the landing page when there is nothing (or not everything) to show. */
  message: string | null;
  schoolName: string;
  /** id is null unless the viewer belongs to the label's school. */
  target: { type: string; typeLabel: string; id: number | null; name: string; location: string | null } | null;
  actions: QrAction[];
  loginRequired: boolean;
}

export interface NotificationItem {
  id: number;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface QrCodeDetail {
  id: number;
  code: string;
  targetType: string | null;
  targetTypeLabel: string | null;
  targetId: number | null;
  targetName: string | null;
  targetLocation: string | null;
  version: number;
}

export interface RoomDetail {
  id: number;
  name: string;
  code: string | null;
  roomType: string;
  roomTypeLabel: string;
  campusName: string | null;
  buildingName: string | null;
  floor: number | null;
  capacity: number | null;
  areaM2: number | null;
  departmentName: string | null;
  keeperName: string | null;
  note: string | null;
  active: boolean;
  qrCode: string | null;
}

export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
