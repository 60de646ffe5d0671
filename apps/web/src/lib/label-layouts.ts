/** The label stock the server can print on (platform/pdf/label-layouts.ts on the server). */
export const LABEL_LAYOUT_OPTIONS = [
  { value: 'a4-3x8', label: 'A4 不干胶，每页 24 张（3×8，70×37 mm）', perPage: 24 },
  { value: 'a4-2x5', label: 'A4 不干胶，每页 10 张（2×5，105×57 mm）', perPage: 10 },
  { value: 'single-50x30', label: '标签打印机 50×30 mm', perPage: 1 },
  { value: 'single-40x30', label: '标签打印机 40×30 mm', perPage: 1 },
] as const;
export type LabelLayout = (typeof LABEL_LAYOUT_OPTIONS)[number]['value'];
