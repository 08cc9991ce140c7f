/**
 * The file's own name from a full path main reports (`/home/sam/Documents/plan.pdf` →
 * `plan.pdf`), for messages: the name is what a person recognises; the folder is where they
 * chose to save it. Windows and POSIX separators both count.
 */
export function fileNameOf(path: string): string {
  const name = path.split(/[\\/]/).filter(Boolean).pop();
  return name ?? path;
}
