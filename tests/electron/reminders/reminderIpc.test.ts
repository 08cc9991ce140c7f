import type { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainHandlers } from '../../../electron/main/ipc/handlers';
import { type ReminderService } from '../../../electron/main/reminders/ReminderScheduler';
import { invokeHandler } from '../../../electron/main/ipc/invokeHandler';
import { createClickedReminder } from '../../../electron/main/reminders/clickedReminder';
import { fake, FakeBrowserWindow, resetFakeElectron } from '../fakeElectron';

// The project's Electron stand-in plus a Notification (its getters still read the current fakes).
const notifications = vi.hoisted(() => [] as unknown[]);
vi.mock('electron', async () => {
  const { electronModule } = await import('../fakeElectron');
  const { EventEmitter: Emitter } = await import('node:events');
  class Notification extends Emitter {
    static isSupported = () => true;
    constructor(readonly options: { title: string; body: string }) {
      super();
    }
    show(): void {
      notifications.push(this);
    }
  }
  return Object.defineProperties({ Notification }, Object.getOwnPropertyDescriptors(electronModule));
});

const { startMainProcess } = await import('../../../electron/main/mainProcess.electron');

const trusted = ['app://tandem'];
const appFrame = { url: 'app://tandem/index.html#/journal', isMainFrame: true };
const reminder = { id: 'reflection', title: 'Time to reflect', body: 'Due.', dueAt: 1000, rhythm: 'weekly' };
const syncArgs = { reminders: [reminder], timeZone: 'Europe/Berlin', preferredTime: '09:00' };

function handlersWith(reminders?: ReminderService) {
  return createMainHandlers({
    appInfo: { name: 'Tandem', version: '1.0.0', platform: 'linux' },
    mirror: {
      append: () => Promise.resolve({ bytesOnDisk: 0 }),
      load: () => Promise.resolve({ update: null, damagedRecords: 0 }),
      purge: () => Promise.resolve(),
      compactCollected: () => Promise.resolve(),
    },
    openExternal: () => Promise.resolve(),
    ...(reminders ? { reminders } : {}),
  });
}

describe('reminder IPC channels', () => {
  it('hand parsed arguments to the scheduler', async () => {
    const service = {
      sync: vi.fn(() => Promise.resolve({ scheduled: 1, nextCheckAt: 5000 })),
      snooze: vi.fn(() => Promise.resolve({ snoozed: true })),
    };
    const handlers = handlersWith(service);
    await expect(
      invokeHandler(handlers, 'tandem:reminders:sync', syncArgs, appFrame, trusted),
    ).resolves.toEqual({
      scheduled: 1,
      nextCheckAt: 5000,
    });
    expect(service.sync).toHaveBeenCalledWith(syncArgs);
    await expect(
      invokeHandler(
        handlers,
        'tandem:reminders:snooze',
        { id: 'reflection', until: 7000 },
        appFrame,
        trusted,
      ),
    ).resolves.toEqual({ snoozed: true });
    expect(service.snooze).toHaveBeenCalledWith('reflection', 7000);
  });

  it('refuse malformed and oversized arguments before the scheduler sees them', async () => {
    const service = { sync: vi.fn(), snooze: vi.fn() };
    const handlers = handlersWith(service);
    const call = (args: unknown) => invokeHandler(handlers, 'tandem:reminders:sync', args, appFrame, trusted);
    await expect(call({ ...syncArgs, timeZone: 'Mars/Base' })).rejects.toThrow(
      'Invalid arguments for tandem:reminders:sync: timeZone must be an IANA time zone',
    );
    await expect(call({ ...syncArgs, reminders: [{ ...reminder, id: '../../etc' }] })).rejects.toThrow(
      'reminders.0.id must look like',
    );
    const many = Array.from({ length: 501 }, (_, i) => ({ ...reminder, id: `plan-review:p${i}` }));
    await expect(call({ ...syncArgs, reminders: many })).rejects.toThrow(/reminders Too big/i);
    await expect(call({ ...syncArgs, reminders: [{ ...reminder, body: 'x'.repeat(1001) }] })).rejects.toThrow(
      'reminders.0.body',
    );
    await expect(
      invokeHandler(
        handlers,
        'tandem:reminders:snooze',
        { id: 'reflection', until: 'soon' },
        appFrame,
        trusted,
      ),
    ).rejects.toThrow('until');
    await expect(
      invokeHandler(
        handlers,
        'tandem:reminders:sync',
        syncArgs,
        { url: 'https://evil.example/', isMainFrame: true },
        trusted,
      ),
    ).rejects.toThrow('untrusted origin');
    expect(service.sync).not.toHaveBeenCalled();
    expect(service.snooze).not.toHaveBeenCalled();
  });

  it('accept and drop reminders when main runs without a scheduler (the e2e harness)', async () => {
    const handlers = handlersWith();
    await expect(
      invokeHandler(handlers, 'tandem:reminders:sync', syncArgs, appFrame, trusted),
    ).resolves.toEqual({
      scheduled: 0,
      nextCheckAt: null,
    });
    await expect(
      invokeHandler(handlers, 'tandem:reminders:snooze', { id: 'reflection', until: 1 }, appFrame, trusted),
    ).resolves.toEqual({ snoozed: false });
  });
});

