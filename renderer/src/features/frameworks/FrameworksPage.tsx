import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isolate } from '../../../../shared/i18n/locales';
import type { FrameworkContent } from '../../../../shared/schema/framework';
import { readFrameworkSummaries } from '../../../../shared/schema/frameworkIndex';
import { useYSnapshot } from '../../data/useYSnapshot';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { useReceivedItems } from '../../services/sharing/useReceivedItems';
import { itemDocId } from '../../../../shared/schema/ids';
import { focusListRowWhenShown } from '../../ui/focusRescue';
import { ChosenItem, ListPage } from '../../ui/ListPage';
import { shortcutLabel, useModShortcut } from '../../ui/shortcuts';
import { useToasts } from '../../ui/toasts';
import { FrameworkDetail } from './FrameworkDetail';
import { FrameworkList } from './FrameworkList';
import { StartFramework } from './StartFramework';
import '../../ui/item/itemPages.css';
import './frameworks.css';

/**
 * Career frameworks (issue 18): the manager's own and those shared with this user on the left,
 * the chosen one on the right, or the three ways to start a new one.
 */
export function FrameworksPage() {
  const { vault, growth } = useAppServices();
  const t = useT();
  const navigate = useNavigate();
  const toasts = useToasts();
  const { frameworkId = null } = useParams();
  const received = useReceivedItems();
  const read = useCallback(
    () => readFrameworkSummaries(vault.doc).filter((f) => f.deletedAt === null),
    [vault.doc],
  );
  const frameworks = useYSnapshot(vault.doc.getMap('frameworks'), read);
  // As on the goals page: following a link elsewhere leaves the start panel without an effect.
  const [startingAt, setStartingAt] = useState<string | null | undefined>(undefined);
  const starting = startingAt === frameworkId;
  const start = useCallback(() => setStartingAt(frameworkId), [frameworkId]);
  useModShortcut(['n'], start);

  const create = async (content: FrameworkContent) => {
    const id = await growth.createFramework(content);
    setStartingAt(undefined);
    void navigate(`/frameworks/${id}`);
  };
  const remove = (id: string, title: string) => {
    growth.setFrameworkDeleted(id, true);
    void navigate('/frameworks');
    toasts.show(t('framework.page.deleted', { title: isolate(title) }), {
      label: t('framework.page.undo'),
      run: () => {
        growth.setFrameworkDeleted(id, false);
        void navigate(`/frameworks/${id}`);
        focusListRowWhenShown(id);
      },
    });
  };
  const selected = frameworkId ? frameworks.find((f) => f.id === frameworkId) : undefined;
  return (
    <ListPage
      title={t('framework.page.title')}
      detailShown={starting || frameworkId !== null}
      newItem={{ label: t('framework.page.new'), onClick: start, shortcut: 'n' }}
      sidebar={
        frameworks.length === 0 ? (
          <div className="growth-empty">
            <p>{t('framework.page.empty')}</p>
            <p>{t('framework.page.emptyHint')}</p>
          </div>
        ) : (
          <FrameworkList frameworks={frameworks} received={received} selectedId={frameworkId} />
        )
      }
      mainLabel={t('framework.page.main')}
    >
      {starting ? (
        <StartFramework onCreate={create} onCancel={() => setStartingAt(undefined)} />
      ) : (
        <ChosenItem
          id={frameworkId}
          item={selected}
          missing={t('framework.page.missing')}
          choose={t('framework.page.choose', { shortcut: shortcutLabel('n') })}
        >
          {({ id }) => (
            <FrameworkDetail
              key={id}
              id={id}
              received={received.get(itemDocId(id))}
              onDelete={(title) => remove(id, title)}
            />
          )}
        </ChosenItem>
      )}
    </ListPage>
  );
}
