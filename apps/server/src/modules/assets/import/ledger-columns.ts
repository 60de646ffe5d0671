import { type CellParser, amountFenCell, dateCell, integerCell, optional, textCell } from '../../../platform/excel/import-parsers.js';
import type { ImportSpec } from '../../../platform/excel/xlsx-import.js';
import type { TemplateExample } from '../../../platform/excel/xlsx-template.js';

/** One ledger row after each cell parsed; names (category, place, person, department) are resolved later against the school. */
export interface LedgerValues {
  code: string | null;
  name: string;
  category: string;
  specModel: string | null;
  brand: string | null;
  unit: string | null;
  quantity: number | null;
  unitPriceFen: number | null;
  originalValueFen: number | null;
  acquiredOn: string;
  location: string | null;
  custodian: string | null;
  department: string | null;
  fundingSource: string | null;
  acquisitionMethod: string | null;
  supplier: string | null;
  serialNo: string | null;
  manufacturer: string | null;
  note: string | null;
}
export type LedgerField = keyof LedgerValues;

const text = (max: number): CellParser<string | null> => optional(textCell({ max }));
const code: CellParser<string | null> = optional(textCell({ max: 40, pattern: /^[A-Za-z0-9\-_./]+$/, patternHint: '资产编号只能使用字母、数字和 - _ . /' }));

/**
 * The ledger's columns: the template's headers first, then the names real school ledgers use for
 * the same thing (collected from 固定资产台账 exports of 财务软件 and hand-kept sheets).
 */
export const LEDGER_SPEC: ImportSpec<LedgerValues> = {
  sheetName: '资产台账',
  maxRows: 50_000,
  columns: [
    { key: 'code', header: '资产编号', aliases: ['资产编码', '编号', '资产代码', '卡片编号', '资产卡片号'], asText: true, parse: code, hint: '选填；已有编号照填，留空则按本校编号规则自动编号；再次导入时按编号识别同一张卡片' },
    { key: 'name', header: '资产名称', aliases: ['名称', '品名', '设备名称', '物品名称'], required: true, parse: textCell({ max: 100 }), width: 20 },
    { key: 'category', header: '资产分类', aliases: ['分类', '分类代码', '分类编码', '分类名称', '资产类别', '类别'], required: true, parse: textCell({ max: 60 }), hint: '填分类代码（如 2010000 或 2-01-01-05）或分类名称（如 台式计算机）' },
    { key: 'specModel', header: '规格型号', aliases: ['型号规格', '规格', '型号'], parse: text(100) },
    { key: 'brand', header: '品牌', aliases: ['品牌型号'], parse: text(60) },
    { key: 'unit', header: '计量单位', aliases: ['单位'], parse: text(10) },
    { key: 'quantity', header: '数量', aliases: ['数量(台/件)'], parse: optional(integerCell({ min: 1, max: 1_000_000 })), hint: '选填，默认 1' },
    { key: 'unitPriceFen', header: '单价', aliases: ['单价(元)'], parse: optional(amountFenCell), hint: '元；可写 1,200.00 或 ¥1200' },
    { key: 'originalValueFen', header: '原值', aliases: ['金额', '价值', '原值(元)', '金额(元)', '账面原值', '资产原值', '价值(元)'], parse: optional(amountFenCell), hint: '元；不填则按 单价 × 数量；两者都填须一致' },
    { key: 'acquiredOn', header: '取得日期', aliases: ['购置日期', '购买日期', '入账日期', '购入日期', '取得时间', '购置时间'], required: true, parse: dateCell, hint: '如 2019-09-01、2019.9 或 2019年9月（只写到月份按 1 日）' },
    { key: 'location', header: '存放地点', aliases: ['使用地点', '位置', '存放位置', '放置地点'], parse: text(100), hint: '与房间名称一致时关联到房间，否则作为位置说明保存' },
    { key: 'custodian', header: '使用人', aliases: ['保管人', '责任人', '领用人'], parse: text(32), hint: '填姓名或工号；同名的人请填工号' },
    { key: 'department', header: '使用部门', aliases: ['部门', '使用单位', '所属部门'], parse: text(60) },
    { key: 'fundingSource', header: '经费来源', aliases: ['资金来源', '经费'], parse: text(20), hint: '财政拨款、专项资金、自筹资金、捐赠 或 其他' },
    { key: 'acquisitionMethod', header: '取得方式', aliases: ['增加方式', '来源'], parse: text(10), hint: '购置、调拨、捐赠、自建、置换、盘盈 或 其他；默认 购置' },
    { key: 'supplier', header: '供应商', aliases: ['销售商', '供货单位'], parse: text(100) },
    { key: 'serialNo', header: '出厂编号', aliases: ['序列号', 'SN', '出厂号'], asText: true, parse: text(60) },
    { key: 'manufacturer', header: '生产厂家', aliases: ['厂家', '生产商', '制造商'], parse: text(100) },
    { key: 'note', header: '备注', aliases: ['说明'], parse: text(500), width: 30 },
  ],
  instructions: [
    '表头上方可以有标题行（如「XX学校固定资产台账」），两行合并表头（如「原值」下分「单价」「金额」）也能识别；检查结果会列出每一列对应到的字段。',
    '再次导入同一文件不会重复建卡：有编号的按编号识别；没有编号的按名称、分类、规格、日期、原值和存放地点识别。',
    '系统中已有、但文件里内容不同的卡片只会列出差异，不会被覆盖：请在系统中修改或办理变更保管。',
    '有问题的行可以选择「跳过有问题的行，导入其余」，或「全部改正后一次导入」。',
  ],
};

export const LEDGER_FIELD_LABELS: Record<LedgerField, string> = Object.fromEntries(LEDGER_SPEC.columns.map((c) => [c.key, c.header])) as Record<LedgerField, string>;

export const LEDGER_EXAMPLES: TemplateExample<LedgerValues>[] = [
  { code: 'ZC20190001', name: '台式计算机', category: '2010000-01', specModel: 'M720', brand: '联想', unit: '台', quantity: 1, unitPriceFen: '4,999.00', originalValueFen: '4,999.00', acquiredOn: '2019.9', location: '三年级1班教室', custodian: '张老师', department: '教务处', fundingSource: '财政拨款' },
  { code: null, name: '学生课桌椅（单人）', category: '学生课桌椅', unit: '套', quantity: 45, unitPriceFen: 380, originalValueFen: 17_100, acquiredOn: '2021年8月', location: '三年级2班教室', fundingSource: '专项资金' },
];
