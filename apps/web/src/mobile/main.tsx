import 'antd-mobile/es/global';
import './mobile.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app/routes';
import { SessionProvider } from './app/session';

// The phone entry (mobile.html): QR landing pages and the teacher/technician pages under /m.
// It shares nothing with the admin shell but the API client, so a phone never loads antd.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </SessionProvider>
  </StrictMode>,
);
