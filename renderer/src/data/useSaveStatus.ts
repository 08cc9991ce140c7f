import { useSyncExternalStore } from 'react';
import type { DocumentStore, SaveStatus } from './DocumentStore';

export function useSaveStatus(store: DocumentStore): SaveStatus {
  return useSyncExternalStore(store.subscribe, store.getStatus);
}
