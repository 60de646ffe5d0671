import { Button, List, Modal, Space, Tag, Typography } from 'antd';
import { usePlanWrites, useTemplates } from './maintenance-api';

/** 从模板新建: the routine work of a school logistics plan, one click each. */
export function TemplatesModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const templates = useTemplates(open);
  const { fromTemplate } = usePlanWrites();
  return (
    <Modal title="从模板新建保养计划" open={open} onCancel={onClose} footer={null} width={760} destroyOnHidden styles={{ body: { maxHeight: '70vh', overflowY: 'auto' } }}>
      <List
        loading={templates.isLoading}
        dataSource={templates.data?.items ?? []}
        locale={{ emptyText: '暂无模板' }}
        renderItem={(t) => (
          <List.Item actions={[
            <Button key="use" type={t.alreadyUsed ? 'default' : 'primary'} loading={fromTemplate.isPending && fromTemplate.variables?.templateKey === t.key}
              onClick={() => fromTemplate.mutate({ templateKey: t.key, ...(t.alreadyUsed ? { name: `${t.name}（副本）` } : {}) }, { onSuccess: onClose })}>
              {t.alreadyUsed ? '再建一份' : '使用'}
            </Button>,
          ]}>
            <List.Item.Meta
              title={<Space wrap>{t.name}{t.alreadyUsed && <Tag>已使用</Tag>}</Space>}
              description={(
                <Space direction="vertical" size={2}>
                  <span>{t.scheduleText} · {t.targetText} · 遇节假日{t.holidayPolicyLabel}{t.leadDays ? ` · 提前 ${t.leadDays} 天生成` : ''}</span>
                  <span>检查表：{t.checklistTemplateName ?? '无'}　分类：{t.categoryName ?? '其他'}</span>
                  <Typography.Text type="secondary">来自学校后勤工作计划：「{t.source}」</Typography.Text>
                </Space>
              )}
            />
          </List.Item>
        )}
      />
    </Modal>
  );
}
