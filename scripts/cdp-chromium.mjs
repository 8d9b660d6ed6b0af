/**
 * Chromium driven over the bare DevTools protocol, for timings a driver would distort: Playwright
 * (and Puppeteer) auto-attach to every new service worker and hold it paused until they have set it
 * up, which adds their round trip to every worker start. Here nothing attaches to a target unless
 * asked, so a stopped extension worker starts as it does for a reader. Used by scripts/bench-wake.mjs.
 *
 * Needs a global WebSocket (Node ≥ 22, or Node 20 with --experimental-websocket).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { browserPath } from './ensure-browsers.mjs';

const START_TIMEOUT_MS = 20_000;

/** One browser-level CDP connection with flat sessions. */
class Connection {
  #ws;
  #id = 0;
  #calls = new Map();
  #listeners = new Set();

  constructor(ws) {
    this.#ws = ws;
    ws.addEventListener('message', (event) => {
      const msg = JSON.parse(String(event.data));
      if (msg.id !== undefined) {
        const call = this.#calls.get(msg.id);
        this.#calls.delete(msg.id);
        if (msg.error) call?.fail(new Error(`${call.method}: ${msg.error.message}`));
        else call?.ok(msg.result);
      } else for (const l of this.#listeners) l(msg);
    });
  }

  /** Sends `method` (to `sessionId`'s target when given) and resolves with its result. */
  send(method, params = {}, sessionId) {
    const id = ++this.#id;
    this.#ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise((ok, fail) => this.#calls.set(id, { ok, fail, method }));
  }

  /** Calls `listener` with every event (`{ method, params, sessionId }`); returns the remover. */
  on(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close() {
    this.#ws.close();
  }
}

/**
 * Starts headless Chromium with the unpacked extension `extension` in a fresh profile.
 * @returns {Promise<{ cdp: Connection, extensionId: string, close: () => Promise<void> }>}
 */
export async function startBareChromium(extension) {
  if (typeof WebSocket === 'undefined')
    throw new Error('no global WebSocket: run with Node ≥ 22 or `node --experimental-websocket`');
  const build = resolve(extension);
  const profile = await mkdtemp(join(tmpdir(), 'gloss-bare-'));
  const child = spawn(
    browserPath('chromium'),
    [
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      // As Playwright does: Chromium's sandbox cannot run as root (containers, CI).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // A caller that crashes before close() leaves no browser behind.
  const killOnExit = () => child.kill();
  process.once('exit', killOnExit);
  const close = async () => {
    process.off('exit', killOnExit);
    child.kill();
    await new Promise((ok) => (child.exitCode !== null ? ok() : child.once('exit', ok)));
    // Chromium's helper processes may still write to the profile just after the browser exits: a
    // profile left behind must not cost a finished run its report.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (e) {
      console.warn(`[bench] profile ${profile} not removed: ${e instanceof Error ? e.message : e}`);
    }
  };
  try {
    const endpoint = await new Promise((ok, fail) => {
      let err = '';
      const timer = setTimeout(
        () => fail(new Error(`Chromium did not start: ${err.slice(-500)}`)),
        START_TIMEOUT_MS,
      );
      child.stderr.on('data', (chunk) => {
        err += chunk;
        const m = /DevTools listening on (ws:\S+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          ok(m[1]);
        }
      });
      child.once('exit', () => fail(new Error(`Chromium exited: ${err.slice(-500)}`)));
    });
    const ws = new WebSocket(endpoint);
    await new Promise((ok, fail) => {
      ws.addEventListener('open', ok, { once: true });
      ws.addEventListener('error', fail, { once: true });
    });
    const cdp = new Connection(ws);
    const extensionId = await waitFor(async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const sw = targetInfos.find(
        (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
      );
      return sw ? new URL(sw.url).host : null;
    });
    const closeAll = async () => {
      cdp.close();
      await close();
    };
    return { cdp, extensionId, close: closeAll };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Polls `fn` every 50 ms until it returns something other than null (at most `timeout` ms). */
export async function waitFor(fn, timeout = START_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/**
 * A tab, attached (flat session) for `Runtime.evaluate` and `Page.navigate`.
 * @returns {Promise<{ targetId: string, sessionId: string, evaluate: (fn: Function, arg?: unknown) => Promise<any>, navigate: (url: string) => Promise<void>, close: () => Promise<void> }>}
 */
export async function openTab(cdp, url = 'about:blank') {
  const { targetId } = await cdp.send('Target.createTarget', { url });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  await cdp.send('Page.enable', {}, sessionId);
  return {
    targetId,
    sessionId,
    evaluate: (fn, arg) => evaluateIn(cdp, sessionId, fn, arg),
    async navigate(to) {
      const loaded = new Promise((ok) => {
        const off = cdp.on((m) => {
          if (m.sessionId === sessionId && m.method === 'Page.loadEventFired') {
            off();
            ok();
          }
        });
      });
      await cdp.send('Page.navigate', { url: to }, sessionId);
      await loaded;
    },
    close: () => cdp.send('Target.closeTarget', { targetId }).then(() => undefined),
  };
}

/** Runs `fn(arg)` in the session's target and returns its (awaited, JSON) value. */
export async function evaluateIn(cdp, sessionId, fn, arg) {
  const { result, exceptionDetails } = await cdp.send(
    'Runtime.evaluate',
    { expression: `(${fn})(${JSON.stringify(arg ?? null)})`, awaitPromise: true, returnByValue: true },
    sessionId,
  );
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/** Attaches to the extension's running service worker, runs `fn` there, and detaches. */
export async function evaluateInWorker(cdp, extensionId, fn) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!sw) return null;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: true });
  try {
    return await evaluateIn(cdp, sessionId, fn);
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}
