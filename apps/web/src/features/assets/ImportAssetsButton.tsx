import { useQueryClient } from '@tanstack/react-query';
import { Typography } from 'antd';
import { ImportWizard } from '../../components/ImportWizard';
import { ASSETS_KEY } from './assets-api';

interface CreatedCard { row: number; id: number; code: string; name: string }

/** 从 Excel 导入现有台账: template → check every row → import; cards whose number already exists are never overwritten. */
export function ImportAssetsButton() {
  const client = useQueryClient();
  return (
    <ImportWizard<CreatedCard>
      basePath="/assets"
      what="资产卡片"
      onImported={() => void client.invalidateQueries({ queryKey: ASSETS_KEY })}
      renderDone={(report) => report.created.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          编号 {report.created[0]!.code} 至 {report.created[report.created.length - 1]!.code}；已有编号的卡片保持不变。
        </Typography.Paragraph>
      ) : null}
    />
  );
}
