import { PageContainer } from '@ant-design/pro-components';
import { DatePicker, Result, Space, Tabs, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSchoolChoice } from '../../components/SchoolPicker';
import { useSession } from '../../lib/session';
import { useAssetSummary } from './asset-reports-api';
import { BreakdownTab } from './BreakdownTab';
import { CardListTab } from './CardListTab';
import { DistrictTab } from './DistrictTab';
import { DownloadButton } from './DownloadButton';
import { HolderTab } from './HolderTab';
import { SummaryTab } from './SummaryTab';

/**
 * 资产报表: the 资产年报 summary at a chosen date (条例 第四十五条), its breakdowns, idle cards,
 * warranties ending, values per holder, the ledger as Excel/PDF, and for bureau accounts the
 * district side by side.
 */
export function AssetReportsPage() {
  const { me } = useSession();
  // Reports add up the whole school; a teacher's own-scope account sees its own cards under 我的资产 instead.
  if (me.dataScope !== 'school' && me.dataScope !== 'district') {
    return <PageContainer title="资产报表"><Result status="info" title="资产报表仅限全校范围的账号查看" subTitle="你保管的资产请在「我的资产」中查看和打印责任清单。" /></PageContainer>;
  }
  return <SchoolReports />;
}

function SchoolReports() {
  const { me, can } = useSession();
  const bureau = me.schoolId === null;
  const school = useSchoolChoice();
  const [asOfDay, setAsOfDay] = useState<Dayjs | null>(null);
  const asOf = asOfDay ? asOfDay.format('YYYY-MM-DD') : undefined;
  const [tab, setTab] = useState(bureau ? 'district' : 'summary');
  const summary = useAssetSummary(school.schoolId, asOf, school.ready);
  const params = { schoolId: school.schoolId, asOf };
  const label = asOf ?? '今天';

  const exports = (
    <Space wrap>
      {can('asset', 'export') ? <DownloadButton kind="xlsx" label="汇总 Excel" path="/asset-reports/summary.xlsx" params={params} filename={`资产汇总_${label}.xlsx`} /> : null}
      {can('asset', 'print') ? <DownloadButton kind="pdf" label="汇总 PDF" path="/asset-reports/summary.pdf" params={params} filename={`资产汇总_${label}.pdf`} /> : null}
      {can('asset', 'export') ? <DownloadButton kind="xlsx" label="台账 Excel" path="/asset-reports/ledger.xlsx" params={params} filename={`资产台账_${label}.xlsx`} /> : null}
      {can('asset', 'print') ? <DownloadButton kind="pdf" label="台账 PDF" path="/asset-reports/ledger.pdf" params={params} filename={`资产台账_${label}.pdf`} /> : null}
    </Space>
  );
  const tabs = [
    ...(bureau ? [{ key: 'district', label: '全区对比', children: <DistrictTab onOpenSchool={(id) => { school.setSchoolId(id); setTab('summary'); }} /> }] : []),
    { key: 'summary', label: '年报汇总', children: <SummaryTab summary={summary.data} loading={summary.isFetching} error={summary.error} /> },
    { key: 'breakdown', label: '按使用状况/资金来源/部门', children: <BreakdownTab summary={summary.data} loading={summary.isFetching} /> },
    { key: 'idle', label: '闲置资产', children: <CardListTab kind="idle" schoolId={school.schoolId} ready={school.ready} /> },
    { key: 'warranty', label: '保修到期', children: <CardListTab kind="warranty" schoolId={school.schoolId} ready={school.ready} /> },
    { key: 'holders', label: '按保管人', children: <HolderTab schoolId={school.schoolId} ready={school.ready} /> },
  ];

  return (
    <PageContainer
      title="资产报表"
      extra={(
        <Space wrap>
          {school.picker}
          <DatePicker value={asOfDay} onChange={setAsOfDay} placeholder="截至今天" aria-label="截至日期" allowClear
            disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Space>
      )}
    >
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        {tab !== 'district' ? (
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Text type="secondary">
              {summary.data ? `${summary.data.schoolName} · 截至 ${summary.data.asOf}（本年新增、处置自 ${summary.data.yearStart} 起；累计折旧为已计提到当月的数）` : ' '}
            </Typography.Text>
            {exports}
          </Space>
        ) : null}
        <Tabs activeKey={tab} onChange={setTab} items={tabs} destroyInactiveTabPane />
      </Space>
    </PageContainer>
  );
}
