import { platformError } from '../http/errors.js';

/** Photos and scanned documents: what people attach to repairs, hazards and certificates. */
const ALLOWED = new Map<string, string>([
  ['image/jpeg', 'jpg'], ['image/png', 'png'], ['image/webp', 'webp'], ['image/gif', 'gif'], ['application/pdf', 'pdf'],
]);

export const THUMBNAIL_MAX_PX = 320;
// A phone photo is ~12-50 Mpx; far beyond that is a decompression bomb, not a photo.
const MAX_INPUT_PIXELS = 100_000_000;

export interface InspectedUpload {
  mime: string;
  ext: string;
  width: number | null;
  height: number | null;
  /** JPEG, at most THUMBNAIL_MAX_PX on the long side; null for PDFs. */
  thumbnail: Buffer | null;
}

function unsupported() {
  return platformError('UNSUPPORTED_MEDIA_TYPE', '只能上传 JPG、PNG、WebP、GIF 图片或 PDF 文件');
}

/**
 * Decides the type from the bytes, never from the name or the browser's claim: a renamed .exe
 * or a text file called photo.jpg is refused. Images are decoded once to prove they are images,
 * measure them (after EXIF rotation) and make the thumbnail.
 */
export async function inspectUpload(data: Buffer): Promise<InspectedUpload> {
  // why: file-type and sharp load on the first upload, not at start-up.
  const [{ fileTypeFromBuffer }, { default: sharp }] = await Promise.all([import('file-type'), import('sharp')]);
  const sniffed = await fileTypeFromBuffer(data);
  const ext = sniffed ? ALLOWED.get(sniffed.mime) : undefined;
  if (!sniffed || !ext) throw unsupported();
  if (sniffed.mime === 'application/pdf') return { mime: sniffed.mime, ext, width: null, height: null, thumbnail: null };
  try {
    const image = sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, animated: false });
    const meta = await image.metadata();
    const oriented = meta.autoOrient ?? { width: meta.width, height: meta.height };
    const thumbnail = await image
      .rotate()
      .resize(THUMBNAIL_MAX_PX, THUMBNAIL_MAX_PX, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80 })
      .toBuffer();
    return { mime: sniffed.mime, ext, width: oriented.width ?? null, height: oriented.height ?? null, thumbnail };
  } catch {
    throw platformError('UNSUPPORTED_MEDIA_TYPE', '图片已损坏或无法识别，请重新拍摄或换一张图片');
  }
}
