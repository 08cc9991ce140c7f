import { z } from 'zod';
import { uiLocaleSchema, type UiLocale } from '../../../shared/i18n/locales';

/**
 * Main keeps the language choice for itself (menus, dialogs, notifications, the PDF) and across
 * restores; the window's localStorage only lets the first frame start in the right language.
 * Outside Electron (component tests, a plain browser) there is no main and these do nothing.
 */

const currentSchema = z.object({ locale: uiLocaleSchema, choice: uiLocaleSchema.nullable() });

export async function mainLocaleChoice(): Promise<UiLocale | null | undefined> {
  const api = window.tandem?.app;
  if (!api) return undefined;
  return currentSchema.parse(await api.getLocale({})).choice;
}

export async function tellMainLocaleChoice(choice: UiLocale | null): Promise<void> {
  await window.tandem?.app.setLocale({ choice });
}
