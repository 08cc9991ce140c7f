/**
 * Recently seen entry bodies, for snippets around the match. Bounded: a first index build reads
 * every body once, and keeping a 10-year journal's ~2.5 MB of text alive for the few snippets
 * on screen is not worth it. Keyed by `updatedAt` too, so an edited entry never shows a
 * snippet of its old text.
 */
export class BodyTextCache {
  private readonly texts = new Map<string, { updatedAt: number; text: string }>();

  constructor(private readonly capacity = 64) {}

  get(id: string, updatedAt: number): string | undefined {
    const hit = this.texts.get(id);
    if (!hit || hit.updatedAt !== updatedAt) return undefined;
    // Re-insert so Map order doubles as least-recently-used order.
    this.texts.delete(id);
    this.texts.set(id, hit);
    return hit.text;
  }

  has(id: string, updatedAt: number): boolean {
    return this.texts.get(id)?.updatedAt === updatedAt;
  }

  set(id: string, updatedAt: number, text: string): void {
    this.texts.delete(id);
    this.texts.set(id, { updatedAt, text });
    while (this.texts.size > this.capacity) {
      const oldest = this.texts.keys().next().value;
      if (oldest === undefined) break;
      this.texts.delete(oldest);
    }
  }

  delete(id: string): void {
    this.texts.delete(id);
  }
}
