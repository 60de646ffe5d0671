import { ErrorBlock } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { get } from '../../lib/api';
import { LoadFailed, Loading } from '../components/load-state';
import { describeError, type Failure } from '../lib/describe-error';
import './repair-board-page.css';

interface BoardItem { code: string; reportedDate: string; location: string; categoryName: string; statusLabel: string; tone: string; completedDate: string | null; requesterName: string }
interface PublicBoard {
  schoolName: string; generatedAt: string; items: BoardItem[];
  months: { month: string; reported: number; completed: number; onTimeShare: number | null }[]; onTimeShare: number | null;
}

// A TV in the hall keeps the page open all day; the server caches for a minute, so polling faster gains nothing.
const REFRESH_MS = 120_000;
const percent = (s: number | null) => (s === null ? '—' : `${Math.round(s * 100)}%`);
const short = (date: string) => date.slice(5).replace('-', '/');

/** 报修公示: a school's recent repairs for anyone, without login; names arrive masked from the server. */
export function RepairBoardPage() {
  const { schoolCode = '' } = useParams();
  const [board, setBoard] = useState<PublicBoard | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setBoard(null);
    setFailure(null);
    const load = () => get<PublicBoard>(`/public/repair-board/${encodeURIComponent(schoolCode)}`).then(
      (data) => { if (current) { setBoard(data); setFailure(null); } },
      // A failed refresh keeps the last board on screen; only a first load shows the error.
      (err: unknown) => { if (current) setFailure(describeError(err)); },
    );
    void load();
    const timer = window.setInterval(() => void load(), REFRESH_MS);
    return () => { current = false; window.clearInterval(timer); };
  }, [schoolCode, attempt]);

  useEffect(() => { if (board) document.title = `报修公示 · ${board.schoolName}`; }, [board]);

  if (!board && failure?.kind === 'notFound') {
    return <ErrorBlock className="m-error-block" status="empty" title="暂无报修公示" description="该学校没有开放报修公示，或地址有误。请向学校后勤处索取公示页地址。" />;
  }
  if (!board && failure) return <LoadFailed failure={failure} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!board) return <Loading text="正在加载报修公示…" />;

  const thisMonth = board.months[board.months.length - 1];
  const peak = Math.max(1, ...board.months.map((m) => m.reported));
  return (
    <main className="rb">
      <header className="rb-head">
        <h1>{board.schoolName} · 报修公示</h1>
        <span className="rb-note">更新于 {new Date(board.generatedAt).toLocaleString('zh-CN', { hour12: false })} · 报修人姓名已隐去</span>
      </header>
      <section className="rb-stats" aria-label="统计">
        <div className="rb-stat"><b>{thisMonth?.reported ?? 0}</b><span>本月报修</span></div>
        <div className="rb-stat"><b>{thisMonth?.completed ?? 0}</b><span>本月完工</span></div>
        <div className="rb-stat"><b>{percent(board.onTimeShare)}</b><span>近半年按时率</span></div>
      </section>
      <section className="rb-months" aria-label="近 6 个月报修数">
        {board.months.map((m) => (
          <div key={m.month} className="rb-month" title={`${m.month}：报修 ${m.reported}，完工 ${m.completed}，按时 ${percent(m.onTimeShare)}`}>
            <span>{m.reported}</span>
            <div className="rb-bar" style={{ height: `${Math.round((m.reported / peak) * 60) + 2}px` }} />
            <span>{Number(m.month.slice(5))}月</span>
          </div>
        ))}
      </section>
      {board.items.length === 0 ? (
        <ErrorBlock status="empty" title="近期没有报修" description="有报修时会显示在这里。" />
      ) : (
        <section className="rb-list" aria-label="最近的报修">
          {board.items.map((i) => (
            <div key={i.code} className="rb-row" data-board-row>
              <span className="rb-place">{i.location}</span>
              <span className={`rb-status rb-${i.tone}`}>{i.statusLabel}</span>
              <span className="rb-metas">
                <span>{i.categoryName}</span>
                <span>报修 {short(i.reportedDate)} · {i.requesterName}</span>
                <span>{i.completedDate ? `完工 ${short(i.completedDate)}` : ''}</span>
                <span>{i.code}</span>
              </span>
            </div>
          ))}
        </section>
      )}
    </main>
  );
}
