import type { ReactNode } from 'react';
import type { UiLocale } from '../../../shared/i18n/locales';
import { I18nProvider } from '../../../renderer/src/i18n/I18nProvider';
import { loadMessages } from '../../../renderer/src/i18n/catalogueLoader';

/**
 * A wrapper that renders a screen in a locale through the app's own provider and catalogues,
 * for `render(ui, { wrapper })`; with no locale, components show English as they do without one.
 */
export async function localeWrapper(
  locale: UiLocale | undefined,
): Promise<((props: { children: ReactNode }) => ReactNode) | undefined> {
  if (locale === undefined) return undefined;
  const messages = await loadMessages(locale);
  return function InLocale({ children }: { children: ReactNode }) {
    return (
      <I18nProvider initial={locale} initialChoice={locale} initialMessages={messages}>
        {children}
      </I18nProvider>
    );
  };
}
