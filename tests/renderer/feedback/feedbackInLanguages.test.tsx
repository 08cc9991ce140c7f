import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { freshBootOptions, renderGrowth } from '../goals/renderGrowth';

/** Feedback notes in German and Arabic: dates the language's way, the giver's name isolated. */

const note = {
  givenOn: '2026-02-20',
  from: 'Priya',
  behaviour: 'You ran the retro well',
  impact: 'Everyone spoke',
  nextStep: 'Again next month',
  goalId: null,
  competencyId: null,
};

describe('feedback in German and Arabic', () => {
  it('shows a note in German with its date and parts', async () => {
    const { user, services } = await renderGrowth('/feedback', freshBootOptions(), 'de');
    await services.growth.createFeedback(note);
    const list = await screen.findByRole('navigation', { name: 'Feedback-Notizen' });
    await user.click(await within(list).findByRole('link', { name: /Von Priya/ }));
    const article = await screen.findByRole('article', { name: 'Feedback von Priya' });
    expect(within(article).getByText('Erhalten am 20. Feb. 2026')).toBeInTheDocument();
    expect(
      within(article).getByRole('heading', { name: 'Vorgeschlagener nächster Schritt' }),
    ).toBeInTheDocument();
  });

  it('keeps a Latin name in its own isolate inside an Arabic title', async () => {
    const { user, services } = await renderGrowth('/feedback', freshBootOptions(), 'ar');
    await services.growth.createFeedback(note);
    const list = await screen.findByRole('navigation', { name: 'الملاحظات' });
    await user.click(await within(list).findByRole('link', { name: /من Priya/ }));
    const article = await screen.findByRole('article', { name: 'ملاحظة من Priya' });
    expect(within(article).getByRole('heading', { level: 2 }).querySelector('bdi')).toHaveTextContent(
      /^Priya$/,
    );
    expect(within(article).getByText('وردت في 20 فبراير 2026')).toBeInTheDocument();
  });
});
