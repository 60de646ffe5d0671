import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Select, Skeleton } from 'antd';
import { useEffect } from 'react';
import { get, patch } from '../../lib/api';
import { t } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { TIME_ZONE_OPTIONS } from '../../lib/time-zones';
import { useWrite } from '../../lib/use-write';
import { ME_KEY } from '../../app/query-client';

export interface School {
  id: number;
  name: string;
  code: string;
  timezone: string;
  address: string | null;
  districtName?: string | null;
  version: number;
  abilities?: { update: boolean };
}

interface Values { name: string; address: string; timezone: string }

export function SchoolPage() {
  const { can } = useSession();
  const [form] = Form.useForm<Values>();
  const query = useQuery({ queryKey: ['/school'], queryFn: () => get<School>('/school') });
  const school = query.data;
  const editable = school?.abilities?.update ?? can('school', 'update');
  const save = useWrite((v: Values) => patch<School>('/school', {
    version: school?.version, name: v.name.trim(), address: v.address?.trim() || null, timezone: v.timezone,
  }), { invalidate: [['/school'], ME_KEY], success: t('已保存'), form });

  useEffect(() => {
    if (school) form.setFieldsValue({ name: school.name, address: school.address ?? '', timezone: school.timezone });
  }, [school, form]);

  return (
    <PageContainer title={t('学校信息')}>
      <Card style={{ maxWidth: 720 }}>
        {query.isError ? <Alert type="error" showIcon message="学校信息加载失败" description={query.error.message} /> : null}
        {!school ? <Skeleton active /> : (
          <>
            <Descriptions column={{ xs: 1, sm: 2 }} size="small" style={{ marginBottom: 16 }}>
              <Descriptions.Item label="学校代码">{school.code}</Descriptions.Item>
              {school.districtName ? <Descriptions.Item label="所属教育局">{school.districtName}</Descriptions.Item> : null}
            </Descriptions>
            <Form form={form} layout="vertical" disabled={!editable} onFinish={(v) => save.mutate(v)}>
              <Form.Item name="name" label={t('学校名称')} rules={[{ required: true, message: '请填写学校名称' }, { min: 2, message: '至少 2 个字' }]}>
                <Input maxLength={60} />
              </Form.Item>
              <Form.Item name="address" label={t('地址')}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="timezone" label={t('时区')} extra="用于计算“今天”、工作时间和报修时限。国内学校一般为北京时间。">
                <Select options={TIME_ZONE_OPTIONS} showSearch />
              </Form.Item>
              {editable ? <Button type="primary" htmlType="submit" loading={save.isPending}>{t('保存')}</Button> : (
                <Alert type="info" showIcon message="只有系统管理员可以修改学校信息" />
              )}
            </Form>
          </>
        )}
      </Card>
    </PageContainer>
  );
}
