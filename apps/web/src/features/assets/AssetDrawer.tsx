import { Alert, Button, Card, Drawer, QRCode, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { AuditTab } from '../../components/AuditTab';
import { FilesTab } from '../../components/FilesTab';
import { t } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { type Asset, useAsset } from './assets-api';
import { AssetHistory } from './AssetHistory';
import { AssetMovementActions } from '../asset-movements/AssetMovementActions';
import { AssetDamageDisposalActions } from '../asset-disposals/AssetDamageDisposalActions';
import { ASSET_STATUS } from './asset-options';
import { mayStartDamageOrDisposal, mayStartMovement } from './card-actions';
import { CardDescriptions } from './CardDescriptions';

function QrSection({ code, repairable }: { code: string | null; repairable: boolean }) {
  const scan = repairable ? '扫码看名称和位置；本校用户登录后可查看卡片、报修。' : '扫码看名称和位置；待报废或已处置的资产不能再报修。';
  if (!code) {
    return <Typography.Text type="secondary">未贴二维码。在“二维码”页面把一张空白标签绑定到这张卡片后，扫码即可查看{repairable ? '和报修' : ''}。</Typography.Text>;
  }
  return (
    <Space align="start">
      <QRCode value={`${window.location.origin}/q/${code}`} size={112} bordered={false} />
      <Space direction="vertical" size={0}>
        <Typography.Text>标签编号 <Typography.Text code>{code}</Typography.Text></Typography.Text>
        <Typography.Text type="secondary">{scan}</Typography.Text>
      </Space>
    </Space>
  );
}

/** 资产卡片: every field, its 履历, attachments and change history; 编辑 and 变更保管 from the card's abilities. */
export function AssetDrawer({ id, onClose, onEdit, onCustody }: {
  id: number | null; onClose: () => void; onEdit: (a: Asset) => void; onCustody: (a: Asset) => void;
}) {
  const session = useSession();
  const { can } = session;
  const query = useAsset(id);
  const a = query.data;
  const mayMove = a ? mayStartMovement(a, can) : false;
  const mayReport = a ? mayStartDamageOrDisposal(a, session) : false;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      width={Math.min(820, window.innerWidth)}
      destroyOnHidden
      title={a ? <Space wrap>{a.code}<span>{a.name}</span><Tag color={ASSET_STATUS[a.status]?.color}>{a.statusLabel}</Tag></Space> : '资产卡片'}
      extra={a ? (
        <Space>
          {a.abilities.changeCustody ? <Button onClick={() => onCustody(a)}>变更保管</Button> : null}
          {a.abilities.update ? <Button type="primary" onClick={() => onEdit(a)}>{t('编辑')}</Button> : null}
        </Space>
      ) : null}
    >
      {query.isError ? <Alert type="error" showIcon message="资产卡片加载失败" description={query.error.message} /> : null}
      {!a ? (query.isError ? null : <Skeleton active />) : (
        <>
        {/* Workflows that start from this card; a reader who may start none sees no empty row. */}
        {mayMove || mayReport ? (
          <Space wrap size={8} style={{ marginBottom: 8 }} data-testid="asset-card-actions">
            {mayMove ? <AssetMovementActions asset={a} /> : null}
            {mayReport ? <AssetDamageDisposalActions asset={a} /> : null}
          </Space>
        ) : null}
        <Tabs items={[
          {
            key: 'card', label: '卡片', children: (
              <>
                <CardDescriptions a={a} />
                <Card size="small" title="二维码标签">
                  <QrSection code={a.qrCode} repairable={a.abilities.repair} />
                </Card>
              </>
            ),
          },
          { key: 'history', label: '履历', children: <AssetHistory id={a.id} /> },
          ...(can('file', 'read') ? [{ key: 'files', label: t('附件'), children: <FilesTab ownerType="asset" ownerId={a.id} /> }] : []),
          ...(can('audit', 'read') ? [{ key: 'audit', label: t('变更记录'), children: <AuditTab entity="asset" id={a.id} /> }] : []),
        ]} />
        </>
      )}
    </Drawer>
  );
}
