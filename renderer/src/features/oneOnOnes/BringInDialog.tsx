import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import {
  goalProgressPoint,
  MAX_REFLECTION_EXCERPT,
  planProgressPoint,
  reflectionExcerptPoint,
  type BroughtInPoint,
} from '../../../../shared/oneOnOne/bringIn';
import type { IsoDate } from '../../../../shared/schema/dates';
import { itemDocId } from '../../../../shared/schema/ids';
import { reflectionBody } from '../../../../shared/schema/reflection';
import { fragmentToPlainText } from '../../../../shared/schema/richText';
import { useAppServices } from '../../services/AppServicesContext';
import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../ui/ModalDialog';
import { useGoalSummaries, usePlanSummaries } from '../../services/growth/useGrowthIndex';
import { useVaultEntries } from '../../services/useVault';
import './bringIn.css';

interface BringInDialogProps {
  vault: Y.Doc;
  today: IsoDate;
  onBringIn: (point: BroughtInPoint) => void;
  onClose: () => void;
}

/**
 * Bringing something into the agenda. A goal's or plan's progress becomes a one-line point. A
 * private reflection needs an explicit step: the person picks the excerpt, sees exactly the
 * point that will be shared, and confirms; nothing else of the reflection leaves it.
 */
export function BringInDialog({ vault, today, onBringIn, onClose }: BringInDialogProps) {
  const t = useT();
  const [mode, setMode] = useState<'progress' | 'reflection'>('progress');
  return (
    <ModalDialog
      isOpen
      onOpenChange={(open) => !open && onClose()}
      aria-label={t('oneOnOnes.bringIn.heading')}
    >
      <h2>{t('oneOnOnes.bringIn.heading')}</h2>
      <div className="oo-tabs" role="group" aria-label={t('oneOnOnes.bringIn.what')}>
        <button
          type="button"
          className="button"
          aria-pressed={mode === 'progress'}
          onClick={() => setMode('progress')}
        >
          {t('oneOnOnes.bringIn.progress')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={mode === 'reflection'}
          onClick={() => setMode('reflection')}
        >
          {t('oneOnOnes.bringIn.reflection')}
        </button>
      </div>
      {mode === 'progress' ? (
        <ProgressChoices vault={vault} today={today} onBringIn={onBringIn} />
      ) : (
        <ReflectionExcerpt vault={vault} onBringIn={onBringIn} />
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('oneOnOnes.bringIn.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

function ProgressChoices({ vault, today, onBringIn }: Omit<BringInDialogProps, 'onClose'>) {
  const t = useT();
  const goals = useGoalSummaries(vault);
  const plans = usePlanSummaries(vault);
  const choices = useMemo(
    () => [
      ...goals.map((g) => ({ key: `goal:${g.id}`, point: goalProgressPoint(g, plans) })),
      ...plans.map((p) => ({ key: `plan:${p.id}`, point: planProgressPoint(p, today) })),
    ],
    [goals, plans, today],
  );
  if (choices.length === 0) return <p className="oo-empty">{t('oneOnOnes.bringIn.noGoals')}</p>;
  return (
    <ul className="bring-in-list" aria-label={t('oneOnOnes.bringIn.list')}>
      {choices.map(({ key, point }) => (
        <li key={key}>
          <span>{point.text}</span>
          <button
            type="button"
            className="button"
            onClick={() => onBringIn(point)}
            aria-label={t('oneOnOnes.bringIn.bringInLabel', { text: point.text })}
          >
            {t('oneOnOnes.bringIn.bringIn')}
          </button>
        </li>
      ))}
    </ul>
  );
}

function ReflectionExcerpt({ vault, onBringIn }: Pick<BringInDialogProps, 'vault' | 'onBringIn'>) {
  const t = useT();
  const { store } = useAppServices();
  const { entries } = useVaultEntries(vault);
  const live = entries.filter((e) => e.deletedAt === null).sort((a, b) => b.createdAt - a.createdAt);
  const [entryId, setEntryId] = useState('');
  const [fullText, setFullText] = useState<string | null>(null);
  const [excerpt, setExcerpt] = useState('');

  useEffect(() => {
    if (entryId === '') return;
    let active = true;
    void store
      .peek(itemDocId(entryId), (doc) => fragmentToPlainText(reflectionBody(doc), { skipHeadings: true }))
      .then((text) => {
        if (!active) return;
        setFullText(text);
        // A starting point the person trims: the first paragraph of their own writing (not the
        // template's prompts), never the whole entry.
        setExcerpt((text.split('\n')[0] ?? '').slice(0, MAX_REFLECTION_EXCERPT));
      });
    return () => {
      active = false;
    };
  }, [entryId, store]);

  const point = excerpt.trim() === '' ? null : reflectionExcerptPoint(excerpt);
  return (
    <div className="reflection-excerpt">
      <label className="oo-field">
        <span>{t('oneOnOnes.bringIn.reflectionLabel')}</span>
        <select className="text-input" value={entryId} onChange={(e) => setEntryId(e.target.value)}>
          <option value="">{t('oneOnOnes.bringIn.chooseReflection')}</option>
          {live.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title || t('oneOnOnes.bringIn.untitled')}
            </option>
          ))}
        </select>
      </label>
      {fullText !== null && (
        <>
          <p className="oo-meta">{t('oneOnOnes.bringIn.private')}</p>
          <label className="oo-field">
            <span>{t('oneOnOnes.bringIn.excerpt')}</span>
            <textarea
              className="text-input"
              rows={4}
              maxLength={MAX_REFLECTION_EXCERPT}
              value={excerpt}
              onChange={(e) => setExcerpt(e.target.value)}
            />
          </label>
          <figure className="share-preview">
            <figcaption>{t('oneOnOnes.bringIn.preview')}</figcaption>
            <blockquote data-testid="share-preview">
              {point ? point.text : t('oneOnOnes.bringIn.empty')}
            </blockquote>
          </figure>
          <button
            type="button"
            className="button"
            data-variant="primary"
            disabled={point === null}
            onClick={() => point && onBringIn(point)}
          >
            {t('oneOnOnes.bringIn.share')}
          </button>
        </>
      )}
    </div>
  );
}
