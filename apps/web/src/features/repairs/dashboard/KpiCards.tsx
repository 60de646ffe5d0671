import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { RepairDashboard, RepairSummary } from './dashboard-api';
import { formatMinutes, percent, yuanShort } from './format';

interface Kpi { title: string; value: ReactNode; hint: string; to?: string; tone?: 'danger' | 'warning' | 'good' }

const TONE = { danger: '#cf1322', warning: '#d46b08', good: '#389e0d' };

function KpiCard({ k }: { k: Kpi }) {
  const body = (
    <Tooltip title={k.hint}>
      <Statistic title={k.title} value={typeof k.value === 'number' ? k.value : undefined} formatter={typeof k.value === 'number' ? undefined : () => k.value}
        valueStyle={{ fontSize: 22, color: k.tone ? TONE[k.tone] : undefined }} />
    </Tooltip>
  );
  return <Card size="small" hoverable={!!k.to} data-kpi={k.title}>{k.to ? <Link to={k.to}>{body}</Link> : body}</Card>;
}

/** The numbers a 后勤主任 reads first: what is waiting now, then how the period went. */
export function KpiCards({ summary, dashboard }: { summary: RepairSummary; dashboard: RepairDashboard }) {
  const c = dashboard.current;
  const cost = summary.costByCategory.reduce((a, r) => a + r.costFen, 0);
  const onTime = summary.sla.completedOnTimeShare;
  const kpis: Kpi[] = [
    { title: '未完工工单', value: c.openWorkOrders, hint: `其中待派单 ${c.pendingDispatch}；另有待受理报修 ${c.pendingTriage}`, to: '/repairs/board' },
    { title: '已超时', value: c.overdue, hint: '超过完工时限仍未完工的工单（按校历工作时间计）', to: '/repairs/board', tone: c.overdue > 0 ? 'danger' : undefined },
    { title: '待验收', value: c.awaitingAcceptance, hint: '维修工已完工、等待报修人验收的工单', to: '/repairs/board', tone: c.awaitingAcceptance > 0 ? 'warning' : undefined },
    { title: '本期完工', value: summary.completed, hint: `本期报修 ${summary.requests} 单，其中已完工（含待验收）${summary.completed} 单` },
    {
      title: '按时完工率', value: percent(onTime), hint: `${summary.sla.completedOnTime} / ${summary.sla.completedCount} 单在时限内完工`,
      tone: onTime === null ? undefined : onTime >= 0.9 ? 'good' : onTime < 0.7 ? 'danger' : 'warning',
    },
    { title: '响应时长（中位数）', value: formatMinutes(summary.response.medianMinutes), hint: `从报修到首次接单；90 分位 ${formatMinutes(summary.response.p90Minutes)}` },
    { title: '完工时长（中位数）', value: formatMinutes(summary.resolution.medianMinutes), hint: `从报修到完工；90 分位 ${formatMinutes(summary.resolution.p90Minutes)}` },
    {
      title: '平均评分', value: summary.satisfaction.averageStars === null ? '—' : `${summary.satisfaction.averageStars.toFixed(1)} 星`,
      hint: `${summary.satisfaction.count} 条验收评价`,
    },
    { title: '重复报修率', value: percent(summary.repeat.share), hint: `同一房间同一分类在判定天数内再次报修：${summary.repeat.count} 单` },
    { title: '维修费用', value: yuanShort(cost), hint: '本期报修中已完工工单的材料与维修费用' },
  ];
  return (
    <Row gutter={[12, 12]}>
      {kpis.map((k) => <Col key={k.title} xs={12} sm={8} md={6} xl={4} xxl={4}><KpiCard k={k} /></Col>)}
    </Row>
  );
}
