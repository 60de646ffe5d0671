import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Skeleton, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { t } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { BulkHolidaysModal } from './BulkHolidaysModal';
import { useSchoolCalendar } from './calendar-api';
import { MonthView } from './MonthView';
import { SchoolYearsPanel } from './SchoolYearsPanel';
import { WorkHoursEditor } from './WorkHoursEditor';

export function CalendarPage() {
  const { can } = useSession();
  const [year, setYear] = useState(dayjs().year());
  const [bulkOpen, setBulkOpen] = useState(false);
  const [params, setParams] = useSearchParams();
  const query = useSchoolCalendar(year);
  const cal = query.data;
  const abilities = cal?.abilities ?? { create: can('calendar', 'create'), update: can('calendar', 'update'), delete: can('calendar', 'delete') };

  return (
    <PageContainer title={t('校历')} extra={abilities.update ? <Button onClick={() => setBulkOpen(true)}>{t('批量录入节假日')}</Button> : null}>
      {query.isError ? <Alert type="error" showIcon message="校历加载失败" description={query.error.message} /> : null}
      {!cal ? (query.isError ? null : <Skeleton active />) : (
        <Tabs
          activeKey={params.get('tab') ?? 'month'}
          onChange={(tab) => setParams({ tab }, { replace: true })}
          items={[
            { key: 'month', label: '日历', children: <Card size="small"><MonthView calendar={cal} editable={abilities.update} onYearChange={setYear} /></Card> },
            { key: 'terms', label: '学年学期', children: <SchoolYearsPanel years={cal.schoolYears} abilities={abilities} /> },
            { key: 'hours', label: t('工作时间'), children: <WorkHoursEditor workHours={cal.workHours} version={cal.schoolVersion} editable={abilities.update} /> },
          ]}
        />
      )}
      <BulkHolidaysModal key={bulkOpen ? 'open' : 'closed'} open={bulkOpen} initialYear={year} onClose={() => setBulkOpen(false)} />
    </PageContainer>
  );
}
