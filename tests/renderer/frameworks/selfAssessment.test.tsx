import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HashRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TandemApi } from '../../../shared/ipc/contract';
import { frameworkTemplate } from '../../../shared/framework/frameworkTemplate';
import {
  initAssessment,
  initSharedRatings,
  readRatings,
  saveRating,
  shareRating,
} from '../../../shared/schema/assessment';
import { readAssessmentLink } from '../../../shared/schema/assessmentIndex';
import { initFramework, readFramework, type FrameworkContent } from '../../../shared/schema/framework';
import { readPlan } from '../../../shared/schema/plan';
import type { SpaceView } from '../../../shared/sharing/sharingIpc';
import { bootServices } from '../../../renderer/src/app/services';
import { FrameworksPage } from '../../../renderer/src/features/frameworks/FrameworksPage';
import { AppServicesContext, type AppServices } from '../../../renderer/src/services/AppServicesContext';
import { ToastProvider } from '../../../renderer/src/ui/toasts';
import { freshBootOptions } from '../journal/renderApp';

/**
 * Issue 18, point 2: rating oneself against a framework a manager shared, each rating private
 * until shared, the manager's shared ratings side by side with the differences marked, and a
 * difference turned into a plan's skill gap in one step.
 */

const now = Date.UTC(2026, 11, 8);

/** Main's answer to listSpaces: Morgan (the manager) shared a framework and their ratings, accepted here. */
function installSpaces(items: SpaceView['items']) {
  const space: SpaceView = {
    spaceId: 'spaceMorgan0001',
    peerName: 'Morgan',
    peerFingerprint: 'ab12',
    myRole: 'employee',
    sharing: 'on',
    peerSharing: 'on',
    connected: true,
    lastSyncedAt: null,
    pendingChanges: 0,
    items,
  };
  window.tandem = {
    sharing: { listSpaces: () => Promise.resolve({ spaces: [space] }) },
  } as unknown as TandemApi;
}

afterEach(() => {
  delete window.tandem;
});

async function write(services: AppServices, id: string, fill: (doc: Y.Doc) => void): Promise<Y.Doc> {
  const [item] = services.store.open(`item:${id}`);
  await item.ready;
  fill(item.doc);
  return item.doc;
}

async function setUp(received: boolean) {
  const services = await bootServices({ ...freshBootOptions(), now: () => now });
  const content: FrameworkContent = frameworkTemplate();
  const frameworkDoc = await write(services, 'fw1', (doc) => initFramework(doc, 'fw1', content, now));
  services.growth.reindexFramework(frameworkDoc);
  const framework = readFramework(frameworkDoc)!;
  const [ic] = framework.tracks;
  const [craft, communication] = framework.competencies;
  if (received) {
    // Morgan rated Craft at Staff engineer and Communication at Engineer, and shared both.
    const theirs = new Y.Doc();
    initAssessment(theirs, { id: 'ma1', sharedId: 'mr1' }, { frameworkId: 'fw1', trackId: ic!.id }, now);
    saveRating(
      theirs,
      framework,
      { competencyId: craft!.id, levelId: ic!.levels[2]!.id, note: '', evidence: [], ratedAt: now },
      now,
    );
    saveRating(
      theirs,
      framework,
      { competencyId: communication!.id, levelId: ic!.levels[0]!.id, note: '', evidence: [], ratedAt: now },
      now,
    );
    await write(services, 'mr1', (doc) => {
      initSharedRatings(doc, 'mr1', { frameworkId: 'fw1', trackId: ic!.id }, now);
      shareRating(theirs, doc, craft!.id, now);
      shareRating(theirs, doc, communication!.id, now);
    });
    installSpaces([
      { docId: 'item:fw1', kind: 'framework', title: content.title, offeredBy: 'peer', state: 'accepted' },
      { docId: 'item:mr1', kind: 'shared-ratings', title: 'Ratings', offeredBy: 'peer', state: 'accepted' },
    ]);
  }
  const feedbackId = await services.growth.createFeedback({
    from: 'Priya',
    givenOn: '2026-11-20',
    behaviour: 'Your design review caught the caching bug',
    impact: 'We shipped on time',
    nextStep: 'Write up the pattern',
    goalId: null,
    competencyId: null,
  });
  const planId = await services.growth.createPlan({
    title: 'Grow into senior',
    goalId: null,
    status: 'active',
    reviewCadence: null,
  });
  window.location.hash = '#/frameworks/fw1';
  const user = userEvent.setup();
  render(
    <AppServicesContext.Provider value={services}>
      <HashRouter>
        <ToastProvider>
          <Routes>
            <Route path="/frameworks/:frameworkId" element={<FrameworksPage />} />
          </Routes>
        </ToastProvider>
      </HashRouter>
    </AppServicesContext.Provider>,
  );
  return { user, services, framework, frameworkDoc, planId, feedbackId };
}

