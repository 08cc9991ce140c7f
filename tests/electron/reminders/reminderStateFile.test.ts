import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  readReminderStates,
  REMINDER_STATE_FILE,
  writeReminderStates,
} from '../../../electron/main/reminders/reminderStateFile';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-reminder-state-'));
  path = join(dir, 'nested', REMINDER_STATE_FILE);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const states = {
  reflection: { lastNotifiedDay: '2026-06-08', snoozedUntil: null },
  'plan-review:P1': { lastNotifiedDay: null, snoozedUntil: 1_780_000_000_000 },
};

describe('reminders.json', () => {
  it('reads nothing, quietly, when there is no file yet', async () => {
    const damaged: string[] = [];
    await expect(readReminderStates({ path, onDamaged: (m) => damaged.push(m) })).resolves.toEqual({});
    expect(damaged).toEqual([]);
  });

  it('round-trips through a write that leaves no temporary file behind', async () => {
    await writeReminderStates(path, states);
    await expect(readReminderStates({ path })).resolves.toEqual(states);
    expect(await readdir(join(dir, 'nested'))).toEqual([REMINDER_STATE_FILE]);
    await writeReminderStates(path, {});
    await expect(readReminderStates({ path })).resolves.toEqual({});
  });

  it.each([
    ['not JSON', '{"version": 1,'],
    ['a newer format', JSON.stringify({ version: 2, reminders: {} })],
    [
      'a bad id',
      JSON.stringify({ version: 1, reminders: { '../evil': { lastNotifiedDay: null, snoozedUntil: null } } }),
    ],
    [
      'a bad day',
      JSON.stringify({
        version: 1,
        reminders: { reflection: { lastNotifiedDay: '2026-13-01', snoozedUntil: null } },
      }),
    ],
    ['null', 'null'],
  ])('sets aside %s and starts clean', async (_what, content) => {
    await mkdir(join(dir, 'nested'));
    await writeFile(path, content);
    const damaged: string[] = [];
    await expect(
      readReminderStates({ path, now: () => 42, onDamaged: (m) => damaged.push(m) }),
    ).resolves.toEqual({});
    expect(damaged).toHaveLength(1);
    expect(await readFile(`${path}.damaged-42`, 'utf8')).toBe(content);
  });

  it('reports a file it cannot read at all, and still starts', async () => {
    await mkdir(path, { recursive: true });
    const damaged: string[] = [];
    await expect(readReminderStates({ path, onDamaged: (m) => damaged.push(m) })).resolves.toEqual({});
    expect(damaged).toEqual([expect.stringContaining('could not read')]);
  });
});
