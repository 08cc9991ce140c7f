/**
 * How Tandem's ZIP entries describe themselves: made on Unix (host 3) with ordinary file
 * permissions (rw-r--r--). fflate's default says "made by MS-DOS", and Debian's unzip then reads
 * the UTF-8 names of a Markdown export (accents, CJK) in an old DOS code page and mangles them;
 * with Unix as the host it honours the UTF-8 flag fflate sets on such names.
 */
export const UNIX_FILE_ENTRY = { os: 3, attrs: (0o100644 << 16) >>> 0 } as const;
