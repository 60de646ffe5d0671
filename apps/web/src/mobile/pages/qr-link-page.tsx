import { Card, List, SearchBar, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, post } from '../../lib/api';
import { Dialog, Toast } from '../components/imperative';
import { LoadFailed, Loading } from '../components/load-state';
import { Page } from '../components/page';
import type { PageOf, QrCodeDetail, RoomDetail } from '../lib/api-types';
import { describeError } from '../lib/describe-error';
import { formatFloor } from '../lib/format';
import { useApi } from '../lib/use-api';
import { useDebounced } from '../lib/use-debounced';

/** Attach a fresh label to a room on the spot: the landing page's 绑定到房间 action opens this. */
export function QrLinkPage() {
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const qr = useApi<QrCodeDetail>(`/qr-codes/${encodeURIComponent(code)}`);
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim());
  const rooms = useApi<PageOf<RoomDetail>>(`/rooms?pageSize=30&active=true${query ? `&q=${encodeURIComponent(query)}` : ''}`);
  const [busy, setBusy] = useState(false);

  const link = async (qrCode: QrCodeDetail, room: RoomDetail, replace: boolean): Promise<void> => {
    setBusy(true);
    try {
      await post(`/qr-codes/${encodeURIComponent(qrCode.code)}/link`, { targetType: 'room', targetId: room.id, version: qrCode.version, ...(replace ? { replace } : {}) });
      Toast.show({ icon: 'success', content: '已绑定' });
      navigate(`/q/${encodeURIComponent(qrCode.code)}`, { replace: true });
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.body.code === 'QR_TARGET_TAKEN' && !replace) {
        const ok = await Dialog.confirm({ title: '该房间已有二维码', content: err.body.message, confirmText: '替换', cancelText: '取消' });
        if (ok) await link(qrCode, room, true);
        return;
      }
      if (err instanceof ApiError && err.status === 409) qr.reload();
      Toast.show({ content: describeError(err).message, duration: 3000 });
    }
  };

  const choose = async (qrCode: QrCodeDetail, room: RoomDetail) => {
    if (busy) return;
    const ok = await Dialog.confirm({
      title: '绑定二维码',
      content: `将二维码 ${qrCode.code} 绑定到“${room.name}”？${qrCode.targetName ? `原来绑定的“${qrCode.targetName}”将不再使用这张标签。` : ''}`,
      confirmText: '绑定', cancelText: '取消',
    });
    if (ok) await link(qrCode, room, false);
  };

  if (qr.status === 'loading') return <Page title="绑定二维码" backTo={`/q/${code}`}><Loading /></Page>;
  if (qr.status === 'failed') {
    return <Page title="绑定二维码" backTo={`/q/${code}`}><LoadFailed failure={qr.failure} onRetry={qr.reload} /></Page>;
  }
  const current = qr.data;
  return (
    <Page title="绑定二维码" backTo={`/q/${code}`}>
      <div className="m-stack">
        <Card className="m-card">
          <div className="m-muted">二维码编号</div>
          <div className="m-code-big">{current.code}</div>
          <div className="m-meta-line">
            {current.targetName ? `当前绑定：${current.targetName}${current.targetLocation ? `（${current.targetLocation}）` : ''}` : '尚未绑定。请在下方选择贴这张标签的房间。'}
          </div>
        </Card>
        <SearchBar placeholder="搜索房间名称或编号" value={q} onChange={setQ} className="m-search" />
      </div>
      {rooms.status === 'loading' && <Loading />}
      {rooms.status === 'failed' && <LoadFailed failure={rooms.failure} onRetry={rooms.reload} />}
      {rooms.status === 'ok' && rooms.data.items.length === 0 && (
        <div className="m-empty">
          <div className="m-empty-title">{query ? `没有找到“${query}”` : '还没有房间'}</div>
          <div className="m-empty-text">{query ? '换个关键词试试，例如楼宇名或房间编号。' : '请先在电脑版“房间”页面录入房间。'}</div>
        </div>
      )}
      {rooms.status === 'ok' && rooms.data.items.length > 0 && (
        <List header={`选择房间${rooms.data.total > rooms.data.items.length ? `（共 ${rooms.data.total} 间，请搜索缩小范围）` : ''}`} mode="card">
          {rooms.data.items.map((r) => (
            <List.Item key={r.id} onClick={() => void choose(current, r)}
              description={[r.buildingName ?? r.campusName, formatFloor(r.floor), r.code].filter(Boolean).join(' · ')}
              extra={r.qrCode ? <Tag color={r.qrCode === current.code ? 'success' : 'warning'} fill="outline">{r.qrCode === current.code ? '当前' : '已有二维码'}</Tag> : null}>
              {r.name}
            </List.Item>
          ))}
        </List>
      )}
    </Page>
  );
}
