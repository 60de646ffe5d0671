import { type TSchema, Type, type Static } from 'typebox';
import { FileDto } from '../files/files.schemas.js';

/** Response shapes shared by the request and work-order routes. */
export const N = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
export const RefId = (title: string) => Type.Integer({ minimum: 1, maximum: 2147483647, title });
export const Version = Type.Integer({ minimum: 1, maximum: 2147483647, title: '版本' });
export const PhotoFileIds = Type.Array(RefId('照片'), { maxItems: 9, uniqueItems: true, title: '照片' });

export const SlaDto = Type.Object({
  respondDueAt: Type.String(), resolveDueAt: Type.String(), clock: Type.String(),
  respondRemainingMinutes: N(Type.Integer()), respondOverdue: Type.Boolean(),
  resolveRemainingMinutes: N(Type.Integer()), resolveOverdue: Type.Boolean(), label: Type.String(),
});

const Place = {
  roomId: N(Type.Integer()), roomName: N(Type.String()), buildingId: N(Type.Integer()), buildingName: N(Type.String()),
  floor: N(Type.Integer()), locationText: N(Type.String()),
  /** "教学楼 3层 301" or the free-text place */
  location: Type.String(),
  /** The asset picked on the form or scanned on its label, when there was one. */
  assetId: N(Type.Integer()), assetName: N(Type.String()), assetCode: N(Type.String()),
  /** 'report' (someone reported it) | 'maintenance' (a 保养计划 generated it, with its occurrence for the checklist) */
  source: Type.String(), maintenanceOccurrenceId: N(Type.Integer()),
};

export const WorkOrderAbilities = Type.Object({
  assign: Type.Boolean(), reassign: Type.Boolean(), outsource: Type.Boolean(), accept: Type.Boolean(), start: Type.Boolean(), pause: Type.Boolean(),
  resume: Type.Boolean(), complete: Type.Boolean(), confirm: Type.Boolean(), reopen: Type.Boolean(), cancel: Type.Boolean(),
});

export const RequestAbilities = Type.Object({
  convert: Type.Boolean(), merge: Type.Boolean(), decline: Type.Boolean(), cancel: Type.Boolean(), followUp: Type.Boolean(),
  confirm: Type.Boolean(), reopen: Type.Boolean(),
});

export const WorkOrderBrief = Type.Object({
  id: Type.Integer(), code: Type.String(), status: Type.String(), statusLabel: Type.String(),
  assigneeId: N(Type.Integer()), assigneeName: N(Type.String()), teamId: N(Type.Integer()), teamName: N(Type.String()),
  contractorId: N(Type.Integer()), contractorName: N(Type.String()), version: Type.Integer(),
});

export const RepairRequestDto = Type.Object({
  id: Type.Integer(), code: Type.String(), schoolId: Type.Integer(),
  status: Type.String(), statusLabel: Type.String(), progress: Type.String(), progressLabel: Type.String(),
  urgency: Type.String(), urgencyLabel: Type.String(), preferredAt: N(Type.String()),
  categoryId: Type.Integer(), categoryName: Type.String(), ...Place, description: Type.String(),
  requesterId: Type.Integer(), requesterName: Type.String(), reportedAt: Type.String(), closedAt: N(Type.String()),
  isRepeat: Type.Boolean(), repeatOfId: N(Type.Integer()), mergedIntoId: N(Type.Integer()),
  declineReason: N(Type.String()), cancelReason: N(Type.String()),
  workOrder: N(WorkOrderBrief), sla: N(SlaDto), version: Type.Integer(), abilities: RequestAbilities,
});
export type RepairRequestDto = Static<typeof RepairRequestDto>;

