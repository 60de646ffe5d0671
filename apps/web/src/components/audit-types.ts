export interface AuditChange { field: string; fieldLabel?: string; before: unknown; after: unknown }

export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string;
  entity: string;
  entityLabel: string;
  entityId: string;
  action: string;
  actionLabel: string;
  changes: AuditChange[];
  ip: string | null;
  schoolName?: string | null;
}
