import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { fragmentToRichNodes, isRichText, type RichNode } from '../../../../shared/export/richTree';
import { NewerVersionNotice } from '../../ui/NewerVersionNotice';

/**
 * A body shown without an editor, because it holds content a newer Tandem wrote: read from the
 * Yjs fragment and never written to, so it stays byte for byte as the newer version left it.
 * What this version does not know is shown as its text, inside a box naming its kind.
 */

const BLOCKS: Record<string, keyof HTMLElementTagNameMap> = {
  paragraph: 'p',
  blockquote: 'blockquote',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  taskList: 'ul',
  taskItem: 'li',
  codeBlock: 'pre',
  hardBreak: 'br',
  horizontalRule: 'hr',
};

function render(nodes: readonly RichNode[], path: string): React.ReactNode[] {
  return nodes.map((node, index) => {
    const key = `${path}.${index}`;
    if (isRichText(node)) {
      const names = new Set((node.marks ?? []).map((mark) => mark.type));
      let text: React.ReactNode = node.text;
      if (names.has('bold')) text = <strong>{text}</strong>;
      if (names.has('italic')) text = <em>{text}</em>;
      if (names.has('code')) text = <code>{text}</code>;
      return <span key={key}>{text}</span>;
    }
    const children = render(node.content ?? [], key);
    if (node.type === 'heading') {
      const level = Math.min(Math.max(Number(node.attrs?.level ?? 2), 1), 3);
      const Heading = `h${level + 1}` as 'h2' | 'h3' | 'h4';
      return <Heading key={key}>{children}</Heading>;
    }
    const Tag = BLOCKS[node.type];
    if (Tag === 'br' || Tag === 'hr') return <Tag key={key} />;
    if (Tag) return <Tag key={key}>{children}</Tag>;
    return (
      <div key={key} className="preserved-node" data-node={node.type}>
        <span className="preserved-node__kind">{node.type}</span>
        {children}
      </div>
    );
  });
}

export function PreservedRichText({
  fragment,
  label,
  name,
  testId,
  tooDeep = false,
}: {
  fragment: Y.XmlFragment;
  label: string;
  name: string;
  testId: string;
  /** Kept read-only because it nests deeper than any real writing, not because it is newer. */
  tooDeep?: boolean;
}) {
  const [nodes, setNodes] = useState(() => fragmentToRichNodes(fragment));
  useEffect(() => {
    const refresh = () => setNodes(fragmentToRichNodes(fragment));
    fragment.observeDeep(refresh);
    return () => fragment.unobserveDeep(refresh);
  }, [fragment]);
  return (
    <div
      className="tandem-editor"
      data-testid={testId}
      data-ready="true"
      data-readonly="true"
      data-preserved="true"
    >
      <NewerVersionNotice name={name} tooDeep={tooDeep} />
      <div className="tandem-editor__body">
        <div
          className="tandem-editor__content"
          role="textbox"
          aria-label={label}
          aria-readonly="true"
          aria-multiline="true"
        >
          {render(nodes, 'n')}
        </div>
      </div>
    </div>
  );
}
