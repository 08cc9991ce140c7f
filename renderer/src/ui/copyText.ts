import { z } from 'zod';

/**
 * Copies text the person asked to copy. In Tandem's window this goes through main
 * (`tandem:clipboard:writeText`): the window's session denies every web permission, so
 * `navigator.clipboard` is refused there by design. Outside Electron (a browser, component
 * tests) the web clipboard is the only one there is. Resolves to whether the text was copied.
 */
const copyResultSchema = z.object({ copied: z.boolean() });

export async function copyText(text: string): Promise<boolean> {
  const api = window.tandem?.clipboard;
  if (api) return copyResultSchema.parse(await api.writeText({ text })).copied;
  // Typed as always present, but absent outside secure contexts.
  if (!('clipboard' in navigator)) return false;
  await navigator.clipboard.writeText(text);
  return true;
}
