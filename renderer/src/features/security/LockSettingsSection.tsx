import { useEffect, useId, useState } from 'react';
import { IDLE_MINUTE_CHOICES, type LockSettings } from '../../../../shared/atRest/lockSettings';
import { useT } from '../../i18n/useT';

type Api = Pick<NonNullable<Window['tandem']>['atRest'], 'lockSettings' | 'setLockSettings'>;

/**
 * Settings → Lock: whether Tandem locks by itself, after how long without use, and on sleep or
 * screen lock. Main stores the choice and applies it at once; a refusal is said, and the
 * controls show what main actually holds.
 */
export function LockSettingsSection({ api = window.tandem?.atRest ?? null }: { api?: Api | null }) {
  const t = useT();
  const [settings, setSettings] = useState<LockSettings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = useId();
  const idleId = useId();

  useEffect(() => {
    let live = true;
    void api?.lockSettings({}).then(
      (s) => live && setSettings(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);

  if (!api || settings === null) return null;

  const change = (next: LockSettings) => {
    setProblem(null);
    api
      .setLockSettings(next)
      .then(setSettings, (error: unknown) =>
        setProblem(t('lock.settings.failed', { reason: String(error) })),
      );
  };

  return (
    <section className="lock-settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('lock.settings.heading')}</h2>
      <p className="settings-hint">{t('lock.settings.explain')}</p>
      <label className="settings-row">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => change({ ...settings, enabled: event.target.checked })}
        />
        {t('lock.settings.enabled')}
      </label>
      <div className="settings-row">
        <label htmlFor={idleId}>{t('lock.settings.idle')}</label>
        <select
          id={idleId}
          disabled={!settings.enabled}
          value={settings.idleMinutes === null ? 'never' : String(settings.idleMinutes)}
          onChange={(event) =>
            change({
              ...settings,
              idleMinutes: event.target.value === 'never' ? null : Number(event.target.value),
            })
          }
        >
          <option value="never">{t('lock.settings.idleNever')}</option>
          {IDLE_MINUTE_CHOICES.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {t('lock.settings.idleMinutes', { minutes })}
            </option>
          ))}
        </select>
      </div>
      <label className="settings-row">
        <input
          type="checkbox"
          disabled={!settings.enabled}
          checked={settings.onSleep}
          onChange={(event) => change({ ...settings, onSleep: event.target.checked })}
        />
        {t('lock.settings.onSleep')}
      </label>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
    </section>
  );
}
