import { ROOM_TYPES, ROOM_TYPE_LABELS, type RoomType } from '@houqin/contracts';
import { type CellParser, integerCell, optional, textCell } from '../../platform/excel/import-parsers.js';
import type { ImportSpec } from '../../platform/excel/xlsx-import.js';
import type { TemplateExample } from '../../platform/excel/xlsx-template.js';

export interface RoomImportValues {
  campus: string;
  building: string | null;
  floor: number | null;
  code: string | null;
  name: string;
  roomType: RoomType;
  capacity: number | null;
  area: number | null;
  department: string | null;
  keeper: string | null;
  note: string | null;
}

// Words schools use for room kinds, beyond the official labels.
const TYPE_WORDS = new Map<string, RoomType>([
  ...ROOM_TYPES.map((t) => [ROOM_TYPE_LABELS[t], t] as const),
  ...ROOM_TYPES.map((t) => [t, t] as const),
  ['普通教室', 'classroom'], ['专用教室', 'function'], ['实验室', 'function'], ['功能教室', 'function'], ['办公', 'office'],
  ['学生宿舍', 'dorm'], ['餐厅', 'canteen'], ['库房', 'storeroom'], ['器材室', 'storeroom'], ['室外场地', 'outdoor'], ['操场', 'outdoor'],
]);
const TYPE_HINT = ROOM_TYPES.map((t) => ROOM_TYPE_LABELS[t]).join('、');

const roomType: CellParser<RoomType> = (cell) => {
  const t = TYPE_WORDS.get(cell.text) ?? TYPE_WORDS.get(cell.text.toLowerCase());
  return t ? { value: t } : { error: `不认识的房间类型「${cell.text}」，可填：${TYPE_HINT}` };
};

const area: CellParser<number> = (cell) => {
  const n = typeof cell.value === 'number' ? cell.value : Number(cell.text.replace(/[㎡平方米m²\s]/g, ''));
  return Number.isFinite(n) && n >= 0 && n <= 1_000_000 ? { value: Math.round(n * 100) / 100 } : { error: `应为面积数字，而不是「${cell.text}」` };
};

export const ROOM_IMPORT_SPEC: ImportSpec<RoomImportValues> = {
  sheetName: '房间',
  columns: [
    { key: 'campus', header: '校区', aliases: ['校区名称'], required: true, parse: textCell({ max: 60 }), hint: '须与「组织机构」中的校区名称一致，如 本部' },
    { key: 'building', header: '楼宇', aliases: ['楼栋', '楼宇名称', '建筑'], parse: optional(textCell({ max: 60 })), hint: '选填；须是该校区已有的楼宇；室外场地可不填' },
    { key: 'floor', header: '楼层', aliases: ['层'], parse: optional(integerCell({ min: -10, max: 100 })), hint: '选填；整数，地下一层填 -1' },
    { key: 'code', header: '房间编号', aliases: ['编号', '门牌号'], asText: true, parse: optional(textCell({ max: 30 })), hint: '选填，如 A-101' },
    { key: 'name', header: '房间名称', aliases: ['名称', '房间'], required: true, parse: textCell({ max: 60 }), hint: '同一楼宇内不能重名', width: 20 },
    { key: 'roomType', header: '房间类型', aliases: ['类型', '用途'], required: true, parse: roomType, hint: `可填：${TYPE_HINT}` },
    { key: 'capacity', header: '容纳人数', aliases: ['人数', '座位数'], parse: optional(integerCell({ min: 0, max: 100000 })), hint: '选填' },
    { key: 'area', header: '面积（㎡）', aliases: ['面积', '使用面积'], parse: optional(area), hint: '选填；数字，单位平方米' },
    { key: 'department', header: '所属部门', aliases: ['部门', '使用部门'], parse: optional(textCell({ max: 60 })), hint: '选填；须与部门名称一致' },
    { key: 'keeper', header: '管理人工号', aliases: ['管理人', '负责人工号', '保管人工号'], asText: true, parse: optional(textCell({ max: 32 })), hint: '选填；填管理人的工号' },
    { key: 'note', header: '备注', parse: optional(textCell({ max: 500 })), width: 30 },
  ],
  instructions: ['已存在的房间（同一校区、楼宇内同名）不会重复导入，会在检查结果中列出。', '楼层须在该楼宇的层数范围内；没有第 0 层。'],
};

export const ROOM_IMPORT_EXAMPLES: TemplateExample<RoomImportValues>[] = [
  { campus: '本部', building: '教学楼A', floor: 1, code: 'A-101', name: '一年级（1）班教室', roomType: '教室', capacity: 45, area: 72, department: '教务处', keeper: 'T2024001' },
  { campus: '本部', building: null, floor: null, code: null, name: '田径场', roomType: '室外', capacity: null, area: 6000, department: '总务处', keeper: null },
];
