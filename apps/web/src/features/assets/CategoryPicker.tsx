import { TreeSelect, type TreeSelectProps } from 'antd';
import { useAssetCategories } from './assets-api';
import { categoryOptions } from './category-tree';

/** 资产分类 as a searchable tree ("201 计算机设备"); for new cards retired categories are greyed out. */
export function CategoryPicker({ activeOnly = false, ...props }: Omit<TreeSelectProps<number>, 'treeData'> & { activeOnly?: boolean }) {
  const categories = useAssetCategories();
  return (
    <TreeSelect<number>
      showSearch
      allowClear
      treeNodeFilterProp="title"
      placeholder="选择或输入编码、名称搜索"
      loading={categories.isLoading}
      treeData={categoryOptions(categories.data ?? [], { activeOnly })}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 400, overflow: 'auto', minWidth: 320 } } }}
      {...props}
    />
  );
}
