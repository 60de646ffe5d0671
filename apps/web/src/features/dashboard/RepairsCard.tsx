import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useRepairDashboard } from '../repairs/dashboard/dashboard-api';

/** The repairs desk on the home page of whoever dispatches for the whole school; details on 维修看板. */
export function RepairsCard() {
  const q = useRepairDashboard(null);
  const c = q.data?.current;
  const items = [
    { title: '未完工工单', value: c?.openWorkOrders, to: '/repairs/board' },
    { title: '已超时', value: c?.overdue, to: '/repairs/board', danger: true },
    { title: '待验收', value: c?.awaitingAcceptance, to: '/repairs/board' },
    { title: '待受理报修', value: c?.pendingTriage, to: '/repairs/requests' },
  ];
  // A reader outside the school scope gets 403 from the report: the card simply stays away.
  if (q.isError) return null;
  return (
    <Card size="small" title="报修" style={{ marginTop: 16 }} extra={<Link to="/repairs/dashboard">维修看板</Link>}>
      <Row gutter={[16, 8]}>
        {items.map((i) => (
          <Col key={i.title} xs={12} md={6}>
            <Link to={i.to}>
              <Statistic title={i.title} value={i.value ?? ' '} loading={q.isLoading}
                valueStyle={i.danger && (i.value ?? 0) > 0 ? { color: '#cf1322' } : undefined} />
            </Link>
          </Col>
        ))}
      </Row>
      {c && c.openWorkOrders + c.awaitingAcceptance + c.pendingTriage === 0
        ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>没有待处理的报修。</Typography.Text> : null}
    </Card>
  );
}
