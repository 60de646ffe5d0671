import { ProFormDigit, ProFormSwitch, ProFormText } from '@ant-design/pro-components';
import { Col, Row, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import { type AssetCategory, useCategoryWrites } from './assets-api';
import { lifeText } from './life-text';

interface Values extends Record<string, unknown> { code?: string; name: string; years?: number | null; months?: number | null; depreciable: boolean; active?: boolean }

/** Edit a category's default life (entered as years + months), or add a school sub-category under `parent`. */
export type CategoryEdit = { kind: 'edit'; category: AssetCategory } | { kind: 'child'; parent: AssetCategory } | null;

function lifeOf(v: Values): number | null {
  const total = (v.years ?? 0) * 12 + (v.months ?? 0);
  return total > 0 ? total : null;
}

export function CategoryFormModal({ edit, onClose }: { edit: CategoryEdit; onClose: () => void }) {
  const writes = useCategoryWrites();
  const c = edit?.kind === 'edit' ? edit.category : null;
  const parent = edit?.kind === 'child' ? edit.parent : null;
  const inherited = c?.lifeMonths === null ? c.effectiveLifeMonths : parent?.effectiveLifeMonths ?? null;
  return (
    <FormModal<Values>
      title={c ? `编辑分类：${c.code} ${c.name}` : parent ? `在「${parent.code} ${parent.name}」下新增分类` : '分类'}
      open={edit !== null}
      formKey={c ? `${c.id}v${c.version}` : `child${parent?.id ?? ''}`}
      onClose={onClose}
      initialValues={c
        ? { name: c.name, years: c.lifeMonths === null ? null : Math.floor(c.lifeMonths / 12), months: c.lifeMonths === null ? null : c.lifeMonths % 12, depreciable: c.depreciable, active: c.active }
        : { code: parent ? `${parent.code}-` : '', depreciable: parent?.depreciable ?? true }}
      onSubmit={(v, form) => (c
        ? writes.update.submit({ id: c.id, body: { version: c.version, name: v.name.trim(), lifeMonths: lifeOf(v), depreciable: v.depreciable, active: v.active ?? true } }, form)
        : parent ? writes.create.submit({ parentId: parent.id, code: (v.code ?? '').trim(), name: v.name.trim(), lifeMonths: lifeOf(v), depreciable: v.depreciable }, form)
          : Promise.resolve(false))}
    >
      {parent ? <ProFormText name="code" label="分类编码" tooltip="学校自建的下级分类，建议“上级编码-两位序号”" rules={[{ required: true, message: '请填写分类编码' }]} fieldProps={{ maxLength: 20 }} /> : null}
      <ProFormText name="name" label="分类名称" rules={[{ required: true, message: '请填写分类名称' }]} fieldProps={{ maxLength: 60 }} />
      <Row gutter={12}>
        <Col span={12}><ProFormDigit name="years" label="默认折旧年限（年）" min={0} max={100} fieldProps={{ precision: 0 }} /></Col>
        <Col span={12}><ProFormDigit name="months" label="又（个月）" min={0} max={11} fieldProps={{ precision: 0 }} /></Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        留空则沿用上级分类{inherited !== null ? `（现为 ${lifeText(inherited)}）` : ''}。财会〔2017〕4号表1 的年限是最低值；只影响之后新建的卡片。
      </Typography.Paragraph>
      <ProFormSwitch name="depreciable" label="计提折旧" tooltip="文物和陈列品、图书档案、动植物、单独入账的土地不计提折旧" />
      {c ? <ProFormSwitch name="active" label="启用" tooltip="停用的分类不能再用于新卡片，已有卡片不受影响" /> : null}
    </FormModal>
  );
}
