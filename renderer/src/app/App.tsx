import { useEffect, useState } from 'react';
import { DocumentDamagedError } from '../data/DocPersistence';
import { AppServicesContext } from './AppServicesContext';
import { AppRoutes } from './AppRoutes';
import type { AppServices } from './services';
import './app.css';
import './shell.css';

type BootState =
  { status: 'booting' } | { status: 'ready'; services: AppServices } | { status: 'failed'; message: string };

/**
 * Shows the app once the local store has booted (the vault index only). The boot is started
 * by the caller before React renders, so reading IndexedDB overlaps parsing and first render.
 */
export function App({ boot: booting }: { boot: Promise<AppServices> }) {
  const [boot, setBoot] = useState<BootState>({ status: 'booting' });
  useEffect(() => {
    let active = true;
    let booted: AppServices | null = null;
    booting.then(
      (services) => {
        if (!active) return;
        booted = services;
        setBoot({ status: 'ready', services });
      },
      (error: unknown) =>
        active &&
        setBoot({
          status: 'failed',
          message:
            error instanceof DocumentDamagedError
              ? error.message
              : `Tandem could not open your journal: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
    return () => {
      active = false;
      // Writes are batched for a few milliseconds; closing flushes them so nothing typed is lost.
      if (booted) void booted.store.closeAll();
    };
  }, [booting]);

  if (boot.status === 'booting') return <div className="page-message" aria-busy="true" />;
  if (boot.status === 'failed') {
    return (
      <main className="page-message" role="alert">
        <h1>Your journal could not be opened</h1>
        <p>{boot.message}</p>
      </main>
    );
  }
  return (
    <AppServicesContext.Provider value={boot.services}>
      <AppRoutes />
    </AppServicesContext.Provider>
  );
}
