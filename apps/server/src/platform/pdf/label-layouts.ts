/**
 * Label stock the schools buy: A4 sticker sheets (die-cut or cut by hand) and rolls for
 * thermal label printers, which print one label per page sized to the label.
 */
export const LABEL_LAYOUT_KEYS = ['a4-3x8', 'a4-2x5', 'single-50x30', 'single-40x30'] as const;
export type LabelLayoutKey = (typeof LABEL_LAYOUT_KEYS)[number];

export interface LabelLayout {
  key: LabelLayoutKey;
  label: string;
  pageWidthMm: number;
  pageHeightMm: number;
  columns: number;
  rows: number;
  labelWidthMm: number;
  labelHeightMm: number;
  /** Offset of the first label from the page's top-left corner. */
  marginLeftMm: number;
  marginTopMm: number;
  /** Inner padding: keeps ink off the die-cut edge and leaves the QR quiet zone. */
  paddingMm: number;
  /** Light cut guides help when a plain sticker sheet is cut by hand; a roll needs none. */
  cutGuides: boolean;
}

export const LABEL_LAYOUTS: Record<LabelLayoutKey, LabelLayout> = {
  'a4-3x8': {
    key: 'a4-3x8', label: 'A4 不干胶，每页 24 张（3×8，70×37 mm）', pageWidthMm: 210, pageHeightMm: 297,
    columns: 3, rows: 8, labelWidthMm: 70, labelHeightMm: 37, marginLeftMm: 0, marginTopMm: 0.5, paddingMm: 3, cutGuides: true,
  },
  'a4-2x5': {
    key: 'a4-2x5', label: 'A4 不干胶，每页 10 张（2×5，105×57 mm）', pageWidthMm: 210, pageHeightMm: 297,
    columns: 2, rows: 5, labelWidthMm: 105, labelHeightMm: 57, marginLeftMm: 0, marginTopMm: 6, paddingMm: 4, cutGuides: true,
  },
  'single-50x30': {
    key: 'single-50x30', label: '标签打印机 50×30 mm', pageWidthMm: 50, pageHeightMm: 30,
    columns: 1, rows: 1, labelWidthMm: 50, labelHeightMm: 30, marginLeftMm: 0, marginTopMm: 0, paddingMm: 1.5, cutGuides: false,
  },
  'single-40x30': {
    key: 'single-40x30', label: '标签打印机 40×30 mm', pageWidthMm: 40, pageHeightMm: 30,
    columns: 1, rows: 1, labelWidthMm: 40, labelHeightMm: 30, marginLeftMm: 0, marginTopMm: 0, paddingMm: 1.5, cutGuides: false,
  },
};

export function labelsPerPage(layout: LabelLayout): number {
  return layout.columns * layout.rows;
}

export interface LabelSlot { page: number; xMm: number; yMm: number }

/**
 * Where each of `count` labels goes. `startPosition` (1-based, row by row) skips the slots
 * already peeled off a part-used sheet; it applies to the first page only.
 */
export function labelSlots(layout: LabelLayout, count: number, startPosition = 1): LabelSlot[] {
  const perPage = labelsPerPage(layout);
  const slots: LabelSlot[] = [];
  for (let i = 0; i < count; i++) {
    const n = i + startPosition - 1;
    const inPage = n % perPage;
    slots.push({
      page: Math.floor(n / perPage),
      xMm: layout.marginLeftMm + (inPage % layout.columns) * layout.labelWidthMm,
      yMm: layout.marginTopMm + Math.floor(inPage / layout.columns) * layout.labelHeightMm,
    });
  }
  return slots;
}

export function pageCountFor(layout: LabelLayout, count: number, startPosition = 1): number {
  return count === 0 ? 0 : Math.ceil((count + startPosition - 1) / labelsPerPage(layout));
}
