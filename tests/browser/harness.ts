// A local page for running HTML in headless Chromium and catching any script that executes:
// alert/confirm/prompt/print, native dialogs from frames, page errors, requests to /xss* beacons,
// navigations, popups, and links whose protocol is not http(s)/mailto when clicked.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

export const hasChromium = existsSync(CHROMIUM);

/**
 * What the page-side functions below use of the page. They run in Chromium, while the project
 * compiles without DOM types; they reach the page through `globalThis` seen as this.
 */
interface PageElement {
  readonly tagName: string;
  innerHTML: string;
  appendChild(child: PageElement): void;
  dispatchEvent(event: object): boolean;
  focus?: () => void;
  click(): void;
}
export interface PageGlobals {
  __hits: string[];
  document: {
    getElementById(id: string): PageElement;
    createElement(tag: string): PageElement;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
  };
  Event: new (type: string) => object;
  MouseEvent: new (type: string) => object;
}

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>atoma sanitizer harness</title>
<script>
  window.__hits = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (message) => { window.__hits.push(name + '(' + String(message) + ')'); };
  }
  // Links: http(s) and mailto are followed nowhere; any other protocol is a finding, and is
  // allowed to proceed so that a javascript: URL really runs and is caught by the hooks above.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link) return;
    const protocol = link.protocol;
    if (protocol === 'http:' || protocol === 'https:' || protocol === 'mailto:') event.preventDefault();
    else window.__hits.push('click on a ' + protocol + ' link: ' + link.getAttribute('href'));
  }, true);
</script></head>
<body><div id="out"></div></body></html>`;

export interface Findings {
  hits: string[];
  dialogs: string[];
  pageErrors: string[];
  beacons: string[];
  navigations: string[];
  popups: string[];
  elements: number;
  links: number;
}

/** Serves the harness page, the browser bundle at /atoma.js and the /xss* beacons on 127.0.0.1. */
export class HarnessServer {
  readonly beacons: string[] = [];
  private server: Server | null = null;
  origin = '';

  constructor(private readonly bundle: string) {}

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      if (path === '/index.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      } else if (path === '/atoma.js') {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(this.bundle);
      } else if (path.startsWith('/xss')) {
        this.beacons.push(`${request.method} ${request.url}`);
        if (path.endsWith('.js')) response.writeHead(200, { 'content-type': 'text/javascript' }).end('alert("script from beacon")');
        else response.writeHead(204).end();
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Every host but the local server fails at once, so nothing waits on the network.
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
}

/** The harness server with the browser bundle, and Chromium: started before the enclosing block's tests, closed after them. */
export function useChromiumHarness(): { readonly browser: Browser; readonly server: HarnessServer } {
  const harness = {} as { browser: Browser; server: HarnessServer };
  beforeAll(async () => {
    harness.server = new HarnessServer(await bundleDistForBrowser());
    await harness.server.start();
    harness.browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.stop();
  });
  return harness;
}

/** Opens the harness page with every detector attached. */
export async function openHarness(browser: Browser, server: HarnessServer): Promise<{ page: Page; collect: () => Promise<Findings> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const navigations: string[] = [];
  const popups: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}(${dialog.message()})`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  context.on('page', (popup) => popups.push(popup.url()));
  await page.goto(`${server.origin}/index.html`);
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  const beaconsBefore = server.beacons.length;
  const collect = async (): Promise<Findings> => {
    const state = await page.evaluate(() => {
      const { __hits, document } = globalThis as unknown as PageGlobals;
      return {
        hits: __hits,
        elements: document.querySelectorAll('#out *').length,
        links: document.querySelectorAll('#out a').length,
      };
    });
    await context.close();
    return { ...state, dialogs, pageErrors, beacons: server.beacons.slice(beaconsBefore), navigations, popups };
  };
  return { page, collect };
}

/**
 * Inserts every fragment with innerHTML, then provokes every handler it could carry: native
 * loads and errors, synthetic events on every element, focus, and a click on every link.
 */
export async function insertAndProvoke(page: Page, fragments: readonly string[]): Promise<void> {
  await page.evaluate((list) => {
    const { document } = globalThis as unknown as PageGlobals;
    const out = document.getElementById('out');
    for (const html of list) {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      out.appendChild(holder);
    }
  }, fragments);
  await page.evaluate(() => {
    const { document, Event, MouseEvent } = globalThis as unknown as PageGlobals;
    const types = [
      'mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'pointerover', 'pointerenter', 'focus', 'focusin',
      'blur', 'load', 'error', 'toggle', 'animationstart', 'transitionend', 'scroll', 'input', 'change', 'play', 'begin',
    ];
    for (const element of Array.from(document.querySelectorAll('#out *'))) {
      for (const type of types) element.dispatchEvent(new Event(type));
      element.focus?.();
      if (element.tagName !== 'A') element.dispatchEvent(new MouseEvent('click'));
    }
    for (const link of Array.from(document.querySelectorAll('#out a'))) link.click();
  });
  // Image errors, media errors and timers fire after the insertion.
  await page.waitForTimeout(1500);
}

/**
 * Bundles the built ESM entry (dist/index.js) for the browser. A bundler is needed because
 * sanitize-html (and postcss, which it loads) ship as CommonJS only, which browsers cannot import.
 */
export async function bundleDistForBrowser(): Promise<string> {
  const entry = join(repoRoot, 'dist', 'index.js');
  if (!existsSync(entry)) throw new Error('dist/index.js is missing: run `npm run build` first (npm test does)');
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'atoma-browser-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      root: repoRoot,
      publicDir: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        lib: { entry, formats: ['es'], fileName: () => 'atoma.js' },
        outDir,
        emptyOutDir: true,
        minify: false,
        reportCompressedSize: false,
      },
    });
    return readFileSync(join(outDir, 'atoma.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
