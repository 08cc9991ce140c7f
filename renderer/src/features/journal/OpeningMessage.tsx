/** Shown for the moment an entry's document (or the editor's code) is loading. */
export function OpeningMessage() {
  return (
    <p className="page-message" role="status">
      Opening…
    </p>
  );
}
