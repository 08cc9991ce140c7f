import { isChangeOrigin } from '@tiptap/extension-collaboration';
import { EditorContent, getSchema, useEditor, type AnyExtension, type Editor } from '@tiptap/react';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import * as Y from 'yjs';
import { EditorToolbar } from './EditorToolbar';
import { editorExtensions, useEditorExtensions } from './editorExtensions';
import { PreservedRichText } from './PreservedRichText';
import {
  findUnknownContent,
  knownContentOf,
  TOO_DEEP,
  unknownContentAdded,
  type KnownContent,
} from './unknownContent';
import { classifyLinkClick } from './linkActions';
import { isMacPlatform } from './shortcuts';
import { pasteTooLargeMessage, type PasteRefusal } from './plainTextPaste';
import { useT } from '../../i18n/useT';
import './editor.css';

export interface RichTextEditorProps {
  /** The body being edited: the `body` XmlFragment of an item's Y.Doc. */
  fragment: Y.XmlFragment;
  /** Accessible name of the editable area, e.g. "Entry body". */
  label: string;
  placeholder?: string;
  autoFocus?: boolean;
  readOnly?: boolean;
  /** Ctrl/Cmd+click on a link, or "Open link" in the link popover. Only http(s)/mailto URLs. */
  onOpenLink?: (url: string) => void;
  /** More TipTap extensions (e.g. other people's carets); keep the array stable between renders. */
  extraExtensions?: readonly AnyExtension[];
  /** Marks the editor for tests and styling; defaults to "entry-editor". */
  testId?: string;
  /** What to call this text when a newer Tandem wrote something this version cannot edit. */
  newerName?: string;
}

const NO_EXTRA_EXTENSIONS: readonly AnyExtension[] = [];

function editorAttributes(label: string, readOnly: boolean): Record<string, string> {
  return {
    class: 'tandem-editor__content',
    role: 'textbox',
    'aria-label': label,
    'aria-multiline': 'true',
    'aria-readonly': String(readOnly),
  };
}

/** Editors that have emitted `create` (TipTap sets `isInitialized` only after the event). */
const createdEditors = new WeakSet<Editor>();

/**
 * Whether this editor instance has been created (TipTap emits `create` a tick after mounting).
 * Read from the editor itself rather than from an onCreate callback: under StrictMode React
 * builds a throwaway editor too, and its late `create` event must not count.
 */
function useEditorReady(editor: Editor): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      const onCreate = () => {
        createdEditors.add(editor);
        notify();
      };
      editor.on('create', onCreate);
      editor.on('destroy', notify);
      return () => {
        editor.off('create', onCreate);
        editor.off('destroy', notify);
      };
    },
    [editor],
  );
  return useSyncExternalStore(
    subscribe,
    () => (editor.isInitialized || createdEditors.has(editor)) && !editor.isDestroyed,
  );
}

let knownContent: KnownContent | null = null;
/** What this version's editor can represent (its schema), worked out once. */
function known(): KnownContent {
  knownContent ??= knownContentOf(
    getSchema(
      editorExtensions({
        fragment: new Y.Doc().getXmlFragment('schema'),
        placeholder: () => '',
        onLinkShortcut: () => undefined,
        onPasteRefused: () => undefined,
      }),
    ),
  );
  return knownContent;
}

/**
 * The journal's rich-text editor: TipTap bound to a Yjs fragment, so edits from this window,
 * other windows and other devices all meet in the same document — unless the fragment holds
 * something a newer Tandem wrote that this editor cannot represent. The Yjs binding would delete
 * that, so such a body is never bound: it is shown read-only, and when such content arrives
 * while the editor is open, the binding is taken down before it sees the change.
 */
export function RichTextEditor(props: RichTextEditorProps) {
  const { fragment } = props;
  const [unknown, setUnknown] = useState(() => findUnknownContent(fragment, known()));
  const t = useT();
  const editorRef = useRef<Editor | null>(null);
  useLayoutEffect(() => {
    const doc = fragment.doc;
    if (unknown !== null || !doc) return;
    // Runs before any type observer of the transaction, the binding's included.
    const check = (transaction: Y.Transaction) => {
      const found = unknownContentAdded(transaction, fragment, known());
      if (found === null) return;
      editorRef.current?.destroy();
      setUnknown(found);
    };
    doc.on('beforeObserverCalls', check);
    return () => doc.off('beforeObserverCalls', check);
  }, [fragment, unknown]);
  if (unknown !== null) {
    return (
      <PreservedRichText
        fragment={fragment}
        label={props.label}
        name={props.newerName ?? t('editor.thisText')}
        testId={props.testId ?? 'entry-editor'}
        tooDeep={unknown === TOO_DEEP}
      />
    );
  }
  return <BoundRichTextEditor {...props} editorRef={editorRef} />;
}