describe('reminders in the main process', () => {
  let root: string;
  beforeEach(async () => {
    resetFakeElectron();
    notifications.length = 0;
    root = await mkdtemp(join(tmpdir(), 'tandem-main-reminders-'));
    await mkdir(join(root, 'out', 'renderer'), { recursive: true });
    await writeFile(join(root, 'out', 'renderer', 'index.html'), '<!doctype html><title>Tandem</title>');
    fake.app.userData = join(root, 'userData');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('raises a due reminder once, remembers it in userData, and a click brings the window back and opens the reminder', async () => {
    const started = startMainProcess({
      mainDir: join(root, 'out', 'main'),
      devServerUrl: undefined,
      platform: 'linux',
      log: () => undefined,
    });
    fake.app.becomeReady();
    await started?.ready;
    const sync = fake.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === 'tandem:reminders:sync',
    )?.[1] as (event: unknown, args: unknown) => Promise<unknown>;
    const frame = { url: 'app://tandem/index.html', parent: null };
    const event = { senderFrame: frame, sender: { mainFrame: frame } };
    // Real clock: UTC and a preferred time of 00:00, so the reminder is due whenever this runs.
    const args = { ...syncArgs, timeZone: 'UTC', preferredTime: '00:00' };
    await expect(sync(event, args)).resolves.toMatchObject({ scheduled: 1 });
    await sync(event, args);
    expect(notifications).toHaveLength(1);
    const saved = JSON.parse(await readFile(join(root, 'userData', 'reminders.json'), 'utf8')) as unknown;
    expect(saved).toMatchObject({ version: 1, reminders: { reflection: { snoozedUntil: null } } });

    const win = FakeBrowserWindow.instances.at(-1)!;
    win.minimized = true;
    (notifications[0] as EventEmitter).emit('click', {});
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
    // …and the window is told which reminder, so it opens what the reminder is about.
    expect(win.webContents.sent.filter((s) => s.channel === 'tandem:event:openReminder')).toEqual([
      { channel: 'tandem:event:openReminder', payload: { reminderId: 'reflection' } },
    ]);
  });
});

describe('a reminder clicked while no window is open (macOS)', () => {
  let root: string;
  beforeEach(async () => {
    resetFakeElectron();
    notifications.length = 0;
    root = await mkdtemp(join(tmpdir(), 'tandem-main-reminders-mac-'));
    await mkdir(join(root, 'out', 'renderer'), { recursive: true });
    await writeFile(join(root, 'out', 'renderer', 'index.html'), '<!doctype html><title>Tandem</title>');
    fake.app.userData = join(root, 'userData');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const handler = (channel: string) =>
    fake.ipcMain.handle.mock.calls.find(([c]) => c === channel)?.[1] as (
      event: unknown,
      args: unknown,
    ) => Promise<unknown>;
  const frame = { url: 'app://tandem/index.html', parent: null };
  const fromWindow = { senderFrame: frame, sender: { mainFrame: frame } };

  it('is held until the reopened window starts and asks, and opens once', async () => {
    const started = startMainProcess({
      mainDir: join(root, 'out', 'main'),
      devServerUrl: undefined,
      platform: 'darwin',
      log: () => undefined,
    });
    fake.app.becomeReady();
    await started?.ready;
    const args = { ...syncArgs, timeZone: 'UTC', preferredTime: '00:00' };
    await handler('tandem:reminders:sync')(fromWindow, args);
    expect(notifications).toHaveLength(1);

    // The person closes the window; on macOS Tandem keeps running with none open.
    const first = FakeBrowserWindow.instances.at(-1)!;
    first.destroyed = true;
    first.emit('closed');
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(0);

    (notifications[0] as EventEmitter).emit('click', {});
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1));
    const reopened = FakeBrowserWindow.getAllWindows()[0]!;
    expect(reopened).not.toBe(first);

    // Its renderer starts after the click: it asks main, which still holds the reminder…
    const take = handler('tandem:reminders:takeClicked');
    await expect(take(fromWindow, {})).resolves.toEqual({ reminderId: 'reflection' });
    // …and only once: a reload or a second window does not open it again.
    await expect(take(fromWindow, {})).resolves.toEqual({ reminderId: null });
  });

  it('told to a running window is not opened a second time when it next starts', async () => {
    const started = startMainProcess({
      mainDir: join(root, 'out', 'main'),
      devServerUrl: undefined,
      platform: 'darwin',
      log: () => undefined,
    });
    fake.app.becomeReady();
    await started?.ready;
    await handler('tandem:reminders:sync')(fromWindow, {
      ...syncArgs,
      timeZone: 'UTC',
      preferredTime: '00:00',
    });
    (notifications[0] as EventEmitter).emit('click', {});
    const win = FakeBrowserWindow.instances.at(-1)!;
    expect(win.webContents.sent.filter((s) => s.channel === 'tandem:event:openReminder')).toHaveLength(1);
    // The window, told, takes main's copy as it opens the reminder; nothing is left for later.
    const take = handler('tandem:reminders:takeClicked');
    await expect(take(fromWindow, {})).resolves.toEqual({ reminderId: 'reflection' });
    await expect(take(fromWindow, {})).resolves.toEqual({ reminderId: null });
  });
});

describe('the held click', () => {
  it('keeps the newest click, gives it once, and lets an old one go', () => {
    let now = 1_000;
    const held = createClickedReminder(() => now, 60_000);
    expect(held.take()).toBeNull();
    held.hold('reflection');
    held.hold('plan-review:p1');
    expect(held.take()).toBe('plan-review:p1');
    expect(held.take()).toBeNull();
    held.hold('reflection');
    now += 60_001;
    expect(held.take()).toBeNull();
  });
});

describe('reminder modules that must run without Electron', () => {
  const importPattern = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm;
  function electronImportsReachableFrom(entry: string, seen = new Set<string>()): string[] {
    if (seen.has(entry)) return [];
    seen.add(entry);
    const offenders: string[] = [];
    for (const match of readFileSync(entry, 'utf8').matchAll(importPattern)) {
      const specifier = match[3]!;
      if (match[2] !== undefined) continue;
      if (specifier === 'electron' || specifier.startsWith('electron/')) offenders.push(entry);
      // Message catalogues are JSON: data, with no imports of their own.
      if (specifier.startsWith('.') && !specifier.endsWith('.json')) {
        offenders.push(...electronImportsReachableFrom(resolve(dirname(entry), `${specifier}.ts`), seen));
      }
    }
    return offenders;
  }

  it.each(['ReminderScheduler.ts', 'reminderStateFile.ts'])('%s imports no electron at runtime', (file) => {
    expect(electronImportsReachableFrom(resolve('electron/main/reminders', file))).toEqual([]);
  });

  it('the adapter does (so the check above can see one)', () => {
    expect(
      electronImportsReachableFrom(resolve('electron/main/reminders/startReminders.electron.ts')),
    ).toEqual([resolve('electron/main/reminders/desktopNotifier.electron.ts')]);
  });
});
