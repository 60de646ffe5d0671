// Repairs response shapes the phone pages read (apps/server/src/modules/repairs/README.md is the
// source of truth; only the fields these pages show are named here).

export interface FileDto {
  id: number;
  originalName: string;
  url: string;
  thumbnailUrl: string | null;
}

export interface Sla {
  label: string;
  resolveOverdue: boolean;
  respondOverdue: boolean;
  clock: 'running' | 'paused' | 'stopped';
}

export interface RepairOptions {
  room: { id: number; name: string; location: string | null } | null;
  /** The asset whose label was scanned, if any. */
  asset: { id: number; code: string; name: string; locationText: string | null } | null;
  /** The room's assets, to say which one is broken. */
  assets: { id: number; code: string; name: string }[];
  categories: { id: number; name: string }[];
  urgencies: { key: Urgency; label: string; photoRequired: boolean }[];
  photoRule: string;
  maxPhotos: number;
}

export type Urgency = 'urgent' | 'normal' | 'scheduled';

export interface DuplicateItem {
  id: number;
  code: string;
  categoryName: string;
  description: string;
  progressLabel: string;
  reportedAt: string;
  requesterName: string;
  mine: boolean;
  following: boolean;
}

interface Place {
  roomName: string | null;
  buildingName: string | null;
  locationText: string | null;
  location: string | null;
  assetName: string | null;
  assetCode: string | null;
  source: string;
  /** Work a 保养计划 generated: its checklist is filled in at /m/maintenance/:id. */
  maintenanceOccurrenceId: number | null;
}

export interface RepairRequest extends Place {
  id: number;
  code: string;
  status: string;
  statusLabel: string;
  progress: string;
  progressLabel: string;
  urgency: Urgency;
  urgencyLabel: string;
  preferredAt: string | null;
  categoryName: string;
  description: string;
  requesterName: string;
  reportedAt: string;
  closedAt: string | null;
  workOrder: { id: number; code: string; statusLabel: string; assigneeName: string | null; teamName: string | null; contractorName: string | null; version: number } | null;
  sla: Sla | null;
  version: number;
  abilities: { followUp: boolean; confirm: boolean; reopen: boolean; cancel: boolean };
}

export interface TimelineEntry {
  id: number;
  kind: string;
  kindLabel: string;
  actorName: string | null;
  toStatusLabel: string | null;
  note: string | null;
  at: string;
  data: { assigneeName?: string; teamName?: string; contractorName?: string; quoteFen?: number; rating?: number; laborHours?: number; costFen?: number };
}

interface DetailParts {
  photos: FileDto[];
  completionPhotos: FileDto[];
  timeline: TimelineEntry[];
  completion: { laborHours: number; costFen: number; note: string | null; parts: { id: number; name: string; quantity: number; unit: string | null; unitCostFen: number }[] } | null;
  rating: { stars: number; comment: string | null } | null;
}

export type RepairRequestDetail = RepairRequest & DetailParts;

export interface WorkOrder extends Place {
  id: number;
  code: string;
  requestId: number;
  requestCode: string;
  status: string;
  statusLabel: string;
  urgency: Urgency;
  urgencyLabel: string;
  preferredAt: string | null;
  categoryName: string;
  description: string;
  requesterName: string;
  assigneeName: string | null;
  teamName: string | null;
  /** 委外: the contractor it is outsourced to and its quote (fen) */
  contractorName: string | null;
  quoteFen: number | null;
  reportedAt: string;
  pauseReason: string | null;
  sla: Sla | null;
  version: number;
  abilities: { accept: boolean; start: boolean; pause: boolean; resume: boolean; complete: boolean; confirm: boolean; reopen: boolean };
}

export type WorkOrderDetail = WorkOrder & DetailParts & { requesterPhone: string | null; completionPhotoRequired: boolean };
