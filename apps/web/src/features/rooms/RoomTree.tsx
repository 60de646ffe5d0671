import { Alert, Empty, Skeleton, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import { floorLabel, type OrgTree, useOrgTree } from '../org/org-api';

export type TreeFilter = { campusId?: number; buildingId?: number; floor?: number };

/**
 * Where a new room goes by default: the selected node completed upwards (a building implies
 * its campus), or the only campus when the school has just one.
 */
export function placementOf(filter: TreeFilter, tree: OrgTree | undefined): TreeFilter {
  const campuses = tree?.campuses ?? [];
  const owner = filter.buildingId !== undefined ? campuses.find((c) => c.buildings.some((b) => b.id === filter.buildingId)) : undefined;
  const campusId = filter.campusId ?? owner?.id ?? (campuses.length === 1 ? campuses[0]?.id : undefined);
  return { campusId, buildingId: filter.buildingId, floor: filter.floor };
}

function keyOf(f: TreeFilter): string {
  if (f.buildingId !== undefined && f.floor !== undefined) return `f:${f.buildingId}:${f.floor}`;
  if (f.buildingId !== undefined) return `b:${f.buildingId}`;
  if (f.campusId !== undefined) return `c:${f.campusId}`;
  return 'all';
}

function filterOf(key: string): TreeFilter {
  const [kind, a, b] = key.split(':');
  if (kind === 'c') return { campusId: Number(a) };
  if (kind === 'b') return { buildingId: Number(a) };
  if (kind === 'f') return { buildingId: Number(a), floor: Number(b) };
  return {};
}

const count = (n: number) => <Typography.Text type="secondary" style={{ fontSize: 12 }}> {n}</Typography.Text>;

/** 校区 → 楼宇 → 楼层, with room counts; selecting a node filters the room list. */
export function RoomTree({ value, onChange }: { value: TreeFilter; onChange: (f: TreeFilter) => void }) {
  const tree = useOrgTree();
  const data = useMemo<DataNode[]>(() => {
    const campuses = tree.data?.campuses ?? [];
    const total = campuses.reduce((n, c) => n + c.roomCount, 0);
    return [{
      key: 'all',
      title: <>全部房间{count(total)}</>,
      children: campuses.map((c) => ({
        key: `c:${c.id}`,
        title: <>{c.name}{count(c.roomCount)}</>,
        children: c.buildings.map((b) => ({
          key: `b:${b.id}`,
          title: <>{b.name}{count(b.roomCount)}</>,
          children: b.floors.filter((f) => f.floor !== null).map((f) => ({
            key: `f:${b.id}:${f.floor}`,
            title: <>{floorLabel(f.floor)}{count(f.roomCount)}</>,
            isLeaf: true,
          })),
        })),
      })),
    }];
  }, [tree.data]);

  if (tree.isError) return <Alert type="warning" showIcon message="位置树加载失败" description={tree.error.message} />;
  if (tree.isLoading) return <Skeleton active paragraph={{ rows: 6 }} />;
  if ((tree.data?.campuses.length ?? 0) === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有校区和楼宇：先到「组织机构」新建校区和楼宇" />;
  }
  return (
    <Tree
      blockNode
      defaultExpandedKeys={['all', ...(tree.data?.campuses.map((c) => `c:${c.id}`) ?? [])]}
      selectedKeys={[keyOf(value)]}
      onSelect={(keys) => onChange(filterOf(String(keys[0] ?? 'all')))}
      treeData={data}
    />
  );
}
