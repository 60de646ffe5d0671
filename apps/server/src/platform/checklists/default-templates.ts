import type { ChecklistItemInput } from './checklist-items.js';
import type { ChecklistKind } from './checklist-kinds.js';

export interface DefaultTemplate { name: string; kind: ChecklistKind; description: string; items: ChecklistItemInput[] }

const check = (key: string, label: string, repairCategory: string | null, extra: Partial<ChecklistItemInput> = {}): ChecklistItemInput => ({
  key, label, type: 'pass_fail', required: true, raisesRepair: repairCategory !== null, repairCategory, ...extra,
});
const remark = (label = '发现的问题及处理情况'): ChecklistItemInput => ({ key: 'remark', label, type: 'text', required: false });

/**
 * The routine checks promised in real school logistics plans (../shared/seeds: "每周一认真做好场所
 * 大型玩具、体育器材的检查维修工作", "每月初对班级与办公场所的电扇进行一次全面的检查与维护", "做好
 * 开学前校舍、消防设施…的安全检查" …). Every school gets them as editable, published templates.
 */
export const DEFAULT_CHECKLIST_TEMPLATES: DefaultTemplate[] = [
  {
    name: '每周一检查大型玩具和体育器材',
    kind: 'maintenance',
    description: '每周一检查场所大型玩具、体育器材，发现问题及时维修，保证体育器械的安全性。',
    items: [
      check('fasteners_tight', '大型玩具螺丝、连接件无松动', '体育器材'),
      check('surface_safe', '滑梯、攀爬架表面无破损、无尖锐突起', '体育器材'),
      check('goals_fixed', '篮球架、足球门固定牢靠，无倾倒危险', '体育器材'),
      check('bars_sound', '单双杠等器械无锈蚀、无断裂', '体育器材'),
      check('ground_clear', '场地地面平整，沙池无杂物、无尖锐物', '场地', { required: false }),
      { key: 'photos', label: '现场照片', type: 'photo', required: false },
      remark('需停用或维修的器材'),
    ],
  },
  {
    name: '每月初检查电扇',
    kind: 'maintenance',
    description: '每月初对班级与办公场所的电扇进行一次全面的检查与维护。',
    items: [
      check('mount_secure', '吊扇、壁扇安装牢固，吊杆无松动', '电器'),
      check('blades_ok', '扇叶无变形、无裂纹', '电器'),
      check('runs_smooth', '运转平稳无异响，各档调速正常', '电器'),
      check('wiring_ok', '开关、调速器及电源线完好无破损', '水电'),
      check('guard_ok', '防护网罩完好', '电器', { required: false }),
      {
        key: 'faulty_count', label: '故障电扇数量', type: 'number', required: true, min: 0, max: 0, unit: '台',
        raisesRepair: true, repairCategory: '电器', hint: '没有故障填 0',
      },
      remark(),
    ],
  },
  {
    name: '每周检查食堂燃气管道和电器',
    kind: 'canteen',
    description: '每周对食堂燃气用具、燃气管道、电器设备、门窗进行一次全面的检查。',
    items: [
      check('gas_no_leak', '燃气管道、阀门、接头无泄漏（肥皂水检测）', '燃气', { hint: '发现泄漏立即关阀、开窗、禁止明火，并通知燃气公司' }),
      check('hose_ok', '燃气软管无老化龟裂，未超过使用年限', '燃气'),
      check('gas_alarm_ok', '燃气报警器工作正常', '燃气'),
      check('stove_safety_ok', '灶具点火、熄火保护装置正常', '燃气'),
      check('appliances_ok', '冰柜、消毒柜、蒸饭车等电器运行正常，无漏电', '水电'),
      check('doors_locked', '操作间门窗、纱窗完好，人离门锁', '门窗'),
      {
        key: 'fridge_temp', label: '冷藏柜温度', type: 'number', required: true, min: 0, max: 8, unit: '℃',
        raisesRepair: true, repairCategory: '电器',
      },
      { key: 'photos', label: '检查照片', type: 'photo', required: false },
    ],
  },
  {
    name: '每月检查门窗',
    kind: 'maintenance',
    description: '每月检查一次门窗，发现问题及时处理。',
    items: [
      check('locks_ok', '门锁、门把手完好，开关灵活', '门窗'),
      check('glass_ok', '窗户玻璃无破损、无松动', '门窗'),
      check('hinges_ok', '窗扇、合页、滑轨无脱落变形', '门窗'),
      check('limiters_ok', '高层窗户限位器（防坠）完好', '门窗', { hint: '二层以上教室窗户开启不超过限位' }),
      check('screens_ok', '纱窗完好', '门窗', { required: false }),
      {
        key: 'repair_count', label: '需维修的门窗数量', type: 'number', required: true, min: 0, max: 0, unit: '处',
        raisesRepair: true, repairCategory: '门窗', hint: '全部完好填 0',
      },
      remark(),
    ],
  },
  {
    name: '每周检查照明',
    kind: 'maintenance',
    description: '每周检查各班级和走廊、大厅及办公场所的照明设施，发现问题立即维修。',
    items: [
      check('classroom_lights', '教室灯具全部正常点亮', '水电'),
      check('corridor_lights', '走廊、楼梯、大厅照明正常', '水电'),
      check('switches_ok', '开关、插座面板无破损、无松动', '水电'),
      check('exit_signs_ok', '应急照明灯、疏散指示标志正常', '消防'),
      {
        key: 'emergency_minutes', label: '应急照明持续时间', type: 'number', required: false, min: 90, unit: '分钟',
        raisesRepair: true, repairCategory: '消防', hint: '断电测试，从断电到熄灭的时间',
      },
      {
        key: 'broken_tubes', label: '损坏灯管数量', type: 'number', required: true, min: 0, max: 0, unit: '支',
        raisesRepair: true, repairCategory: '水电', hint: '全部完好填 0',
      },
      remark(),
    ],
  },
  {
    name: '入夏前清洗空调',
    kind: 'maintenance',
    description: '进入夏季前清洗空调，放好各处遥控器；学期结束收捡公用遥控器。',
    items: [
      check('filter_cleaned', '过滤网已拆洗', null),
      check('outdoor_clean', '室外机散热片清洁，周围无遮挡', null, { required: false }),
      check('drain_ok', '排水管通畅，无漏水', '空调'),
      check('cooling_ok', '试机制冷正常，无异响异味', '空调'),
      {
        key: 'outlet_temp', label: '出风口温度（制冷 15 分钟后）', type: 'number', required: false, max: 16, unit: '℃',
        raisesRepair: true, repairCategory: '空调',
      },
      check('remote_ok', '遥控器完好并放回指定位置', null, { required: false }),
      { key: 'photos', label: '清洗后照片', type: 'photo', required: true, minPhotos: 1 },
    ],
  },
  {
    name: '定期电脑杀毒',
    kind: 'general',
    description: '定期给所有电脑升级杀毒；放假前检查办公电脑及电源的关闭。',
    items: [
      check('virus_db_updated', '杀毒软件病毒库已升级到最新', null),
      check('full_scan_done', '已完成全盘扫描', null),
      {
        key: 'virus_found', label: '发现病毒数量', type: 'number', required: true, min: 0, max: 0, unit: '个',
        raisesRepair: true, repairCategory: '电脑网络', hint: '未发现填 0',
      },
      check('patches_updated', '操作系统安全补丁已更新', '电脑网络', { required: false }),
      check('power_off', '放假前电脑及电源已关闭', null, { required: false }),
      remark('处理情况'),
    ],
  },
  {
    name: '开学前校舍和消防设施安全检查',
    kind: 'safety',
    description: '每学期开学前对校舍、消防设施、电器设备、体育器材进行安全检查，形成书面记录存档备查。',
    items: [
      check('structure_ok', '校舍墙体、楼板、屋面无裂缝、无渗漏', '土建'),
      check('railings_ok', '楼梯、栏杆、护栏牢固，高度符合要求', '土建'),
      check('extinguisher_pressure', '灭火器压力表指针在绿区', '消防'),
      check('extinguisher_valid', '灭火器在有效期内，数量齐全', '消防'),
      check('hydrant_ok', '消火栓箱内水带、水枪齐全，出水正常', '消防'),
      check('exits_clear', '安全出口、疏散通道畅通无堵塞', '消防'),
      {
        key: 'emergency_minutes', label: '应急照明持续时间', type: 'number', required: true, min: 90, unit: '分钟',
        raisesRepair: true, repairCategory: '消防',
      },
      { key: 'inspector_sign', label: '检查人签名', type: 'signature', required: true },
    ],
  },
];