export const WorkOrderDto = Type.Object({
  id: Type.Integer(), code: Type.String(), schoolId: Type.Integer(), requestId: Type.Integer(), requestCode: Type.String(),
  status: Type.String(), statusLabel: Type.String(), urgency: Type.String(), urgencyLabel: Type.String(), preferredAt: N(Type.String()),
  categoryId: Type.Integer(), categoryName: Type.String(), ...Place, description: Type.String(),
  requesterId: Type.Integer(), requesterName: Type.String(),
  assigneeId: N(Type.Integer()), assigneeName: N(Type.String()), teamId: N(Type.Integer()), teamName: N(Type.String()),
  /** 委外: the contractor (外包单位) it is outsourced to and its quote (报价, fen) */
  contractorId: N(Type.Integer()), contractorName: N(Type.String()), quoteFen: N(Type.Integer()),
  reportedAt: Type.String(), assignedAt: N(Type.String()), acceptedAt: N(Type.String()), startedAt: N(Type.String()),
  pausedAt: N(Type.String()), pauseReason: N(Type.String()), completedAt: N(Type.String()), confirmedAt: N(Type.String()),
  autoConfirmed: Type.Boolean(), cancelledAt: N(Type.String()), cancelReason: N(Type.String()), reopenCount: Type.Integer(),
  isRepeat: Type.Boolean(), sla: SlaDto, version: Type.Integer(), abilities: WorkOrderAbilities,
});
export type WorkOrderDto = Static<typeof WorkOrderDto>;

export const TimelineEvent = Type.Object({
  id: Type.Integer(), requestId: Type.Integer(), workOrderId: N(Type.Integer()), kind: Type.String(), kindLabel: Type.String(),
  actorId: N(Type.Integer()), actorName: Type.String(), fromStatus: N(Type.String()), toStatus: N(Type.String()),
  toStatusLabel: N(Type.String()), note: N(Type.String()), at: Type.String(),
  data: Type.Object({
    assigneeId: Type.Optional(Type.Integer()), assigneeName: Type.Optional(Type.String()), teamId: Type.Optional(Type.Integer()),
    teamName: Type.Optional(Type.String()), rating: Type.Optional(Type.Integer()), fileIds: Type.Optional(Type.Array(Type.Integer())),
    targetRequestId: Type.Optional(Type.Integer()), targetRequestCode: Type.Optional(Type.String()),
    laborHours: Type.Optional(Type.Number()), costFen: Type.Optional(Type.Integer()),
    contractorId: Type.Optional(Type.Integer()), contractorName: Type.Optional(Type.String()), quoteFen: Type.Optional(Type.Integer()),
  }),
});
export type TimelineEvent = Static<typeof TimelineEvent>;

export const Completion = Type.Object({
  laborHours: Type.Number(), costFen: Type.Integer(), note: N(Type.String()),
  parts: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), quantity: Type.Number(), unit: N(Type.String()), unitCostFen: Type.Integer() })),
});
export const Rating = Type.Object({ stars: Type.Integer(), comment: N(Type.String()) });
export const MergedRequest = Type.Object({
  id: Type.Integer(), code: Type.String(), requesterName: Type.String(), description: Type.String(), reportedAt: Type.String(),
});
export const Assignment = Type.Object({
  id: Type.Integer(), assigneeId: N(Type.Integer()), assigneeName: N(Type.String()), teamId: N(Type.Integer()), teamName: N(Type.String()),
  contractorId: N(Type.Integer()), contractorName: N(Type.String()),
  assignedById: N(Type.Integer()), assignedByName: N(Type.String()), reason: N(Type.String()), assignedAt: Type.String(), endedAt: N(Type.String()),
});

const DetailParts = {
  photos: Type.Array(FileDto), completionPhotos: Type.Array(FileDto), timeline: Type.Array(TimelineEvent),
  mergedRequests: Type.Array(MergedRequest), completion: N(Completion), rating: N(Rating),
};

export const RepairRequestDetail = Type.Object({ ...RepairRequestDto.properties, ...DetailParts });
export type RepairRequestDetail = Static<typeof RepairRequestDetail>;

export const WorkOrderDetail = Type.Object({
  ...WorkOrderDto.properties, ...DetailParts, requesterPhone: N(Type.String()), requestStatus: Type.String(), requestVersion: Type.Integer(),
  /** the school's 完工须拍照 setting, so the 完工 form can ask for a photo before submitting */
  completionPhotoRequired: Type.Boolean(), assignments: Type.Array(Assignment),
});
export type WorkOrderDetail = Static<typeof WorkOrderDetail>;
