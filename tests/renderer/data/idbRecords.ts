/** Raw access to a y-indexeddb database's `updates` store, to inspect or damage it in tests. */

function openDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`Could not open ${name}`));
  });
}

function run<T>(
  name: string,
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return openDb(name).then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(['updates'], mode);
        const request = body(tx.objectStore('updates'));
        tx.oncomplete = () => {
          db.close();
          resolve(request.result);
        };
        tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
      }),
  );
}

export function readUpdateRecords(name: string): Promise<Uint8Array[]> {
  return run(name, 'readonly', (store) => store.getAll() as IDBRequest<Uint8Array[]>);
}

export async function appendRawRecord(name: string, bytes: Uint8Array): Promise<void> {
  await run(name, 'readwrite', (store) => store.add(bytes));
}
