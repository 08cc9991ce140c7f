import type { IsoDate } from '../../../../shared/schema/dates';
import type { MeetingRecord } from '../../../../shared/oneOnOne/meetingRecord';
import { PlanConversations } from './PlanConversations';
import { MonthlyDoneChart } from '../overview';
import { formatCalendarDate } from '../../ui/dates';
import { PlanProgressView } from '../plans';
import type { PlanPrintModel, PrintedGoal } from './planPrintModel';
// The editor's progress block brings its look along (plans.css); planPrint.css adjusts it for paper.
import { useT } from '../../i18n/useT';
import './planPrint.css';

/**
 * A development plan laid out for paper. Headings are real h1–h3, so the PDF's outline (and
 * the tagged PDF's structure) follows them; tables keep each row on one page and repeat their
 * header row on the next. User text is set with `dir="auto"`, so a Hebrew or Arabic name runs
 * right to left inside an English sentence.
 */

/** An ICU select key for a stored value: `in-progress` → `inProgress` (ICU keys have no hyphens). */
const selectKey = (value: string) => value.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

function GoalSection({ goal }: { goal: PrintedGoal }) {
  const t = useT();
  return (
    <section className="print-section" aria-labelledby="print-goal">
      <h2 id="print-goal">{t('print.goal.heading')}</h2>
      {goal.kind === 'standalone' && <p>{t('print.goal.standalone')}</p>}
      {goal.kind === 'missing' && <p>{t('print.goal.missing')}</p>}
      {goal.kind === 'linked' && (
        <dl className="print-facts">
          <dt>{t('print.goal.goal')}</dt>
          <dd dir="auto">{goal.title}</dd>
          <dt>{t('print.goal.alignment')}</dt>
          <dd dir="auto">{goal.alignment || t('print.goal.notWritten')}</dd>
          {goal.why && (
            <>
              <dt>{t('print.goal.why')}</dt>
              <dd dir="auto">{goal.why}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}

function SkillGaps({ gaps }: { gaps: PlanPrintModel['skillGaps'] }) {
  const t = useT();
  return (
    <section className="print-section" aria-labelledby="print-gaps">
      <h2 id="print-gaps">{t('print.gaps.heading')}</h2>
      {gaps.length === 0 ? (
        <p>{t('print.gaps.none')}</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">{t('print.gaps.skill')}</th>
              <th scope="col">{t('print.gaps.current')}</th>
              <th scope="col">{t('print.gaps.target')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((g) => (
              <tr key={g.id}>
                <td dir="auto">{g.name}</td>
                <td>{t('print.level', { level: g.currentLevel })}</td>
                <td>
                  <span aria-hidden>→ </span>
                  {t('print.level', { level: g.targetLevel })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Activities({ groups }: { groups: PlanPrintModel['activityGroups'] }) {
  const t = useT();
  return (
    <section className="print-section" aria-labelledby="print-activities">
      <h2 id="print-activities">{t('print.activities.heading')}</h2>
      {groups.length === 0 && <p>{t('print.activities.none')}</p>}
      {groups.map((group) => (
        <div key={group.kind} className="print-group">
          <h3>{t('print.activities.kind', { kind: selectKey(group.kind) })}</h3>
          <ul>
            {group.activities.map((a) => (
              <li key={a.id}>
                <span dir="auto" className="print-strong">
                  {a.title}
                </span>
                {t('print.activities.status', { status: selectKey(a.status) })}
                {a.notes && (
                  <span className="print-note" dir="auto">
                    {a.notes}
                  </span>
                )}
                {a.resources
                  .filter((r) => r.url || r.label)
                  .map((r) => (
                    <span key={`${r.label}|${r.url}`} className="print-note" dir="auto">
                      {r.label}
                      {r.url && ` — ${r.url}`}
                    </span>
                  ))}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function Milestones({ milestones }: { milestones: PlanPrintModel['milestones'] }) {
  const t = useT();
  return (
    <section className="print-section" aria-labelledby="print-milestones">
      <h2 id="print-milestones">{t('print.milestones.heading')}</h2>
      {milestones.length === 0 ? (
        <p>{t('print.milestones.none')}</p>
      ) : (
        <table className="print-table print-milestones">
          <thead>
            <tr>
              <th scope="col">{t('print.milestones.milestone')}</th>
              <th scope="col">{t('print.milestones.owner')}</th>
              <th scope="col">{t('print.milestones.due')}</th>
              <th scope="col">{t('print.milestones.status')}</th>
              <th scope="col">{t('print.milestones.criterion')}</th>
            </tr>
          </thead>
          <tbody>
            {milestones.map((m) => (
              <tr key={m.id}>
                <td dir="auto">{m.title}</td>
                <td dir="auto">
                  {m.ownerRole === null ? m.owner : t('plans.owner', { kind: m.ownerRole, name: '' })}
                </td>
                <td className="print-nowrap">{formatCalendarDate(m.dueDate)}</td>
                <td>{t('print.milestones.statusValue', { status: selectKey(m.statusValue) })}</td>
                <td dir="auto">{m.successCriterion || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Supporters({ supporters }: { supporters: PlanPrintModel['supporters'] }) {
  const t = useT();
  return (
    <section className="print-section" aria-labelledby="print-supporters">
      <h2 id="print-supporters">{t('print.supporters.heading')}</h2>
      {supporters.length === 0 ? (
        <p>{t('print.supporters.none')}</p>
      ) : (
        <ul>
          {supporters.map((s) => (
            <li key={s.id}>
              <span dir="auto" className="print-strong">
                {s.name}
              </span>{' '}
              · {t('print.supporters.role', { role: s.role })}
              {s.howTheyHelp && (
                <span className="print-note" dir="auto">
                  {s.howTheyHelp}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SuccessStages({ stages }: { stages: PlanPrintModel['successStages'] }) {
  const t = useT();
  return (
    <section className="print-section" aria-labelledby="print-success">
      <h2 id="print-success">{t('print.success.heading')}</h2>
      {stages.length === 0 ? (
        <p>{t('print.success.none')}</p>
      ) : (
        <dl className="print-facts print-stages">
          {stages.map((s) => (
            <div key={s.id} className="print-keep">
              <dt dir="auto">{s.stage}</dt>
              <dd dir="auto">{s.description}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function Acknowledgement({ ownerName, managerName }: { ownerName: string; managerName: string | null }) {
  const t = useT();
  const people = [
    { role: t('print.ack.employee'), name: ownerName },
    { role: t('print.ack.manager'), name: managerName ?? '' },
  ];
  return (
    <section className="print-section print-keep" aria-labelledby="print-ack">
      <h2 id="print-ack">{t('print.ack.heading')}</h2>
      <p>{t('print.ack.text')}</p>
      <div className="print-signatures">
        {people.map((p) => (
          <div key={p.role} className="print-signature">
            <p className="print-signature-line">{t('print.ack.signature')}</p>
            <p>
              <span className="print-strong">{t('print.ack.person', { role: p.role })}</span>{' '}
              <span dir="auto">{p.name}</span>
            </p>
            <p className="print-signature-line">{t('print.ack.date')}</p>
          </div>
        ))}
      </div>
    </section>
  );
}

export function PlanPrintView({
  model,
  includeAcknowledgement,
  conversations = [],
}: {
  model: PlanPrintModel;
  includeAcknowledgement: boolean;
  /** The closed one-on-ones that discussed this plan; none, no section. */
  conversations?: readonly MeetingRecord[];
}) {
  const t = useT();
  const today: IsoDate = model.producedOn;
  return (
    <article className="plan-print" data-plan-print>
      <header className="print-header">
        <h1 dir="auto">{model.title}</h1>
        <dl className="print-facts print-facts-inline">
          <dt>{t('print.header.owner')}</dt>
          <dd dir="auto">{model.ownerName || t('print.header.notNamed')}</dd>
          <dt>{t('print.header.producedOn')}</dt>
          <dd>{formatCalendarDate(model.producedOn)}</dd>
        </dl>
      </header>
      <GoalSection goal={model.goal} />
      {/* The editor's own progress block; its "Progress" heading is shown on paper (planPrint.css). */}
      <div className="print-section print-progress">
        <PlanProgressView progress={model.progress} today={today} />
        <div className="print-keep">
          <MonthlyDoneChart months={model.doneByMonth} />
        </div>
      </div>
      <SkillGaps gaps={model.skillGaps} />
      <Activities groups={model.activityGroups} />
      <Milestones milestones={model.milestones} />
      <Supporters supporters={model.supporters} />
      <SuccessStages stages={model.successStages} />
      <PlanConversations records={conversations} ownerName={model.ownerName} />
      {includeAcknowledgement && (
        <Acknowledgement ownerName={model.ownerName} managerName={model.managerName} />
      )}
    </article>
  );
}
