import type { BarcodeDetectorInstance } from './barcode-detector';

/** Frames are scaled down to this width before decoding: enough for a label held at arm's length, and quick. */
const DECODE_WIDTH = 640;

/**
 * A QR decoder in JavaScript (jsQR) for browsers without BarcodeDetector: desktop Chromium on
 * Linux, Firefox and many in-app browsers. Each call draws the current video frame to a canvas
 * and decodes it. jsQR is loaded only when this fallback is needed.
 */
export async function createJsqrDetector(): Promise<BarcodeDetectorInstance | null> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  const { default: jsQR } = await import('jsqr');
  return {
    async detect(video: HTMLVideoElement) {
      const w = video.videoWidth;
      const h = video.videoHeight;
      if (!w || !h) return [];
      const scale = Math.min(1, DECODE_WIDTH / w);
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
      const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
      return found?.data ? [{ rawValue: found.data }] : [];
    },
  };
}
