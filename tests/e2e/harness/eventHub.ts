import type { Page } from 'playwright-core';
import type { MainEventSink } from '../../../electron/main/mainEventSink';
import type { MainEventName } from '../../../shared/ipc/mainEventChannels';

/**
 * The harness's `webContents.send`: main-side services report events here (it is a
 * MainEventSink), and each page collects them through the preload stand-in, which long-polls
 * one Playwright binding (see tandemBridge.ts). Every page that has polled gets every event,
 * in order, as every window would in Electron. Events sent before a page first polls are not
 * kept for it, like events sent to a window that has not loaded yet.
 */

export interface QueuedEvent {
  event: MainEventName;
  payload: unknown;
}

interface PageQueue {
  events: QueuedEvent[];
  waiting: ((batch: QueuedEvent[]) => void) | null;
}

export class HarnessEventHub implements MainEventSink {
  private readonly queues = new Map<Page, PageQueue>();
  /** Everything sent, for tests that want to see what main told the window. */
  readonly sent: QueuedEvent[] = [];

  send(event: MainEventName, payload: unknown): void {
    const queued = { event, payload };
    this.sent.push(queued);
    for (const queue of this.queues.values()) {
      queue.events.push(queued);
      this.deliver(queue);
    }
  }

  /** The page's next batch of events; waits until there is one. */
  next(page: Page): Promise<QueuedEvent[]> {
    let queue = this.queues.get(page);
    if (!queue) {
      queue = { events: [], waiting: null };
      this.queues.set(page, queue);
      page.once('close', () => this.forget(page));
    }
    // A poll left over from before a reload gets an empty answer; the new document polls now.
    queue.waiting?.([]);
    const current = queue;
    const batch = new Promise<QueuedEvent[]>((resolve) => {
      current.waiting = resolve;
    });
    this.deliver(current);
    return batch;
  }

  private deliver(queue: PageQueue): void {
    if (queue.events.length === 0 || !queue.waiting) return;
    const resolve = queue.waiting;
    const batch = queue.events;
    queue.waiting = null;
    queue.events = [];
    resolve(batch);
  }

  private forget(page: Page): void {
    this.queues.get(page)?.waiting?.([]);
    this.queues.delete(page);
  }

  /** Releases every waiting poll (before closing the browser). */
  close(): void {
    for (const page of [...this.queues.keys()]) this.forget(page);
  }
}
