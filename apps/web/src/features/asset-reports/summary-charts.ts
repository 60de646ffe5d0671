import type { EChartsCoreOption } from 'echarts/core';
import type { AssetSummary, Breakdown } from './asset-reports-api';

const yuan = (fen: number) => Math.round(fen / 100);
const yuanTip = (v: unknown) => `¥${Number(v).toLocaleString('zh-CN')}`;

// 门类 1 (土地、房屋及构筑物): a school's buildings outweigh everything else a hundredfold and would flatten the other bars.
const isBuildings = (code: string) => code.startsWith('1');

/** 大类 other than land and buildings, largest original value first. */
export const equipmentClasses = (s: AssetSummary) =>
  s.categories.filter((c) => !isBuildings(c.code)).flatMap((c) => c.children).filter((c) => c.cards > 0).sort((a, b) => b.originalFen - a.originalFen);

/** Net and depreciated value per 大类 (not buildings): what the money is in and how much of it is used up. */
export function netByCategoryOption(s: AssetSummary): EChartsCoreOption {
  const rows = equipmentClasses(s).slice(0, 12).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: yuanTip },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', splitNumber: 4, axisLabel: { hideOverlap: true, formatter: (v: number) => (v >= 10_000 ? `${v / 10_000}万` : String(v)) } },
    yAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [
      { name: '净值（元）', type: 'bar', stack: 'v', data: rows.map((r) => yuan(r.netFen)), itemStyle: { color: '#5470c6' } },
      { name: '累计折旧（元）', type: 'bar', stack: 'v', data: rows.map((r) => yuan(r.accumulatedFen)), itemStyle: { color: '#c8d3ef' } },
    ],
  };
}

/** Share of net value per group (门类, 使用状况, 资金来源 …) as a ring. */
export function netPieOption(rows: { label: string; netFen: number }[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', valueFormatter: yuanTip },
    legend: { bottom: 0, type: 'scroll' },
    series: [{
      type: 'pie', radius: ['40%', '68%'], center: ['50%', '44%'], label: { formatter: '{b}\n{d}%' }, minShowLabelAngle: 6,
      data: rows.filter((r) => r.netFen > 0).map((r) => ({ name: r.label, value: yuan(r.netFen) })),
    }],
  };
}

export const categoryPieRows = (s: AssetSummary) => s.categories.map((c) => ({ label: c.name, netFen: c.netFen }));
export const breakdownPieRows = (rows: Breakdown[]) => rows.map((r) => ({ label: r.label, netFen: r.netFen }));
