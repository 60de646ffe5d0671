import { ModalForm } from '@ant-design/pro-components';
import { Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';

interface Props<V> {
  title: string;
  open: boolean;
  onClose: () => void;
  /** Remounting on a new key resets the fields to initialValues (a different record). */
  formKey: string;
  initialValues?: Partial<V>;
  /** Resolve true to close; false keeps the dialog open with the server's field errors shown. */
  onSubmit: (values: V, form: FormInstance<V>) => Promise<boolean>;
  children: ReactNode;
  width?: number;
}

/**
 * One dialog for create and edit: the server's field errors land under their fields. A new
 * formKey (another record, or the same record at a newer version after a 409) gets a fresh
 * form store, so the dialog shows that record's current values.
 */
export function FormModal<V extends Record<string, unknown>>(props: Props<V>) {
  return <FormModalBody<V> key={props.formKey} {...props} />;
}

function FormModalBody<V extends Record<string, unknown>>({ title, open, onClose, initialValues, onSubmit, children, width = 520 }: Props<V>) {
  const [form] = Form.useForm<V>();
  return (
    <ModalForm<V>
      title={title}
      open={open}
      form={form}
      width={width}
      layout="vertical"
      // Prefixes field ids (dialog_name) so they never clash with the page's search form.
      name="dialog"
      initialValues={initialValues}
      onOpenChange={(next) => { if (!next) onClose(); }}
      modalProps={{ destroyOnHidden: true, maskClosable: false }}
      onFinish={(values) => onSubmit(values, form)}
    >
      {children}
    </ModalForm>
  );
}

/** Which record a dialog edits: null = closed, 'new' = create. */
export type Editing<T> = null | 'new' | T;
