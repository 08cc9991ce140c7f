import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/buildOutputs';

/**
 * `npm run smoke` drives the real Electron, which these machines do not have. Where there is
 * no Electron binary it must say so plainly and succeed without launching anything.
 */

const run = promisify(execFile);

it('says there is no Electron binary, launches nothing, and exits 0', async () => {
  const emptyDist = await mkdtemp(join(tmpdir(), 'tandem-no-electron-'));
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join('tests', 'smoke', 'smoke.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist },
    });
    expect(stdout).toContain('[smoke] No Electron binary here');
    expect(stdout).toContain('Nothing was launched.');
    expect(stdout).not.toContain('first-run screen shown');
  } finally {
    await rm(emptyDist, { recursive: true, force: true });
  }
});
