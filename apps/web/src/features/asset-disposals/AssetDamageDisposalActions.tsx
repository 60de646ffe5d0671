import { Button, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../lib/session';
import { RecordDamageModal } from '../asset-damages/RecordDamageModal';
import type { Asset } from '../assets/assets-api';
import { damageDisposalActions } from '../assets/card-actions';
import { CreateDisposalModal } from './CreateDisposalModal';

/**
 * 报损坏 / 申请报废 for the card drawer: self-contained buttons and their forms, shown by permission
 * and only for cards still on the books (a pending or disposed card cannot start another request).
 */
export function AssetDamageDisposalActions({ asset }: { asset: Asset }) {
  const session = useSession();
  const navigate = useNavigate();
  const [damage, setDamage] = useState(false);
  const [disposal, setDisposal] = useState(false);
  const { damage: mayDamage, disposal: mayDispose } = damageDisposalActions(asset, session);
  if (!mayDispose && !mayDamage) return null;
  return (
    <Space>
      {mayDamage ? <Button onClick={() => setDamage(true)}>报损坏</Button> : null}
      {mayDispose ? <Button danger onClick={() => setDisposal(true)}>申请报废</Button> : null}
      {damage ? <RecordDamageModal open asset={asset} onClose={() => setDamage(false)} onCreated={(d) => navigate(`/assets/damages?id=${d.damage.id}`)} /> : null}
      {disposal ? <CreateDisposalModal open assets={[asset]} onClose={() => setDisposal(false)} onCreated={(d) => navigate(`/assets/disposals?id=${d.disposal.id}`)} /> : null}
    </Space>
  );
}
