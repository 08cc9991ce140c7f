import { readFramework, type Framework, type FrameworkContent } from '../../../../shared/schema/framework';
import type { OpenDocument } from '../../data/DocumentStore';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import type { ReceivedItem } from '../../services/sharing/useReceivedItems';
import { EditableItem, ItemDetail } from '../../ui/item/ItemDetail';
import { ShareControl } from '../sharing';
import { AssessmentSection } from './AssessmentSection';
import { FrameworkForm } from './FrameworkForm';
import { FrameworkView } from './FrameworkView';

interface FrameworkDetailProps {
  id: string;
  /** Set when the other person in a space shared this framework: it is theirs, shown read-only. */
  received: ReceivedItem | undefined;
  onDelete: (title: string) => void;
}

/** Loads a framework's document and shows it (editable when it is this user's own), or says why not. */
export function FrameworkDetail({ id, received, onDelete }: FrameworkDetailProps) {
  const { growth } = useAppServices();
  const t = useT();
  const words = {
    cannotOpen: t('framework.detail.cannotOpen'),
    unaffected: t('framework.detail.unaffected'),
    unreadable: t('framework.detail.unreadable'),
  };
  return (
    <ItemDetail id={id} open={(frameworkId) => growth.open(frameworkId)} read={readFramework} words={words}>
      {(framework, item) =>
        received ? (
          <div className="growth-detail">
            <FrameworkView
              framework={framework}
              actions={
                <p className="sharing-muted" role="note">
                  {t('framework.view.readOnly', { name: received.writer })}
                </p>
              }
            />
            <AssessmentSection framework={framework} />
          </div>
        ) : (
          <OwnFramework framework={framework} item={item} onDelete={onDelete} />
        )
      }
    </ItemDetail>
  );
}

function OwnFramework({
  framework,
  item,
  onDelete,
}: {
  framework: Framework;
  item: OpenDocument;
  onDelete: (title: string) => void;
}) {
  const { growth } = useAppServices();
  const t = useT();
  const fields: FrameworkContent = {
    title: framework.title,
    description: framework.description,
    tracks: framework.tracks,
    competencies: framework.competencies,
  };
  return (
    <EditableItem
      Form={FrameworkForm}
      fields={fields}
      editHeading={t('framework.detail.editHeading')}
      onSave={(content) => growth.saveFramework(item.doc, content)}
      onDelete={() => onDelete(framework.title)}
    >
      {(actions) => (
        <>
          <FrameworkView framework={framework} actions={actions} />
          <ShareControl docId={item.docId} kind="framework" title={framework.title} />
          <AssessmentSection framework={framework} />
        </>
      )}
    </EditableItem>
  );
}
