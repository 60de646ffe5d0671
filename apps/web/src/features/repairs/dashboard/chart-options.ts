import type { EChartsCoreOption } from 'echarts/core';
import type { RepairDashboard, RepairSummary } from './dashboard-api';

const hours = (m: number | null) => (m === null ? null : Math.round((m / 60) * 10) / 10);
const monthLabel = (key: string) => `${Number(key.slice(5, 7))}月`;
const baseGrid = { left: 48, right: 24, top: 40, bottom: 32, containLabel: true };

// One colour per category across every chart (echarts' own palette order), so 水 is blue everywhere.
const PALETTE = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc', '#2f4554'];
const colorOf = (d: RepairDashboard, categoryId: number | string | null) => {
  const i = d.categories.findIndex((c) => c.id === categoryId);
  return PALETTE[(i < 0 ? d.categories.length : i) % PALETTE.length];
};

/** Per month and category: requests (or cost in 元) stacked, one series per category that occurs. */
function stackedByCategory(d: RepairDashboard, value: (c: { requests: number; costFen: number }) => number, unit: string): EChartsCoreOption {
  const series = d.categories
    .map((cat) => ({
      name: cat.name, type: 'bar', stack: 'total', emphasis: { focus: 'series' }, itemStyle: { color: colorOf(d, cat.id) },
      data: d.months.map((m) => { const c = m.byCategory.find((x) => x.categoryId === cat.id); return c ? value(c) : 0; }),
    }))
    .filter((s) => s.data.some((v) => v > 0));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => `${String(v)}${unit}` },
    legend: { top: 0, type: 'scroll' }, grid: baseGrid,
    xAxis: { type: 'category', data: d.months.map((m) => monthLabel(m.key)) }, yAxis: { type: 'value', minInterval: 1 }, series,
  };
}

export const requestsByMonthOption = (d: RepairDashboard) => stackedByCategory(d, (c) => c.requests, ' 单');
export const costByMonthOption = (d: RepairDashboard) => stackedByCategory(d, (c) => Math.round(c.costFen / 100), ' 元');

export function resolutionOption(d: RepairDashboard): EChartsCoreOption {
  const rows = d.resolutionByCategory;
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${String(v)} 小时` }, legend: { top: 0 }, grid: baseGrid,
    xAxis: { type: 'category', data: rows.map((r) => r.label) }, yAxis: { type: 'value', name: '小时' },
    series: [
      { name: '中位数', type: 'bar', data: rows.map((r) => hours(r.medianMinutes)) },
      { name: '90 分位', type: 'bar', data: rows.map((r) => hours(r.p90Minutes)) },
    ],
  };
}

export function slaTrendOption(d: RepairDashboard): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: baseGrid,
    xAxis: { type: 'category', data: d.months.map((m) => monthLabel(m.key)) },
    yAxis: [{ type: 'value', name: '完工数', minInterval: 1 }, { type: 'value', name: '按时率', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: '完工数', type: 'bar', data: d.months.map((m) => m.completed), itemStyle: { color: '#bfd4f2' } },
      {
        name: '按时完工率', type: 'line', yAxisIndex: 1, connectNulls: true, smooth: true,
        data: d.months.map((m) => (m.onTimeShare === null ? null : Math.round(m.onTimeShare * 1000) / 10)),
        tooltip: { valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${String(v)}%`) },
      },
    ],
  };
}

export function technicianOption(s: RepairSummary): EChartsCoreOption {
  const rows = s.byTechnician;
  return {
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: baseGrid,
    xAxis: { type: 'category', data: rows.map((r) => r.label) },
    yAxis: [{ type: 'value', name: '工单', minInterval: 1 }, { type: 'value', name: '评分', min: 0, max: 5 }],
    series: [
      { name: '工单数', type: 'bar', data: rows.map((r) => r.count) },
      { name: '已完工', type: 'bar', data: rows.map((r) => r.completed) },
      { name: '平均评分', type: 'line', yAxisIndex: 1, connectNulls: true, data: rows.map((r) => r.averageStars) },
    ],
  };
}

export function costByCategoryOption(s: RepairSummary, d: RepairDashboard): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', valueFormatter: (v: unknown) => `¥${String(v)}` }, legend: { bottom: 0, type: 'scroll' },
    series: [{
      type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], label: { formatter: '{b}\n¥{c}' },
      data: s.costByCategory.filter((c) => c.costFen > 0).map((c) => ({ name: c.label, value: Math.round(c.costFen) / 100, itemStyle: { color: colorOf(d, c.key) } })),
    }],
  };
}

/** Faults per building, most first: where the money and the attention should go. */
export function buildingOption(s: RepairSummary): EChartsCoreOption {
  const rows = [...s.byBuilding].sort((a, b) => a.count - b.count);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, grid: { ...baseGrid, top: 16 },
    xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', data: rows.map((r) => r.label) },
    series: [{ name: '报修数', type: 'bar', data: rows.map((r) => r.count), itemStyle: { color: '#fa8c16' }, label: { show: true, position: 'right' } }],
  };
}
