import { CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Typography, message } from 'antd';

export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Plain http (no secure context) has no clipboard API: fall back to a hidden textarea.
    const area = document.createElement('textarea');
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  void message.success('已复制');
}

/** A password the server shows exactly once: big, copyable, with a warning that it will not come back. */
export function OneTimeSecret({ open, title, who, secret, onClose }: { open: boolean; title: string; who: string; secret: string; onClose: () => void }) {
  return (
    <Modal open={open} title={title} onCancel={onClose} maskClosable={false}
      footer={<Button type="primary" onClick={onClose}>我已记下</Button>}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>{who}</Typography.Text>
        <div style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 8 }}>
          <Typography.Text strong style={{ fontSize: 24, fontFamily: 'monospace', flex: 1, letterSpacing: 1 }} data-testid="one-time-secret">{secret}</Typography.Text>
          <Button icon={<CopyOutlined />} onClick={() => void copyText(secret)}>复制</Button>
        </div>
        <Alert type="warning" showIcon message="密码只显示这一次，关闭后无法再查看。请当面或通过可靠渠道交给本人；对方首次登录时必须修改密码。" />
      </Space>
    </Modal>
  );
}
