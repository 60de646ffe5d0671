import { Button, List, SearchBar, Tag } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { qs } from '../../lib/api';
import { useApi } from '../lib/use-api';
import { useDebounced } from '../lib/use-debounced';
import type { SearchHit } from './types';

/** 手工查找: when a label is torn or unreadable, find the card by number or name and register it. */
export function ManualSearch({ stocktakeId, onPick, refresh }: { stocktakeId: number; onPick: (assetId: number) => void; refresh: number }) {
  const [q, setQ] = useState('');
  const term = useDebounced(q.trim(), 300);
  const hits = useApi<{ items: SearchHit[] }>(term ? `/asset-stocktakes/${stocktakeId}/search${qs({ q: term })}` : null);
  const { reload } = hits;
  // After each scan the 已盘 marks change: ask again, but not when only the search term changed.
  const seen = useRef(refresh);
  useEffect(() => {
    if (seen.current === refresh) return;
    seen.current = refresh;
    if (term) reload();
  }, [refresh, term, reload]);
  return (
    <div className="m-card m-st-search">
      <div className="m-card-title">手工查找</div>
      <SearchBar placeholder="输入资产编号或名称" value={q} onChange={setQ} />
      {term && hits.status === 'ok' && (
        hits.data.items.length === 0 ? <div className="m-muted m-pad-y">没有找到“{term}”，换个编号或名称试试</div> : (
          <List>
            {hits.data.items.map((h) => (
              <List.Item key={h.id} description={`${h.code} · ${h.location || '未登记存放地点'}`}
                extra={h.scanned ? <Tag color="success">已盘</Tag> : <Button size="mini" color="primary" onClick={() => onPick(h.id)}>登记</Button>}>
                {h.name}{!h.inScope && <Tag color="warning" style={{ marginLeft: 6 }}>范围外</Tag>}
              </List.Item>
            ))}
          </List>
        )
      )}
    </div>
  );
}
