import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../../electron/main/mirror/keyedQueue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('KeyedQueue', () => {
  it('never overlaps tasks of one key, keeps their order, and survives a failing task', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    let running = 0;
    const task =
      (name: string, fail = false) =>
      async () => {
        running += 1;
        expect(running).toBe(1);
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        running -= 1;
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      queue.run('doc', task('a')),
      queue.run('doc', task('b', true)),
      queue.run('doc', task('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(queue.isIdle()).toBe(true);
  });

  it('runs different keys concurrently', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    let release: () => void = () => undefined;
    const blocked = queue.run('one', () => new Promise<void>((resolve) => (release = resolve)));
    await queue.run('two', () => {
      order.push('two ran while one was blocked');
      return Promise.resolve();
    });
    expect(order).toHaveLength(1);
    expect(queue.isIdle()).toBe(false);
    release();
    await blocked;
    await queue.whenIdle();
    expect(queue.isIdle()).toBe(true);
  });
});
