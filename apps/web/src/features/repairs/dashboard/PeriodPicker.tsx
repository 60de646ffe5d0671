import { useQuery } from '@tanstack/react-query';
import { DatePicker, Segmented, Space, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { get } from '../../../lib/api';
import { type Period, type PeriodKind, type TermDates, currentTerm, lastMonth, termPeriod, thisMonth } from './period';

interface CalendarYears { schoolYears: { terms: TermDates[] }[] }

/** 本月 / 上月 / 本学期 (from the school calendar) / 自定义 (at most a year, like the server). */
export function PeriodPicker({ value, onChange, schoolId }: { value: Period; onChange: (p: Period) => void; schoolId?: number | undefined }) {
  const year = dayjs().year();
  const calendar = useQuery({
    queryKey: ['/calendar', year, schoolId],
    queryFn: async () => {
      const school = schoolId !== undefined ? `&schoolId=${schoolId}` : '';
      // A school year starting last autumn is listed under last year.
      const [a, b] = await Promise.all([get<CalendarYears>(`/calendar?year=${year - 1}${school}`), get<CalendarYears>(`/calendar?year=${year}${school}`)]);
      return [...a.schoolYears, ...b.schoolYears];
    },
    retry: false,
  });
  const term = calendar.data ? currentTerm(calendar.data) : null;
  const pick = (kind: PeriodKind) => {
    if (kind === 'thisMonth') onChange(thisMonth());
    else if (kind === 'lastMonth') onChange(lastMonth());
    else if (kind === 'term' && term) onChange(termPeriod(term));
    else if (kind === 'custom') onChange({ ...value, kind: 'custom' });
  };
  return (
    <Space wrap>
      <Segmented<PeriodKind> value={value.kind} onChange={pick} options={[
        { value: 'thisMonth', label: '本月' },
        { value: 'lastMonth', label: '上月' },
        {
          value: 'term', disabled: !term,
          label: <Tooltip title={term ? `${term.name}：${term.startDate} 至 ${term.endDate}` : '校历里还没有包含今天的学期'}>本学期</Tooltip>,
        },
        { value: 'custom', label: '自定义' },
      ]} />
      {value.kind === 'custom' ? (
        <DatePicker.RangePicker
          allowClear={false}
          value={[dayjs(value.from), dayjs(value.to)]}
          disabledDate={(d, info) => !!info.from && Math.abs(d.diff(info.from, 'day')) >= 366}
          onChange={(r) => { if (r?.[0] && r[1]) onChange({ kind: 'custom', from: r[0].format('YYYY-MM-DD'), to: r[1].format('YYYY-MM-DD') }); }}
        />
      ) : <span style={{ color: 'rgba(0,0,0,0.45)' }}>{value.from} 至 {value.to}</span>}
    </Space>
  );
}
