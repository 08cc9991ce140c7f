import { purgeDueAt, TRASH_DAYS, type TrashItem } from '../../../../shared/trash/trash';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { useToasts } from '../../ui/toasts';
import { restoreItem } from './restoreItem';
import { useTrash } from './useTrash';
import './trash.css';

/**
 * Settings → Trash: what the person deleted, restorable for `TRASH_DAYS` days. The page sits in
 * the shell's one main landmark; every action is a button, so it works by keyboard alone.
 */
export function TrashPage() {
  const services = useAppServices();
  const t = useT();
  const toasts = useToasts();
  const items = useTrash(services.vault.doc);
  const restore = (item: TrashItem, name: string) => {
    restoreItem(services, item);
    toasts.show(t.rich('trash.restored', { name: <bdi>{name}</bdi> }));
  };
  return (
    <div className="trash">
      <h1>{t('trash.title')}</h1>
      <p className="trash-intro">{t('trash.intro', { days: TRASH_DAYS })}</p>
      {items.length === 0 ? (
        <p className="trash-empty">{t('trash.empty')}</p>
      ) : (
        <ul className="trash-list" aria-label={t('trash.listLabel')}>
          {items.map((item) => (
            <TrashRow key={`${item.kind}:${item.id}`} item={item} onRestore={restore} />
          ))}
        </ul>
      )}
    </div>
  );
}

function TrashRow({
  item,
  onRestore,
}: {
  item: TrashItem;
  onRestore: (item: TrashItem, name: string) => void;
}) {
  const t = useT();
  const dates = useDates();
  const name = item.name.trim() || t('trash.untitled');
  return (
    <li className="trash-item">
      <div className="trash-item-text">
        <span className="trash-item-name">
          <bdi>{name}</bdi>
        </span>
        <span className="trash-item-meta">
          {t('trash.kind', { kind: item.kind })} ·{' '}
          {t('trash.deletedOn', {
            date: dates.day(item.deletedAt),
            due: dates.day(purgeDueAt(item.deletedAt)),
          })}
        </span>
      </div>
      <div className="trash-item-actions">
        <button
          type="button"
          className="button"
          aria-label={t('trash.restoreNamed', { name })}
          onClick={() => onRestore(item, name)}
        >
          {t('trash.restore')}
        </button>
      </div>
    </li>
  );
}
