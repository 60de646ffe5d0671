import { type Static, Type } from 'typebox';

const MonthText = (title: string) => Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', title });
const SchoolId = Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, title: '学校' }));

export const RunQuery = Type.Object({ month: Type.Optional(MonthText('计提月份')) }, { additionalProperties: false });
export const RunResult = Type.Object({ month: Type.String(), assets: Type.Integer(), months: Type.Integer(), amountFen: Type.Integer() });

export const ReportQuery = Type.Object({ from: MonthText('起始月份'), to: MonthText('截止月份'), schoolId: SchoolId }, { additionalProperties: false });
export type ReportQuery = Static<typeof ReportQuery>;

const MonthAmount = Type.Object({ month: Type.String(), amountFen: Type.Integer() });
export const DepreciationReport = Type.Object({
  schoolName: Type.String(),
  from: Type.String(),
  to: Type.String(),
  months: Type.Array(Type.String()),
  rows: Type.Array(Type.Object({
    categoryId: Type.Integer(), categoryCode: Type.String(), categoryName: Type.String(), amounts: Type.Array(MonthAmount), totalFen: Type.Integer(),
  })),
  totals: Type.Array(MonthAmount),
  totalFen: Type.Integer(),
});
export type DepreciationReport = Static<typeof DepreciationReport>;
