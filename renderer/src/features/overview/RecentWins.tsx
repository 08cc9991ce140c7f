import { CheckCircle2, PartyPopper, Trophy } from 'lucide-react';
import { Link } from 'react-router';
import type { GrowthWin } from '../../../../shared/growth/overview';
import type { IsoDate } from '../../../../shared/schema/dates';
import { formatInstantDay, plural } from './overviewFormat';
import { ShowMoreList } from './ShowMoreList';

const SHOWN = 6;

/** "3 milestones done and 1 goal achieved in the last 30 days." */
export function winsSentence(wins: readonly GrowthWin[], days: number): string {
  const milestones = wins.filter((w) => w.kind === 'milestone').length;
  const goals = wins.length - milestones;
  const parts = [
    milestones > 0 ? `${plural(milestones, 'milestone')} done` : null,
    goals > 0 ? `${plural(goals, 'goal')} achieved` : null,
  ].filter((part) => part !== null);
  return `${parts.join(' and ')} in the last ${days} days.`;
}

function WinRow({ win, today }: { win: GrowthWin; today: IsoDate }) {
  const when = <time dateTime={new Date(win.at).toISOString()}>{formatInstantDay(win.at, today)}</time>;
  if (win.kind === 'goal') {
    return (
      <div className="overview-win" data-kind="goal">
        <Trophy size={16} aria-hidden className="overview-win-icon" />
        <div>
          <Link to={`/goals/${win.id}`}>{win.title}</Link>
          <p className="overview-win-meta">Goal achieved · {when}</p>
        </div>
      </div>
    );
  }
  return (
    <div className="overview-win" data-kind="milestone">
      <CheckCircle2 size={16} aria-hidden className="overview-win-icon" />
      <div>
        <Link to={`/plans/${win.planId}`}>{win.title}</Link>
        <p className="overview-win-meta">
          Milestone done in {win.planTitle.trim() || 'Untitled plan'} · {when}
        </p>
      </div>
    </div>
  );
}

/**
 * What was finished lately, framed as wins: a quiet celebration (an icon and a sentence of
 * thanks), not confetti — it is a page people come back to often.
 */
export function RecentWins({
  wins,
  days,
  today,
}: {
  wins: readonly GrowthWin[];
  days: number;
  today: IsoDate;
}) {
  return (
    <section className="overview-card overview-wins" aria-labelledby="overview-wins-heading">
      <header className="overview-card-header">
        <h2 id="overview-wins-heading">
          <PartyPopper size={18} aria-hidden /> Recent wins
        </h2>
      </header>
      {wins.length === 0 ? (
        <p className="overview-muted">
          Nothing finished in the last {days} days yet. Milestones you mark done and goals you achieve will be
          celebrated here.
        </p>
      ) : (
        <>
          <p className="overview-wins-lead">{winsSentence(wins, days)} Well done — that is real progress.</p>
          <ShowMoreList
            items={wins}
            limit={SHOWN}
            label="Recent wins"
            className="overview-win-list"
            itemKey={(w) => `${w.kind}/${w.kind === 'milestone' ? `${w.planId}/` : ''}${w.id}`}
            render={(w) => <WinRow win={w} today={today} />}
          />
        </>
      )}
    </section>
  );
}
