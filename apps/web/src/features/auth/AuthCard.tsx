import { Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Logo } from '../../components/Logo';
import { t } from '../../lib/i18n';

/** The centred card every signed-out page sits in. */
export function AuthCard({ title, subtitle, children, width = 420 }: { title: string; subtitle?: ReactNode; children: ReactNode; width?: number }) {
  return (
    <div style={{ minHeight: '100vh', background: 'linear-gradient(180deg, #e6f0ff 0%, #f5f7fa 60%)', padding: '48px 16px' }}>
      <div style={{ maxWidth: width, margin: '0 auto' }}>
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} align="center">
          <Space align="center"><Logo size={32} /><Typography.Title level={3} style={{ margin: 0 }}>{t('后勤管理')}</Typography.Title></Space>
          <LanguageSwitch />
        </Space>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }}>{title}</Typography.Title>
          {subtitle ? <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph> : null}
          {children}
        </Card>
      </div>
    </div>
  );
}
