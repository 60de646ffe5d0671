import { Button, Input } from 'antd-mobile';
import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Page } from '../components/page';
import { extractQrCode, normalizeTypedCode } from '../scan/extract-qr-code';
import { useQrScanner, type ScannerState } from '../scan/use-qr-scanner';

const STATUS_TEXT: Record<ScannerState, string> = {
  checking: '正在打开相机…',
  starting: '正在打开相机…',
  scanning: '将二维码放入框内，即可自动识别',
  done: '已识别，正在打开…',
  unsupported: '此浏览器不支持网页扫码。可以用微信或手机相机扫描标签上的二维码，或在下方输入编号。',
  denied: '没有相机权限。请在浏览器设置中允许使用相机，或在下方输入编号。',
  failed: '相机无法打开。请在下方输入二维码标签上的编号。',
};

/** Camera scanning with the browser's own QR decoder, and typing the label code as the fallback. */
export function ScanPage() {
  const navigate = useNavigate();
  const video = useRef<HTMLVideoElement>(null);
  const [wrongCode, setWrongCode] = useState(false);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | null>(null);

  const onText = useCallback((text: string) => {
    const code = extractQrCode(text);
    if (!code) {
      setWrongCode(true);
      return false;
    }
    navigate(`/q/${encodeURIComponent(code)}`);
    return true;
  }, [navigate]);
  const state = useQrScanner(video, onText);
  const cameraShown = state === 'starting' || state === 'scanning' || state === 'done' || state === 'checking';

  const submitTyped = () => {
    // A pasted label link works too; otherwise the text must look like a code.
    const code = extractQrCode(typed);
    if (code) return navigate(`/q/${encodeURIComponent(code)}`);
    setTypedError(normalizeTypedCode(typed).error ?? null);
  };

  return (
    <Page title="扫码">
      {cameraShown && (
        <div className="m-scan-view">
          <video ref={video} className="m-scan-video" muted playsInline />
          <div className="m-scan-frame" aria-hidden="true" />
        </div>
      )}
      {!cameraShown && <video ref={video} hidden muted playsInline />}
      <div className={`m-scan-status${cameraShown ? '' : ' m-scan-status-box'}`} role="status">
        {wrongCode && state === 'scanning' ? '这不是学校后勤的二维码，请对准教室门口或设备上的标签' : STATUS_TEXT[state]}
      </div>
      <form className="m-card m-manual" onSubmit={(e) => { e.preventDefault(); submitTyped(); }}>
        <label className="m-manual-label" htmlFor="m-manual-code">手动输入编号</label>
        <div className="m-manual-hint">编号印在二维码标签的下方</div>
        <div className="m-manual-row">
          <Input id="m-manual-code" className="m-manual-input" placeholder="如 7KXM2PQR9A" value={typed}
            onChange={(v) => { setTyped(v); setTypedError(null); }} clearable autoComplete="off" />
          <Button color="primary" size="large" type="submit">前往</Button>
        </div>
        {typedError && <div className="m-field-error" role="alert">{typedError}</div>}
      </form>
    </Page>
  );
}
