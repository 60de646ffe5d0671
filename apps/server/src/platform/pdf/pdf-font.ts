import fs from 'node:fs';
import { errorFactory } from '../http/errors.js';

/** A font file pdfkit can embed; `face` picks one font out of a .ttc collection. */
export interface PdfFont { path: string; face?: string }

export const PDF_ERRORS = { PDF_FONT_MISSING: 503 } as const;
const pdfError = errorFactory(PDF_ERRORS);

/**
 * Where Debian/Ubuntu packages put Chinese fonts, best first. Noto renders Simplified Chinese
 * with the mainland glyph forms; WenQuanYi is the lighter fallback many servers already have.
 */
export const CJK_FONT_CANDIDATES: readonly PdfFont[] = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', face: 'WenQuanYiMicroHei' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', face: 'WenQuanYiZenHei' },
];

/** "path" or "path#PostScriptFace" (the face is needed for .ttc collections). */
function parseOverride(value: string): PdfFont {
  const hash = value.lastIndexOf('#');
  return hash > 0 ? { path: value.slice(0, hash), face: value.slice(hash + 1) } : { path: value };
}

function withDefaultFace(font: PdfFont): PdfFont {
  // why: an override pointing at the Noto collection without a face would otherwise fail inside pdfkit.
  if (!font.face && /NotoSansCJK-Regular\.ttc$/.test(font.path)) return { ...font, face: 'NotoSansCJKsc-Regular' };
  return font;
}

/**
 * The CJK font for every PDF: HOUQIN_PDF_FONT first, then the packaged fonts. Without one,
 * Chinese would print as empty boxes, so printing stops with a 503 that tells the
 * administrator what to install.
 */
export function findCjkFont(env: NodeJS.ProcessEnv = process.env, candidates: readonly PdfFont[] = CJK_FONT_CANDIDATES): PdfFont {
  const override = env.HOUQIN_PDF_FONT?.trim();
  if (override) {
    const font = withDefaultFace(parseOverride(override));
    if (!fs.existsSync(font.path)) {
      throw pdfError('PDF_FONT_MISSING', `环境变量 HOUQIN_PDF_FONT 指定的字体文件不存在：${font.path}`);
    }
    return font;
  }
  const found = candidates.find((c) => fs.existsSync(c.path));
  if (!found) {
    throw pdfError(
      'PDF_FONT_MISSING',
      '服务器缺少中文字体，无法生成 PDF：请管理员安装 Debian 软件包 fonts-noto-cjk（apt-get install fonts-noto-cjk），或用环境变量 HOUQIN_PDF_FONT 指定字体文件',
    );
  }
  return found;
}
