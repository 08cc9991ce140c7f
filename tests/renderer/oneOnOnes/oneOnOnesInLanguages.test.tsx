import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { spaceDocId } from '../../../shared/schema/meetingIds';
import { initSpace } from '../../../shared/schema/space';
import { setMember } from '../../../shared/schema/spaceMembers';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import { sentence } from '../i18n/sentence';
import { renderOneOnOnes, SPACE_ID, type User } from './renderOneOnOnes';

/**
 * A one-on-one in German and Arabic: the series, its agenda and the close confirmation say
 * their counts in the language's plural forms, and the other person's name keeps its own
 * direction inside a sentence.
 */

function withPeer(name: string) {
  return async (services: AppServices) => {
    const [space, release] = services.store.open(spaceDocId(SPACE_ID));
    await space.ready;
    initSpace(space.doc, SPACE_ID);
    setMember(space.doc, { id: 'member-peer', name, role: 'manager' });
    release();
  };
}

async function startAndAddPoints(
  user: User,
  words: { settings: string; start: string; newPoint: string; add: string },
  points: string[],
) {
  const form = await screen.findByRole('form', { name: words.settings });
  const date = form.querySelector<HTMLInputElement>('input[type="date"]');
  if (!date) throw new Error('no date field');
  await user.clear(date);
  await user.type(date, '2026-03-02');
  await user.click(screen.getByRole('button', { name: words.start }));
  for (const text of points) {
    await user.type(await screen.findByLabelText(words.newPoint), text);
    await user.click(screen.getByRole('button', { name: words.add }));
  }
}

describe('one-on-ones in German and Arabic', () => {
  it('says the series, the meeting and what a close carries on in German', async () => {
    const { user } = await renderOneOnOnes({ seed: withPeer('Ben'), locale: 'de' });
    expect(screen.getByRole('heading', { name: 'Einzelgespräche', level: 1 })).toBeInTheDocument();
    await startAndAddPoints(
      user,
      {
        settings: 'Einstellungen der Reihe',
        start: 'Reihe beginnen',
        newPoint: 'Neuer Gesprächspunkt',
        add: 'Punkt hinzufügen',
      },
      ['Urlaub planen', 'Budget', 'Konferenz'],
    );
    expect(screen.getByRole('heading', { name: 'Einzelgespräch mit Ben' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: /^(Karrieregespräch|Einzelgespräch) · 2\. März 2026$/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(sentence('Hinzugefügt von Ana (Sie)'))).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Besprechung abschließen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Diese Besprechung abschließen' });
    expect(within(dialog).getByRole('heading', { name: '3 offene Gesprächspunkte' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Damit wird sie auch für Ben abgeschlossen');
  });

  it('uses the Arabic dual for two open points and isolates a Latin name in the sentence', async () => {
    const { user } = await renderOneOnOnes({ seed: withPeer('Ben'), locale: 'ar' });
    await startAndAddPoints(
      user,
      { settings: 'إعدادات السلسلة', start: 'بدء السلسلة', newPoint: 'نقطة نقاش جديدة', add: 'إضافة النقطة' },
      ['الميزانية', 'Conference talk'],
    );
    const title = screen.getByRole('heading', { name: 'لقاء ثنائي مع Ben' });
    expect(title.querySelector('bdi')).toHaveTextContent(/^Ben$/);

    await user.click(screen.getByRole('button', { name: 'إغلاق اللقاء' }));
    const dialog = await screen.findByRole('dialog', { name: 'إغلاق هذا اللقاء' });
    expect(within(dialog).getByRole('heading', { name: 'نقطتا نقاش مفتوحتان' })).toBeInTheDocument();
    const lead = within(dialog).getByText(sentence(/^إغلاقه يغلقه لدى Ben أيضًا/));
    expect(lead.querySelector('bdi')).toHaveTextContent(/^Ben$/);
    await user.click(within(dialog).getByRole('button', { name: 'إغلاقه لكلينا' }));
    expect(await screen.findByText('أُغلق اللقاء. نُقلت نقطتا نقاش إلى اللقاء التالي.')).toBeInTheDocument();
  });
});
