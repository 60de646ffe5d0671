import { PageContainer } from '@ant-design/pro-components';
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { t } from '../../lib/i18n';
import { BuildingsTab } from './BuildingsTab';
import { CampusesTab } from './CampusesTab';
import { DepartmentsTab } from './DepartmentsTab';
import { GradesTab } from './GradesTab';

/** 校区 · 楼宇 · 部门 · 年级班级; the tab is in the URL so a link can open it. */
export function OrgPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'campuses';
  return (
    <PageContainer title={t('组织机构')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'campuses', label: t('校区'), children: <CampusesTab /> },
          { key: 'buildings', label: t('楼宇'), children: <BuildingsTab /> },
          { key: 'departments', label: t('部门'), children: <DepartmentsTab /> },
          { key: 'grades', label: t('年级班级'), children: <GradesTab /> },
        ]}
      />
    </PageContainer>
  );
}
