/**
 * Layout APIs jsdom leaves out and ProseMirror calls: it measures coordinates to scroll the
 * selection into view and to map clicks to positions. Zero-sized rectangles are enough for
 * tests that drive the editor through commands, key events and clipboard events.
 */

const emptyRect = (): DOMRect => ({
  x: 0,
  y: 0,
  width: 0,
  height: 0,
  top: 0,
  right: 0,
  bottom: 0,
  left: 0,
  toJSON: () => ({}),
});

const emptyRectList = (): DOMRectList => Object.assign([] as DOMRect[], { item: () => null });

export function installEditorDomPolyfills(): void {
  if (typeof document.elementFromPoint !== 'function') document.elementFromPoint = () => null;
  Range.prototype.getBoundingClientRect = emptyRect;
  Range.prototype.getClientRects = emptyRectList;
  if (typeof Element.prototype.scrollIntoView !== 'function')
    Element.prototype.scrollIntoView = () => undefined;
}

installEditorDomPolyfills();
