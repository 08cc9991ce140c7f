import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type * as Y from 'yjs';
import { systemTimeZone } from '../../../../shared/cadence/zonedTime';
import { meetingsFromSearch, pdfPageSizeSchema, type PdfPageSize } from '../../../../shared/ipc/contract';
import { signedFromSearch } from '../../../../shared/ipc/meetingPdfIpc';
import type { MeetingRecord } from '../../../../shared/oneOnOne/meetingRecord';
import { readGoal, type Goal } from '../../../../shared/schema/goal';
import { readPlan, type Plan } from '../../../../shared/schema/plan';
import { useAppServices } from '../../services/AppServicesContext';
import { useDocSnapshot } from '../../data/useDocSnapshot';
import { useOpenDocument } from '../../data/useOpenDocument';
import { describeDamage, OpeningMessage, PaneError } from '../../ui/DocumentPane';
import { useT } from '../../i18n/useT';
import { usePlanSummaries } from '../../services/growth/useGrowthIndex';
import { useProfile } from '../../services/useVault';
import { todayAt } from '../../../../shared/cadence/zonedTime';
import { buildPlanPrintModel } from './planPrintModel';
import { PlanPrintView } from './PlanPrintView';
import { usePlanConversations } from './usePlanConversations';
import { usePrintReadyMark } from './usePrintReadyMark';

/**
 * The print route, `#/print/plans/<id>?size=A4&ack=1&meetings=…&signed=…` (built by
 * `planPrintPath` in the IPC contract). It stands outside the app shell: no navigation, no
 * reminders, nothing but the plan, read from the local store as the editor reads it, and the
 * one-on-ones that discussed it (their summaries, with the confirmations main checked).
 */

/** Page size and margins; the running header and footer are drawn in the top and bottom margins. */
function PageRule({ size }: { size: PdfPageSize }) {
  return <style>{`@page { size: ${size === 'A4' ? 'A4' : 'letter'}; margin: 20mm 15mm 18mm; }`}</style>;
}

function Failed({ message }: { message: string }) {
  usePrintReadyMark({ status: 'error', message });
  return <PaneError>{message}</PaneError>;
}

function Loading() {
  usePrintReadyMark({ status: 'loading' });
  const t = useT();
  return <OpeningMessage>{t('print.preparing')}</OpeningMessage>;
}

export function PlanPrintPage() {
  const { planId = '' } = useParams();
  const [search] = useSearchParams();
  const size = pdfPageSizeSchema.catch('A4').parse(search.get('size'));
  const includeAcknowledgement = search.get('ack') === '1';
  const meetingsKey = search.get('meetings');
  const signedKey = search.get('signed');
  const meetings = useMemo(() => meetingsFromSearch(meetingsKey), [meetingsKey]);
  const signed = useMemo(() => new Set(signedFromSearch(signedKey)), [signedKey]);
  const { vault, growth, store } = useAppServices();
  const conversations = usePlanConversations(store, planId, meetings, signed);
  const t = useT();
  const summary = usePlanSummaries(vault.doc).find((p) => p.id === planId);
  const known = summary !== undefined;
  // Opening an id the index does not know would create an empty document: only known ones open.
  const planState = useOpenDocument(known ? planId : null, (id) => growth.open(id));
  // The goal's document starts loading beside the plan's instead of after it (the store shares
  // one open document between both users), which takes one IndexedDB round off every export.
  useOpenDocument(summary?.goalId ?? null, (id) => growth.open(id));

  let body;
  if (!known) body = <Failed message={t('print.planGone')} />;
  else if (planState.status === 'loading' || conversations === null) body = <Loading />;
  else if (planState.status === 'damaged') body = <Failed message={describeDamage(planState, t)} />;
  else
    body = (
      <LoadedPlan
        planDoc={planState.item.doc}
        includeAcknowledgement={includeAcknowledgement}
        conversations={conversations}
      />
    );
  return (
    <main className="plan-print-page">
      <PageRule size={size} />
      {body}
    </main>
  );
}

function LoadedPlan({
  planDoc,
  includeAcknowledgement,
  conversations,
}: {
  planDoc: Y.Doc;
  includeAcknowledgement: boolean;
  conversations: readonly MeetingRecord[];
}) {
  const { vault, growth, now } = useAppServices();
  const t = useT();
  const plan = useDocSnapshot(planDoc, readPlan);
  const profile = useProfile(vault.doc);
  const goalState = useOpenDocument(plan?.goalId ?? null, (id) => growth.open(id));
  if (!plan) return <Failed message={t('print.planUnreadable')} />;
  if (plan.goalId !== null && goalState.status === 'loading') return <Loading />;
  const shared = { plan, ownerName: profile.displayName, now: now(), includeAcknowledgement, conversations };
  if (goalState.status === 'ready') return <PlanWithGoal goalDoc={goalState.item.doc} {...shared} />;
  return <PrintedPlan goal={null} {...shared} />;
}

interface PrintedPlanProps {
  plan: Plan;
  ownerName: string;
  now: number;
  includeAcknowledgement: boolean;
  conversations: readonly MeetingRecord[];
}

function PlanWithGoal({ goalDoc, ...props }: PrintedPlanProps & { goalDoc: Y.Doc }) {
  const goal = useDocSnapshot(goalDoc, readGoal);
  return <PrintedPlan goal={goal} {...props} />;
}

function PrintedPlan({
  plan,
  goal,
  ownerName,
  now,
  includeAcknowledgement,
  conversations,
}: PrintedPlanProps & { goal: Goal | null }) {
  const today = todayAt(now);
  const model = useMemo(
    () => buildPlanPrintModel({ plan, goal, ownerName, today, timeZone: systemTimeZone() }),
    [plan, goal, ownerName, today],
  );
  usePrintReadyMark({ status: 'ready', ownerName: model.ownerName, planTitle: model.title });
  return (
    <PlanPrintView
      model={model}
      includeAcknowledgement={includeAcknowledgement}
      conversations={conversations}
    />
  );
}
