import { useId, useState } from 'react';
import { Link } from 'react-router';
import { TRASH_DAYS } from '../../../../shared/trash/trash';
import { updateProfile, type Rhythm } from '../../../../shared/schema/vault';
import { useAppServices } from '../../services/AppServicesContext';
import { useProfile } from '../../services/useVault';
import { BackupSection } from '../backup';
import { LockSettingsSection, RecoveryKeySection } from '../security';
import { LanguageSetting } from './LanguageSetting';
import { useT } from '../../i18n/useT';
import { useRhythmOptions } from '../../ui/rhythms';
import './settings.css';

/** Your name and reflection rhythm, as chosen at first run, editable any time. */
export function SettingsPage() {
  const { vault } = useAppServices();
  const t = useT();
  const rhythmOptions = useRhythmOptions();
  const profile = useProfile(vault.doc);
  const [name, setName] = useState(profile.displayName);
  const nameId = useId();
  const rhythmId = useId();
  const timeId = useId();
  return (
    <div className="settings">
      <h1>{t('settings.title')}</h1>
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          updateProfile(vault.doc, { displayName: name.trim().slice(0, 80) });
        }}
      >
        <label htmlFor={nameId}>{t('settings.name.label')}</label>
        <div className="settings-row">
          <input
            id={nameId}
            className="text-input"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button" disabled={name.trim() === profile.displayName}>
            {t('settings.name.save')}
          </button>
        </div>
        <LanguageSetting />
        <label htmlFor={rhythmId}>{t('settings.rhythm.label')}</label>
        <select
          id={rhythmId}
          className="text-input"
          value={profile.reflectionRhythm ?? ''}
          onChange={(e) =>
            updateProfile(vault.doc, {
              reflectionRhythm: e.target.value === '' ? null : (e.target.value as Rhythm),
            })
          }
        >
          <option value="">{t('settings.rhythm.none')}</option>
          {rhythmOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <label htmlFor={timeId}>{t('settings.reminderTime.label')}</label>
        <input
          id={timeId}
          type="time"
          className="text-input"
          value={profile.reminderTime}
          onChange={(e) => {
            // The time input yields "" while half-typed; keep the last complete time.
            if (/^\d{2}:\d{2}$/.test(e.target.value))
              updateProfile(vault.doc, { reminderTime: e.target.value });
          }}
        />
        <p className="settings-hint">{t('settings.reminders.hint')}</p>
      </form>
      <RecoveryKeySection />
      <LockSettingsSection />
      <BackupSection />
      <p className="settings-trash">
        <Link to="/trash">{t('trash.settingsLink')}</Link>{' '}
        <span className="settings-hint">{t('trash.settingsHint', { days: TRASH_DAYS })}</span>
      </p>
      <p className="settings-privacy">{t('settings.privacy')}</p>
    </div>
  );
}
