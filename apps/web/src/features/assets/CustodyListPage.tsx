import { PageContainer } from '@ant-design/pro-components';
import { Result } from 'antd';
import { useParams } from 'react-router';
import { useSession } from '../../lib/session';
import { CustodyListView } from './CustodyListView';

/** /assets/holders/room/12 or /assets/holders/user/7: a room's or a person's 责任清单. */
export function CustodyListPage() {
  const { type, id } = useParams();
  const holderId = Number(id);
  if ((type !== 'room' && type !== 'user') || !Number.isInteger(holderId) || holderId < 1) {
    return <Result status="404" title="找不到这个责任清单" subTitle="链接不完整，请从资产卡片或房间详情里打开。" />;
  }
  return (
    <PageContainer title={type === 'room' ? '房间财产责任清单' : '个人财产责任清单'}>
      <CustodyListView type={type} id={holderId} />
    </PageContainer>
  );
}

/** 我的资产: what the signed-in person is the 使用人 of, with the list to sign. */
export function MyAssetsPage() {
  const { me } = useSession();
  return (
    <PageContainer title="我的资产" content="登记在你名下的资产。有出入（已调走、已报废、实物不在）请告诉总务处，由资产管理员变更保管。">
      <CustodyListView type="user" id={me.id} />
    </PageContainer>
  );
}
