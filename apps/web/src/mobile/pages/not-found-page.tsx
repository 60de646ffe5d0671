import { Button, ErrorBlock } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { Page } from '../components/page';

/** An unknown phone path, most often a link to a feature not yet available on the phone. */
export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Page title="页面不存在" backTo="/m">
      <ErrorBlock className="m-error-block" status="empty" title="页面不存在"
        description="该页面不存在，或此功能暂未在手机上开放。可以回到首页，或在电脑上使用完整功能。">
        <div className="m-actions">
          <Button block color="primary" size="large" onClick={() => navigate('/m')}>回到首页</Button>
          <Button block size="large" onClick={() => window.location.assign('/')}>打开电脑版</Button>
        </div>
      </ErrorBlock>
    </Page>
  );
}
