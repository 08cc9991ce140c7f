import { createContext, useContext, useId, type ReactNode } from 'react';
import './form.css';

/** Props a control needs to be labelled by its field and described by its hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * Compact fields are the small record forms inside a page section: smaller labels and the hint
 * under the control. Elsewhere a field's hint sits between its label and its control.
 */
const CompactContext = createContext(false);

/** Lays out every field inside it in the compact style. */
export function CompactFields({ children }: { children: ReactNode }) {
  return <CompactContext value>{children}</CompactContext>;
}

interface FieldProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with an optional hint and its inline error, wired for screen readers. */
export function Field({ label, hint, error, children }: FieldProps) {
  const compact = useContext(CompactContext);
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  const hintText = hint && (
    <p id={hintId} className={compact ? 'plan-hint' : 'form-hint'}>
      {hint}
    </p>
  );
  return (
    <div className={compact ? 'plan-field' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {!compact && hintText}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {compact && hintText}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps extends Omit<FieldProps, 'children'> {
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
  /** A text area of this many rows; without it, a one-line input. */
  rows?: number;
  type?: 'url';
  placeholder?: string;
  inputMode?: 'numeric';
}

/** A field holding a text input, or a text area when it has rows. */
export function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  rows,
  autoFocus,
  ...input
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) =>
        rows === undefined ? (
          <input
            {...control}
            {...input}
            className="text-input"
            autoFocus={autoFocus}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <textarea
            {...control}
            className="text-input"
            autoFocus={autoFocus}
            rows={rows}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

/** A zod enum, or anything else with its options in order and a parse that returns one of them. */
interface OptionSchema<T extends string> {
  readonly options: readonly T[];
  parse: (value: unknown) => T;
}

interface EnumFieldProps<T extends string> extends Omit<FieldProps, 'children'> {
  schema: OptionSchema<T>;
  labels: Readonly<Record<T, string>>;
  value: T;
  onChange: (value: T) => void;
}

/** A field holding a select of every option of an enum, each shown by its label. */
export function EnumField<T extends string>({
  label,
  hint,
  error,
  schema,
  labels,
  value,
  onChange,
}: EnumFieldProps<T>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          className="text-input"
          value={value}
          onChange={(e) => onChange(schema.parse(e.target.value))}
        >
          {schema.options.map((option) => (
            <option key={option} value={option}>
              {labels[option]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
