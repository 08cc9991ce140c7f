import { CheckCircle2, PartyPopper, Trophy } from 'lucide-react';
import { Link } from 'react-router';
import type { GrowthWin } from '../../../../shared/growth/overview';
import type { IsoDate } from '../../../../shared/schema/dates';
import { useDates } from '../../i18n/useDates';
import { useT, type Translate } from '../../i18n/useT';
import { planTitleText } from './overviewFormat';
import { ShowMoreList } from './ShowMoreList';

const SHOWN = 6;

/** "3 milestones done and 1 goal achieved in the last 30 days. Well done — …", as one message. */
export function winsSentence(t: Translate, wins: readonly GrowthWin[], days: number): string {
  const milestones = wins.filter((w) => w.kind === 'milestone').length;
  const goals = wins.length - milestones;
  const kind = milestones > 0 && goals > 0 ? 'both' : goals > 0 ? 'goals' : 'milestones';
  return t('growth.wins.lead', { kind, milestones, goals, days });
}

function WinRow({ win, today }: { win: GrowthWin; today: IsoDate }) {
  const t = useT();
  const dates = useDates();
  const when = <time dateTime={new Date(win.at).toISOString()}>{dates.recentDay(win.at, today)}</time>;
  if (win.kind === 'goal') {
    return (
      <div className="overview-win" data-kind="goal">
        <Trophy size={16} aria-hidden className="overview-win-icon" />
        <div>
          <Link to={`/goals/${win.id}`}>{win.title}</Link>
          <p className="overview-win-meta">{t.rich('growth.wins.goal', { when })}</p>
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
          {t.rich('growth.wins.milestone', {
            plan: planTitleText(t, win.planTitle),
            when,
            bdi: (chunks) => <bdi>{chunks}</bdi>,
          })}
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
  const t = useT();
  return (
    <section className="overview-card overview-wins" aria-labelledby="overview-wins-heading">
      <header className="overview-card-header">
        <h2 id="overview-wins-heading">
          <PartyPopper size={18} aria-hidden /> {t('growth.wins.heading')}
        </h2>
      </header>
      {wins.length === 0 ? (
        <p className="overview-muted">{t('growth.wins.none', { days })}</p>
      ) : (
        <>
          <p className="overview-wins-lead">{winsSentence(t, wins, days)}</p>
          <ShowMoreList
            items={wins}
            limit={SHOWN}
            label={t('growth.wins.listName')}
            className="overview-win-list"
            itemKey={(w) => `${w.kind}/${w.kind === 'milestone' ? `${w.planId}/` : ''}${w.id}`}
            render={(w) => <WinRow win={w} today={today} />}
          />
        </>
      )}
    </section>
  );
}
