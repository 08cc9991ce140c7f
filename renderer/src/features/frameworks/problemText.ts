import { englishMessages, type MessageId } from '../../../../shared/i18n/messages';
import type { Translate } from '../../i18n/useT';

/**
 * The framework schema says what is wrong as a message id (`framework.problem.*`); this turns one
 * into the person's language. Anything else (a message from elsewhere) is shown as it is.
 */
export function problemText(t: Translate, problem: string | undefined): string | undefined {
  if (problem === undefined) return undefined;
  return Object.prototype.hasOwnProperty.call(englishMessages, problem) ? t(problem as MessageId) : problem;
}
