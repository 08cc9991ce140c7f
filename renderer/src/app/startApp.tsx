import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { OpenedStore } from './openStore';
import { finishBoot } from './services';

/** Renders the app around a store whose vault is already loading. */
export function startApp(opened: OpenedStore): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Tandem: #root element missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <App boot={finishBoot(opened)} />
    </StrictMode>,
  );
}
