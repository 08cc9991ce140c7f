import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { RadioButton, RadioField } from 'react-aria-components';
import type { FieldErrors } from '../../../../shared/schema/validation';
import './forms.css';

/** Props a control needs to be labelled by its field and described by its hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with an optional hint and its inline error, wired for screen readers. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="form-hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Per-field errors for a form validated on Save. A failed save moves focus to the first invalid
 * control, so keyboard and screen-reader users land on the message rather than hunting for it.
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const focusPending = useRef(false);
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const control = invalid?.matches('input, select, textarea')
      ? invalid
      : invalid?.querySelector<HTMLElement>('input, select, textarea');
    control?.focus();
  }, [errors]);
  const fail = useCallback((next: FieldErrors) => {
    focusPending.current = true;
    setErrors(next);
  }, []);
  const clear = useCallback(
    (field: string) =>
      setErrors((current) => {
        if (!(field in current)) return current;
        const { [field]: _cleared, ...rest } = current;
        return rest;
      }),
    [],
  );
  return { errors, formRef, fail, clear };
}

/**
 * One option of a react-aria RadioGroup: a real radio input inside its label. `className` styles
 * the clickable label, which carries data-selected and data-focus-visible.
 */
export function Choice({
  value,
  className,
  children,
}: {
  value: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <RadioField value={value} className="choice-field">
      <RadioButton className={className}>{children}</RadioButton>
    </RadioField>
  );
}
