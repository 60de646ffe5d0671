import { Button, List } from 'antd-mobile';
import { del, qs } from '../../lib/api';
import { useMe } from '../app/session';
import { Dialog, Toast } from '../components/imperative';
import { describeError } from '../lib/describe-error';
import { formatRelativeTime } from '../lib/format';
import { useApi } from '../lib/use-api';
import { useReloadOn } from './scan-lists';
import { StoredPhotos } from './stocktake-photos';
import type { Extra } from './types';

/** 盘盈 entries of the room the counter stands in (all of them before a room is chosen), with photos and 删除. */
export function ExtrasList({ stocktakeId, roomId, refresh }: { stocktakeId: number; roomId: number | null; refresh: number }) {
  const me = useMe();
  const list = useApi<{ items: Extra[] }>(`/asset-stocktakes/${stocktakeId}/extras${qs({ roomId })}`);
  const { reload } = list;
  useReloadOn(refresh, reload);

  const remove = async (e: Extra) => {
    if (!(await Dialog.confirm({ content: `删除盘盈登记「${e.name}」？照片一并删除。`, confirmText: '删除', cancelText: '取消' }))) return;
    try {
      await del(`/asset-stocktakes/${stocktakeId}/extras/${e.id}`);
      Toast.show({ content: `已删除 ${e.name}` });
      reload();
    } catch (err) {
      Toast.show({ content: describeError(err).message });
    }
  };

  const items = list.data?.items ?? [];
  return (
    <div className="m-card m-st-extras">
      <div className="m-card-title">{roomId ? '本房间的盘盈' : '盘盈登记'}{list.status === 'ok' ? `（${items.length}）` : ''}</div>
      {list.status === 'failed' && <div className="m-field-error">{list.failure.message}</div>}
      {list.status === 'ok' && items.length === 0 && (
        <div className="m-muted m-pad-y">{roomId ? '这个房间' : '这次盘点'}还没有登记盘盈。发现没有标签、账上也查不到的物品时，点上方「登记盘盈」。</div>
      )}
      <List>
        {items.map((e) => (
          <List.Item key={e.id}
            description={(
              <>
                <div>{[e.roomName ?? '未选房间', e.note, `${e.createdByName} ${formatRelativeTime(e.createdAt, me.schoolTimezone)}`].filter(Boolean).join(' · ')}</div>
                <StoredPhotos stocktakeId={stocktakeId} photos={e.photos} ownerType="asset_stocktake_extra" ownerId={e.id} canAdd={e.abilities.photo} onChanged={reload} />
              </>
            )}
            extra={e.abilities.delete ? <Button size="mini" fill="none" onClick={() => void remove(e)}>删除</Button> : null}>
            {e.name} <b>×{e.quantity}</b>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
