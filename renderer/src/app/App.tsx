import { useEffect } from 'react';
import { AppServicesContext } from './AppServicesContext';
import { AppRoutes } from './AppRoutes';
import type { AppServices } from './services';
import './app.css';
import './shell.css';

/** The app around services that have booted (see startApp). */
export function App({ services }: { services: AppServices }) {
  useEffect(
    () => () => {
      // Writes are batched for a few milliseconds; closing flushes them so nothing typed is lost.
      void services.store.closeAll();
    },
    [services],
  );
  return (
    <AppServicesContext.Provider value={services}>
      <AppRoutes />
    </AppServicesContext.Provider>
  );
}

/** Shown instead of the app when the journal cannot be opened at all. */
export function BootFailure({ message }: { message: string }) {
  return (
    <main className="page-message" role="alert">
      <h1>Your journal could not be opened</h1>
      <p>{message}</p>
    </main>
  );
}
