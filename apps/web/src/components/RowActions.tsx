import { Button, Popconfirm, Space } from 'antd';
import { t } from '../lib/i18n';

/** 编辑 / 删除 from the record's abilities; delete asks first and names the record. */
export function RowActions({ abilities, name, onEdit, onDelete, deleteHint, deleteTitle }: {
  abilities: { update: boolean; delete: boolean };
  name: string;
  onEdit: () => void;
  onDelete: () => void;
  deleteHint?: string;
  /** Replaces the default question 删除「name」？, e.g. to name the kind of record. */
  deleteTitle?: string;
}) {
  return (
    <Space size={0}>
      {abilities.update ? <Button type="link" size="small" onClick={onEdit}>{t('编辑')}</Button> : null}
      {abilities.delete ? (
        <Popconfirm title={deleteTitle ?? `删除「${name}」？`} description={deleteHint ?? '删除后无法恢复。'} okText={t('删除')} cancelText={t('取消')}
          okButtonProps={{ danger: true }} onConfirm={onDelete}>
          <Button type="link" size="small" danger>{t('删除')}</Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
