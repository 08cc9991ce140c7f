import { LEVEL_MAX, LEVEL_MIN } from '../../../../shared/schema/competency';
import { useT, type Translate } from '../../i18n/useT';
import { RadioGroup, type RadioOption } from './RadioGroup';

const LEVELS = Array.from({ length: LEVEL_MAX - LEVEL_MIN + 1 }, (_, i) => String(LEVEL_MIN + i));

/** A level's name ("Practising"), in the window's language. */
export const levelName = (t: Translate, level: number): string =>
  t('inputs.level.name', { level: String(level) });

interface LevelFieldProps {
  label: string;
  value: number | null;
  onChange: (level: number) => void;
  error?: string | undefined;
}

/**
 * Every 1–5 level the person picks (a competency's, a skill gap's current and target): the scale
 * in a row, each level showing its number and name ("3 Practising"), so it is seen rather than
 * remembered. Arrow keys step along it.
 */
export function LevelField({ label, value, onChange, error }: LevelFieldProps) {
  const t = useT();
  const options: RadioOption<string>[] = LEVELS.map((level) => ({
    value: level,
    label: (
      <>
        <span className="level-number">{t.intl.formatNumber(Number(level))}</span>{' '}
        {levelName(t, Number(level))}
      </>
    ),
  }));
  return (
    <RadioGroup
      legend={label}
      orientation="horizontal"
      options={options}
      value={value === null || Number.isNaN(value) ? null : String(value)}
      onChange={(level) => onChange(Number(level))}
      error={error}
      className="level-field"
    />
  );
}
