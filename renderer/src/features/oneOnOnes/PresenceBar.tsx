import type { PresentPerson } from './presence';
import { useT } from '../../i18n/useT';
import './presence.css';

/** Who has this meeting open: a coloured initial and name for each, and where they are. */
export function PresenceBar({ people }: { people: readonly PresentPerson[] }) {
  const t = useT();
  const others = people.filter((p) => !p.isMe);
  return (
    <section className="presence" aria-label={t('oneOnOnes.presence.label')}>
      <ul className="presence-list">
        {people.map((p) => (
          <li key={p.clientId} className="presence-person" data-me={p.isMe || undefined}>
            <span className="presence-avatar" style={{ backgroundColor: p.color }} aria-hidden>
              {p.name.slice(0, 1).toUpperCase()}
            </span>
            <span>
              {p.isMe ? (
                t.rich('oneOnOnes.presence.me', { name: p.name, bdi: (chunks) => <bdi>{chunks}</bdi> })
              ) : (
                <bdi>{p.name}</bdi>
              )}
              {p.inNotes && <span className="presence-where">{t('oneOnOnes.presence.inNotes')}</span>}
            </span>
          </li>
        ))}
      </ul>
      {others.length === 0 && <p className="presence-alone">{t('oneOnOnes.presence.alone')}</p>}
    </section>
  );
}
