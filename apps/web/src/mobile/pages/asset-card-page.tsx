import { Button, Card, List, Tag } from 'antd-mobile';
import { useNavigate, useParams } from 'react-router';
import { useMe } from '../app/session';
import type { AssetCard, AssetEvent, AssetFile } from '../assets/types';
import '../assets/assets.css';
import { PinIcon } from '../components/icons';
import { Page } from '../components/page';
import { RecordPage } from '../components/record-page';
import { formatRelativeTime } from '../lib/format';
import { useApi } from '../lib/use-api';

const RECENT = 8;

/** 资产卡片 on the phone, after scanning its label: what it is, where, who keeps it, and what to do. */
export function AssetCardPage() {
  const { id = '' } = useParams();
  const valid = /^\d+$/.test(id);
  const card = useApi<AssetCard>(valid ? `/assets/${id}` : null);
  return (
    <RecordPage title="资产卡片" backTo="/m" valid={valid} state={card} homeButton missingTitle="资产不存在或无权查看"
      missingDescription="这件资产可能已处置，或不属于您所在的学校、不在您负责的范围内。">
      {(a) => <AssetCardView a={a} />}
    </RecordPage>
  );
}

function AssetCardView({ a }: { a: AssetCard }) {
  const navigate = useNavigate();
  const me = useMe();
  const history = useApi<{ items: AssetEvent[] }>(`/assets/${a.id}/history`);
  const files = useApi<{ items: AssetFile[] }>(`/files?ownerType=asset&ownerId=${a.id}&pageSize=20`);
  // The server says: 报修 permission in this school, and the card not pending disposal or disposed.
  const canReport = a.abilities.repair;
  const canReportDamage = me.permissions.includes('asset_damage:create') && a.status !== 'disposed';
  const photos = files.status === 'ok' ? files.data.items.filter((f) => f.mime.startsWith('image/')) : [];
  // The timeline reads oldest first; the phone shows the latest few.
  const events = history.status === 'ok' ? [...history.data.items].sort((x, y) => y.at.localeCompare(x.at) || y.id - x.id).slice(0, RECENT) : [];
  return (
    <Page title="资产卡片" backTo="/m">
      <div className="m-stack m-stack-tight">
        <Card className="m-card m-target-card">
          <div className="m-tags">
            <Tag color="primary" fill="outline">{a.categoryName}</Tag>
            <Tag color={a.status === 'in_use' ? 'success' : 'warning'}>{a.statusLabel}</Tag>
          </div>
          <h1 className="m-target-name">{a.name}</h1>
          <div className="m-muted">编号 {a.code}</div>
          {a.location && <div className="m-meta-line"><PinIcon />{a.location}</div>}
        </Card>
        {canReport || canReportDamage ? (
          <div className="m-actions">
            {canReport && <Button block size="large" color="primary" onClick={() => navigate(`/m/repair/new?assetId=${a.id}`)}>报修</Button>}
            {canReportDamage && <Button block size="large" color={canReport ? 'default' : 'primary'} onClick={() => navigate(`/m/asset-damages/new?assetId=${a.id}`)}>报损坏</Button>}
          </div>
        ) : null}
      </div>
      <List header="卡片信息" mode="card">
        <List.Item extra={a.custodianName ?? <span className="m-muted">未指定</span>}>使用人</List.Item>
        <List.Item extra={a.departmentName ?? <span className="m-muted">未指定</span>}>使用部门</List.Item>
        {(a.brand || a.specModel) && <List.Item extra={[a.brand, a.specModel].filter(Boolean).join(' ')}>品牌型号</List.Item>}
        <List.Item extra={`${a.quantity} ${a.unit ?? ''}`.trim()}>数量</List.Item>
        <List.Item extra={a.acquiredOn}>取得日期</List.Item>
        {a.warrantyUntil && <List.Item extra={a.warrantyUntil}>保修截止</List.Item>}
      </List>
      {photos.length > 0 && (
        <List header="照片" mode="card">
          <List.Item>
            <div className="m-photo-strip">
              {photos.map((p) => <a key={p.id} href={p.url} target="_blank" rel="noreferrer"><img src={p.thumbnailUrl ?? p.url} alt={p.originalName} /></a>)}
            </div>
          </List.Item>
        </List>
      )}
      <List header="最近履历" mode="card">
        {history.status === 'loading' && <List.Item><span className="m-muted">加载中…</span></List.Item>}
        {history.status === 'ok' && events.length === 0 && <List.Item><span className="m-muted">暂无记录</span></List.Item>}
        {events.map((e) => (
          <List.Item key={e.id} description={<>{e.note && <span className="m-clamp-2">{e.note}</span>}<span className="m-time">{e.actorName} · {formatRelativeTime(e.at, me.schoolTimezone)}</span></>}>
            {e.kindLabel}
          </List.Item>
        ))}
      </List>
    </Page>
  );
}
