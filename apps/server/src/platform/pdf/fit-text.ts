/** A piece of text that must fit a box: it shrinks towards minSize, wraps, then ends in "…". */
export interface TextBlock {
  text: string;
  size: number;
  minSize: number;
  maxLines: number;
  color?: string;
}

export interface FittedBlock { lines: string[]; size: number; color: string }

/** Line pitch as a multiple of the font size; CJK glyphs fill almost the whole em box. */
export const LINE_HEIGHT = 1.25;
const ELLIPSIS = '…';

type Measure = (text: string, size: number) => number;

/** Breaks between any two characters: Chinese has no spaces, and names are short. */
function wrap(text: string, width: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && measure(line + ch, size) > width) {
      lines.push(line.trimEnd());
      line = ch === ' ' ? '' : ch;
    } else {
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function ellipsize(line: string, width: number, size: number, measure: Measure): string {
  let chars = [...line];
  while (chars.length > 0 && measure(chars.join('') + ELLIPSIS, size) > width) chars = chars.slice(0, -1);
  return chars.join('') + ELLIPSIS;
}

export function fitBlock(block: TextBlock, width: number, measure: Measure): FittedBlock {
  const color = block.color ?? '#000000';
  // Fewer lines first: a name on one line at 75% size reads better than the same name broken in two.
  const floor = Math.max(block.minSize, block.size * 0.75);
  for (let lineCount = 1; lineCount <= block.maxLines; lineCount++) {
    const lowest = lineCount === block.maxLines ? block.minSize : floor;
    for (let size = block.size; size >= lowest; size -= 0.5) {
      const lines = wrap(block.text, width, size, measure);
      if (lines.length <= lineCount) return { lines, size, color };
    }
  }
  const size = block.minSize;
  const lines = wrap(block.text, width, size, measure).slice(0, block.maxLines);
  const last = lines.length - 1;
  if (last >= 0) lines[last] = ellipsize(lines[last] ?? '', width, size, measure);
  return { lines, size, color };
}

export function blockHeight(block: FittedBlock): number {
  return block.lines.length * block.size * LINE_HEIGHT;
}

/**
 * Fits a stack of blocks into width × height: each block shrinks and wraps on its own, and if
 * the stack is still too tall every size is scaled down together so the hierarchy is kept.
 */
export function fitStack(blocks: TextBlock[], width: number, height: number, gap: number, measure: Measure): FittedBlock[] {
  let scale = 1;
  for (let attempt = 0; attempt < 12; attempt++) {
    const fitted = blocks.map((b) => fitBlock({ ...b, size: b.size * scale, minSize: b.minSize * scale }, width, measure));
    const total = fitted.reduce((sum, b) => sum + blockHeight(b), 0) + gap * scale * Math.max(0, fitted.length - 1);
    if (total <= height) return fitted;
    scale *= 0.9;
  }
  // Still too tall at a third of the size: keep one line per block rather than spill out.
  return blocks.map((b) => fitBlock({ ...b, size: b.minSize * scale, minSize: b.minSize * scale, maxLines: 1 }, width, measure));
}
