import { Alert, Button, Drawer, Empty, List, Segmented, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../lib/i18n';
import { type Notification, useInbox, useMarkRead } from './notifications-api';

/** The inbox: newest first; opening one with a link marks it read and goes there. */
export function InboxDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [unreadOnly, setUnreadOnly] = useState(true);
  const inbox = useInbox(unreadOnly, open);
  const mark = useMarkRead();
  const navigate = useNavigate();
  const items = inbox.data?.items ?? [];

  const openItem = (n: Notification) => {
    if (!n.readAt) mark.mutate(n.id);
    if (n.link?.startsWith('/')) {
      onClose();
      void navigate(n.link);
    }
  };

  return (
    <Drawer
      title={t('消息')}
      open={open}
      onClose={onClose}
      width={Math.min(420, window.innerWidth)}
      extra={<Button size="small" onClick={() => mark.mutate('all')} loading={mark.isPending && mark.variables === 'all'}>{t('全部已读')}</Button>}
    >
      <Segmented
        block
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(v) => setUnreadOnly(v === 'unread')}
        options={[{ value: 'unread', label: t('只看未读') }, { value: 'all', label: '全部消息' }]}
        style={{ marginBottom: 12 }}
      />
      {inbox.isError ? <Alert type="warning" showIcon message="消息暂时无法加载" description={inbox.error.message} /> : (
        <List<Notification>
          loading={inbox.isLoading}
          dataSource={items}
          locale={{ emptyText: <Empty description={unreadOnly ? '没有未读消息。报修派单、审批、到期提醒等会出现在这里。' : t('暂无消息')} /> }}
          renderItem={(n) => (
            <List.Item
              style={{ cursor: n.link ? 'pointer' : 'default', opacity: n.readAt ? 0.6 : 1 }}
              onClick={() => openItem(n)}
              actions={n.readAt ? [] : [
                <Button key="read" type="link" size="small" onClick={(e) => { e.stopPropagation(); mark.mutate(n.id); }}>{t('标为已读')}</Button>,
              ]}
            >
              <List.Item.Meta
                title={<Space>{n.readAt ? null : <span style={{ color: '#1677ff' }}>●</span>}{n.title}</Space>}
                description={
                  <>
                    <Typography.Paragraph style={{ marginBottom: 4 }} ellipsis={{ rows: 3 }}>{n.body}</Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{dayjs(n.createdAt).format('YYYY-MM-DD HH:mm')}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
