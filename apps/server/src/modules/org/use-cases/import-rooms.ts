import { recordAudit } from '../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { insertAudited, runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { foldText } from '../../../platform/excel/import-cells.js';
import { rejectInvalidImport, sortImportErrors } from '../../../platform/excel/import-report.js';
import type { ImportUpload } from '../../../platform/excel/import-upload.js';
import { type ImportError, readImportWorkbook } from '../../../platform/excel/xlsx-import.js';
import { invalidField } from '../../../platform/http/errors.js';
import type { Kysely } from 'kysely';
import { ROOM_IMPORT_SPEC } from '../rooms.import-spec.js';

const COLUMN_ORDER = ROOM_IMPORT_SPEC.columns.map((c) => c.header);

export interface RoomImportReport {
  dryRun: boolean; committed: boolean; totalRows: number; validRows: number;
  errors: ImportError[]; created: { row: number; id: number; name: string }[];
}

async function schoolLookups(db: Kysely<Database>, schoolId: number) {
  const [campuses, buildings, departments, users, rooms] = await Promise.all([
    db.selectFrom('campuses').select(['id', 'name']).where('school_id', '=', schoolId).execute(),
    db.selectFrom('buildings').select(['id', 'name', 'campus_id', 'floors_above', 'floors_below']).where('school_id', '=', schoolId).execute(),
    db.selectFrom('departments').select(['id', 'name']).where('school_id', '=', schoolId).execute(),
    db.selectFrom('users').select(['id', 'staff_no']).where('school_id', '=', schoolId).execute(),
    db.selectFrom('rooms').select(['campus_id', 'building_id', 'name']).where('school_id', '=', schoolId).execute(),
  ]);
  return {
    campus: new Map(campuses.map((c) => [foldText(c.name), c.id])),
    building: new Map(buildings.map((b) => [`${b.campus_id}|${foldText(b.name)}`, b])),
    department: new Map(departments.map((d) => [foldText(d.name), d.id])),
    keeper: new Map(users.map((u) => [u.staff_no, u.id])),
    existing: new Set(rooms.map((r) => `${r.campus_id}|${r.building_id ?? ''}|${foldText(r.name)}`)),
  };
}

/**
 * Checks (dry run) or imports a room list against the school's campuses, buildings,
 * departments and staff. All or nothing: one bad row and nothing is written.
 */
export async function importRooms(db: Kysely<Database>, actor: Actor, upload: ImportUpload): Promise<RoomImportReport> {
  const schoolId = writableSchoolId(actor);
  const sheet = await readImportWorkbook(upload.buffer, ROOM_IMPORT_SPEC);
  const look = await schoolLookups(db, schoolId);
  const errors: ImportError[] = [...sheet.errors];
  const seen = new Map<string, number>();
  const ready: { row: number; values: Record<string, unknown> }[] = [];

  for (const { rowNumber: row, values: v } of [...sheet.rows, ...sheet.partialRows].sort((a, b) => a.rowNumber - b.rowNumber)) {
    const rowErrors: ImportError[] = [];
    const campusId = v.campus ? look.campus.get(foldText(v.campus)) : undefined;
    if (v.campus && campusId === undefined) rowErrors.push({ row, column: '校区', message: `本校没有「${v.campus}」校区` });
    const building = campusId !== undefined && v.building ? look.building.get(`${campusId}|${foldText(v.building)}`) : undefined;
    if (campusId !== undefined && v.building && !building) rowErrors.push({ row, column: '楼宇', message: `「${v.campus}」校区没有「${v.building}」` });
    if (building && v.floor != null && (v.floor === 0 || v.floor > building.floors_above || v.floor < -building.floors_below)) {
      rowErrors.push({ row, column: '楼层', message: `「${building.name}」没有第 ${v.floor} 层` });
    }
    const departmentId = v.department ? look.department.get(foldText(v.department)) : null;
    if (v.department && departmentId === undefined) rowErrors.push({ row, column: '所属部门', message: `本校没有「${v.department}」这个部门` });
    const keeperId = v.keeper ? look.keeper.get(v.keeper) : null;
    if (v.keeper && keeperId === undefined) rowErrors.push({ row, column: '管理人工号', message: `本校没有工号为「${v.keeper}」的人员` });
    if (campusId !== undefined && v.name) {
      const key = `${campusId}|${building?.id ?? ''}|${foldText(v.name)}`;
      const first = seen.get(key);
      if (first !== undefined) rowErrors.push({ row, column: '房间名称', message: `与第 ${first} 行重复` });
      else if (look.existing.has(key)) rowErrors.push({ row, column: '房间名称', message: `「${v.name}」已存在` });
      else seen.set(key, row);
    }
    errors.push(...rowErrors);
    const complete = sheet.rows.some((r) => r.rowNumber === row);
    if (rowErrors.length === 0 && complete && campusId !== undefined && v.name && v.roomType) {
      ready.push({ row, values: {
        school_id: schoolId, campus_id: campusId, building_id: building?.id ?? null, floor: v.floor ?? null, code: v.code ?? null,
        name: v.name, room_type: v.roomType, capacity: v.capacity ?? null, area_m2: v.area ?? null,
        department_id: departmentId ?? null, keeper_user_id: keeperId ?? null, note: v.note ?? null, active: 1,
      } });
    }
  }
  const sorted = sortImportErrors(errors, COLUMN_ORDER);
  const report = { dryRun: upload.dryRun, totalRows: sheet.totalRows, validRows: sheet.totalRows - new Set(sorted.map((e) => e.row)).size };
  if (upload.dryRun) return { ...report, committed: false, errors: sorted, created: [] };
  if (sorted.length) rejectInvalidImport(sorted);
  if (ready.length === 0) throw invalidField('file', '文件中没有可导入的数据行');
  const ctx = auditContextOf(actor);
  const created = await runInTransaction(db, async (tx) => {
    const out: RoomImportReport['created'] = [];
    for (const r of ready) {
      const row = await insertAudited(tx, ctx, 'rooms', 'room', r.values);
      out.push({ row: r.row, id: row.id, name: String(r.values.name) });
    }
    await recordAudit(tx, ctx, { entity: 'room', entityId: 'import', action: 'import', after: { fileName: upload.fileName, count: out.length } });
    return out;
  });
  return { ...report, committed: true, errors: [], created };
}
