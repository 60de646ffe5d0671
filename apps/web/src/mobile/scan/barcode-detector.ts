// The Shape Detection API is not in TypeScript's DOM library yet; these are the parts we call.
// Chrome on Android and Safari on iOS 17+ ship it, so most phones decode QR codes natively.

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

/** A QR-capable BarcodeDetector, or null when the browser has none (then the page offers typing). */
export async function createQrDetector(): Promise<BarcodeDetectorInstance | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  const formats = await Detector.getSupportedFormats().catch((): string[] => []);
  return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null;
}
