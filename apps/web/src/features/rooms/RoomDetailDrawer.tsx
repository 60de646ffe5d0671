import { Alert, Button, Descriptions, Drawer, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { AuditTab } from '../../components/AuditTab';
import { FilesTab } from '../../components/FilesTab';
import { CustodyListView } from '../assets/CustodyListView';
import { t } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { floorLabel } from '../org/org-api';
import { type Room, useRoom } from './rooms-api';

/** One room: details, attachments and its change history. */
export function RoomDetailDrawer({ id, onClose, onEdit }: { id: number | null; onClose: () => void; onEdit: (room: Room) => void }) {
  const { can } = useSession();
  const query = useRoom(id);
  const room = query.data;
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      width={Math.min(720, window.innerWidth)}
      title={room ? <Space>{room.name}{room.active ? null : <Tag>已停用</Tag>}</Space> : '房间'}
      extra={room?.abilities.update ? <Button type="primary" onClick={() => onEdit(room)}>{t('编辑')}</Button> : null}
      destroyOnHidden
    >
      {query.isError ? <Alert type="error" showIcon message="房间加载失败" description={query.error.message} /> : null}
      {!room ? <Skeleton active /> : (
        <Tabs
          items={[
            {
              key: 'info', label: t('基本信息'), children: (
                <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
                  <Descriptions.Item label="房间名称">{room.name}</Descriptions.Item>
                  <Descriptions.Item label="房间编号">{room.code ?? dash}</Descriptions.Item>
                  <Descriptions.Item label="类型">{room.roomTypeLabel}</Descriptions.Item>
                  <Descriptions.Item label="位置">{[room.campusName, room.buildingName, room.floor !== null ? floorLabel(room.floor) : null].filter(Boolean).join(' / ')}</Descriptions.Item>
                  <Descriptions.Item label="容纳人数">{room.capacity ?? dash}</Descriptions.Item>
                  <Descriptions.Item label="面积">{room.areaM2 !== null ? `${room.areaM2} ㎡` : dash}</Descriptions.Item>
                  <Descriptions.Item label="所属部门">{room.departmentName ?? dash}</Descriptions.Item>
                  <Descriptions.Item label="管理人">{room.keeperName ?? dash}</Descriptions.Item>
                  <Descriptions.Item label="二维码">{room.qrCode ? <Typography.Text code>{room.qrCode}</Typography.Text> : <Typography.Text type="secondary">未贴码（在列表中勾选后“打印二维码标签”）</Typography.Text>}</Descriptions.Item>
                  <Descriptions.Item label="状态">{room.active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>}</Descriptions.Item>
                  {room.updatedAt ? <Descriptions.Item label="最后修改">{dayjs(room.updatedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item> : null}
                  <Descriptions.Item label="备注" span={2}>{room.note ?? dash}</Descriptions.Item>
                </Descriptions>
              ),
            },
            ...(can('asset', 'read') ? [{ key: 'assets', label: '资产', children: <CustodyListView type="room" id={room.id} /> }] : []),
            ...(can('file', 'read') ? [{ key: 'files', label: t('附件'), children: <FilesTab ownerType="room" ownerId={room.id} /> }] : []),
            ...(can('audit', 'read') ? [{ key: 'audit', label: t('变更记录'), children: <AuditTab entity="room" id={room.id} /> }] : []),
          ]}
        />
      )}
    </Drawer>
  );
}
