import type { IsoDate } from '../../../../shared/schema/dates';
import { MonthlyDoneChart } from '../overview';
import { formatCalendarDate } from '../../ui/dates';
import { PlanProgressView } from '../plans';
import { supporterRoleLabels, type PlanPrintModel, type PrintedGoal } from './planPrintModel';
// The editor's progress block brings its look along (plans.css); planPrint.css adjusts it for paper.
import './planPrint.css';

/**
 * A development plan laid out for paper. Headings are real h1–h3, so the PDF's outline (and
 * the tagged PDF's structure) follows them; tables keep each row on one page and repeat their
 * header row on the next. User text is set with `dir="auto"`, so a Hebrew or Arabic name runs
 * right to left inside an English sentence.
 */

function GoalSection({ goal }: { goal: PrintedGoal }) {
  return (
    <section className="print-section" aria-labelledby="print-goal">
      <h2 id="print-goal">Goal and alignment</h2>
      {goal.kind === 'standalone' && <p>This plan is not linked to a goal.</p>}
      {goal.kind === 'missing' && (
        <p>The goal this plan served could not be found; it may have been deleted.</p>
      )}
      {goal.kind === 'linked' && (
        <dl className="print-facts">
          <dt>Goal</dt>
          <dd dir="auto">{goal.title}</dd>
          <dt>How it fits the team’s priorities</dt>
          <dd dir="auto">{goal.alignment || 'Not written down yet.'}</dd>
          {goal.why && (
            <>
              <dt>Why it matters</dt>
              <dd dir="auto">{goal.why}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}

function SkillGaps({ gaps }: { gaps: PlanPrintModel['skillGaps'] }) {
  return (
    <section className="print-section" aria-labelledby="print-gaps">
      <h2 id="print-gaps">Skill gaps</h2>
      {gaps.length === 0 ? (
        <p>No skill gaps written down.</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Current level</th>
              <th scope="col">Target level</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((g) => (
              <tr key={g.id}>
                <td dir="auto">{g.name}</td>
                <td>{g.current}</td>
                <td>
                  <span aria-hidden>→ </span>
                  {g.target}
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
  return (
    <section className="print-section" aria-labelledby="print-activities">
      <h2 id="print-activities">Learning activities</h2>
      {groups.length === 0 && <p>No learning activities yet.</p>}
      {groups.map((group) => (
        <div key={group.kind} className="print-group">
          <h3>{group.label}</h3>
          <ul>
            {group.activities.map((a) => (
              <li key={a.id}>
                <span dir="auto" className="print-strong">
                  {a.title}
                </span>
                {a.status === 'done' ? ' (done)' : a.status === 'in-progress' ? ' (in progress)' : ''}
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
  return (
    <section className="print-section" aria-labelledby="print-milestones">
      <h2 id="print-milestones">Milestones</h2>
      {milestones.length === 0 ? (
        <p>No milestones yet.</p>
      ) : (
        <table className="print-table print-milestones">
          <thead>
            <tr>
              <th scope="col">Milestone</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">Success criterion</th>
            </tr>
          </thead>
          <tbody>
            {milestones.map((m) => (
              <tr key={m.id}>
                <td dir="auto">{m.title}</td>
                <td dir="auto">{m.owner}</td>
                <td className="print-nowrap">{formatCalendarDate(m.dueDate)}</td>
                <td>{m.status}</td>
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
  return (
    <section className="print-section" aria-labelledby="print-supporters">
      <h2 id="print-supporters">Who supports this plan</h2>
      {supporters.length === 0 ? (
        <p>No supporters named yet.</p>
      ) : (
        <ul>
          {supporters.map((s) => (
            <li key={s.id}>
              <span dir="auto" className="print-strong">
                {s.name}
              </span>{' '}
              · {supporterRoleLabels[s.role]}
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
  return (
    <section className="print-section" aria-labelledby="print-success">
      <h2 id="print-success">What success looks like</h2>
      {stages.length === 0 ? (
        <p>Not described yet.</p>
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
  const people = [
    { role: 'Employee', name: ownerName },
    { role: 'Manager', name: managerName ?? '' },
  ];
  return (
    <section className="print-section print-keep" aria-labelledby="print-ack">
      <h2 id="print-ack">Acknowledgement</h2>
      <p>We have talked this plan through and agree to work on it together.</p>
      <div className="print-signatures">
        {people.map((p) => (
          <div key={p.role} className="print-signature">
            <p className="print-signature-line">Signature</p>
            <p>
              <span className="print-strong">{p.role}:</span> <span dir="auto">{p.name}</span>
            </p>
            <p className="print-signature-line">Date</p>
          </div>
        ))}
      </div>
    </section>
  );
}

export function PlanPrintView({
  model,
  includeAcknowledgement,
}: {
  model: PlanPrintModel;
  includeAcknowledgement: boolean;
}) {
  const today: IsoDate = model.producedOn;
  return (
    <article className="plan-print" data-plan-print>
      <header className="print-header">
        <h1 dir="auto">{model.title}</h1>
        <dl className="print-facts print-facts-inline">
          <dt>Owner</dt>
          <dd dir="auto">{model.ownerName || 'Not named'}</dd>
          <dt>Produced on</dt>
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
      {includeAcknowledgement && (
        <Acknowledgement ownerName={model.ownerName} managerName={model.managerName} />
      )}
    </article>
  );
}
