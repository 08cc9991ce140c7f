import { Link } from 'react-router';
import { itemDocId } from '../../../../shared/schema/ids';
import type { FrameworkSummary } from '../../../../shared/schema/frameworkIndex';
import { useT } from '../../i18n/useT';
import type { ReceivedItems } from '../../services/sharing/useReceivedItems';

/** The frameworks in the vault: this user's own, then those shared with them, each with its size. */
export function FrameworkList({
  frameworks,
  received,
  selectedId,
}: {
  frameworks: readonly FrameworkSummary[];
  received: ReceivedItems;
  selectedId: string | null;
}) {
  const t = useT();
  return (
    <nav aria-label={t('framework.list.label')} className="pane-list">
      <ul>
        {frameworks.map((framework) => {
          const from = received.get(itemDocId(framework.id));
          return (
            <li key={framework.id}>
              <Link
                to={`/frameworks/${framework.id}`}
                className="list-item"
                aria-current={framework.id === selectedId ? 'page' : undefined}
              >
                <span className="growth-list-title">{framework.title}</span>
                <span className="growth-list-meta">
                  {t('framework.list.summary', {
                    tracks: framework.tracks.length,
                    competencies: framework.competencies,
                  })}
                  {from && ` · ${t('framework.list.received')} (${from.writer})`}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
