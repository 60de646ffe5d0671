import type { Generated } from 'kysely';
import type { AssetTables } from './schema-assets.js';
import type { AssetCheckTables } from './schema-asset-checks.js';
import type { AssetMovementTables } from '../../modules/assets/movements/movements.tables.js';
import type { AssetStocktakeTables } from '../../modules/assets/stocktakes/stocktakes.tables.js';
import type { ChecklistTables } from './schema-checklists.js';
import type { ContractorTables } from './schema-contractors.js';
import type { MaintenanceTables } from './schema-maintenance.js';
import type { MaintenanceAssetTables } from './schema-maintenance-assets.js';
import type { RepairTables } from './schema-repairs.js';
import type { AssetDamageDisposalTables } from '../../modules/assets/disposals/damage-disposal.tables.js';

/**
 * Row types shared by SQLite and PostgreSQL. Times are ISO-8601 UTC text and dates are
 * YYYY-MM-DD text in both databases, so one set of queries serves both; booleans are 0/1.
 */
interface Versioned {
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface DistrictTable { id: Generated<number>; name: string; code: string; created_at: string }

export interface SchoolTable extends Versioned {
  id: Generated<number>;
  district_id: number | null;
  name: string;
  code: string;
  timezone: string;
  address: string | null;
  /** JSON: WorkHours (weekday → [["08:00","12:00"], …]) */
  work_hours: string;
  calendar_stamp: string | null; // new on every change of holidays or terms (modules/calendar/load-school-calendar.ts)
}

export interface CampusTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  name: string;
  address: string | null;
  sort: number;
}

export interface BuildingTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  campus_id: number;
  name: string;
  code: string | null;
  floors_above: number;
  floors_below: number;
  sort: number;
}

export interface RoomTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  campus_id: number;
  building_id: number | null;
  floor: number | null;
  code: string | null;
  name: string;
  room_type: string;
  capacity: number | null;
  area_m2: number | null;
  department_id: number | null;
  keeper_user_id: number | null;
  note: string | null;
  active: number;
}

export interface DepartmentTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  name: string;
  leader_user_id: number | null;
  sort: number;
}

export interface GradeTable extends Versioned { id: Generated<number>; school_id: number; name: string; sort: number }

export interface ClassTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  grade_id: number;
  name: string;
  head_teacher_id: number | null;
  room_id: number | null;
}

export interface UserTable extends Versioned {
  id: Generated<number>;
  school_id: number | null;
  district_id: number | null;
  staff_no: string;
  name: string;
  phone: string | null;
  department_id: number | null;
  password_hash: string;
  must_change_password: number;
  active: number;
  failed_login_count: number;
  locked_until: string | null;
  last_login_at: string | null;
}

export interface UserRoleTable { user_id: number; school_id: number | null; role_key: string }

export interface RoleSettingTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  role_key: string;
  data_scope: string;
  /** JSON array of "resource:action" */
  permissions: string;
}

export interface SessionTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  school_id: number | null;
  actor_id: number | null;
  actor_name: string;
  at: string;
  entity: string;
  entity_id: string;
  action: string;
  before: string | null;
  after: string | null;
  ip: string | null;
}

export interface SchoolYearTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  name: string;
  start_date: string;
  end_date: string;
}

export interface TermTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  school_year_id: number;
  name: string;
  start_date: string;
  end_date: string;
  /** Monday of teaching week 1 */
  week1_start: string;
}

export interface CalendarDayTable {
  id: Generated<number>;
  school_id: number;
  date: string;
  /** 'holiday' = day off; 'workday' = make-up working day (调休) */
  kind: string;
  name: string;
}

export interface QrBatchTable { id: Generated<number>; school_id: number; name: string; size: number; created_by: number | null; created_at: string }

export interface QrCodeTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  code: string;
  batch_id: number | null;
  target_type: string | null;
  target_id: number | null;
  linked_at: string | null;
}

export interface FileTable {
  id: Generated<number>;
  school_id: number;
  owner_type: string;
  owner_id: number;
  original_name: string;
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  thumb_key: string | null;
  width: number | null;
  height: number | null;
  created_by: number | null;
  created_at: string;
}

export interface NotificationTable {
  id: Generated<number>;
  school_id: number | null;
  user_id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

export interface JobLeaseTable { name: string; holder: string; expires_at: string }

export interface Database extends RepairTables, ChecklistTables, MaintenanceTables, MaintenanceAssetTables, ContractorTables, AssetTables, AssetCheckTables, AssetMovementTables, AssetStocktakeTables, AssetDamageDisposalTables {
  districts: DistrictTable;
  schools: SchoolTable;
  campuses: CampusTable;
  buildings: BuildingTable;
  rooms: RoomTable;
  departments: DepartmentTable;
  grades: GradeTable;
  classes: ClassTable;
  users: UserTable;
  user_roles: UserRoleTable;
  role_settings: RoleSettingTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  school_years: SchoolYearTable;
  terms: TermTable;
  calendar_days: CalendarDayTable;
  qr_batches: QrBatchTable;
  qr_codes: QrCodeTable;
  files: FileTable;
  notifications: NotificationTable;
  job_leases: JobLeaseTable;
}

export type TableName = keyof Database;
