/**
 * The national asset classification each school starts from (GB/T 14885), with default lives from
 * 财会〔2017〕4号 表1 (domain-rules.md §2.2 and §2.4). Every school gets its own editable copy.
 *
 * How complete and how sure (say so to users; the UI shows `verified`):
 * - ✅ `verified: true`: the six 门类 and the 大类 codes and names of 土地/房屋/构筑物, 通用设备 and the
 *   listed 专用设备 rows were read in table-of-contents reprints of GB/T 14885-2010 (e.g. the
 *   standard's 目次 as reprinted on 360docs.net / github5.com); their lives are the guide's table 1.
 * - ⚠️ `verified: false`: 5010000/5020000 and the 6010000–6040000 rows are the 2010 codes as commonly
 *   quoted but not read in a reprint; rows with a "-nn" suffix are school-local sub-categories (their
 *   codes are ours, not the standard's: 学生课桌椅, 空调, 电梯, structure types of 房屋 …), and
 *   教学仪器/文艺/体育/娱乐设备 sit under 专用设备 with local codes because their 2010 codes were not
 *   verified. Their lives come from domain-rules.md (🟡/🔧 local tables) and are editable.
 * - 2022 edition: only the 门类 mapping (`gb2022`) is shipped. The 2022 codes (letter prefix "A01…")
 *   are not verified (domain-rules.md open item 3); a later migration can add them.
 * - 中类/小类 (about 3,000 rows) are not shipped: lives are set per 大类, and schools add rows they use.
 * - 无形资产 is not in GB/T 14885; it is a local top-level row (software, copyrights) amortised
 *   straight-line like depreciation, 10 years by default (⚠️, 《政府会计准则第4号》 not checked).
 */
export interface ClassificationRow {
  code: string;
  name: string;
  parent: string | null;
  /** Default life in years; null inherits the parent's (a card needs a life from somewhere). */
  lifeYears: number | null;
  depreciable: boolean;
  verified: boolean;
  /** GB/T 14885-2022 门类 this row falls under, where known. */
  gb2022: string | null;
}

const row = (code: string, name: string, parent: string | null, lifeYears: number | null, o: { verified?: boolean; depreciable?: boolean; gb2022?: string | null } = {}): ClassificationRow => ({
  code, name, parent, lifeYears, depreciable: o.depreciable ?? true, verified: o.verified ?? true, gb2022: o.gb2022 ?? null,
});
const local = { verified: false };

export const CLASSIFICATION: readonly ClassificationRow[] = [
  row('1000000', '土地、房屋及构筑物', null, null, { gb2022: '房屋和构筑物' }),
  // 单独计价入账的土地 is never depreciated (§2.4).
  row('1010000', '土地、海域及无居民海岛', '1000000', null, { depreciable: false }),
  row('1020000', '房屋', '1000000', null),
  row('1020000-01', '钢结构房屋', '1020000', 50, local),
  row('1020000-02', '钢筋混凝土结构房屋', '1020000', 50, local),
  row('1020000-03', '砖混结构房屋', '1020000', 30, local),
  row('1020000-04', '砖木结构房屋', '1020000', 30, local),
  row('1020000-05', '简易房', '1020000', 8, local),
  row('1020000-06', '房屋附属设施', '1020000', 8, local),
  row('1030000', '构筑物', '1000000', 8),

  row('2000000', '通用设备', null, null, { gb2022: '设备' }),
  row('2010000', '计算机设备及软件', '2000000', 6),
  row('2010000-01', '台式计算机', '2010000', null, local),
  row('2010000-02', '便携式计算机', '2010000', null, local),
  row('2010000-03', '服务器', '2010000', null, local),
  row('2010000-04', '网络设备（交换机、路由器、无线AP）', '2010000', null, local),
  row('2010000-05', '计算机软件', '2010000', null, local),
  row('2020000', '办公设备', '2000000', 6),
  row('2020000-01', '复印机、多功能一体机', '2020000', null, local),
  row('2020000-02', '打印机', '2020000', null, local),
  row('2020000-03', '投影仪', '2020000', null, local),
  row('2020000-04', '交互式智能平板（教学一体机）', '2020000', null, local),
  row('2030000', '车辆', '2000000', 8),
  row('2040000', '图书档案设备', '2000000', 5),
  row('2100000', '机械设备', '2000000', 10),
  row('2100000-01', '电梯', '2100000', null, local),
  row('2100000-02', '空调设备', '2100000', null, local),
  row('2200000', '电气设备', '2000000', 5),
  row('2200000-01', '冰箱、冷柜、洗衣机等家用电器', '2200000', null, local),
  row('2300000', '雷达、无线电和卫星导航设备', '2000000', 10),
  row('2310000', '通信设备', '2000000', 5),
  row('2320000', '广播、电视、电影设备', '2000000', 5),
  row('2320000-01', '校园广播系统', '2320000', null, local),
  row('2320000-02', '电视机', '2320000', null, local),
  row('2400000', '仪器仪表', '2000000', 5),
  row('2410000', '电子和通信测量仪器', '2000000', 5),
  row('2420000', '计量标准器具及量具、衡器', '2000000', 5),

  row('3000000', '专用设备', null, null, { gb2022: '设备' }),
  row('3050000', '电力工业专用设备', '3000000', 20),
  // Ranges in the guide (10–15, 5–10, 10–20): the lower bound, as the table gives minimums.
  row('3140000', '食品加工专用设备', '3000000', 10),
  row('3210000', '化学药品和中药专用设备', '3000000', 5),
  row('3220000', '医疗设备', '3000000', 5),
  row('3240000', '安全生产设备', '3000000', 10),
  row('3000000-01', '教学专用仪器（实验仪器、教具）', '3000000', 5, local),
  row('3000000-02', '文艺设备（乐器、舞台设备）', '3000000', 5, local),
  row('3000000-03', '体育设备', '3000000', 5, local),
  row('3000000-04', '娱乐设备', '3000000', 5, local),
  row('3000000-05', '环境污染防治设备', '3000000', 10, local),
  row('3000000-99', '其他专用设备', '3000000', 10, local),

  // Never depreciated (§2.4).
  row('4000000', '文物和陈列品', null, null, { depreciable: false, gb2022: '文物和陈列品' }),
  row('5000000', '图书、档案', null, null, { depreciable: false, gb2022: '图书和档案' }),
  row('5010000', '图书', '5000000', null, { depreciable: false, verified: false }),
  row('5020000', '档案', '5000000', null, { depreciable: false, verified: false }),

  row('6000000', '家具、用具、装具及动植物', null, null, { gb2022: '家具和用具' }),
  row('6010000', '家具用具', '6000000', 15, { verified: false, gb2022: '家具和用具' }),
  // 学生用家具 5 years appears in provincial and county school tables (🔧).
  row('6010000-01', '学生课桌椅', '6010000', 5, local),
  row('6010000-02', '办公家具', '6010000', null, local),
  row('6010000-03', '用具', '6010000', 5, local),
  row('6020000', '被服装具', '6000000', 5, { verified: false, gb2022: '家具和用具' }),
  row('6030000', '特种用途动物', '6000000', null, { verified: false, depreciable: false, gb2022: '特种动植物' }),
  row('6040000', '特种用途植物', '6000000', null, { verified: false, depreciable: false, gb2022: '特种动植物' }),

  row('WX00000', '无形资产（软件著作权等）', null, 10, local),
];
