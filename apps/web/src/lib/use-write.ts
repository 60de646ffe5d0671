import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { message } from 'antd';
import { del, isApiError, patch, post } from './api';
import { useRef } from 'react';
import { isStale, showServerErrors } from './form-errors';

interface WriteOptions<TVars, TResult> {
  /** Queries whose data this write changes; they refetch afterwards, also after a 409. */
  invalidate: QueryKey[];
  success?: string | ((result: TResult, vars: TVars) => string);
  /** Field errors land under the form's fields. */
  form?: FormInstance;
  onSuccess?: (result: TResult, vars: TVars) => void;
}

/**
 * A create/update/delete: success message, refetch of what changed, server field errors shown
 * in place, and on a stale version (409) the server's message plus a refetch of fresh data.
 */
export function useWrite<TVars, TResult = unknown>(fn: (vars: TVars) => Promise<TResult>, options: WriteOptions<TVars, TResult>) {
  const client = useQueryClient();
  const formRef = useRef<FormInstance | undefined>(options.form);
  const refresh = () => Promise.all(options.invalidate.map((queryKey) => client.invalidateQueries({ queryKey })));
  const mutation = useMutation({
    mutationFn: fn,
    onSuccess: (result, vars) => {
      const text = typeof options.success === 'function' ? options.success(result, vars) : options.success;
      if (text) void message.success(text);
      options.onSuccess?.(result, vars);
      // Not awaited: the form must close before the refetch remounts it on the new version.
      void refresh();
    },
    onError: async (err) => {
      // A stale version, or a record whose state moved on (e.g. someone else already dispatched it):
      // say what the server said and show the current data. Duplicates keep their field errors in place.
      if (isStale(err) || (isApiError(err) && err.status === 409 && !err.body.fields?.length)) {
        void message.warning(isApiError(err) ? err.body.message : '数据已被他人修改，已刷新');
        await refresh();
        return;
      }
      showServerErrors(err, formRef.current);
    },
  });
  /** For ModalForm/DrawerForm onFinish: true closes the form, false keeps it open with the errors. */
  const submit = async (vars: TVars, form?: FormInstance): Promise<boolean> => {
    formRef.current = form ?? options.form;
    try {
      await mutation.mutateAsync(vars);
      return true;
    } catch {
      return false;
    }
  };
  return { ...mutation, submit };
}

/** Create / update / delete for one REST collection (`path`, `path/:id`), refreshing `invalidate` after each. */
export function useCrudWrites<C>(path: string, label: string, invalidate: QueryKey[]) {
  return {
    create: useWrite((body: C) => post(path, body), { invalidate, success: `已新建${label}` }),
    update: useWrite(({ id, body }: { id: number; body: Record<string, unknown> & { version: number } }) => patch(`${path}/${id}`, body), { invalidate, success: `已保存${label}` }),
    remove: useWrite(({ id, version }: { id: number; version: number }) => del(`${path}/${id}?version=${version}`), { invalidate, success: `已删除${label}` }),
  };
}
