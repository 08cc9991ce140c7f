// Form building blocks shared by every form: fields with inline errors, choices, the frames and
// their action row, and the hooks that hold a draft and its errors.
export { EnumField, Field, TextField, type ControlProps } from './Field';
export { DateField, dateProblem, tidyDate } from './DateField';
export { LevelField, levelName } from './LevelField';
export { RadioGroup, type RadioOption } from './RadioGroup';
export {
  FormActions,
  FormAlert,
  RecordForm,
  TitledForm,
  type EditFormProps,
  type ItemFormProps,
} from './FormFrame';
export { errorMessage, useDraft, useDraftForm, useFormErrors, useItemForm, useSaving } from './useDraft';
