/**
 * Runs async tasks one at a time per key (one document's appends, loads and compactions never
 * interleave) while different keys run concurrently.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    // A failed task must not block the ones queued after it.
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  isIdle(): boolean {
    return this.tails.size === 0;
  }

  /** Resolves once every queued task, including ones queued meanwhile, has settled. */
  async whenIdle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }
}
