import { describe, expect, it } from 'vitest';
import {
  isAllowedLinkUrl,
  isAllowedLinkValue,
  parseLinkInput,
} from '../../../renderer/src/features/editor/linkUrl';

describe('parseLinkInput', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['  http://example.com/a?b=c#d ', 'http://example.com/a?b=c#d'],
    ['example.com', 'https://example.com/'],
    ['www.example.com/path', 'https://www.example.com/path'],
    ['//example.com', 'https://example.com/'],
    ['localhost:3000/x', 'https://localhost:3000/x'],
    ['sam@example.com', 'mailto:sam@example.com'],
    ['MAILTO:sam@example.com', 'mailto:sam@example.com'],
    ['HTTPS://Example.com', 'https://example.com/'],
  ])('accepts %j as %j', (input, href) => {
    expect(parseLinkInput(input)).toEqual({ ok: true, href });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
    'ftp://example.com',
    'tandem://invite/abc',
  ])('refuses the scheme of %j', (input) => {
    expect(parseLinkInput(input)).toEqual({
      ok: false,
      problem: 'scheme',
      error: 'Only web (http, https) and email (mailto) links are allowed.',
    });
  });

  it('refuses control characters that URL parsers silently drop', () => {
    expect(parseLinkInput('java\tscript:alert(1)').ok).toBe(false);
    expect(parseLinkInput('java\u0000script:alert(1)').ok).toBe(false);
    expect(parseLinkInput('https://exa mple.com')).toEqual({
      ok: false,
      problem: 'spaces',
      error: 'A link cannot contain spaces.',
    });
  });

  it('explains empty and malformed input', () => {
    expect(parseLinkInput('   ')).toEqual({
      ok: false,
      problem: 'empty',
      error: 'Enter a web address or an email address.',
    });
    expect(parseLinkInput('notes')).toEqual({
      ok: false,
      problem: 'invalid',
      error: 'That doesn’t look like a valid address.',
    });
    expect(parseLinkInput('https://')).toEqual({
      ok: false,
      problem: 'invalid',
      error: 'That doesn’t look like a valid address.',
    });
  });
});

describe('isAllowedLinkUrl', () => {
  it('allows only absolute http, https and mailto URLs', () => {
    expect(isAllowedLinkUrl('https://example.com/')).toBe(true);
    expect(isAllowedLinkUrl('http://example.com')).toBe(true);
    expect(isAllowedLinkUrl('mailto:sam@example.com')).toBe(true);
    expect(isAllowedLinkUrl('')).toBe(false);
    expect(isAllowedLinkUrl('/relative')).toBe(false);
    expect(isAllowedLinkUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedLinkUrl('tel:+15555550100')).toBe(false);
    expect(isAllowedLinkUrl('mailto:')).toBe(false);
  });
});

describe('isAllowedLinkValue', () => {
  it('judges scheme-less autolink text as the https link it becomes', () => {
    expect(isAllowedLinkValue('example.com/plan')).toBe(true);
    expect(isAllowedLinkValue('localhost:3000')).toBe(true);
    expect(isAllowedLinkValue('https://example.com')).toBe(true);
    expect(isAllowedLinkValue('javascript:alert(1)')).toBe(false);
    expect(isAllowedLinkValue('ftp://example.com')).toBe(false);
  });
});
