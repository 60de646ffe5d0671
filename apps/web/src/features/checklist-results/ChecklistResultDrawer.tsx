import { Alert, Descriptions, Drawer, Empty, Skeleton, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { type ChecklistResultItem, useChecklistResult } from './checklist-results-api';

const OUTCOME_COLORS: Record<string, string> = { pass: 'green', fail: 'red', out_of_limit: 'orange' };

/** One submitted checklist: who checked what, each item's answer and outcome. */
export function ChecklistResultDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const result = useChecklistResult(id);
  const r = result.data;
  return (
    <Drawer open={id !== null} onClose={onClose} width="min(720px, 100vw)" title={r ? `${r.templateName}（第 ${r.versionNo} 版）` : '检查记录'} destroyOnClose>
      {result.isError ? <Empty description={`检查记录加载失败：${result.error.message}`} />
        : !r ? <Skeleton active />
        : (
          <>
            {r.correctedByResultId ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} message="这条记录已被更正，以更正后的记录为准。" /> : null}
            {r.correctionReason ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`更正原因：${r.correctionReason}`} /> : null}
            <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered labelStyle={{ whiteSpace: 'nowrap' }} style={{ marginBottom: 16 }}>
              <Descriptions.Item label="检查对象">{`${r.ownerTypeLabel}：${r.ownerName ?? `#${r.ownerId}`}`}</Descriptions.Item>
              <Descriptions.Item label="结论">{r.outcome ? <Tag color={OUTCOME_COLORS[r.outcome]}>{r.outcomeLabel}</Tag> : r.statusLabel}</Descriptions.Item>
              <Descriptions.Item label="检查人">{r.submittedByName ?? r.startedByName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="提交时间">{r.submittedAt ? dayjs(r.submittedAt).format('YYYY-MM-DD HH:mm') : '未提交'}</Descriptions.Item>
              {r.note ? <Descriptions.Item label="备注" span={2}>{r.note}</Descriptions.Item> : null}
            </Descriptions>
            <Table<ChecklistResultItem> rowKey="key" size="small" pagination={false} dataSource={r.items} scroll={{ x: 560 }}
              columns={[
                { title: '序号', dataIndex: 'position', width: 56, render: (_, i) => i.position + 1 },
                { title: '检查项', dataIndex: 'label' },
                { title: '结果', dataIndex: 'answerText', width: 140 },
                { title: '判定', dataIndex: 'outcome', width: 90, render: (_, i) => i.outcome && i.outcome !== 'na' ? <Tag color={OUTCOME_COLORS[i.outcome]}>{i.outcomeLabel}</Tag> : '—' },
                { title: '说明', dataIndex: 'remark', width: 160, render: (_, i) => [i.remark, i.repairRequestId ? '已报修' : null].filter(Boolean).join('；') || '—' },
              ]} />
          </>
        )}
    </Drawer>
  );
}
