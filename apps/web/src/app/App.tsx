import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { Boot } from './Boot';
import './global.css';
import { LocaleProvider } from './LocaleProvider';
import { createQueryClient } from './query-client';

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <LocaleProvider>
        <BrowserRouter>
          <Boot />
        </BrowserRouter>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
