import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Empty, Input, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useIsMobile } from '../../lib/use-is-mobile';
import { useSession } from '../../lib/session';
import { type AssetCategory, useAssetCategories } from './assets-api';
import { type CategoryNode, categoryTree } from './category-tree';
import { type CategoryEdit, CategoryFormModal } from './CategoryFormModal';
import { lifeText } from './life-text';

const UNVERIFIED_HINT = '这一行的编码或年限不是来自 GB/T 14885-2010 目录转载或财会〔2017〕4号表1，而是按学校常见做法补充的（例如家具、教学仪器和学校自建的下级分类）。使用前请与本地财政、教育局的口径核对。';

/** The rows matching a search, with their ancestors so the tree still reads top-down. */
function matching(items: readonly AssetCategory[], q: string): AssetCategory[] {
  if (!q) return [...items];
  const byId = new Map(items.map((c) => [c.id, c]));
  const keep = new Set<number>();
  for (const c of items) {
    if (!c.code.includes(q) && !c.name.includes(q)) continue;
    for (let p: AssetCategory | undefined = c; p && !keep.has(p.id); p = p.parentId === null ? undefined : byId.get(p.parentId)) keep.add(p.id);
  }
  return items.filter((c) => keep.has(c.id));
}

/** 资产分类: GB/T 14885 tree with the school's default lives; what is not yet checked against the standard says so. */
export function CategoriesPage() {
  const { can } = useSession();
  const mobile = useIsMobile();
  const list = useAssetCategories();
  const [q, setQ] = useState('');
  const [edit, setEdit] = useState<CategoryEdit>(null);
  const items = list.data ?? [];
  const tree = useMemo(() => categoryTree(matching(items, q.trim())), [items, q]);
  const fresh = (c: AssetCategory) => items.find((x) => x.id === c.id) ?? c;
  const current: CategoryEdit = edit?.kind === 'edit' ? { kind: 'edit', category: fresh(edit.category) } : edit;

  return (
    <PageContainer title="资产分类" content="按《固定资产等资产基础分类与代码》GB/T 14885 分类；默认折旧年限取自财会〔2017〕4号表1，可按本地规定调长。修改只影响之后新建的卡片。">
      <Card>
        <Space style={{ marginBottom: 12 }} wrap>
          <Input.Search allowClear placeholder="搜索编码或名称" style={{ width: 260 }} onSearch={setQ} onChange={(e) => { if (!e.target.value) setQ(''); }} />
          <Typography.Text type="secondary">共 {items.length} 个分类，其中 {items.filter((c) => !c.verified).length} 个待核实</Typography.Text>
        </Space>
        {list.isError ? <Alert type="error" showIcon message="资产分类加载失败" description={list.error.message} /> : null}
        <Table<CategoryNode>
          key={q ? `q-${q}` : 'all'}
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={tree}
          pagination={false}
          scroll={{ x: 900 }}
          expandable={q ? { defaultExpandAllRows: true } : {}}
          locale={{ emptyText: <Empty description={q ? '没有匹配的分类，换个编码或名称试试。' : '分类会在第一次打开校产页面时按国家标准自动建好；如果这里是空的，请刷新页面。'} /> }}
          columns={[
            { title: '编码', dataIndex: 'code', width: mobile ? 150 : 200 },
            {
              title: '名称', dataIndex: 'name', render: (_, c) => (
                <Space size={4} wrap>
                  {c.name}
                  {c.verified ? null : <Tooltip title={UNVERIFIED_HINT}><Tag color="gold">待核实</Tag></Tooltip>}
                  {c.active ? null : <Tag>停用</Tag>}
                </Space>
              ),
            },
            {
              title: '默认折旧年限', key: 'life', width: 170, render: (_, c) => (!c.depreciable ? <Typography.Text type="secondary">不计提</Typography.Text>
                : c.lifeMonths !== null ? lifeText(c.lifeMonths)
                  : c.effectiveLifeMonths !== null ? <Typography.Text type="secondary">沿用上级：{lifeText(c.effectiveLifeMonths)}</Typography.Text>
                    : c.children ? <Typography.Text type="secondary">按下级分类</Typography.Text>
                      : <Typography.Text type="warning">未设置（建卡时须填写）</Typography.Text>),
            },
            { title: '计提折旧', dataIndex: 'depreciable', width: 90, render: (d: boolean) => (d ? '是' : <Tag>否</Tag>) },
            { title: '2022 版门类', dataIndex: 'gb2022Class', width: 140, render: (v: string | null) => v ?? '—' },
            {
              title: '操作', key: 'actions', width: 150, fixed: mobile ? undefined : 'right', render: (_, c) => (
                <Space size={0}>
                  {c.abilities.update ? <Button type="link" size="small" onClick={() => setEdit({ kind: 'edit', category: c })}>编辑</Button> : null}
                  {can('asset_category', 'create') ? <Button type="link" size="small" onClick={() => setEdit({ kind: 'child', parent: c })}>新增下级</Button> : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <CategoryFormModal edit={current} onClose={() => setEdit(null)} />
    </PageContainer>
  );
}
