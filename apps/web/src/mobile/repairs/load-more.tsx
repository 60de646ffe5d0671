import { Button } from 'antd-mobile';

/** The 加载更多 row under a phone list: a button while more remain, a count once all are shown. */
export function LoadMore({ shown, total, hasMore, busy, onMore }: { shown: number; total: number; hasMore: boolean; busy: boolean; onMore: () => void }) {
  if (!hasMore) return total > 0 ? <div className="m-code-caption">共 {total} 条</div> : null;
  return (
    <div className="m-pad">
      <Button block size="large" loading={busy} onClick={onMore}>加载更多（已显示 {shown} / {total} 条）</Button>
    </div>
  );
}
