import { vi } from 'vitest';
import type { VaultEntry } from '../../../shared/schema/vault';
import {
  JOURNAL_INDEX_KEY,
  SEARCH_INDEX_STORE_NAME,
  SearchIndexStore,
} from '../../../renderer/src/services/search/searchIndexStore';
import { JournalSearchService } from '../../../renderer/src/services/search/JournalSearchService';

export function entry(id: string, fields: Partial<VaultEntry> = {}): VaultEntry {
  return {
    id,
    kind: 'reflection',
    title: `Entry ${id}`,
    createdAt: 1,
    updatedAt: 1,
    tags: [],
    templateId: 'blank',
    excerpt: '',
    wordCount: 0,
    links: [],
    deletedAt: null,
    ...fields,
  };
}

/** Item documents stand-in: body text per id, with a spy to count how many get opened. */
export function bodySource(bodies: Record<string, string>) {
  const texts = new Map(Object.entries(bodies));
  const loadBodyText = vi.fn((id: string) => {
    const text = texts.get(id);
    return text === undefined ? Promise.reject(new Error(`no document ${id}`)) : Promise.resolve(text);
  });
  return { texts, loadBodyText };
}

let dbCounter = 0;
/** Each test gets its own database; fake-indexeddb keeps databases for the whole file. */
export function freshStore() {
  const logger = { warn: vi.fn() };
  const store = new SearchIndexStore({ dbName: `tandem/search-index-test-${++dbCounter}`, logger });
  return { store, logger };
}

export function makeService(store: SearchIndexStore | null, logger = { warn: vi.fn() }) {
  return new JournalSearchService({ store, logger, lifecycle: null, stateElement: null });
}

/** Writes a value behind the store's back, as a damaged or foreign database would hold it. */
export async function putRaw(dbName: string, value: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(SEARCH_INDEX_STORE_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(SEARCH_INDEX_STORE_NAME, 'readwrite');
    tx.objectStore(SEARCH_INDEX_STORE_NAME).put(value, JOURNAL_INDEX_KEY);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('put failed'));
  });
  db.close();
}

export const hitIds = (service: JournalSearchService, query: string) =>
  service.query(query).map((hit) => hit.id);
