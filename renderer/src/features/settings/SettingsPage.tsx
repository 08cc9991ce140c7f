import { useId, useState } from 'react';
import { updateProfile, type Rhythm } from '../../../../shared/schema/vault';
import { useAppServices } from '../../services/AppServicesContext';
import { useProfile } from '../../services/useVault';
import { BackupSection } from '../backup';
import { LanguageSetting } from './LanguageSetting';
import { rhythmOptions } from '../../ui/rhythms';
import './settings.css';

/** Your name and reflection rhythm, as chosen at first run, editable any time. */
export function SettingsPage() {
  const { vault } = useAppServices();
  const profile = useProfile(vault.doc);
  const [name, setName] = useState(profile.displayName);
  const nameId = useId();
  const rhythmId = useId();
  const timeId = useId();
  return (
    <div className="settings">
      <h1>Settings</h1>
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          updateProfile(vault.doc, { displayName: name.trim().slice(0, 80) });
        }}
      >
        <label htmlFor={nameId}>Display name</label>
        <div className="settings-row">
          <input
            id={nameId}
            className="text-input"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button" disabled={name.trim() === profile.displayName}>
            Save name
          </button>
        </div>
        <LanguageSetting />
        <label htmlFor={rhythmId}>Reflection rhythm</label>
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
          <option value="">No rhythm</option>
          {rhythmOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <label htmlFor={timeId}>Remind me at</label>
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
        <p className="settings-hint">
          Reflection reminders follow your rhythm; each plan has its own review rhythm. Tandem shows what is
          due in the sidebar and, while it is running, sends a desktop notification at most once a day for
          each.
        </p>
      </form>
      <BackupSection />
      <p className="settings-privacy">
        Everything you write stays on this computer unless you choose to share it. Tandem has no server and
        sends nothing anywhere.
      </p>
    </div>
  );
}