describe('self-assessment against a shared framework', () => {
  it('rates privately, shares one rating, sets it beside the manager’s and turns the gap into a skill gap', async () => {
    const { user, services, planId, feedbackId } = await setUp(true);
    expect(
      await screen.findByText('Morgan keeps this framework; changes they make reach you here.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start rating' }));

    const craft = await screen.findByRole('form', { name: 'Technical craft' });
    await user.selectOptions(within(craft).getByLabelText('Level of Technical craft'), 'Engineer');
    expect(
      within(craft).getByText('Writes clear, tested code for well-scoped tasks and asks for help early.'),
    ).toBeInTheDocument();
    await user.type(
      within(craft).getByLabelText('Why this level (evidence)'),
      'Still asking for reviews on design',
    );
    await user.selectOptions(
      within(craft).getByLabelText('Evidence'),
      'Priya: Your design review caught the caching bug',
    );
    await user.click(within(craft).getByRole('button', { name: 'Save rating of Technical craft' }));
    expect(await within(craft).findByText('Private: only you see this rating.')).toBeInTheDocument();

    const communication = screen.getByRole('form', { name: 'Communication' });
    await user.selectOptions(
      within(communication).getByLabelText('Level of Communication'),
      'Senior engineer',
    );
    await user.click(within(communication).getByRole('button', { name: 'Save rating of Communication' }));

    // Only the rating shared reaches the document that is offered into the space.
    await user.click(within(craft).getByRole('button', { name: 'Share rating of Technical craft' }));
    expect(await within(craft).findByText('Shared.')).toBeInTheDocument();
    const link = readAssessmentLink(services.vault.doc, 'fw1')!;
    const [shared] = services.store.open(`item:${link.sharedId}`);
    await shared.ready;
    expect([...readRatings(shared.doc).values()].map((r) => r.note)).toEqual([
      'Still asking for reviews on design',
    ]);
    expect(readRatings(shared.doc).size).toBe(1);
    expect([...readRatings(shared.doc).values()][0]?.evidence).toEqual([
      { kind: 'feedback', id: feedbackId },
    ]);

    // Side by side with Morgan's shared ratings, the differences marked.
    const table = await screen.findByRole('table', { name: 'Side by side with Morgan' });
    const craftRow = within(table).getByRole('row', { name: /Technical craft/ });
    expect(
      within(craftRow)
        .getAllByRole('cell')
        .map((c) => c.textContent.slice(0, 24)),
    ).toEqual(['Engineer (1)', 'Staff engineer (3)', expect.stringContaining('2 levels apart')]);
    expect(craftRow).toHaveAttribute('data-differs');
    const commRow = within(table).getByRole('row', { name: /Communication/ });
    expect(commRow).toHaveTextContent('1 level apart');

    // The gap becomes a skill gap of the plan in one step: Engineer (1) → Staff engineer (3).
    await user.click(
      within(craftRow).getByRole('button', { name: 'Add Technical craft to the plan as a skill gap' }),
    );
    await waitFor(async () => {
      const [plan] = services.store.open(`item:${planId}`);
      await plan.ready;
      expect(readPlan(plan.doc)?.skillGaps).toEqual([
        expect.objectContaining({ name: 'Technical craft', competencyId: null, current: 1, target: 3 }),
      ]);
    });
  });

  it('refuses a rating whose level is no longer on the track, beside the level field, and saves nothing', async () => {
    const { user, services, framework, frameworkDoc } = await setUp(false);
    await user.click(await screen.findByRole('button', { name: 'Start rating' }));
    const craft = await screen.findByRole('form', { name: 'Technical craft' });
    await user.selectOptions(within(craft).getByLabelText('Level of Technical craft'), 'Staff engineer');

    // Meanwhile the framework loses that level (its author edited it).
    const edited = structuredClone(framework);
    edited.tracks[0]!.levels.pop();
    services.growth.saveFramework(frameworkDoc, edited);
    await user.click(await within(craft).findByRole('button', { name: 'Save rating of Technical craft' }));

    const level = within(craft).getByLabelText('Level of Technical craft');
    expect(level).toHaveAttribute('aria-invalid', 'true');
    expect(level).toHaveAccessibleDescription('Choose one of this track’s levels');
    const link = readAssessmentLink(services.vault.doc, 'fw1')!;
    const [assessment] = services.store.open(`item:${link.assessmentId}`);
    await assessment.ready;
    expect(readRatings(assessment.doc).size).toBe(0);
  });
});
