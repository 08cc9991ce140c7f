import { Label, RadioGroup, Text } from 'react-aria-components';
import { LEVEL_MAX, LEVEL_MIN, levelLabels } from '../../../../shared/schema/competency';
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
            <span className="level-number">{level}</span>{' '}
            <span className="level-name">{levelLabels[level]}</span>
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

/** "Practising (3)" */
export function levelText(level: number): string {
  return `${levelLabels[level] ?? 'Unknown'} (${level})`;
}

/** How far the target is from where the user is now, in words. */
export function gapText(current: number, target: number): string {
  const gap = target - current;
  if (gap === 0) return 'At target';
  if (gap > 0) return `Gap: ${gap} ${gap === 1 ? 'level' : 'levels'} to go`;
  return `${-gap} ${gap === -1 ? 'level' : 'levels'} above target`;
}
