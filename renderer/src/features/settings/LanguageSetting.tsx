import { useId } from 'react';
import {
  LOCALE_NAMES,
  negotiateLocale,
  PSEUDO_LOCALE,
  SHIPPED_LOCALES,
  type UiLocale,
} from '../../../../shared/i18n/locales';
import { useLocaleControl } from '../../i18n/I18nProvider';
import { systemLanguages } from '../../i18n/localePreference';
import { useT } from '../../i18n/useT';

/** The pseudo-locale is for finding untranslated or clipped text: development builds only. */
const choices: readonly UiLocale[] = import.meta.env.DEV
  ? [...SHIPPED_LOCALES, PSEUDO_LOCALE]
  : SHIPPED_LOCALES;
const SYSTEM = 'system';

/** Settings → Language: this computer's language, or one Tandem ships, shown at once. */
export function LanguageSetting() {
  const t = useT();
  const control = useLocaleControl();
  const id = useId();
  const hintId = useId();
  const systemLocale = negotiateLocale(systemLanguages());
  return (
    <>
      <label htmlFor={id}>{t('settings.language.label')}</label>
      <select
        id={id}
        className="text-input"
        aria-describedby={hintId}
        value={control.choice ?? SYSTEM}
        onChange={(e) => void control.choose(e.target.value === SYSTEM ? null : (e.target.value as UiLocale))}
      >
        <option value={SYSTEM}>
          {t('settings.language.system', { language: LOCALE_NAMES[systemLocale] })}
        </option>
        {choices.map((locale) => (
          // Each language by its own name, marked as that language for screen readers.
          <option key={locale} value={locale} lang={locale === PSEUDO_LOCALE ? 'en' : locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      <p id={hintId} className="settings-hint">
        {t('settings.language.hint')}
      </p>
    </>
  );
}
