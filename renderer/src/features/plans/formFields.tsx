import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type SubmitEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { z } from 'zod';
import { validate, type FieldErrors } from '../../../../shared/schema/validation';

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
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with an optional hint and its inline error, wired for screen readers. */
export function Field({ label, hint, error, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={className ? `plan-field ${className}` : 'plan-field'}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <p id={hintId} className="plan-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface DraftForm<D> {
  draft: D;
  /** Changes one draft field and clears the errors shown for it. */
  set: <K extends keyof D>(key: K, value: D[K], ...errorKeys: string[]) => void;
  setDraft: (update: (draft: D) => D) => void;
  errors: FieldErrors;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
}

/**
 * A small record form validated on Save: the draft is turned into the record, checked against
 * its schema, and written only when valid. On failure each field shows its own message and focus
 * moves to the first invalid control, so keyboard and screen-reader users land on it.
 */
export function useDraftForm<D, S extends z.ZodType>(
  initial: D,
  schema: S,
  toRecord: (draft: D) => unknown,
  onValid: (value: z.output<S>) => void,
): DraftForm<D> {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const focusPending = useRef(false);
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const set = useCallback(<K extends keyof D>(key: K, value: D[K], ...errorKeys: string[]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    // A field's errors include those of its parts ("owner" covers "owner.name").
    const cleared = [String(key), ...errorKeys];
    const isCleared = (field: string) => cleared.some((k) => field === k || field.startsWith(`${k}.`));
    setErrors((current) =>
      Object.keys(current).some(isCleared)
        ? Object.fromEntries(Object.entries(current).filter(([field]) => !isCleared(field)))
        : current,
    );
  }, []);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validate(schema, toRecord(draft));
    if (!result.ok) {
      focusPending.current = true;
      setErrors(result.errors);
      return;
    }
    try {
      onValid(result.value);
    } catch (error) {
      focusPending.current = true;
      setErrors({ form: `Could not save: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return { draft, set, setDraft, errors, formRef, onSubmit };
}

interface RecordFormProps {
  label: string;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  formError?: string | undefined;
  saveLabel?: string;
  children: ReactNode;
}

/** The frame around every record form: its fields, then Save and Cancel (Escape cancels too). */
export function RecordForm({
  label,
  formRef,
  onSubmit,
  onCancel,
  formError,
  saveLabel = 'Save',
  children,
}: RecordFormProps) {
  return (
    <form
      ref={formRef}
      className="plan-form"
      aria-label={label}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
      {children}
      <div className="plan-form-actions">
        <button type="submit" className="button" data-variant="primary">
          {saveLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A YYYY-MM-DD text box: typed dates are kept as typed, so Save can say what is wrong with one. */
export function DateInput({
  control,
  value,
  onChange,
}: {
  control: ControlProps;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <input
      {...control}
      className="text-input plan-date-input"
      inputMode="numeric"
      placeholder="YYYY-MM-DD"
      autoComplete="off"
      value={value}
      onChange={(e) => onChange(e.target.value.trim())}
    />
  );
}
