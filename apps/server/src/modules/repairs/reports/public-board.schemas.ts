import { Type, type Static } from 'typebox';

export const BoardParams = Type.Object({
  schoolCode: Type.String({ minLength: 2, maxLength: 32, pattern: '^[A-Za-z0-9_-]+$', title: '学校代码' }),
}, { additionalProperties: false });
export type BoardParams = Static<typeof BoardParams>;

const N = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Share = (title: string) => Type.Union([Type.Number(), Type.Null()], { title });

export const PUBLIC_TONES = ['waiting', 'working', 'done', 'closed'] as const;

/** One line of the board: nothing a visitor could use to find or contact a person. */
export const BoardItem = Type.Object({
  code: Type.String({ title: '报修单号' }),
  reportedDate: Type.String({ title: '报修日期' }),
  location: Type.String({ title: '地点（楼宇和房间）' }),
  categoryName: Type.String({ title: '分类' }),
  statusLabel: Type.String({ title: '状态' }),
  tone: Type.Enum(PUBLIC_TONES, { title: '状态色：waiting 等待 / working 维修中 / done 已完工 / closed 未维修' }),
  completedDate: N(Type.String({ title: '完工日期' })),
  requesterName: Type.String({ title: '报修人（已打码）' }),
});
export type BoardItem = Static<typeof BoardItem>;

export const BoardMonth = Type.Object({
  month: Type.String({ title: '月份' }),
  reported: Type.Integer({ title: '报修数' }),
  completed: Type.Integer({ title: '完工数' }),
  onTimeShare: Share('按时完工率'),
});

export const PublicBoard = Type.Object({
  schoolName: Type.String({ title: '学校名称' }),
  generatedAt: Type.String({ title: '生成时间' }),
  items: Type.Array(BoardItem, { title: '最近的报修' }),
  months: Type.Array(BoardMonth, { title: '近 6 个月' }),
  onTimeShare: Share('近 6 个月按时完工率'),
});
export type PublicBoard = Static<typeof PublicBoard>;
