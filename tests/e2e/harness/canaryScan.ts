import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Searches every file under a folder for canary strings, as someone with the disk would: the
 * raw bytes and the common ways text is re-encoded on the way to a file (UTF-16 either way
 * round, hex, base64 at each of its three alignments, percent- and JSON-escaped forms).
 */

export interface CanaryHit {
  file: string;
  canary: string;
  encoding: string;
}

function base64Forms(text: string): string[] {
  // base64 of a substring depends on where it starts modulo 3: take the stable middle part.
  return [0, 1, 2].map((shift) => {
    const encoded = Buffer.from('\0'.repeat(shift) + text).toString('base64');
    const start = Math.ceil((shift * 4) / 3) + 2;
    return encoded.slice(start, encoded.length - 4);
  });
}

export function canaryForms(canary: string): { encoding: string; bytes: Buffer }[] {
  const forms = [
    { encoding: 'utf-8', bytes: Buffer.from(canary, 'utf8') },
    { encoding: 'utf-16le', bytes: Buffer.from(canary, 'utf16le') },
    { encoding: 'utf-16be', bytes: Buffer.from(canary, 'utf16le').swap16() },
    { encoding: 'hex', bytes: Buffer.from(Buffer.from(canary).toString('hex')) },
    { encoding: 'HEX', bytes: Buffer.from(Buffer.from(canary).toString('hex').toUpperCase()) },
    { encoding: 'percent', bytes: Buffer.from(encodeURIComponent(canary)) },
    { encoding: 'json', bytes: Buffer.from(JSON.stringify(canary).slice(1, -1)) },
    ...base64Forms(canary).map((form, i) => ({ encoding: `base64+${i}`, bytes: Buffer.from(form) })),
    ...base64Forms(canary).map((form, i) => ({
      encoding: `base64url+${i}`,
      bytes: Buffer.from(form.replace(/\+/g, '-').replace(/\//g, '_')),
    })),
  ];
  // Also case-folded: some stores lower-case what they index.
  const lower = canary.toLowerCase();
  if (lower !== canary) forms.push({ encoding: 'utf-8 lower-case', bytes: Buffer.from(lower) });
  return forms;
}

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export async function scanForCanaries(
  dirs: readonly string[],
  canaries: readonly string[],
): Promise<CanaryHit[]> {
  const hits: CanaryHit[] = [];
  const forms = canaries.map((canary) => ({ canary, forms: canaryForms(canary) }));
  for (const dir of dirs) {
    for (const file of await listFiles(dir)) {
      const bytes = await readFile(file).catch(() => null);
      if (bytes === null) continue;
      for (const { canary, forms: each } of forms) {
        for (const { encoding, bytes: form } of each) {
          if (bytes.includes(form)) hits.push({ file, canary, encoding });
        }
      }
    }
  }
  return hits;
}
