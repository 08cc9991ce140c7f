import { useEffect, useState } from 'react';
import { DocumentDamagedError } from '../data/DocPersistence';
import { AppServicesContext } from './AppServicesContext';
import { AppRoutes } from './AppRoutes';
import { bootServices, type AppServices, type BootOptions } from './services';
import './app.css';
import './shell.css';

type BootState =
  { status: 'booting' } | { status: 'ready'; services: AppServices } | { status: 'failed'; message: string };

/** Boots the local store (the vault index only), then shows the app. */
export function App({ bootOptions }: { bootOptions?: BootOptions }) {
  const [boot, setBoot] = useState<BootState>({ status: 'booting' });
  useEffect(() => {
    let active = true;
    let booted: AppServices | null = null;
    bootServices(bootOptions).then(
      (services) => {
        booted = services;
        if (active) setBoot({ status: 'ready', services });
        else void services.store.closeAll();
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
  }, [bootOptions]);

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
