import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentTypeFor,
  createRendererFileHandler,
  resolveRendererPath,
} from '../../electron/main/protocol/rendererFiles';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/csp';

let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'tandem-renderer-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><p>home</p>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export {}');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(root, 'assets', 'font.woff2'), 'wOF2');
  await writeFile(join(base, 'passwd'), 'root:x:0:0');
  await symlink(join(base, 'passwd'), join(root, 'assets', 'link.txt'));
  serve = createRendererFileHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('resolveRendererPath', () => {
  it('maps / to index.html and nested paths inside the root', () => {
    expect(resolveRendererPath(root, '/')).toEqual({ ok: true, filePath: join(root, 'index.html') });
    expect(resolveRendererPath(root, '/assets/index-abc.js')).toEqual({
      ok: true,
      filePath: join(root, 'assets', 'index-abc.js'),
    });
  });

  it.each([
    ['/../../etc/passwd', 403],
    ['/%2e%2e/%2e%2e/etc/passwd', 403],
    ['/..%2f..%2fetc%2fpasswd', 403],
    ['/%2E%2E%2F%2E%2E%2Fpasswd', 403],
    ['/assets/..%5c..%5cpasswd', 403],
    ['/C:/Windows/win.ini', 403],
    ['/index.html%00.png', 403],
    ['/%E0%A4%A', 400],
  ] as const)('refuses %s with %i', (pathname, status) => {
    expect(resolveRendererPath(root, pathname)).toEqual({ ok: false, status });
  });
});

describe('the app:// request handler', () => {
  it('serves files with their content type and the CSP header', async () => {
    const cases: [string, string][] = [
      ['app://tandem/', 'text/html; charset=utf-8'],
      ['app://tandem/index.html', 'text/html; charset=utf-8'],
      ['app://tandem/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['app://tandem/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['app://tandem/assets/font.woff2', 'font/woff2'],
    ];
    for (const [url, type] of cases) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(await (await serve(new Request('app://tandem/index.html'))).text()).toBe(
      '<!doctype html><p>home</p>',
    );
  });

  it('never returns a file outside the root, whatever the spelling', async () => {
    const urls = [
      'app://tandem/../../etc/passwd',
      'app://tandem/../passwd',
      'app://tandem/%2e%2e/passwd',
      'app://tandem/..%2fpasswd',
      'app://tandem/assets/..%2f..%2fpasswd',
      'app://tandem//etc/passwd',
      'app://tandem/assets/link.txt',
    ];
    for (const url of urls) {
      const response = await serve(new Request(url));
      expect([403, 404], url).toContain(response.status);
      expect(await response.text(), url).not.toContain('root:x');
      // Refusals carry the policy too: an error page is still a page.
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers 404 for missing files, directories and other hosts; 405 for writes', async () => {
    expect((await serve(new Request('app://tandem/missing.js'))).status).toBe(404);
    expect((await serve(new Request('app://tandem/assets'))).status).toBe(404);
    expect((await serve(new Request('app://other/index.html'))).status).toBe(404);
    expect((await serve(new Request('app://tandem/index.html', { method: 'POST', body: 'x' }))).status).toBe(
      405,
    );
  });

  it('can serve any host for a harness on http://127.0.0.1, still confined to the root', async () => {
    const anyHost = createRendererFileHandler(root, { host: null });
    const page = await anyHost(new Request('http://127.0.0.1:4173/assets/index-abc.js'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await anyHost(new Request('http://127.0.0.1:4173/..%2fpasswd'))).status).toBe(403);
  });

  it('names unknown types as opaque bytes', () => {
    expect(contentTypeFor('a/b.unknown')).toBe('application/octet-stream');
    expect(contentTypeFor('a/B.SVG')).toBe('image/svg+xml');
  });
});

describe('the Content-Security-Policy', () => {
  it('allows only the app itself to run scripts and forbids framing, plugins and forms', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => {
        const [name, ...sources] = d.split(' ');
        return [name, sources.join(' ')] as const;
      }),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(directives.get('img-src')).toBe("'self' data: blob:");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });
});
