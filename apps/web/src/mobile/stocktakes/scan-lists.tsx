import { Button, List, Tabs, Tag } from 'antd-mobile';
import { useEffect, useRef } from 'react';
import { del, qs } from '../../lib/api';
import { Toast } from '../components/imperative';
import { describeError } from '../lib/describe-error';
import { useMe } from '../app/session';
import { formatRelativeTime } from '../lib/format';
import { useApi } from '../lib/use-api';
import { StoredPhotos } from './stocktake-photos';
import type { MissingItem, MyScan } from './types';

/** Reloads `state` whenever `refresh` moves on (after each scan), not on first render. */
export function useReloadOn(refresh: number, reload: () => void) {
  const seen = useRef(refresh);
  useEffect(() => {
    if (seen.current === refresh) return;
    seen.current = refresh;
    reload();
  }, [refresh, reload]);
}

/** What this counter scanned (with 撤销 for a mistake), and what the chosen room should still hold. */
export function ScanLists({ stocktakeId, roomId, refresh }: { stocktakeId: number; roomId: number | null; refresh: number }) {
  const me = useMe();
  const mine = useApi<{ items: MyScan[]; total: number }>(`/asset-stocktakes/${stocktakeId}/scans${qs({ mine: true, pageSize: 100 })}`);
  const missing = useApi<{ items: MissingItem[]; total: number }>(roomId ? `/asset-stocktakes/${stocktakeId}/results${qs({ kind: 'missing', roomId, pageSize: 100 })}` : null);
  useReloadOn(refresh, mine.reload);
  useReloadOn(refresh, missing.reload);
  const undo = async (s: MyScan) => {
    try {
      await del(`/asset-stocktakes/${stocktakeId}/scans/${s.id}`);
      Toast.show({ content: `已撤销 ${s.name}` });
      mine.reload();
      missing.reload();
    } catch (err) {
      Toast.show({ content: describeError(err).message });
    }
  };
  return (
    <div className="m-card m-st-lists">
      <Tabs>
        <Tabs.Tab title={`我扫的${mine.status === 'ok' ? `（${mine.data.total}）` : ''}`} key="mine">
          {mine.status === 'ok' && mine.data.items.length === 0 && <div className="m-muted m-pad-y">还没有扫到资产。对准标签，或用上方“手工查找”登记。</div>}
          <List>
            {(mine.data?.items ?? []).map((s) => (
              <List.Item key={s.id}
                description={(
                  <>
                    <div>{`${s.code} · ${s.roomName ?? '未选房间'} · ${s.conditionLabel} · ${formatRelativeTime(s.scannedAt, me.schoolTimezone)}`}</div>
                    {/* Evidence for the approver: a damaged card, one found in the wrong room. */}
                    <StoredPhotos stocktakeId={stocktakeId} photos={s.photos} ownerType="asset_stocktake_scan" ownerId={s.id}
                      canAdd={s.abilities.photo && (s.wrongRoom || !s.inScope || s.condition !== 'good' || s.photos.length > 0)} onChanged={mine.reload} />
                  </>
                )}
                extra={s.abilities.delete ? <Button size="mini" fill="none" onClick={() => void undo(s)}>撤销</Button> : null}>
                {s.name}{s.wrongRoom && <Tag color="warning" style={{ marginLeft: 6 }}>位置不符</Tag>}{!s.inScope && <Tag color="warning" style={{ marginLeft: 6 }}>范围外</Tag>}
              </List.Item>
            ))}
          </List>
        </Tabs.Tab>
        <Tabs.Tab title={`本房间未盘${missing.status === 'ok' ? `（${missing.data.total}）` : ''}`} key="missing">
          {!roomId && <div className="m-muted m-pad-y">先在上方选择“我在哪个房间”，或扫一下房间门口的二维码。</div>}
          {roomId && missing.status === 'ok' && missing.data.items.length === 0 && <div className="m-muted m-pad-y">这个房间账上的资产都已盘到。</div>}
          <List>
            {(missing.data?.items ?? []).map((m) => <List.Item key={m.assetId} description={m.code}>{m.name}</List.Item>)}
          </List>
        </Tabs.Tab>
      </Tabs>
    </div>
  );
}
