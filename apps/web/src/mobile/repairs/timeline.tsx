import { useMe } from '../app/session';
import { formatRelativeTime } from '../lib/format';
import type { TimelineEntry } from './types';

/** What happened to the request, oldest first, each line saying who did it. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const me = useMe();
  return (
    <div className="m-timeline">
      {entries.map((e) => (
        <div key={e.id} className="m-timeline-item">
          <div className="m-timeline-title">
            {e.kindLabel}{e.toStatusLabel ? ` → ${e.toStatusLabel}` : ''}
            {e.data.assigneeName || e.data.teamName || e.data.contractorName ? `（${e.data.assigneeName ?? e.data.teamName ?? e.data.contractorName}）` : ''}
          </div>
          {e.data.rating !== undefined && <div className="m-timeline-note">{'★'.repeat(e.data.rating)}{'☆'.repeat(5 - e.data.rating)}</div>}
          {e.note && <div className="m-timeline-note">{e.note}</div>}
          <div className="m-time">{[e.actorName, formatRelativeTime(e.at, me.schoolTimezone)].filter(Boolean).join(' · ')}</div>
        </div>
      ))}
    </div>
  );
}