function BoundRichTextEditor({
  fragment,
  label,
  placeholder: givenPlaceholder,
  autoFocus = false,
  readOnly = false,
  onOpenLink,
  extraExtensions = NO_EXTRA_EXTENSIONS,
  testId = 'entry-editor',
  editorRef,
}: RichTextEditorProps & { editorRef: React.RefObject<Editor | null> }) {
  const [isMac] = useState(() => isMacPlatform());
  const [isLinkOpen, setLinkOpen] = useState(false);
  const [pasteRefused, setPasteRefused] = useState<PasteRefusal | null>(null);
  const t = useT();
  const placeholder = givenPlaceholder ?? t('editor.placeholder');
  const emptyChecklistItem = t('editor.emptyChecklistItem');

  // ProseMirror keeps the handlers it was created with; these refs let them see current props
  // without rebuilding the editor (which would drop the selection and undo history).
  const latest = useRef({ onOpenLink, readOnly, placeholder, emptyChecklistItem });
  useEffect(() => {
    latest.current = { onOpenLink, readOnly, placeholder, emptyChecklistItem };
  }, [onOpenLink, readOnly, placeholder, emptyChecklistItem]);

  const openLinkPopover = useCallback(() => {
    if (!latest.current.readOnly) setLinkOpen(true);
  }, []);
  // Going read-only hides the toolbar; the link popover must not reopen when it comes back.
  if (readOnly && isLinkOpen) setLinkOpen(false);
  const baseExtensions = useEditorExtensions(fragment, latest, openLinkPopover, setPasteRefused);
  const extensions = useMemo(
    () => (extraExtensions.length === 0 ? baseExtensions : [...baseExtensions, ...extraExtensions]),
    [baseExtensions, extraExtensions],
  );

  const editor = useEditor(
    {
      extensions,
      editable: !readOnly,
      autofocus: autoFocus ? 'end' : false,
      // The styles live in editor.css; an injected <style> tag would need 'unsafe-inline' in
      // the renderer's Content-Security-Policy.
      injectCSS: false,
      immediatelyRender: true,
      // The toolbar subscribes to just what it shows (useFormattingState).
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: editorAttributes(label, readOnly),
        handleDOMEvents: {
          click: (view, event) => {
            const click = classifyLinkClick(event, view.dom, isMac, latest.current.readOnly);
            if (!click) return false;
            // Never let the browser follow a link: it would navigate the app's own window.
            event.preventDefault();
            if (!click.open) return false;
            latest.current.onOpenLink?.(click.href);
            return true;
          },
        },
      },
      // A refused-paste notice stays until this person edits again; edits arriving from other
      // devices (y-sync transactions) do not count.
      onUpdate: ({ transaction }) => {
        if (!isChangeOrigin(transaction)) setPasteRefused(null);
      },
    },
    [extensions],
  );

  // Props that change on a live editor. setOptions re-applies the view's attributes and
  // redraws decorations, which is also what shows a new placeholder.
  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.setOptions({
      editable: !readOnly,
      editorProps: { ...editor.options.editorProps, attributes: editorAttributes(label, readOnly) },
    });
  }, [editor, label, readOnly, placeholder]);

  const isReady = useEditorReady(editor);
  // The guard above takes this editor down if a newer Tandem's content arrives while it is open.
  useLayoutEffect(() => {
    editorRef.current = editor;
    return () => {
      if (editorRef.current === editor) editorRef.current = null;
    };
  }, [editor, editorRef]);

  return (
    <div
      className="tandem-editor"
      data-testid={testId}
      data-ready={isReady ? 'true' : 'false'}
      data-readonly={readOnly ? 'true' : undefined}
    >
      {!readOnly && (
        <EditorToolbar
          editor={editor}
          isMac={isMac}
          isLinkOpen={isLinkOpen}
          onLinkOpenChange={setLinkOpen}
          onOpenLink={onOpenLink}
        />
      )}
      <EditorContent editor={editor} className="tandem-editor__body" />
      {pasteRefused !== null && (
        <div role="alert" className="tandem-editor__notice">
          <span>{pasteTooLargeMessage(pasteRefused.chars, pasteRefused.maxChars, t)}</span>
          <button type="button" className="tandem-button" onClick={() => setPasteRefused(null)}>
            {t('editor.paste.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
