import type { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron mocked at the module boundary: a Notification that records what it was asked.
const electron = vi.hoisted(() => ({ supported: true, instances: [] as unknown[] }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class Notification extends Emitter {
    static isSupported(): boolean {
      return electron.supported;
    }
    shown = 0;
    constructor(readonly options: { title: string; body: string }) {
      super();
      electron.instances.push(this);
    }
    show(): void {
      this.shown += 1;
    }
  }
  return { Notification };
});

const { bringToFront, createDesktopNotifier } =
  await import('../../../electron/main/reminders/desktopNotifier.electron');

type FakeNotification = EventEmitter & { options: { title: string; body: string }; shown: number };
const instances = () => electron.instances as FakeNotification[];

const reminder = {
  id: 'reflection',
  title: 'Time to reflect',
  body: 'Your weekly reflection is due.',
  dueAt: 0,
  rhythm: 'weekly' as const,
};

beforeEach(() => {
  electron.supported = true;
  electron.instances.length = 0;
});

describe('desktop notifier', () => {
  it('shows a notification with the reminder text; a click brings the window forward and opens the reminder', () => {
    const order: string[] = [];
    const showMainWindow = vi.fn(() => order.push('show'));
    const openReminder = vi.fn((id: string) => order.push(`open ${id}`));
    const notifier = createDesktopNotifier({ showMainWindow, openReminder });
    notifier.notify(reminder);
    const [shown] = instances();
    expect(shown?.options).toEqual({ title: 'Time to reflect', body: 'Your weekly reflection is due.' });
    expect(shown?.shown).toBe(1);
    expect(notifier.onScreen).toBe(1);
    expect(showMainWindow).not.toHaveBeenCalled();
    expect(openReminder).not.toHaveBeenCalled();
    shown?.emit('click', {});
    expect(showMainWindow).toHaveBeenCalledTimes(1);
    expect(order).toEqual(['show', `open ${reminder.id}`]);
    expect(notifier.onScreen).toBe(0);
  });

  it('while Tandem is locked says only "Tandem reminder", with no title or text of its own', () => {
    let locked = true;
    const notifier = createDesktopNotifier({
      showMainWindow: vi.fn(),
      lockedTitle: () => (locked ? 'Tandem reminder' : null),
    });
    notifier.notify(reminder);
    locked = false;
    notifier.notify(reminder);
    expect(instances().map((n) => n.options)).toEqual([
      { title: 'Tandem reminder', body: '' },
      { title: 'Time to reflect', body: 'Your weekly reflection is due.' },
    ]);
  });

  it('lets go of notifications that were closed or failed', () => {
    const log = vi.fn();
    const notifier = createDesktopNotifier({ showMainWindow: vi.fn(), log });
    notifier.notify(reminder);
    notifier.notify({ ...reminder, id: 'plan-review:P1' });
    expect(notifier.onScreen).toBe(2);
    instances()[0]?.emit('close', {});
    instances()[1]?.emit('failed', {}, 'toast error');
    expect(notifier.onScreen).toBe(0);
    expect(log).toHaveBeenCalledWith('could not show the plan-review:P1 notification: toast error');
  });

  it('does nothing (and says so) where notifications are not supported', () => {
    electron.supported = false;
    const log = vi.fn();
    createDesktopNotifier({ showMainWindow: vi.fn(), log }).notify(reminder);
    expect(instances()).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('not supported'));
  });

  it('un-minimises, shows and focuses a window', () => {
    const calls: string[] = [];
    const win = {
      isDestroyed: () => false,
      isMinimized: () => true,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    };
    bringToFront(win);
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });
});
