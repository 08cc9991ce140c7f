import { useId, type KeyboardEvent, type ReactNode } from 'react';
import './radioGroup.css';

export interface RadioOption<T extends string> {
  value: T;
  label: ReactNode;
  /** A quieter line after the label ("Every two weeks"). */
  hint?: ReactNode;
}

interface RadioGroupProps<T extends string> {
  legend: ReactNode;
  /** Keeps the legend for screen readers only, where the group's purpose is plain from the page. */
  legendHidden?: boolean;
  options: readonly RadioOption<T>[];
  /** Null while nothing is chosen yet: every option is then a Tab stop of its own. */
  value: T | null;
  onChange: (value: T) => void;
  /** Segments in a row (a scale, a filter), or a list with a hint per option. */
  orientation?: 'horizontal' | 'vertical';
  error?: string | undefined;
  disabled?: boolean;
  className?: string;
}

const NEXT: Record<string, 1 | -1> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * One radio group for every choice of one among a few: a fieldset named by its legend, native
 * radios (one Tab stop, Space chooses), its error beside the options. The arrow keys are handled
 * here rather than left to the engine, so they move and choose the same way in every group and
 * every engine: Down/Right to the next option, Up/Left to the previous, wrapping; in a
 * right-to-left window Left and Right follow the reading direction.
 */
export function RadioGroup<T extends string>({
  legend,
  legendHidden = false,
  options,
  value,
  onChange,
  orientation = 'vertical',
  error,
  disabled = false,
  className,
}: RadioGroupProps<T>) {
  const id = useId();
  const legendId = `${id}-legend`;
  const errorId = `${id}-error`;

  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    let step = NEXT[event.key];
    if (step === undefined || disabled || options.length === 0) return;
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    if (rtl && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) step = step === 1 ? -1 : 1;
    event.preventDefault();
    const at = options.findIndex((o) => o.value === value);
    const next = options[(Math.max(at, step === 1 ? -1 : 0) + step + options.length) % options.length];
    if (!next) return;
    onChange(next.value);
    event.currentTarget.querySelector<HTMLInputElement>(`input[value="${CSS.escape(next.value)}"]`)?.focus();
  };

  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={legendId}
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
      aria-orientation={orientation}
      className={['radio-group', className].filter(Boolean).join(' ')}
      data-orientation={orientation}
      disabled={disabled}
      onKeyDown={onKeyDown}
    >
      <legend id={legendId} className={legendHidden ? 'visually-hidden' : 'radio-legend'}>
        {legend}
      </legend>
      <div className="radio-options">
        {options.map((option) => (
          <label key={option.value} className="radio-option">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span className="radio-text">
              <span className="radio-label">{option.label}</span>
              {option.hint !== undefined && <span className="radio-hint">{option.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
