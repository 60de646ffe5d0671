import { Card, Empty } from 'antd';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ReactNode } from 'react';

// Only the chart types this page draws: the dashboard's lazy chunk stays a fraction of full echarts.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface ChartCardProps {
  title: string;
  option: EChartsCoreOption;
  /** Nothing to draw: say why instead of an empty grid. */
  empty?: string | null;
  extra?: ReactNode;
  height?: number;
}

// Whoever asks the system for less motion gets the charts drawn at once (and screenshots see the final picture).
const still = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** One dashboard chart in a card; notMerge so a period change never leaves series of the last one behind. */
export function ChartCard({ title, option, empty, extra, height = 300 }: ChartCardProps) {
  return (
    <Card size="small" title={title} extra={extra} data-chart={title}>
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} style={{ height: height - 40, display: 'flex', flexDirection: 'column', justifyContent: 'center' }} />
      ) : (
        <ReactEChartsCore echarts={echarts} option={still ? { ...option, animation: false } : option} notMerge style={{ height }} />
      )}
    </Card>
  );
}
