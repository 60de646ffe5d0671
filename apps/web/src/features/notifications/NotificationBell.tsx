import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { t } from '../../lib/i18n';
import { useUnreadCount } from './notifications-api';

const InboxDrawer = lazy(() => import('./InboxDrawer').then((m) => ({ default: m.InboxDrawer })));

export function NotificationBell() {
  const count = useUnreadCount();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Badge count={count} size="small" offset={[-4, 4]}>
        <Button type="text" icon={<BellOutlined style={{ fontSize: 18 }} />} aria-label={`${t('消息')}（${count}）`}
          onClick={() => { setOpen(true); setOpened(true); }} />
      </Badge>
      {opened ? <Suspense fallback={null}><InboxDrawer open={open} onClose={() => setOpen(false)} /></Suspense> : null}
    </>
  );
}
