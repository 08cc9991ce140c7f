/**
 * Which link targets the journal accepts. Links leave the app through main's
 * `shell.openExternal`, so anything but web and email addresses (javascript:, file:, custom
 * app schemes) is refused here, in the Link extension's validators and again before opening.
 */

export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

const ALLOWED_PROTOCOL_SET = new Set<string>(ALLOWED_LINK_PROTOCOLS.map((p) => `${p}:`));

/** What is wrong with a typed link: `problem` for the window's message, `error` in English. */
export type LinkProblem = 'empty' | 'spaces' | 'scheme' | 'invalid';
export type LinkUrlResult = { ok: true; href: string } | { ok: false; problem: LinkProblem; error: string };

const refuse = (problem: LinkProblem, error: string): LinkUrlResult => ({ ok: false, problem, error });

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// `localhost:3000/x` parses as scheme `localhost`; a port number after the colon says otherwise.
const HOST_WITH_PORT = /^[a-z0-9.-]+:\d+(?:[/?#]|$)/i;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
// Whitespace and control characters: the URL parser silently drops some of them
// (`java\tscript:`), which is how scheme filters get bypassed, so they are refused outright.
// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/;

/** True when `href` is an absolute http, https or mailto URL. Used on every rendered link. */
export function isAllowedLinkUrl(href: string): boolean {
  if (href === '' || WHITESPACE_OR_CONTROL.test(href)) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOL_SET.has(url.protocol)) return false;
  return url.protocol === 'mailto:' ? url.pathname !== '' : url.hostname !== '';
}

/**
 * The check for TipTap's Link validators. Its autolink and paste rules pass the matched text
 * (`example.com/plan`), not the href they will store (`https://example.com/plan`), so text
 * without a scheme is judged as the https link it becomes; anything with a scheme must be ours.
 */
export function isAllowedLinkValue(value: string): boolean {
  const hasScheme = SCHEME.test(value) && !HOST_WITH_PORT.test(value);
  return isAllowedLinkUrl(hasScheme ? value : `https://${value}`);
}

/**
 * Turns what a person typed into the link field into an href, or explains why not.
 * `example.com` becomes `https://example.com/` and `sam@example.com` a mailto: link, because
 * that is what people mean when they leave the scheme off.
 */
export function parseLinkInput(raw: string): LinkUrlResult {
  const input = raw.trim();
  if (input === '') return refuse('empty', 'Enter a web address or an email address.');
  if (WHITESPACE_OR_CONTROL.test(input)) return refuse('spaces', 'A link cannot contain spaces.');

  const scheme = SCHEME.exec(input)?.[1]?.toLowerCase();
  let candidate: string;
  if (scheme !== undefined && ALLOWED_PROTOCOL_SET.has(`${scheme}:`)) {
    candidate = input;
  } else if (scheme !== undefined && !HOST_WITH_PORT.test(input)) {
    return refuse('scheme', 'Only web (http, https) and email (mailto) links are allowed.');
  } else if (EMAIL.test(input)) {
    candidate = `mailto:${input}`;
  } else {
    candidate = `https://${input.replace(/^\/\//, '')}`;
  }

  if (!isAllowedLinkUrl(candidate)) return refuse('invalid', 'That doesn’t look like a valid address.');
  const url = new URL(candidate);
  if (url.protocol !== 'mailto:' && !url.hostname.includes('.') && url.hostname !== 'localhost')
    return refuse('invalid', 'That doesn’t look like a valid address.');
  return { ok: true, href: url.href };
}
