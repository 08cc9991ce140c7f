import { Label, RadioGroup, Text } from 'react-aria-components';
import { LEVEL_MAX, LEVEL_MIN } from '../../../../shared/schema/competency';
import { useT, type Translate } from '../../i18n/useT';
import { Choice } from '../../ui/form';
import './levelPicker.css';

const levels = Array.from({ length: LEVEL_MAX - LEVEL_MIN + 1 }, (_, i) => LEVEL_MIN + i);

interface LevelPickerProps {
  label: string;
  value: number | null;
  error?: string | undefined;
  onChange: (level: number) => void;
}

/**
 * A 1–5 level as a radio group, each option showing its number and name ("3 Practising"), so
 * the scale is visible rather than remembered. Arrow keys move between levels.
 */
export function LevelPicker({ label, value, error, onChange }: LevelPickerProps) {
  const t = useT();
  return (
    <RadioGroup
      className="level-picker"
      orientation="horizontal"
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(Number(v))}
      isInvalid={error !== undefined}
    >
      <Label className="level-picker-label">{label}</Label>
      <div className="level-options">
        {levels.map((level) => (
          <Choice key={level} value={String(level)} className="level-option">
            <span className="level-number">{t.intl.formatNumber(level)}</span>{' '}
            <span className="level-name">{t('competencies.level.name', { level: String(level) })}</span>
          </Choice>
        ))}
      </div>
      {error && (
        <Text slot="errorMessage" className="field-error">
          {error}
        </Text>
      )}
    </RadioGroup>
  );
}

/** "Practising (3)", in the window's language. */
export function levelText(t: Translate, level: number): string {
  return t('competencies.level.text', {
    name: t('competencies.level.name', { level: String(level) }),
    level,
  });
}

/** How far the target is from where the user is now, in words. */
export function gapText(t: Translate, current: number, target: number): string {
  const gap = target - current;
  if (gap === 0) return t('competencies.gap.atTarget');
  return gap > 0 ? t('competencies.gap.toGo', { gap }) : t('competencies.gap.above', { over: -gap });
}
