import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<div>后勤管理</div>);
