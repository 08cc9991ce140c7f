import { CirclePause } from 'lucide-react';

/** Beside the agenda while either person has paused sharing: edits still save, and wait. */
export function SharingPausedNote({ peerName, pausedBy }: { peerName: string; pausedBy: 'me' | 'peer' }) {
  return (
    <p className="sharing-paused-note" role="status">
      <CirclePause size={16} aria-hidden />
      <span>
        Sharing is paused — {peerName} will see these changes when it resumes.{' '}
        <span className="oo-meta">
          {pausedBy === 'me' ? 'You paused it under People & sharing.' : `${peerName} paused it.`}
        </span>
      </span>
    </p>
  );
}
