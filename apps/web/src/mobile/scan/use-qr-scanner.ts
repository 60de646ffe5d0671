import { useEffect, useRef, useState, type RefObject } from 'react';
import { createQrDetector } from './barcode-detector';

export type ScannerState = 'checking' | 'unsupported' | 'starting' | 'scanning' | 'denied' | 'failed' | 'done';

// About five frames a second: quick enough to feel instant, light enough for jsQR on a cheap phone.
const FRAME_INTERVAL_MS = 200;

/**
 * Reads QR codes from the rear camera into `video` until `onText` accepts one (returns true); an
 * `onText` that never returns true keeps scanning (the stocktake page counts label after label).
 * Without a camera or any decoder it ends in 'unsupported', and the page offers typing.
 */
export function useQrScanner(video: RefObject<HTMLVideoElement | null>, onText: (text: string) => boolean): ScannerState {
  const [state, setState] = useState<ScannerState>('checking');
  const onTextRef = useRef(onText);
  useEffect(() => {
    onTextRef.current = onText;
  });

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    const stop = () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };

    void (async () => {
      // mediaDevices is missing on plain-http pages (a school LAN without HTTPS): typing it is.
      const hasCamera = typeof (navigator.mediaDevices as MediaDevices | undefined)?.getUserMedia === 'function';
      const detector = hasCamera ? await createQrDetector() : null;
      if (stopped) return;
      if (!detector || !video.current) return setState('unsupported');
      setState('starting');
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
      } catch (err) {
        if (!stopped) setState(err instanceof DOMException && err.name === 'NotAllowedError' ? 'denied' : 'failed');
        return;
      }
      const el = video.current;
      if (stopped || !el) return stop();
      el.srcObject = stream;
      await el.play().catch(() => undefined);
      setState('scanning');
      const tick = async () => {
        if (stopped) return;
        const found = await detector.detect(el).catch(() => []);
        if (found.some((b) => onTextRef.current(b.rawValue))) {
          stop();
          setState('done');
          return;
        }
        timer = window.setTimeout(() => void tick(), FRAME_INTERVAL_MS);
      };
      void tick();
    })();

    return stop;
  }, [video]);

  return state;
}
