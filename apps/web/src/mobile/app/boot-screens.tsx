// Plain markup for the moments before any page chunk (and antd-mobile) has loaded.
import type { Failure } from '../lib/describe-error';

export function BootSpinner() {
  return (
    <div className="m-boot" role="status" aria-label="加载中">
      <div className="m-boot-spinner" />
    </div>
  );
}

export function BootFailed({ failure, onRetry }: { failure: Failure; onRetry: () => void }) {
  const title = failure.kind === 'setup' ? '系统尚未初始化' : failure.kind === 'network' ? '网络连接失败' : '加载失败';
  const hint = failure.kind === 'setup' ? '请在电脑上打开本系统首页，完成学校和管理员的设置。' : failure.message;
  return (
    <div className="m-boot">
      <div className="m-boot-title">{title}</div>
      <div className="m-boot-hint">{hint}</div>
      {failure.kind !== 'setup' && <button type="button" className="m-boot-button" onClick={onRetry}>重试</button>}
    </div>
  );
}
