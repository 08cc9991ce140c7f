import { createContext, useContext } from 'react';
import type { DocumentStore, OpenDocument } from '../data/DocumentStore';
import type { GrowthRepository } from './growth/GrowthRepository';
import type { JournalRepository } from './journal/JournalRepository';
import type { JournalSearchService } from './search/JournalSearchService';

/**
 * Everything the UI needs, created once at boot (app/services.ts) and handed down through
 * context. Features read it with `useAppServices`; they never import app/, which sits above them.
 */
export interface AppServices {
  store: DocumentStore;
  vault: OpenDocument;
  journal: JournalRepository;
  growth: GrowthRepository;
  search: JournalSearchService;
  now: () => number;
}

export const AppServicesContext = createContext<AppServices | null>(null);

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices must be used inside <AppServicesContext.Provider>');
  return services;
}
