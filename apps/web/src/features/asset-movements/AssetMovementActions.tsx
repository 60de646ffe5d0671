import { Button, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../lib/session';
import type { Asset } from '../assets/assets-api';
import { mayStartMovement } from '../assets/card-actions';
import { CreateMovementModal } from './CreateMovementModal';
import type { Candidate, MovementKind } from './movements-api';

/**
 * 调拨 / 借出 / 退库 buttons for the asset card drawer: each opens the new-document form with this
 * card already picked; the new document opens in 调拨借用. The server still checks every rule.
 */
export function AssetMovementActions({ asset }: { asset: Asset }) {
  const { can } = useSession();
  const navigate = useNavigate();
  const [kind, setKind] = useState<MovementKind | null>(null);
  if (!mayStartMovement(asset, can)) return null;
  const card: Candidate = {
    id: asset.id, code: asset.code, name: asset.name, specModel: asset.specModel, status: asset.status, statusLabel: asset.statusLabel,
    location: asset.location, custodianName: asset.custodianName, blockedReason: null,
  };
  return (
    <Space size={4}>
      <Button onClick={() => setKind('transfer')}>调拨</Button>
      {asset.status !== 'under_repair' ? <Button onClick={() => setKind('loan')}>借出</Button> : null}
      <Button onClick={() => setKind('store_return')}>退库</Button>
      {kind ? <CreateMovementModal open kind={kind} cards={[card]} onClose={() => setKind(null)} onCreated={(d) => void navigate(`/assets/movements?open=${d.movement.id}`)} /> : null}
    </Space>
  );
}
