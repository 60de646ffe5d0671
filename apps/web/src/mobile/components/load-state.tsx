import { Button, ErrorBlock } from 'antd-mobile';
import type { ReactNode } from 'react';
import type { Failure } from '../lib/describe-error';

export function Loading({ text = '加载中…' }: { text?: string }) {
  return (
    <div className="m-center" role="status">
      {/* A CSS spinner: antd-mobile's SpinLoading would pull its animation library into every page. */}
      <div className="m-boot-spinner" />
      <div className="m-muted">{text}</div>
    </div>
  );
}

interface FailedProps {
  failure: Failure;
  /** Shown for failures worth retrying (network, server). */
  onRetry?: () => void;
  title?: string;
  /** Replaces the server's sentence when the page can say something more useful. */
  description?: ReactNode;
  children?: ReactNode;
}

/** A failed load in words a teacher understands, with a retry where retrying can help. */
export function LoadFailed({ failure, onRetry, title, description, children }: FailedProps) {
  const retryable = failure.kind === 'network' || failure.kind === 'server';
  return (
    <ErrorBlock
      className="m-error-block"
      status={failure.kind === 'network' ? 'disconnected' : failure.kind === 'notFound' ? 'empty' : 'default'}
      title={title ?? (failure.kind === 'network' ? '网络连接失败' : failure.kind === 'notFound' ? '内容不存在' : '加载失败')}
      description={description ?? failure.message}
    >
      <div className="m-actions">
        {retryable && onRetry && <Button block color="primary" size="large" onClick={onRetry}>重试</Button>}
        {children}
      </div>
    </ErrorBlock>
  );
}
