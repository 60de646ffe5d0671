import { Button, Picker, ProgressBar, Selector } from 'antd-mobile';
import { useCallback, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { LoadFailed, Loading } from '../components/load-state';
import { Page } from '../components/page';
import { useApi } from '../lib/use-api';
import { useQrScanner, type ScannerState } from '../scan/use-qr-scanner';
import { ExtraSheet } from './extra-sheet';
import { ExtrasList } from './extras-list';
import { ScanLists } from './scan-lists';
import { ManualSearch } from './manual-search';
import type { ScanResult, StocktakeDetail } from './types';
import { useScanPoster } from './use-scan-poster';
import './stocktakes.css';

const CAMERA_TEXT: Record<ScannerState, string> = {
  checking: '正在打开相机…', starting: '正在打开相机…', scanning: '对准资产标签即可连续扫码', done: '',
  unsupported: '此浏览器不能网页扫码，请用下方“手工查找”登记；无标签的物品点“登记盘盈”。',
  denied: '没有相机权限，请在浏览器设置中允许，或用下方“手工查找”；无标签的物品点“登记盘盈”。',
  failed: '相机无法打开，请用下方“手工查找”登记；无标签的物品点“登记盘盈”。',
};
const CONDITIONS = [{ label: '完好', value: 'good' }, { label: '损坏', value: 'damaged' }, { label: '待修', value: 'needs_repair' }];

/** 盘点扫码: the counter says where they stand, then scans label after label; each answer shows at once. */
export function StocktakeScanPage() {
  const id = Number(useParams().id);
  const detail = useApi<StocktakeDetail>(`/asset-stocktakes/${id}`);
  if (detail.status === 'failed') return <Page title="盘点扫码" backTo="/m/stocktakes"><LoadFailed failure={detail.failure} onRetry={detail.reload} /></Page>;
  if (detail.status !== 'ok') return <Page title="盘点扫码" backTo="/m/stocktakes"><Loading /></Page>;
  return <Scanner id={id} detail={detail.data} />;
}

function Scanner({ id, detail }: { id: number; detail: StocktakeDetail }) {
  const st = detail.stocktake;
  const rooms = detail.rooms.filter((r): r is StocktakeDetail['rooms'][number] & { id: number } => r.id !== null);
  const [roomId, setRoomId] = useState<number | null>(null);
  const [roomName, setRoomName] = useState<string | null>(null);
  const [condition, setCondition] = useState('good');
  const [picking, setPicking] = useState(false);
  const [addingExtra, setAddingExtra] = useState(false);
  const [tick, setTick] = useState(0);
  const choiceRef = useRef({ roomId, condition });
  choiceRef.current = { roomId, condition };
  const choice = useCallback(() => choiceRef.current, []);
  const onResult = useCallback((r: ScanResult) => {
    // Scanning a room's own label says where the counter stands.
    if (r.outcome === 'room' && r.room) { setRoomId(r.room.id); setRoomName(r.room.name); }
    setTick((n) => n + 1);
  }, []);
  const poster = useScanPoster(id, choice, onResult);
  const video = useRef<HTMLVideoElement>(null);
  // Someone who may only look gets no camera: the scanner sees a ref that never holds a video.
  const noVideo = useRef<HTMLVideoElement>(null);
  const state = useQrScanner(st.abilities.scan ? video : noVideo, poster.onText);
  const scanned = poster.progress?.scanned ?? st.scannedCount;
  const cameraShown = st.abilities.scan && (state === 'starting' || state === 'scanning' || state === 'checking');

  return (
    <Page title={st.name} backTo="/m/stocktakes">
      <div className="m-card m-st-head">
        <div className="m-st-progress">已盘 <b>{scanned}</b> / {st.expectedCount} 件</div>
        <ProgressBar percent={st.expectedCount ? (scanned / st.expectedCount) * 100 : 0} />
        {!st.abilities.scan && <div className="m-field-error">{st.status === 'counting' ? '你不是这次盘点的盘点人，只能查看' : `盘点${st.statusLabel}，不能再扫码`}</div>}
      </div>
      <div className="m-card m-st-room">
        <span className="m-st-room-label">我在哪个房间</span>
        <Button size="small" color={roomId ? 'default' : 'primary'} onClick={() => setPicking(true)}>{roomName ?? '选择房间'}</Button>
        <Picker columns={[rooms.map((r) => ({ label: r.name, value: String(r.id) }))]} visible={picking} onClose={() => setPicking(false)}
          onConfirm={(v) => { const r = rooms.find((x) => String(x.id) === v[0]); if (r) { setRoomId(r.id); setRoomName(r.name); } }} />
      </div>
      {cameraShown ? (
        <div className="m-scan-view m-st-camera">
          <video ref={video} className="m-scan-video" muted playsInline />
          <div className="m-scan-frame" aria-hidden="true" />
        </div>
      ) : <video ref={video} hidden muted playsInline />}
      {st.abilities.scan && (
        <div className="m-scan-status" role="status">
          {state === 'scanning' && !roomId ? '先选择“我在哪个房间”（或扫房间门口的二维码），才能发现位置不符' : CAMERA_TEXT[state]}
        </div>
      )}
      {st.abilities.scan && (
        <div className="m-card m-st-condition">
          <span>状况</span>
          <Selector columns={3} options={CONDITIONS} value={[condition]} onChange={(v) => setCondition(v[0] ?? 'good')} />
        </div>
      )}
      <div className="m-st-log" aria-live="polite">
        {poster.log.map((l) => (
          <div key={l.key} className={`m-st-line m-st-${l.tone}`}><b>{l.label}</b> {l.text}</div>
        ))}
      </div>
      {st.abilities.scan && (
        <div className="m-st-actions">
          <Button color="primary" fill="outline" onClick={() => setAddingExtra(true)}>登记盘盈（无标签物品）</Button>
        </div>
      )}
      {st.abilities.scan && <ManualSearch stocktakeId={id} onPick={(assetId) => void poster.pick(assetId)} refresh={tick} />}
      <ScanLists stocktakeId={id} roomId={roomId} refresh={tick} />
      <ExtrasList stocktakeId={id} roomId={roomId} refresh={tick} />
      {st.abilities.scan && (
        <ExtraSheet stocktakeId={id} rooms={rooms} roomId={roomId} visible={addingExtra} onClose={() => setAddingExtra(false)} onSaved={() => setTick((n) => n + 1)} />
      )}
    </Page>
  );
}
