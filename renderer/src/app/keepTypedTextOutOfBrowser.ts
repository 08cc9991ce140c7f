/**
 * Chromium keeps copies of what is typed into form fields in files of its own, outside
 * Tandem's encryption at rest: submitted values in its autofill history ("Web Data") and field
 * contents in the session it restores ("Sessions", one history entry per route). A field with
 * `autocomplete="off"` is left out of both. Every text field is marked so the moment it is
 * focused (nothing can be typed into it before), so no form of any feature can forget to.
 * Shown by tests/e2e/atRest.e2e.test.ts, whose scan covers the browser profile.
 */
export function keepTypedTextOutOfBrowser(root: Document = document): void {
  root.addEventListener(
    'focusin',
    (event) => {
      const field = event.target;
      if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
        // A password manager's hints (new-password, current-password) are kept: they say "do not save" too.
        if (!field.autocomplete.endsWith('password')) field.autocomplete = 'off';
      }
    },
    { capture: true },
  );
}
