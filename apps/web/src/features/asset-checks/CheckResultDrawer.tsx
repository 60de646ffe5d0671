import { formatTime } from '../../lib/format-time';
import { Descriptions, Drawer, Image, Table, Tag } from 'antd';
import { useCheckSheet } from './asset-checks-api';

const conditionColor = (c: string | null) => (c === 'good' ? 'green' : c === 'missing' ? 'red' : c ? 'orange' : 'default');

/** One room's latest result: every card as found, items not on the list, the signature and the history. */
export function CheckResultDrawer({ checkId, onClose }: { checkId: number | null; onClose: () => void }) {
  const sheet = useCheckSheet(checkId);
  const s = sheet.data;
  return (
    <Drawer open={checkId !== null} onClose={onClose} width={720} title={s ? `${s.check.roomName} · 清点结果` : '清点结果'} destroyOnHidden>
      {s && (
        <>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="位置">{s.check.location}</Descriptions.Item>
            <Descriptions.Item label="负责人">{s.check.responsibleNames.join('、') || '未指定'}</Descriptions.Item>
            <Descriptions.Item label="状态">{s.check.statusLabel}</Descriptions.Item>
            <Descriptions.Item label="提交">{s.check.submittedAt ? `${s.check.submittedByName} ${formatTime(s.check.submittedAt)}` : '—'}</Descriptions.Item>
            <Descriptions.Item label="备注" span={2}>{s.note ?? '—'}</Descriptions.Item>
          </Descriptions>
          <Table size="small" rowKey="assetId" style={{ marginTop: 16 }} pagination={false} dataSource={s.items}
            columns={[
              { title: '编号', dataIndex: 'code', width: 150 },
              { title: '名称', dataIndex: 'name' },
              { title: '清点结果', dataIndex: 'conditionLabel', width: 100, render: (v: string | null, r) => (v ? <Tag color={conditionColor(r.condition)}>{v}</Tag> : <Tag>未清点</Tag>) },
              { title: '说明', dataIndex: 'note', render: (v: string | null) => v ?? '' },
            ]} />
          {s.extras.length > 0 && (
            <Descriptions size="small" title="账外物品" column={1} style={{ marginTop: 16 }}>
              {s.extras.map((e, i) => <Descriptions.Item key={i} label={e.name}>{e.note ?? ''}</Descriptions.Item>)}
            </Descriptions>
          )}
          {s.signatureFileId && (
            <div style={{ marginTop: 16 }}>
              <div style={{ marginBottom: 8 }}>签名</div>
              <Image src={`/api/v1/files/${s.signatureFileId}/content`} width={240} alt="签名" />
            </div>
          )}
          {s.submissions.length > 1 && (
            <Table size="small" rowKey="id" style={{ marginTop: 16 }} pagination={false} title={() => '提交记录（更正会保留每一次提交）'}
              dataSource={s.submissions}
              columns={[
                { title: '时间', dataIndex: 'submittedAt', render: (v: string) => formatTime(v) },
                { title: '提交人', dataIndex: 'submittedByName' },
                { title: '在位', dataIndex: 'presentCount' },
                { title: '不在位', dataIndex: 'missingCount' },
                { title: '损坏/待修', dataIndex: 'damagedCount' },
              ]} />
          )}
        </>
      )}
    </Drawer>
  );
}
