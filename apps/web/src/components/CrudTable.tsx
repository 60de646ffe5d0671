import { PlusOutlined } from '@ant-design/icons';
import { type ProColumns, ProTable } from '@ant-design/pro-components';
import type { Resource } from '@houqin/contracts';
import { Button, Empty, type FormInstance, type TableProps } from 'antd';
import { type ReactNode, useState } from 'react';
import { freshCopy } from '../lib/fresh';
import { t } from '../lib/i18n';
import { useSession } from '../lib/session';
import { useIsMobile } from '../lib/use-is-mobile';
import { type Editing, FormModal } from './FormModal';
import { RowActions } from './RowActions';

export interface CrudRow {
  id: number;
  version: number;
  name: string;
  abilities: { update: boolean; delete: boolean };
}

interface Props<T extends CrudRow, V extends Record<string, unknown>> {
  /** What one row is, as users say it: 校区, 部门. Used in the button, the dialog title and messages. */
  noun: string;
  /** Whose create permission shows the 新建 button. */
  resource: Resource;
  list: { data?: readonly T[] | undefined; isFetching: boolean; refetch: () => unknown };
  columns: ProColumns<T>[];
  /** Says what to create first and why; a new school sees it before anything else. */
  emptyText: ReactNode;
  /** Replaces the plain noun as the table title, e.g. to hold a filter. */
  headerTitle?: ReactNode;
  createDisabled?: boolean;
  scrollX: number;
  deleteHint: string;
  onDelete: (row: T) => void;
  expandable?: TableProps<T>['expandable'];
  form: {
    initialValues: (current: T | null) => Partial<V>;
    /** Resolve true to close the dialog (see FormModal). */
    submit: (values: V, form: FormInstance<V>, current: T | null) => Promise<boolean>;
    fields: (current: T | null) => ReactNode;
  };
}

/**
 * A small list the school maintains by hand (校区, 部门, 楼宇 …): one table with reload, a 新建
 * button for those allowed, 编辑/删除 per row from its abilities, and one dialog for both
 * create and edit that reopens on the newest copy after a 409.
 */
export function CrudTable<T extends CrudRow, V extends Record<string, unknown>>(props: Props<T, V>) {
  const { noun, list, form } = props;
  const mobile = useIsMobile();
  const { can } = useSession();
  const [editing, setEditing] = useState<Editing<T>>(null);
  const current = freshCopy(editing && editing !== 'new' ? editing : null, list.data);

  return (
    <>
      <ProTable<T>
        rowKey="id"
        search={false}
        options={{ reload: () => void list.refetch(), density: false, setting: false }}
        loading={list.isFetching}
        dataSource={[...(list.data ?? [])]}
        pagination={false}
        scroll={{ x: props.scrollX }}
        headerTitle={props.headerTitle ?? noun}
        toolBarRender={() => [
          can(props.resource, 'create')
            ? <Button key="new" type="primary" icon={<PlusOutlined />} disabled={props.createDisabled} onClick={() => setEditing('new')}>新建{noun}</Button>
            : null,
        ]}
        locale={{ emptyText: <Empty description={props.emptyText} /> }}
        {...(props.expandable ? { expandable: props.expandable } : {})}
        columns={[
          ...props.columns,
          {
            title: t('操作'), valueType: 'option', width: 120, fixed: mobile ? undefined : 'right',
            render: (_, row) => <RowActions abilities={row.abilities} name={row.name} onEdit={() => setEditing(row)}
              deleteHint={props.deleteHint} onDelete={() => props.onDelete(row)} />,
          },
        ]}
      />
      <FormModal<V>
        title={current ? `编辑${noun}：${current.name}` : `新建${noun}`}
        open={editing !== null}
        formKey={current ? `${current.id}v${current.version}` : 'new'}
        onClose={() => setEditing(null)}
        initialValues={form.initialValues(current)}
        onSubmit={(values, f) => form.submit(values, f, current)}
      >
        {form.fields(current)}
      </FormModal>
    </>
  );
}
