import { CalendarDays } from 'lucide-react';
import { useRef, useState } from 'react';
import { isRealDate } from '../../../../shared/schema/dates';
import { useT, type Translate } from '../../i18n/useT';
import { Field } from './Field';

interface DateFieldProps {
  label: string;
  hint?: string;
  /** What the form found wrong on Save (a date before another, a required date left empty). */
  error?: string | undefined;
  /** The date as typed: `YYYY-MM-DD` once it is one, or '' for none. */
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  autoFocus?: boolean;
}

const LOOSE_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/** "2026-3-9" and "2026/03/09" are the same day as "2026-03-09"; other text is kept as typed. */
export function tidyDate(text: string): string {
  const match = LOOSE_DATE.exec(text.trim());
  if (!match) return text.trim();
  const [, year = '', month = '', day = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** What is wrong with a typed date, in the window's language, or null when it is a day (or empty). */
export function dateProblem(t: Translate, text: string): string | null {
  if (text === '' || isRealDate(text)) return null;
  return LOOSE_DATE.test(text) || /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? t('inputs.date.noSuchDay', { date: text })
    : t('inputs.date.format', { example: '2026-03-31' });
}

/**
 * Every calendar date the person enters: a text box for `YYYY-MM-DD` (typed dates are kept as
 * typed, so a wrong one is named beside the field rather than silently clamped or cleared), and a
 * button opening the system's calendar for those who would rather pick. The stored form is the
 * same `YYYY-MM-DD` string the documents hold.
 */
export function DateField({ label, hint, error, value, onChange, disabled, autoFocus }: DateFieldProps) {
  const t = useT();
  const picker = useRef<HTMLInputElement>(null);
  const [left, setLeft] = useState(false);
  // Once the person has left the field (or Save has spoken), a date that is not one is named here,
  // in their language; the form's own message covers what only the whole form knows.
  const problem = left || error !== undefined ? dateProblem(t, value) : null;
  return (
    <Field label={label} hint={hint} error={problem ?? error}>
      {(control) => (
        <span className="date-field">
          <input
            {...control}
            className="text-input date-input"
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('inputs.date.placeholder')}
            spellCheck={false}
            autoFocus={autoFocus}
            disabled={disabled}
            value={value}
            onChange={(e) => {
              setLeft(false);
              onChange(e.target.value);
            }}
            onBlur={() => {
              const tidy = tidyDate(value);
              if (tidy !== value) onChange(tidy);
              setLeft(true);
            }}
          />
          <button
            type="button"
            className="button date-pick"
            data-variant="ghost"
            // Named without the field's label, so finding the field by its label finds one
            // control; it sits right after the box it fills.
            aria-label={t('inputs.date.pick')}
            title={t('inputs.date.pick')}
            disabled={disabled}
            onClick={() => {
              try {
                picker.current?.showPicker();
              } catch {
                // No calendar to show (an engine without one): the text box still takes the date.
              }
            }}
          >
            <CalendarDays size={16} aria-hidden />
          </button>
          {/* The system's calendar, opened by the button: out of the Tab order and hidden from
              screen readers, who have the text box. */}
          <input
            ref={picker}
            type="date"
            className="date-picker-proxy"
            tabIndex={-1}
            aria-hidden
            value={isRealDate(value) ? value : ''}
            onChange={(e) => {
              setLeft(true);
              onChange(e.target.value);
            }}
          />
        </span>
      )}
    </Field>
  );
}
