import type { Translate } from '../../i18n/useT';
import { levelName } from '../../ui/form';

/** "Practising (3)", in the window's language. */
export function levelText(t: Translate, level: number): string {
  return t('competencies.level.text', { name: levelName(t, level), level });
}

/** How far the target is from where the user is now, in words. */
export function gapText(t: Translate, current: number, target: number): string {
  const gap = target - current;
  if (gap === 0) return t('competencies.gap.atTarget');
  return gap > 0 ? t('competencies.gap.toGo', { gap }) : t('competencies.gap.above', { over: -gap });
}
