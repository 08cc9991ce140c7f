import { copyFile, readFile } from 'node:fs/promises';
import { describeFirstIssue } from '../../../shared/schema/validation';
import { writeJsonFileAtomically } from '../files/atomicFile';
import { consentFileSchema, type ConsentFile } from './spaceConsent';

/**
 * The consent file on disk: one JSON document, written whole or not at all (temporary file in
 * the same folder, fsync, rename, fsync of the folder). Reading fails closed: a missing, unreadable
 * or invalid file means "no spaces, nothing shared", and the reason is returned, never thrown.
 */

export const EMPTY_CONSENT: ConsentFile = { version: 1, spaces: [] };

export type ConsentReadResult =
  { ok: true; file: ConsentFile; missing: boolean } | { ok: false; problem: string };

export async function readConsentFile(path: string): Promise<ConsentReadResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ENOENT') {
      return { ok: true, file: EMPTY_CONSENT, missing: true };
    }
    return { ok: false, problem: `The sharing settings could not be read: ${describe(error)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, problem: 'The sharing settings file is damaged (not valid JSON).' };
  }
  const parsed = consentFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problem: `The sharing settings file is damaged (${describeFirstIssue(parsed.error)}).`,
    };
  }
  return { ok: true, file: parsed.data, missing: false };
}

export function writeConsentFile(path: string, file: ConsentFile): Promise<void> {
  return writeJsonFileAtomically(path, file, { what: 'The sharing settings', mode: 0o600 });
}

/** Keeps a damaged file for inspection before the next write replaces it. Best effort. */
export async function preserveDamagedConsentFile(path: string, now: Date): Promise<string | null> {
  const aside = `${path}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    await copyFile(path, aside);
    return aside;
  } catch {
    return null;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
