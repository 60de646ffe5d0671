import { PageContainer } from '@ant-design/pro-components';
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { ExportButton } from '../../components/ExportButton';
import { t } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { BuildingsTab } from './BuildingsTab';
import { CampusesTab } from './CampusesTab';
import { DepartmentsTab } from './DepartmentsTab';
import { GradesTab } from './GradesTab';

/** 校区 · 楼宇 · 部门 · 年级班级; the tab is in the URL so a link can open it. */
export function OrgPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'campuses';
  const { can } = useSession();
  return (
    <PageContainer
      title={t('组织机构')}
      extra={can('org', 'export') ? <ExportButton path="/org/export.xlsx" filename="组织机构.xlsx" /> : undefined}
    >
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
