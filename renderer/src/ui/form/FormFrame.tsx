import type { ReactNode, RefObject, SubmitEvent } from 'react';
import { useT } from '../../i18n/useT';
import { CompactFields } from './Field';
import './form.css';

/** A message about the whole form (a failed save), announced when it appears. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" role="alert">
      {message}
    </p>
  );
}

interface FormActionsProps {
  submitLabel: string;
  /** While a save is under way. */
  submitDisabled?: boolean;
  onCancel: () => void;
  className?: string;
}

/** The row that ends a form: its submit button, then Cancel. */
export function FormActions({
  submitLabel,
  submitDisabled,
  onCancel,
  className = 'form-actions',
}: FormActionsProps) {
  const t = useT();
  return (
    <div className={className}>
      <button type="submit" className="button" data-variant="primary" disabled={submitDisabled}>
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('shell.item.cancel')}
      </button>
    </div>
  );
}

interface FormFrameProps {
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children: ReactNode;
}

/** Everything TitledForm needs but its fields (useItemForm gives it whole). */
export interface TitledFormFrame extends Omit<FormFrameProps, 'children'> {
  /** Shown above the fields and used as the form's name. */
  heading: string;
  submitLabel: string;
  saving?: boolean;
  error?: string | null;
}

interface TitledFormProps extends TitledFormFrame {
  children: ReactNode;
  /** Anything said between the heading and the fields. */
  intro?: ReactNode;
}

/** What a page gives an item's form: where it starts (a draft), and what Save and Cancel do. */
export interface ItemFormProps<D, T> {
  heading: string;
  initial: D;
  submitLabel: string;
  onSave: (fields: T) => Promise<void> | void;
  onCancel: () => void;
}

/** What a page gives a form that edits fields of type T: where to start, and what Save and Cancel do. */
export type EditFormProps<T> = ItemFormProps<T, T>;

/** A form with its own heading: goals, competencies and feedback notes. */
export function TitledForm({
  heading,
  formRef,
  onSubmit,
  onCancel,
  submitLabel,
  saving,
  error,
  intro,
  children,
}: TitledFormProps) {
  return (
    <form ref={formRef} className="growth-form" noValidate onSubmit={onSubmit} aria-label={heading}>
      <h2>{heading}</h2>
      {intro}
      <FormAlert message={error} />
      {children}
      <FormActions submitLabel={submitLabel} submitDisabled={saving} onCancel={onCancel} />
    </form>
  );
}

interface RecordFormProps extends FormFrameProps {
  label: string;
  formError?: string | undefined;
  saveLabel?: string;
}

/**
 * A small record form inside a page section, with compact fields: its fields, then Save and
 * Cancel (Escape cancels too).
 */
export function RecordForm({
  label,
  formRef,
  onSubmit,
  onCancel,
  formError,
  saveLabel,
  children,
}: RecordFormProps) {
  const t = useT();
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
      <FormAlert message={formError} />
      <CompactFields>{children}</CompactFields>
      <FormActions
        className="plan-form-actions"
        submitLabel={saveLabel ?? t('shell.item.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
