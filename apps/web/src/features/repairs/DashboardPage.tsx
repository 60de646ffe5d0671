import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ExportButton } from '../../components/ExportButton';
import { useSchoolChoice } from '../../components/SchoolPicker';
import { useSession } from '../../lib/session';
import { ChartCard } from './dashboard/Chart';
import {
  buildingOption, costByCategoryOption, costByMonthOption, requestsByMonthOption, resolutionOption, slaTrendOption, technicianOption,
} from './dashboard/chart-options';
import { useRepairDashboard, useRepairSummary } from './dashboard/dashboard-api';
import { KpiCards } from './dashboard/KpiCards';
import { OpenWorkTable } from './dashboard/OpenWorkTable';
import { type Period, thisMonth } from './dashboard/period';
import { PeriodPicker } from './dashboard/PeriodPicker';

/** 维修看板: what is waiting now, how the period went, and where the faults and the money go. */
export function DashboardPage() {
  const [period, setPeriod] = useState<Period>(() => thisMonth());
  const school = useSchoolChoice();
  const query = { ...period, schoolId: school.schoolId };
  const summary = useRepairSummary(query, school.ready);
  const dashboard = useRepairDashboard(query, school.ready);
  const s = summary.data;
  const d = dashboard.data;
  const failed = summary.error ?? dashboard.error;

  const extra = (
    <Space wrap>
      {school.picker}
      <PeriodPicker value={period} onChange={setPeriod} schoolId={school.schoolId} />
      <ExportButton path="/repair-reports/summary.xlsx" filters={{ from: period.from, to: period.to, schoolId: school.schoolId }} filename={`维修统计_${period.from}_${period.to}.xlsx`} />
    </Space>
  );

  let body;
  if (failed) body = <Alert type="error" showIcon message="维修看板加载失败" description={failed.message} />;
  else if (!s || !d) body = <Skeleton active paragraph={{ rows: 10 }} />;
  else if (d.months.every((m) => m.requests === 0) && d.current.openWorkOrders + d.current.awaitingAcceptance + d.current.pendingTriage === 0) body = <NoRepairsYet />;
  else {
    const noneInPeriod = s.requests === 0 ? '本期没有报修' : null;
    const trendEmpty = d.months.every((m) => m.requests === 0) ? '近 12 个月没有报修' : null;
    body = (
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <KpiCards summary={s} dashboard={d} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}><ChartCard title="每月报修（按分类）" option={requestsByMonthOption(d)} empty={trendEmpty} /></Col>
          <Col xs={24} xl={10}><ChartCard title="按时完工率趋势" option={slaTrendOption(d)} empty={d.months.every((m) => m.completed === 0) ? '近 12 个月还没有完工的工单' : null} /></Col>
          <Col xs={24} xl={12}>
            <ChartCard title="各分类完工时长（本期，小时）" option={resolutionOption(d)} empty={d.resolutionByCategory.length ? null : '本期还没有完工的工单'} />
          </Col>
          <Col xs={24} xl={12}><ChartCard title="维修人员工作量与评分（本期）" option={technicianOption(s)} empty={s.byTechnician.length ? null : '本期没有派出的工单'} /></Col>
          <Col xs={24} xl={14}><ChartCard title="维修费用（按月，元）" option={costByMonthOption(d)} empty={d.months.every((m) => m.costFen === 0) ? '近 12 个月没有登记维修费用' : null} /></Col>
          <Col xs={24} xl={10}><ChartCard title="费用构成（本期）" option={costByCategoryOption(s, d)} empty={s.costByCategory.some((c) => c.costFen > 0) ? null : '本期没有登记维修费用'} /></Col>
          <Col xs={24} xl={10}><ChartCard title="各楼宇报修数（本期）" option={buildingOption(s)} empty={noneInPeriod} height={Math.max(240, s.byBuilding.length * 32 + 60)} /></Col>
          <Col xs={24} xl={14}><OpenWorkTable overdue={d.current.overdue} open={d.current.openWorkOrders} schoolId={school.schoolId} /></Col>
        </Row>
      </Space>
    );
  }
  return <PageContainer title="维修看板" extra={extra}>{body}</PageContainer>;
}

/** A new school: say how repairs start coming in rather than showing empty charts. */
function NoRepairsYet() {
  const { can } = useSession();
  const setUp = can('qr', 'print') || can('repair_settings', 'update');
  return (
    <Card>
      <Empty description={(
        <Space direction="vertical" size={4}>
          <Typography.Text strong>还没有报修记录</Typography.Text>
          <Typography.Text type="secondary">老师扫描房间门口的二维码（或在手机上打开“报修”）即可报修；有了报修，这里会显示积压、时限达成、费用和趋势。</Typography.Text>
        </Space>
      )}>
        {setUp ? (
          <Space wrap>
            {can('qr', 'print') ? <Link to="/qr"><Button type="primary">打印房间二维码</Button></Link> : null}
            {can('repair_settings', 'update') ? <Link to="/repairs/settings"><Button>设置报修时限与派单规则</Button></Link> : null}
          </Space>
        ) : null}
      </Empty>
    </Card>
  );
}
