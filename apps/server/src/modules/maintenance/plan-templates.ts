import type { RoomType } from '@houqin/contracts';
import type { HolidayPolicy, Schedule } from './recurrence.js';

export interface PlanTemplate {
  key: string;
  name: string;
  description: string;
  /** `asset_category` falls back to `school` in a school with no card of that category on the books yet. */
  targetType: 'school' | 'room_type' | 'asset_category';
  roomType: RoomType | null;
  /** Classification code (modules/assets/classification) of an `asset_category` template. */
  assetCategoryCode: string | null;
  grouping: 'each' | 'together';
  schedule: Schedule;
  holidayPolicy: HolidayPolicy;
  leadDays: number;
  /** Name of the seeded checklist template it uses (platform/checklists/default-templates.ts), if any. */
  checklistName: string | null;
  /** Name of the repair category its work orders go under. */
  categoryName: string;
  /** The sentence of the school's logistics plan it comes from (../shared/seeds). */
  source: string;
}

/**
 * The routine work real school logistics plans promise, as editable starting points
 * ("从模板新建"). Each one links to the seeded checklist of the same name where there is one.
 */
export const PLAN_TEMPLATES: PlanTemplate[] = [
  {
    key: 'playground_weekly', name: '每周一检查大型玩具和体育器材', description: '每周一检查场所大型玩具、体育器材，发现问题及时维修。',
    targetType: 'school', roomType: null, assetCategoryCode: null, grouping: 'together', schedule: { kind: 'weekly', weekdays: [1], everyWeeks: 1 },
    holidayPolicy: 'next', leadDays: 0, checklistName: '每周一检查大型玩具和体育器材', categoryName: '其他',
    source: '每周一认真做好场所大型玩具、体育器材的检查维修工作',
  },
  {
    key: 'fans_monthly', name: '每月初检查电扇', description: '每月初对班级与办公场所的电扇进行一次全面的检查与维护。',
    targetType: 'room_type', roomType: 'classroom', assetCategoryCode: null, grouping: 'together', schedule: { kind: 'monthly', day: 1 },
    holidayPolicy: 'next', leadDays: 1, checklistName: '每月初检查电扇', categoryName: '电',
    source: '每月初对班级与办公场所的电扇进行一次全面的检查与维护',
  },
  {
    key: 'canteen_gas_weekly', name: '每周检查食堂燃气管道和电器', description: '每周对食堂燃气用具、燃气管道、电器设备、门窗进行一次全面的检查。',
    targetType: 'room_type', roomType: 'canteen', assetCategoryCode: null, grouping: 'each', schedule: { kind: 'weekly', weekdays: [3], everyWeeks: 1 },
    holidayPolicy: 'next', leadDays: 0, checklistName: '每周检查食堂燃气管道和电器', categoryName: '其他',
    source: '每周对燃气用具、燃气管道、电器设备、门窗进行一次全面的检查',
  },
  {
    key: 'doors_monthly', name: '每月检查门窗', description: '每月检查一次门窗，发现问题及时处理。',
    targetType: 'room_type', roomType: 'classroom', assetCategoryCode: null, grouping: 'together', schedule: { kind: 'monthly', day: 10 },
    holidayPolicy: 'next', leadDays: 2, checklistName: '每月检查门窗', categoryName: '门窗',
    source: '每月检查一次门窗，发现问题及时处理',
  },
  {
    key: 'lighting_weekly', name: '每周检查照明', description: '每周检查各班级和走廊、大厅及办公场所的照明设施，发现问题立即维修。',
    targetType: 'school', roomType: null, assetCategoryCode: null, grouping: 'together', schedule: { kind: 'weekly', weekdays: [5], everyWeeks: 1 },
    holidayPolicy: 'previous', leadDays: 0, checklistName: '每周检查照明', categoryName: '电',
    source: '每周检查各班级和走廊、大厅及办公场所的照明设施，发现问题立即维修',
  },
  {
    key: 'ac_before_summer', name: '入夏前清洗空调', description: '进入夏季前清洗空调，放好各处遥控器。',
    targetType: 'asset_category', roomType: null, assetCategoryCode: '2100000-02', grouping: 'together', schedule: { kind: 'yearly', month: 5, day: 15 },
    holidayPolicy: 'previous', leadDays: 14, checklistName: '入夏前清洗空调', categoryName: '空调',
    source: '进入夏季前清洗空调，放好各处遥控器',
  },
  {
    key: 'antivirus_regular', name: '定期电脑杀毒', description: '定期给所有电脑升级杀毒；上次做完 30 天后再做。',
    targetType: 'school', roomType: null, assetCategoryCode: null, grouping: 'together', schedule: { kind: 'after_completion', days: 30 },
    holidayPolicy: 'next', leadDays: 3, checklistName: '定期电脑杀毒', categoryName: '网络',
    source: '定期给所有电脑升级杀毒',
  },
  {
    key: 'term_start_safety', name: '开学前校舍和消防设施安全检查', description: '开学前对校舍、消防设施、电器设备、体育器材进行安全检查。',
    targetType: 'school', roomType: null, assetCategoryCode: null, grouping: 'together', schedule: { kind: 'term', anchor: 'start', offsetDays: -3 },
    holidayPolicy: 'previous', leadDays: 7, checklistName: '开学前校舍和消防设施安全检查', categoryName: '其他',
    source: '做好开学前校舍、消防设施、电器设备、体育器材的安全检查',
  },
  {
    key: 'remotes_term_end', name: '学期结束收捡公用遥控器', description: '学期结束负责收捡公用遥控器。',
    targetType: 'school', roomType: null, assetCategoryCode: null, grouping: 'together', schedule: { kind: 'term', anchor: 'end', offsetDays: 0 },
    holidayPolicy: 'previous', leadDays: 3, checklistName: null, categoryName: '其他',
    source: '学期结束负责收捡公用遥控器',
  },
];

export function planTemplate(key: string): PlanTemplate | undefined {
  return PLAN_TEMPLATES.find((t) => t.key === key);
}
