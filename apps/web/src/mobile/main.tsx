import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<div>后勤 · 手机版</div>);
