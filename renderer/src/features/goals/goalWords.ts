import {
  goalHorizonSchema,
  goalPathSchema,
  goalStatusSchema,
  type GoalHorizon,
  type GoalPath,
  type GoalStatus,
} from '../../../../shared/schema/goal';
import { labelsFor } from '../../i18n/labels';
import type { Translate } from '../../i18n/useT';

/**
 * A goal's status, path and horizon in the window's language, as the records the form's
 * choices take (value → label). One ICU select per kind keeps each list in one message.
 */

export const goalStatusText = (t: Translate, status: GoalStatus): string => t('goals.status', { status });
/** ICU select keys cannot hold a hyphen: `step-up` is the case `step_up`. */
const selector = (value: string): string => value.replaceAll('-', '_');
export const goalPathText = (t: Translate, path: GoalPath): string =>
  t('goals.path', { path: selector(path) });
/** "Step up" rather than "Step up (more scope or leadership)": the list has little room. */
export const shortPathText = (t: Translate, path: GoalPath): string =>
  t('goals.path.short', { path: selector(path) });
export const goalHorizonText = (t: Translate, horizon: GoalHorizon): string =>
  t('goals.horizon', { horizon: selector(horizon) });

export const goalStatusLabels = (t: Translate) =>
  labelsFor(goalStatusSchema.options, (status) => goalStatusText(t, status));
export const goalPathLabels = (t: Translate) =>
  labelsFor(goalPathSchema.options, (path) => goalPathText(t, path));
export const goalHorizonLabels = (t: Translate) =>
  labelsFor(goalHorizonSchema.options, (horizon) => goalHorizonText(t, horizon));
