import type { Kysely } from 'kysely';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';

type Conn = Kysely<Database> | Tx;

/** Requests merged into this one: their photos and comments show on it. */
export async function mergedRequestsOf(db: Conn, schoolId: number, requestId: number) {
  return db.selectFrom('repair_requests as rr')
    .innerJoin('users as u', 'u.id', 'rr.requester_id')
    .select(['rr.id', 'rr.description', 'rr.reported_at', 'u.name as requester_name'])
    .where('rr.school_id', '=', schoolId)
    .where('rr.merged_into_id', '=', requestId)
    .orderBy('rr.id')
    .execute();
}

/** Timeline of the given requests (a request and those merged into it), oldest first. */
export async function eventsOf(db: Conn, schoolId: number, requestIds: number[]) {
  if (requestIds.length === 0) return [];
  return db.selectFrom('repair_events').selectAll().where('school_id', '=', schoolId).where('request_id', 'in', requestIds)
    .orderBy('at').orderBy('id').execute();
}

export type EventRow = Awaited<ReturnType<typeof eventsOf>>[number];

/** Photos of the requests and of the work order, shaped like the files module's rows. */
export async function photosOf(db: Conn, schoolId: number, requestIds: number[], workOrderId: number | null) {
  return db.selectFrom('files')
    .leftJoin('users', 'users.id', 'files.created_by')
    .select([
      'files.id', 'files.school_id', 'files.owner_type', 'files.owner_id', 'files.original_name', 'files.mime', 'files.size', 'files.sha256',
      'files.storage_key', 'files.thumb_key', 'files.width', 'files.height', 'files.created_by', 'files.created_at', 'users.name as created_by_name',
    ])
    .where('files.school_id', '=', schoolId)
    .where((eb) => eb.or([
      eb.and([eb('files.owner_type', '=', 'repair_request'), eb('files.owner_id', 'in', requestIds.length ? requestIds : [-1])]),
      eb.and([eb('files.owner_type', '=', 'work_order'), eb('files.owner_id', '=', workOrderId ?? -1)]),
    ]))
    .orderBy('files.id')
    .execute();
}

/** The chain of 派单 / 转单 of a work order, first assignment first. */
export async function assignmentsOf(db: Conn, schoolId: number, workOrderId: number) {
  return db.selectFrom('work_order_assignments as a')
    .leftJoin('users as u', 'u.id', 'a.assignee_id')
    .leftJoin('repair_teams as t', 't.id', 'a.team_id')
    .leftJoin('users as by', 'by.id', 'a.assigned_by')
    .leftJoin('contractors as ct', 'ct.id', 'a.contractor_id')
    .select([
      'a.id', 'a.assignee_id', 'u.name as assignee_name', 'a.team_id', 't.name as team_name', 'a.contractor_id', 'ct.name as contractor_name', 'a.assigned_by', 'by.name as assigned_by_name',
      'a.reason', 'a.assigned_at', 'a.ended_at',
    ])
    .where('a.school_id', '=', schoolId)
    .where('a.work_order_id', '=', workOrderId)
    .orderBy('a.id')
    .execute();
}

export async function partsOf(db: Conn, schoolId: number, workOrderId: number) {
  return db.selectFrom('work_order_parts').select(['id', 'name', 'quantity', 'unit', 'unit_cost_fen'])
    .where('school_id', '=', schoolId).where('work_order_id', '=', workOrderId).orderBy('id').execute();
}
