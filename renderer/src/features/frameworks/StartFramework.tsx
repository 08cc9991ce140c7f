import { useState } from 'react';
import { emptyFramework, frameworkTemplate } from '../../../../shared/framework/frameworkTemplate';
import type { FrameworkContent } from '../../../../shared/schema/framework';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../ui/form';
import { CsvImport } from './CsvImport';

/**
 * The three ways to start a framework: the built-in template (in the window's language), a CSV
 * file, or an empty one. Each creates the framework in one go and opens it.
 */
export function StartFramework({
  onCreate,
  onCancel,
}: {
  onCreate: (content: FrameworkContent) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [failure, setFailure] = useState<string | null>(null);
  const create = (content: FrameworkContent) => {
    setFailure(null);
    onCreate(content).catch((error: unknown) =>
      setFailure(t('framework.start.failed', { reason: errorMessage(error) })),
    );
  };
  return (
    <section className="growth-detail framework-start" aria-labelledby="framework-start">
      <h2 id="framework-start">{t('framework.start.heading')}</h2>
      <p>{t('framework.start.lead')}</p>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="framework-start-choice">
        <button
          type="button"
          className="button"
          data-variant="primary"
          onClick={() => create(frameworkTemplate(t))}
          autoFocus
        >
          {t('framework.start.template')}
        </button>
        <p className="form-hint">{t('framework.start.templateHint')}</p>
      </div>
      <div className="framework-start-choice">
        <button type="button" className="button" onClick={() => create(emptyFramework(t))}>
          {t('framework.start.scratch')}
        </button>
        <p className="form-hint">{t('framework.start.scratchHint')}</p>
      </div>
      <div className="framework-start-choice">
        <h3>{t('framework.start.csv')}</h3>
        <CsvImport onImport={create} />
      </div>
      <button type="button" className="button" onClick={onCancel}>
        {t('framework.start.cancel')}
      </button>
    </section>
  );
}
