// First: teaches antd 5 to render under React 19 (message/modal static methods, wave effect).
import '@ant-design/v5-patch-for-react-19';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(<App />);
