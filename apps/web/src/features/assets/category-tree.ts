import type { AssetCategory } from './assets-api';

export interface CategoryNode extends AssetCategory { children?: CategoryNode[] }

/** The server's flat list (parents first) as a tree; leaves carry no children array, so no expand icon. */
export function categoryTree(items: readonly AssetCategory[]): CategoryNode[] {
  const nodes = new Map<number, CategoryNode>(items.map((c) => [c.id, { ...c }]));
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

export interface CategoryOption { value: number; title: string; disabled?: boolean; children?: CategoryOption[] }

/** TreeSelect data: "2010000 计算机设备及软件"; retired categories cannot be picked for new cards. */
export function categoryOptions(items: readonly AssetCategory[], { activeOnly = false } = {}): CategoryOption[] {
  const toOption = (n: CategoryNode): CategoryOption => ({
    value: n.id, title: `${n.code} ${n.name}`, disabled: activeOnly && !n.active,
    ...(n.children ? { children: n.children.map(toOption) } : {}),
  });
  return categoryTree(items).map(toOption);
}
