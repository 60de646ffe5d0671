import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AssetCategory } from './assets-api';
import { categoryOptions, categoryTree } from './category-tree';

const cat = (id: number, parentId: number | null, code: string, active = true): AssetCategory => ({
  id, parentId, code, name: `分类${id}`, level: parentId === null ? 1 : 2, gb2022Class: null, depreciable: true,
  lifeMonths: null, effectiveLifeMonths: null, verified: true, active, version: 1, abilities: { update: true },
});

test('nests children under their parents and leaves leaves without children', () => {
  const tree = categoryTree([cat(1, null, '2'), cat(2, 1, '201'), cat(3, 1, '202'), cat(4, null, '6')]);
  assert.deepEqual(tree.map((n) => n.code), ['2', '6']);
  assert.deepEqual(tree[0]?.children?.map((n) => n.code), ['201', '202']);
  assert.equal(tree[1]?.children, undefined);
});

test('a retired category cannot be picked when only active ones are wanted', () => {
  const [root] = categoryOptions([cat(1, null, '2'), cat(2, 1, '201', false)], { activeOnly: true });
  assert.equal(root?.title, '2 分类1');
  assert.equal(root?.children?.[0]?.disabled, true);
});
