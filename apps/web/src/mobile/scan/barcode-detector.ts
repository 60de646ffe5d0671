// The Shape Detection API is not in TypeScript's DOM library yet; these are the parts we call.
// Chrome on Android and Safari on iOS 17+ ship it, so most phones decode QR codes natively;
// elsewhere (desktop Chromium on Linux, in-app browsers) jsQR decodes the frames instead.
import { createJsqrDetector } from './jsqr-detector';

interface DetectedBarcode {
  rawValue: string;
}

export interface BarcodeDetectorInstance {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}

interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
}

/** The browser's QR-capable BarcodeDetector, else the jsQR fallback; null only when neither can run (then the page offers typing). */
export async function createQrDetector(): Promise<BarcodeDetectorInstance | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  const formats = Detector ? await Detector.getSupportedFormats().catch((): string[] => []) : [];
  if (Detector && formats.includes('qr_code')) return new Detector({ formats: ['qr_code'] });
  return createJsqrDetector().catch(() => null);
}
