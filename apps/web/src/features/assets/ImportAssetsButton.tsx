import { useQueryClient } from '@tanstack/react-query';
import { Divider, Typography } from 'antd';
import { ImportWizard } from '../../components/ImportWizard';
import { ASSETS_KEY } from './assets-api';
import { type CreatedCard, ImportColumnMapping, type LedgerImportReport } from './ImportColumnMapping';
import { ImportLedgerSummary } from './ImportLedgerSummary';

/**
 * 从 Excel 导入现有台账: upload → check the columns (auto-matched from the Chinese headers, changeable)
 * and every row → import, skipping rows with problems if the storekeeper chooses; cards whose number
 * already exists are never overwritten, so importing the same file again changes nothing.
 */
export function ImportAssetsButton() {
  const client = useQueryClient();
  return (
    <ImportWizard<CreatedCard, LedgerImportReport>
      basePath="/assets"
      what="资产卡片"
      width={960}
      allowSkip
      commitLabel={(report, skip) => `确认导入：新建 ${report.summary.new} 张卡片${skip && report.summary.error ? `，跳过 ${report.summary.error} 行` : ''}`}
      onImported={() => void client.invalidateQueries({ queryKey: ASSETS_KEY })}
      renderCheck={({ report, busy, recheck }) => (
        <>
          <ImportColumnMapping report={report} busy={busy} onRecheck={(mapping) => recheck({ mapping: JSON.stringify(mapping) })} />
          <Divider style={{ margin: '8px 0' }} />
          <ImportLedgerSummary report={report} />
        </>
      )}
      renderDone={(report) => (
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {report.created.length > 0
            ? `编号 ${report.created[0]!.code} 至 ${report.created[report.created.length - 1]!.code}；已有编号的卡片保持不变。`
            : '没有新建卡片：文件中的卡片都已在系统中。'}
        </Typography.Paragraph>
      )}
    />
  );
}
