import type { AuditContext } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { BatchCreateBody } from './assets.schemas.js';
import { loadCategories } from './categories.repository.js';
import { insertAssetCards } from './use-cases/create-assets.js';
import { seedDemoDamageAndDisposal } from './damages/damage-disposal.demo.js';

type Card = Omit<BatchCreateBody, 'categoryId' | 'roomId' | 'custodianId' | 'count'> & { category: string; room?: string; custodian?: string; count?: number };

const card = (category: string, name: string, yuan: number, acquiredOn: string, extra: Partial<Card> = {}): Card => ({
  category, name, originalValueFen: Math.round(yuan * 100), acquiredOn, acquisitionMethod: 'purchase', fundingSource: 'fiscal',
  procurementForm: 'government_central', usage: 'teaching', ...extra,
});

/** A few dozen cards across 示范小学's rooms: classroom boards and air conditioners, offices, labs, books and a building. */
const DEMO_CARDS: Card[] = [
  ...['一(1)班教室', '一(2)班教室', '二(1)班教室', '三(1)班教室'].flatMap((room) => [
    card('2020000-04', '交互式智能平板 86寸', 12_800, '2023-08-20', { room, brand: '希沃', specModel: 'MC86FEB', unit: '台' }),
    card('2100000-02', '壁挂式空调 1.5匹', 3_299, '2022-06-15', { room, brand: '格力', specModel: 'KFR-35GW', unit: '台' }),
  ]),
  card('6010000-01', '学生课桌椅（单人，可升降）', 420, '2024-08-25', { room: '一(1)班教室', unit: '套', count: 10, accountingClass: 'fixed', note: '成批购置，按固定资产管理' }),
  card('2010000-01', '办公电脑', 5_699, '2024-03-12', { room: '总务处办公室', custodian: 'logistics_head', brand: '联想', specModel: '启天 M437', unit: '台', usage: 'administration' }),
  card('2010000-01', '办公电脑', 5_699, '2024-03-12', { room: '总务处办公室', custodian: 'storekeeper', brand: '联想', specModel: '启天 M437', unit: '台', usage: 'administration' }),
  card('2010000-02', '笔记本电脑', 6_499, '2025-02-18', { room: '一年级教师办公室', custodian: 'teacher', brand: '华为', specModel: 'MateBook 14', unit: '台' }),
  card('2020000-01', '多功能一体机', 8_600, '2021-11-02', { room: '教务处办公室', brand: '理光', specModel: 'MP 2555SP', unit: '台', usage: 'administration' }),
  card('2020000-02', '激光打印机', 899, '2025-04-09', { room: '财务室', brand: '惠普', specModel: 'M30w', unit: '台', usage: 'administration' }),
  card('3000000-01', '生物显微镜', 1_280, '2023-09-05', { room: '科学实验室', brand: '凤凰', specModel: 'XSP-02', unit: '台', count: 8 }),
  card('3000000-02', '立式钢琴', 26_800, '2019-05-20', { room: '音乐室', brand: '珠江', specModel: 'UP118', unit: '台' }),
  card('3000000-03', '乒乓球台', 2_350, '2022-04-10', { room: '体育器材室', brand: '红双喜', unit: '张', count: 2 }),
  card('2010000-01', '学生计算机', 4_200, '2021-08-30', { room: '计算机房', brand: '联想', specModel: '扬天 T4900', unit: '台', count: 6 }),
  card('2320000-01', '校园广播系统', 48_000, '2020-07-15', { room: '监控室', unit: '套', usage: 'logistics' }),
  card('5010000', '图书（2024年采购）', 86_500, '2024-10-08', { room: '图书室', unit: '册', quantity: 3_460, note: '成批入账' }),
  card('1020000-02', '综合楼', 18_600_000, '2016-09-01', { unit: '平方米', areaM2: 4_200, titleCertNo: '示房权证字第 2016-018 号', usage: 'teaching', fundingSource: 'special', procurementForm: 'none' }),
];

/**
 * Demo cards for a seeded school, through the same insert the 建卡 form uses. Rooms and people are
 * looked up by name and role account; a card whose room is missing goes in without a place.
 */
export async function seedDemoAssets(tx: Tx, audit: AuditContext, schoolId: number, staffByRole: ReadonlyMap<string, number>): Promise<number> {
  const categories = [...(await loadCategories(tx, schoolId)).values()];
  const rooms = new Map((await tx.selectFrom('rooms').select(['id', 'name']).where('school_id', '=', schoolId).execute()).map((r) => [r.name, r.id]));
  let created = 0;
  for (const c of DEMO_CARDS) {
    const { category, room, custodian, count, ...rest } = c;
    const categoryId = categories.find((x) => x.code === category)?.id;
    if (categoryId === undefined) continue;
    const { ids } = await insertAssetCards(tx, schoolId, audit, null, {
      ...rest, categoryId, count: count ?? 1, roomId: room ? rooms.get(room) ?? null : null, custodianId: custodian ? staffByRole.get(custodian) ?? null : null,
    });
    created += ids.length;
  }
  await seedDemoDamageAndDisposal(tx, audit, schoolId, staffByRole);
  return created;
}
