import { Card, List, Tag } from 'antd-mobile';
import { useParams } from 'react-router';
import { PinIcon } from '../components/icons';
import { Page } from '../components/page';
import { RecordPage } from '../components/record-page';
import type { RoomDetail } from '../lib/api-types';
import { formatFloor } from '../lib/format';
import { useApi } from '../lib/use-api';

/** A room as a teacher sees it after scanning its label: where it is and who looks after it. */
export function RoomPage() {
  const { id = '' } = useParams();
  const valid = /^\d+$/.test(id);
  const room = useApi<RoomDetail>(valid ? `/rooms/${id}` : null);
  return (
    <RecordPage title="房间详情" backTo="/m" valid={valid} state={room} homeButton missingTitle="房间不存在或无权查看"
      missingDescription="这个房间可能已被删除，或不属于您所在的学校。">
      {(r) => <RoomView r={r} />}
    </RecordPage>
  );
}

function RoomView({ r }: { r: RoomDetail }) {
  const location = [r.campusName, r.buildingName, formatFloor(r.floor)].filter(Boolean).join(' · ');
  return (
    <Page title="房间详情" backTo="/m">
      <div className="m-stack m-stack-tight">
        <Card className="m-card m-target-card">
          <div className="m-tags">
            <Tag color="primary" fill="outline">{r.roomTypeLabel}</Tag>
            {!r.active && <Tag color="default">已停用</Tag>}
          </div>
          <h1 className="m-target-name">{r.name}</h1>
          {location && <div className="m-meta-line"><PinIcon />{location}</div>}
        </Card>
      </div>
      <List header="房间信息" mode="card">
        <List.Item extra={r.keeperName ?? <span className="m-muted">未指定</span>}>管理人</List.Item>
        <List.Item extra={r.departmentName ?? <span className="m-muted">未指定</span>}>所属部门</List.Item>
        {r.code && <List.Item extra={r.code}>房间编号</List.Item>}
        {r.capacity !== null && <List.Item extra={`${r.capacity} 人`}>容纳人数</List.Item>}
        {r.areaM2 !== null && <List.Item extra={`${r.areaM2} m²`}>面积</List.Item>}
        {r.note && <List.Item description={r.note}>备注</List.Item>}
      </List>
    </Page>
  );
}
