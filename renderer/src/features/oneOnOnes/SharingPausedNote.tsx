import { CirclePause } from 'lucide-react';
import { useT } from '../../i18n/useT';

/** Beside the agenda while either person has paused sharing: edits still save, and wait. */
export function SharingPausedNote({ peerName, pausedBy }: { peerName: string; pausedBy: 'me' | 'peer' }) {
  const t = useT();
  const bdi = (chunks: React.ReactNode[]) => <bdi>{chunks}</bdi>;
  return (
    <p className="sharing-paused-note" role="status">
      <CirclePause size={16} aria-hidden />
      <span>
        {t.rich('oneOnOnes.paused.note', { name: peerName, bdi })}{' '}
        <span className="oo-meta">
          {t.rich('oneOnOnes.paused.by', { by: pausedBy, name: peerName, bdi })}
        </span>
      </span>
    </p>
  );
}
