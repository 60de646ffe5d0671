import { PlusOutlined } from '@ant-design/icons';
import { ProFormDigit, ProFormSelect, ProFormText, ProTable } from '@ant-design/pro-components';
import { Button, Empty, Form, Table, Typography } from 'antd';
import { useState } from 'react';
import { FormModal, type Editing } from '../../components/FormModal';
import { RoomSelect, UserSelect } from '../../components/RemoteSelect';
import { freshCopy } from '../../lib/fresh';
import { t } from '../../lib/i18n';
import { useIsMobile } from '../../lib/use-is-mobile';
import { useSession } from '../../lib/session';
import { type Grade, type SchoolClass, useGrades, useOrgCrud } from './org-api';
import { RowActions } from '../../components/RowActions';

interface GradeValues extends Record<string, unknown> { name: string; sort?: number }
interface ClassValues extends Record<string, unknown> { gradeId: number; name: string; headTeacherId?: number | null; roomId?: number | null }

export function GradesTab() {
  const mobile = useIsMobile();
  const { can } = useSession();
  const list = useGrades();
  const grades = useOrgCrud<GradeValues>('/grades', '年级');
  const classes = useOrgCrud<ClassValues>('/classes', '班级');
  const [editingGrade, setEditingGrade] = useState<Editing<Grade>>(null);
  const [editingClass, setEditingClass] = useState<Editing<SchoolClass> | { newIn: number }>(null);
  const grade = freshCopy(editingGrade && editingGrade !== 'new' ? editingGrade : null, list.data);
  const klass = freshCopy(editingClass && editingClass !== 'new' && 'id' in editingClass ? editingClass : null, list.data?.flatMap((g) => g.classes));
  const newInGrade = editingClass && editingClass !== 'new' && 'newIn' in editingClass ? editingClass.newIn : undefined;
  const gradeOptions = (list.data ?? []).map((g) => ({ value: g.id, label: g.name }));
  // Grades start expanded (classes are what people come for); remember the ones folded away.
  const [folded, setFolded] = useState<Set<number>>(new Set());

  const classTable = (g: Grade) => (
    <Table<SchoolClass>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={g.classes}
      scroll={{ x: 560 }}
      locale={{ emptyText: `${g.name}还没有班级` }}
      columns={[
        { title: '班级', dataIndex: 'name' },
        { title: '班主任', dataIndex: 'headTeacherName', render: (v: string | null) => v ?? <Typography.Text type="secondary">未指定</Typography.Text> },
        { title: '教室', dataIndex: 'roomName', render: (v: string | null) => v ?? <Typography.Text type="secondary">未指定</Typography.Text> },
        {
          title: t('操作'), width: 120,
          render: (_, c) => <RowActions abilities={c.abilities} name={c.name} onEdit={() => setEditingClass(c)}
            onDelete={() => classes.remove.mutate({ id: c.id, version: c.version })} />,
        },
      ]}
    />
  );

  return (
    <>
      <ProTable<Grade>
        rowKey="id"
        search={false}
        options={{ reload: () => void list.refetch(), density: false, setting: false }}
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 560 }}
        headerTitle="年级班级"
        expandable={{
          expandedRowRender: classTable,
          expandedRowKeys: (list.data ?? []).filter((g) => !folded.has(g.id)).map((g) => g.id),
          onExpand: (open, g) => setFolded((f) => { const next = new Set(f); if (open) next.delete(g.id); else next.add(g.id); return next; }),
        }}
        toolBarRender={() => [
          can('org', 'create') && gradeOptions.length > 0 ? <Button key="class" icon={<PlusOutlined />} onClick={() => setEditingClass('new')}>新建班级</Button> : null,
          can('org', 'create') ? <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditingGrade('new')}>新建年级</Button> : null,
        ]}
        locale={{ emptyText: <Empty description="还没有年级。先新建年级（如“一年级”“七年级”），再在年级下添加班级、指定班主任和教室。" /> }}
        columns={[
          { title: '年级', dataIndex: 'name' },
          { title: '班级数', key: 'count', width: 90, render: (_, g) => g.classes.length },
          { title: '排序', dataIndex: 'sort', width: 70 },
          {
            title: t('操作'), valueType: 'option', width: 200, fixed: mobile ? undefined : 'right',
            render: (_, g) => [
              can('org', 'create') ? <Button key="add" type="link" size="small" onClick={() => setEditingClass({ newIn: g.id })}>添加班级</Button> : null,
              <RowActions key="row" abilities={g.abilities} name={g.name} onEdit={() => setEditingGrade(g)}
                deleteHint="年级下还有班级时不能删除。" onDelete={() => grades.remove.mutate({ id: g.id, version: g.version })} />,
            ],
          },
        ]}
      />
      <FormModal<GradeValues>
        title={grade ? `编辑年级：${grade.name}` : '新建年级'}
        open={editingGrade !== null}
        formKey={grade ? `g${grade.id}v${grade.version}` : 'new'}
        onClose={() => setEditingGrade(null)}
        initialValues={grade ? { name: grade.name, sort: grade.sort } : { sort: (list.data?.length ?? 0) + 1 }}
        onSubmit={(v, form) => grade
          ? grades.update.submit({ id: grade.id, body: { version: grade.version, name: v.name, sort: v.sort ?? 0 } }, form)
          : grades.create.submit({ name: v.name, sort: v.sort ?? 0 }, form)}
      >
        <ProFormText name="name" label="年级名称" placeholder="例如：一年级、七年级、高一" rules={[{ required: true, message: '请填写年级名称' }]} fieldProps={{ maxLength: 60 }} />
        <ProFormDigit name="sort" label="排序" min={0} max={9999} fieldProps={{ precision: 0 }} />
      </FormModal>
      <FormModal<ClassValues>
        title={klass ? `编辑班级：${klass.name}` : '新建班级'}
        open={editingClass !== null}
        formKey={klass ? `k${klass.id}v${klass.version}` : `new${newInGrade ?? ''}`}
        onClose={() => setEditingClass(null)}
        initialValues={klass
          ? { gradeId: klass.gradeId, name: klass.name, headTeacherId: klass.headTeacherId, roomId: klass.roomId }
          : { gradeId: newInGrade ?? gradeOptions[0]?.value }}
        onSubmit={(v, form) => klass
          ? classes.update.submit({ id: klass.id, body: { version: klass.version, gradeId: v.gradeId, name: v.name, headTeacherId: v.headTeacherId ?? null, roomId: v.roomId ?? null } }, form)
          : classes.create.submit({ gradeId: v.gradeId, name: v.name, ...(v.headTeacherId ? { headTeacherId: v.headTeacherId } : {}), ...(v.roomId ? { roomId: v.roomId } : {}) }, form)}
      >
        <ProFormSelect name="gradeId" label="年级" options={gradeOptions} rules={[{ required: true, message: '请选择年级' }]} />
        <ProFormText name="name" label="班级名称" placeholder="例如：一（1）班" rules={[{ required: true, message: '请填写班级名称' }]} fieldProps={{ maxLength: 60 }} />
        <Form.Item name="headTeacherId" label="班主任">
          <UserSelect currentLabel={klass?.headTeacherName} />
        </Form.Item>
        <Form.Item name="roomId" label="教室" extra="班级的固定教室，报修和校产按教室归属">
          <RoomSelect params={{ roomType: 'classroom' }} currentLabel={klass?.roomName} />
        </Form.Item>
      </FormModal>
    </>
  );
}
