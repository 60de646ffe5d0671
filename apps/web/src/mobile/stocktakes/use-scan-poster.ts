import { useCallback, useRef, useState } from 'react';
import { post } from '../../lib/api';
import { describeError } from '../lib/describe-error';
import type { LogLine, ScanResult } from './types';

/** The same label read again within this time is the camera seeing it twice, not a second scan. */
const SAME_CODE_MS = 4000;
const TONE: Record<ScanResult['outcome'], LogLine['tone']> = { counted: 'success', duplicate: 'primary', wrong_room: 'warning', out_of_scope: 'warning', room: 'primary' };

export interface ScanChoice { roomId: number | null; condition: string }

/**
 * Posts each decoded or picked card to the stocktake and keeps the outcome lines. A label the
 * camera keeps seeing is posted once every few seconds; the phone vibrates on each answer.
 */
export function useScanPoster(stocktakeId: number, choice: () => ScanChoice, onResult: (r: ScanResult) => void) {
  const [log, setLog] = useState<LogLine[]>([]);
  const [progress, setProgress] = useState<{ scanned: number; expected: number } | null>(null);
  const recent = useRef(new Map<string, number>());
  const seq = useRef(0);
  const add = (line: Omit<LogLine, 'key'>) => setLog((l) => [{ ...line, key: ++seq.current }, ...l].slice(0, 50));

  const send = useCallback(async (body: { code?: string; assetId?: number }) => {
    const { roomId, condition } = choice();
    try {
      const r = await post<ScanResult>(`/asset-stocktakes/${stocktakeId}/scans`, { ...body, ...(roomId ? { roomId } : {}), condition });
      navigator.vibrate?.(r.outcome === 'counted' ? 80 : [60, 60, 60]);
      // 已盘 needs only the card; the other outcomes explain themselves in the server's sentence.
      add({ tone: TONE[r.outcome], label: r.outcomeLabel, text: r.outcome === 'counted' && r.asset ? `${r.asset.name}（${r.asset.code}）` : r.message });
      setProgress({ scanned: r.scannedCount, expected: r.expectedCount });
      onResult(r);
    } catch (err) {
      navigator.vibrate?.([200, 80, 200]);
      add({ tone: 'danger', label: '未计入', text: describeError(err).message });
    }
  }, [stocktakeId, choice, onResult]);

  /** For the camera: never "accepts" a code, so scanning goes on. */
  const onText = useCallback((text: string) => {
    const now = Date.now();
    const last = recent.current.get(text);
    if (last !== undefined && now - last < SAME_CODE_MS) return false;
    recent.current.set(text, now);
    void send({ code: text });
    return false;
  }, [send]);

  return { log, progress, onText, pick: (assetId: number) => send({ assetId }) };
}
