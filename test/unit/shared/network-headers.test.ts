import { describe, expect, it } from 'vitest';
import { isServiceWorkerScript, withoutDnsPrefetch } from '../../../src/shared/network-headers';

describe('service worker scripts', () => {
  it.each([
    [{ 'Service-Worker': 'script' }, true],
    // Playwright and HTTP/2 give header names in lower case.
    [{ 'service-worker': 'script' }, true],
    [{ accept: '*/*', 'sec-fetch-dest': 'script' }, false],
    [{}, false],
  ])('are recognised by their request header: %o', (headers, expected) => {
    expect(isServiceWorkerScript(headers)).toBe(expected);
  });
});

describe('DNS prefetch hints', () => {
  it('are turned off on a document, in place of every spelling the server sent', () => {
    expect(
      withoutDnsPrefetch(
        { 'X-DNS-Prefetch-Control': ['on'], 'x-dns-prefetch-control': ['on'], a: ['b'] },
        true,
      ),
    ).toEqual({ a: ['b'], 'X-DNS-Prefetch-Control': ['off'] });
  });

  it('drop every Link line naming dns-prefetch or preconnect, and keep the others', () => {
    const link = [
      '<//tracker.example>; rel=dns-prefetch',
      '<https://a.example>; rel="preconnect dns-prefetch"',
      '<https://b.example>; REL=PreConnect',
      '</style.css>; rel=preload; as=style',
    ];
    expect(withoutDnsPrefetch({ Link: link }, false)).toEqual({
      Link: ['</style.css>; rel=preload; as=style'],
    });
    expect(withoutDnsPrefetch({ Link: link.slice(0, 3) }, false)).toEqual({});
  });

  it('leave a response that is no document and has no Link header as it came', () => {
    expect(withoutDnsPrefetch({ 'content-type': ['image/png'] }, false)).toBeNull();
  });
});
