import type { PresentPerson } from './presence';
import './presence.css';

/** Who has this meeting open: a coloured initial and name for each, and where they are. */
export function PresenceBar({ people }: { people: readonly PresentPerson[] }) {
  const others = people.filter((p) => !p.isMe);
  return (
    <section className="presence" aria-label="Who is here">
      <ul className="presence-list">
        {people.map((p) => (
          <li key={p.clientId} className="presence-person" data-me={p.isMe || undefined}>
            <span className="presence-avatar" style={{ backgroundColor: p.color }} aria-hidden>
              {p.name.slice(0, 1).toUpperCase()}
            </span>
            <span>
              {p.isMe ? `${p.name} (you)` : p.name}
              {p.inNotes && <span className="presence-where"> · in the shared notes</span>}
            </span>
          </li>
        ))}
      </ul>
      {others.length === 0 && <p className="presence-alone">Only you are here right now.</p>}
    </section>
  );
}
