import { Badge, List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useMe } from '../app/session';
import { useApi } from '../lib/use-api';
import { approvalRights } from './approvals-api';

/** 待我审批 on the phone home page, only while disposals or movements wait for this person's step. */
export function MyApprovalsEntry() {
  const me = useMe();
  const navigate = useNavigate();
  const rights = approvalRights(me);
  const disposals = useApi<{ total: number }>(rights.disposals ? '/asset-disposals?actionable=true&pageSize=1' : null);
  const movements = useApi<{ total: number }>(rights.movements ? '/asset-movements?todo=approve&pageSize=1' : null);
  const total = (disposals.status === 'ok' ? disposals.data.total : 0) + (movements.status === 'ok' ? movements.data.total : 0);
  if (total === 0) return null;
  return (
    <List mode="card" className="m-home-entries" style={{ margin: 0 }}>
      <List.Item onClick={() => navigate('/m/approvals')} extra={<Badge content={total} />}
        description="报废报损、调拨借用等待您审批">待我审批</List.Item>
    </List>
  );
}
