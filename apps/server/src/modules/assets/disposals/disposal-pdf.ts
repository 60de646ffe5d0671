import { localDate } from '../../../platform/calendar/time-zone.js';
import { findCjkFont } from '../../../platform/pdf/pdf-font.js';
import { CJK_FONT, createPdf, mm } from '../../../platform/pdf/pdf-document.js';
import { yuanText } from '../../../platform/money.js';
import { moneyText } from '../damages/compensation.js';
import type { DisposalDetail } from './disposals.schemas.js';

const COLS = [
  { title: '资产编号', w: 32 }, { title: '资产名称', w: 42 }, { title: '规格型号', w: 28 }, { title: '取得日期', w: 22 },
  { title: '原值（元）', w: 30 }, { title: '净值（元）', w: 30 },
] as const;
const MARGIN = 15;

/**
 * 资产报废（报损）申请表: the cards with original and net values, the legal condition, the technical
 * appraisal, and one signature box per step of the chain, filled with who approved when (or left
 * blank for a hand signature), so the paper file matches what was approved online.
 */
export async function renderDisposalPdf(schoolName: string, timezone: string, d: DisposalDetail): Promise<Buffer> {
  const r = d.disposal;
  // Signed on paper, read by people: dates are the school's calendar days, not UTC ones.
  const day = (iso: string) => localDate(new Date(iso), timezone);
  const pdf = await createPdf({ title: `资产${r.kindLabel}申请表`, font: findCjkFont() });
  const { doc } = pdf;
  doc.addPage({ size: 'A4', margins: { top: mm(MARGIN), bottom: mm(MARGIN), left: mm(MARGIN), right: mm(MARGIN) } });
  const width = mm(210 - 2 * MARGIN);
  const left = mm(MARGIN);
  doc.font(CJK_FONT).fontSize(16).text(`${schoolName} 资产${r.kindLabel}申请表`, { align: 'center' });
  doc.moveDown(0.5).fontSize(9).text(`申请编号：${r.id}    申请人：${r.createdByName ?? ''}    申请日期：${day(r.createdAt)}    状态：${r.statusLabel}`);
  doc.moveDown(0.5);

  const row = (cells: string[], bold: boolean) => {
    const y = doc.y;
    if (y > mm(297 - MARGIN - 10)) doc.addPage();
    const top = doc.y;
    let x = left;
    cells.forEach((text, i) => {
      const w = mm(COLS[i]?.w ?? 20);
      doc.rect(x, top, w, mm(6)).lineWidth(0.5).stroke();
      doc.fontSize(bold ? 9 : 8.5).text(text, x + 2, top + 4, { width: w - 4, height: mm(6) - 2, lineBreak: false, ellipsis: true });
      x += w;
    });
    doc.x = left;
    doc.y = top + mm(6);
  };
  row(COLS.map((c) => c.title), true);
  for (const i of d.items) row([i.code, i.name, i.specModel ?? '', i.acquiredOn, yuanText(i.originalValueFen), yuanText(i.netValueFen)], false);
  row(['合计', `${r.cardCount} 件`, '', '', yuanText(r.totalOriginalFen), yuanText(r.totalNetFen)], true);
  doc.moveDown(0.8);

  const para = (label: string, text: string) => {
    doc.fontSize(10).text(`${label}：`, left, doc.y, { continued: false });
    doc.fontSize(9).text(text || '（无）', left + mm(4), doc.y, { width: width - mm(4) });
    doc.moveDown(0.4);
  };
  para('报废报损情形（《行政事业性国有资产管理条例》第二十一条）', r.legalConditionLabel);
  para('申请理由', r.reason);
  para('技术鉴定意见', r.appraisal ?? '');
  para('拟处置方式', r.proposedMethodLabel);
  if (r.status === 'completed') para('处置结果', `${r.methodLabel ?? ''}，${r.disposedOn ?? ''}，处置收入 ${moneyText(r.proceedsFen ?? 0)}${r.proceedsNote ? `（${r.proceedsNote}）` : ''}`);

  doc.moveDown(0.4).fontSize(11).text('审批意见', left);
  doc.moveDown(0.3);
  for (const step of d.chain) {
    if (doc.y > mm(297 - MARGIN - 22)) doc.addPage();
    const top = doc.y;
    doc.rect(left, top, width, mm(18)).lineWidth(0.5).stroke();
    const log = [...d.log].reverse().find((l) => l.step === step.step && l.action !== 'submit');
    const extra = log?.meetingDate ? `会议日期 ${log.meetingDate}` : log?.docNo ? `批复文号 ${log.docNo}（${log.docDate ?? ''}）` : '';
    const verdict = step.state === 'done' ? '同意' : step.state === 'rejected' ? '不同意' : '';
    doc.fontSize(10).text(step.label, left + 3, top + 4, { width: mm(40) });
    doc.fontSize(9).text(`${verdict}${step.note ? `：${step.note}` : ''}${extra ? `    ${extra}` : ''}`, left + mm(42), top + 4, { width: width - mm(45) });
    doc.text(`签字：${step.actorName ?? '__________'}      日期：${step.at ? day(step.at) : '____年__月__日'}`, left + mm(42), top + mm(11), { width: width - mm(45) });
    doc.x = left;
    doc.y = top + mm(18);
  }
  return pdf.finish();
}
