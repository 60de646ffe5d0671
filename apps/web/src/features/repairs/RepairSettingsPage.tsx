import { PageContainer } from '@ant-design/pro-components';
import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { CategoriesTab } from './CategoriesTab';
import { ContractorsTab } from './ContractorsTab';
import { RoutingRulesTab } from './RoutingRulesTab';
import { SlaSettingsTab } from './SlaSettingsTab';
import { TeamsTab } from './TeamsTab';

/** 报修设置: the tab lives in the URL so a link (or reload) lands on the same section. */
export function RepairSettingsPage() {
  const [params, setParams] = useSearchParams();
  return (
    <PageContainer title="报修设置">
      <Card>
        <Tabs activeKey={params.get('tab') ?? 'sla'} onChange={(tab) => setParams({ tab }, { replace: true })} destroyOnHidden items={[
          { key: 'sla', label: '时限与规则', children: <SlaSettingsTab /> },
          { key: 'categories', label: '报修分类', children: <CategoriesTab /> },
          { key: 'routing', label: '派单规则', children: <RoutingRulesTab /> },
          { key: 'teams', label: '维修班组', children: <TeamsTab /> },
          { key: 'contractors', label: '外包单位', children: <ContractorsTab /> },
        ]} />
      </Card>
    </PageContainer>
  );
}
