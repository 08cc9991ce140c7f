import { useCallback, useEffect, useRef, useState, type SubmitEvent } from 'react';
import type { z } from 'zod';
import { validate, type FieldErrors } from '../../../../shared/schema/validation';
import { useT } from '../../i18n/useT';
import type { ItemFormProps, TitledFormFrame } from './FormFrame';

/** What went wrong, for a message: an Error's own message, or the thrown value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
  /** Drops the errors of these fields, and of their parts ("owner" covers "owner.name"). */
  const clear = useCallback((...fields: string[]) => {
    const isCleared = (key: string) => fields.some((f) => key === f || key.startsWith(`${f}.`));
    setErrors((current) =>
      Object.keys(current).some(isCleared)
        ? Object.fromEntries(Object.entries(current).filter(([key]) => !isCleared(key)))
        : current,
    );
  }, []);
  return { errors, formRef, fail, clear };
}

/** A form's draft and its errors: changing a field clears the errors shown for it. */
export function useDraft<D>(initial: D) {
  const [draft, setDraft] = useState(initial);
  const { errors, formRef, fail, clear } = useFormErrors();
  /** Changes one draft field and clears its errors, and those of `errorKeys` too. */
  const set = useCallback(
    <K extends keyof D>(key: K, value: D[K], ...errorKeys: string[]) => {
      setDraft((d) => ({ ...d, [key]: value }));
      clear(String(key), ...errorKeys);
    },
    [clear],
  );
  /** A field's value, its error and its change handler, for a field named after its draft key. */
  const bind = <K extends keyof D & string>(key: K) => ({
    value: draft[key],
    error: errors[key],
    onChange: (value: D[K]) => set(key, value),
  });
  return { draft, set, setDraft, bind, errors, formRef, fail };
}

type DraftForm<D> = Omit<ReturnType<typeof useDraft<D>>, 'fail'> & {
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
};

/**
 * A small record form validated on Save: the draft is turned into the record, checked against
 * its schema, and written only when valid. On failure each field shows its own message and focus
 * moves to the first invalid control.
 */
export function useDraftForm<D, S extends z.ZodType>(
  initial: D,
  schema: S,
  toRecord: (draft: D) => unknown,
  onValid: (value: z.output<S>) => void,
): DraftForm<D> {
  const { fail, ...form } = useDraft(initial);
  const t = useT();
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validate(schema, toRecord(form.draft), t);
    if (!result.ok) {
      fail(result.errors);
      return;
    }
    try {
      onValid(result.value);
    } catch (error) {
      fail({ form: t('shell.form.couldNotSave', { reason: errorMessage(error) }) });
    }
  };
  return { ...form, onSubmit };
}

/**
 * Saves a valid form, which may take a while: Save is disabled meanwhile, and a failure is
 * reported as "<failure>: <reason>" with Save enabled again.
 */
export function useSaving<T>(onSave: (value: T) => Promise<void> | void, failure: string) {
  const [saving, setSaving] = useState(false);
  const t = useT();
  const [saveError, setSaveError] = useState<string | null>(null);
  const save = (value: T) => {
    setSaving(true);
    Promise.resolve()
      .then(() => onSave(value))
      .catch((error: unknown) => {
        setSaving(false);
        setSaveError(t('shell.form.failedBecause', { failure, reason: errorMessage(error) }));
      });
  };
  return { saving, saveError, save };
}

interface ItemFormOptions<D> {
  /** Said before the reason when saving fails: "The goal could not be saved". */
  failure: string;
  /** The record to check, from the draft (the draft itself unless said otherwise). */
  toRecord?: (draft: D) => unknown;
  /** Keeps the submit from reaching a form around this one (a dialog opened from a form). */
  isolated?: boolean;
}

/**
 * An item's whole form (a goal, a feedback note, a competency): checked against the item's schema
 * on Save and saved in one go — Save disabled while it is under way — or not at all, each field
 * showing its own message. Spread `frame` into TitledForm.
 */
export function useItemForm<D, S extends z.ZodType>(
  { heading, initial, submitLabel, onSave, onCancel }: ItemFormProps<D, z.output<S>>,
  schema: S,
  { failure, toRecord = (draft) => draft, isolated = false }: ItemFormOptions<D>,
) {
  const { fail, ...form } = useDraft(initial);
  const { saving, saveError, save } = useSaving(onSave, failure);
  const t = useT();
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    // React bubbles submit events along the component tree, through portals too.
    if (isolated) event.stopPropagation();
    const result = validate(schema, toRecord(form.draft), t);
    if (result.ok) save(result.value);
    else fail(result.errors);
  };
  const frame: TitledFormFrame = {
    heading,
    formRef: form.formRef,
    onSubmit,
    onCancel,
    submitLabel,
    saving,
    error: saveError,
  };
  return { ...form, frame };
}
