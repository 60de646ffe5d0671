// The yardstick for the room-list benchmark: bare Fastify + better-sqlite3 answering
// GET /api/v1/rooms with the same count and page SQL Houqin runs, on the same file, with no
// session, permission, validation or presenter work. Env: PORT, SQLITE_FILE.
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const db = new Database(process.env.SQLITE_FILE, { fileMustExist: true });
db.pragma('journal_mode = WAL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
const schoolId = db.prepare('select id from schools order by id limit 1').get().id;

const WHERE = 'r.school_id in (?) and r.building_id = ? and r.room_type = ?';
const count = db.prepare(`select count(*) as n from rooms as r where ${WHERE}`);
const page = db.prepare(`
  select r.id, r.school_id, r.name, r.code, r.room_type, r.campus_id, c.name as campus_name, r.building_id, b.name as building_name,
    r.floor, r.capacity, r.area_m2, r.department_id, d.name as department_name, r.keeper_user_id, k.name as keeper_name,
    r.note, r.active, r.version, r.updated_at,
    (select q.code from qr_codes as q where q.school_id = r.school_id and q.target_type = 'room' and q.target_id = r.id order by q.id limit 1) as qr_code
  from rooms as r
  inner join campuses as c on c.id = r.campus_id
  left join buildings as b on b.id = r.building_id
  left join departments as d on d.id = r.department_id
  left join users as k on k.id = r.keeper_user_id
  where ${WHERE}
  order by r.name asc, r.id asc
  limit ? offset ?`);

const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ status: 'ok' }));
app.get('/api/v1/rooms', async (req) => {
  const pageNo = Number(req.query.page ?? 1);
  const pageSize = Number(req.query.pageSize ?? 20);
  const args = [schoolId, Number(req.query.buildingId), String(req.query.roomType)];
  const total = count.get(...args).n;
  const items = page.all(...args, pageSize, (pageNo - 1) * pageSize).map((r) => ({
    id: r.id, schoolId: r.school_id, name: r.name, code: r.code, roomType: r.room_type, campusId: r.campus_id, campusName: r.campus_name,
    buildingId: r.building_id, buildingName: r.building_name, floor: r.floor, capacity: r.capacity, areaM2: r.area_m2,
    departmentId: r.department_id, departmentName: r.department_name, keeperUserId: r.keeper_user_id, keeperName: r.keeper_name,
    note: r.note, active: r.active === 1, version: r.version, qrCode: r.qr_code, updatedAt: r.updated_at,
  }));
  return { items, total, page: pageNo, pageSize };
});
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => app.close().then(() => process.exit(0)));
