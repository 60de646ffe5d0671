import { Button, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../lib/session';
import type { Asset } from '../assets/assets-api';
import { CreateMovementModal } from './CreateMovementModal';
import type { Candidate, MovementKind } from './movements-api';

const BLOCKED = new Set(['pending_disposal', 'disposed']);

/**
 * 调拨 / 借出 / 退库 buttons for the asset card drawer: each opens the new-document form with this
 * card already picked; the new document opens in 调拨借用. The server still checks every rule.
 */
export function AssetMovementActions({ asset }: { asset: Asset }) {
  const { can } = useSession();
  const navigate = useNavigate();
  const [kind, setKind] = useState<MovementKind | null>(null);
  if (!can('asset_movement', 'create') || BLOCKED.has(asset.status)) return null;
  const card: Candidate = {
    id: asset.id, code: asset.code, name: asset.name, specModel: asset.specModel, status: asset.status, statusLabel: asset.statusLabel,
    location: asset.location, custodianName: asset.custodianName, blockedReason: null,
  };
  const free = asset.status !== 'loaned';
  return (
    <Space size={4}>
      {free ? <Button onClick={() => setKind('transfer')}>调拨</Button> : null}
      {free && asset.status !== 'under_repair' ? <Button onClick={() => setKind('loan')}>借出</Button> : null}
      {free ? <Button onClick={() => setKind('store_return')}>退库</Button> : null}
      {kind ? <CreateMovementModal open kind={kind} cards={[card]} onClose={() => setKind(null)} onCreated={(d) => void navigate(`/assets/movements?open=${d.movement.id}`)} /> : null}
    </Space>
  );
}
