/**
 * A woken worker's engine made ready before its first page asks (ADR 0024). The first run of the
 * engine in a fresh worker costs several times a later one: the matcher index is parsed, every
 * function is compiled on its first call, each pattern on its first match. Running the engine once
 * on a few of the fact base's own sentences while the worker waits anyway (a page still loading)
 * moves that cost off the page's wait. Once per fact base and worker (`Warmup`): a new base (the
 * reader's packs changed) warms again. Not while the probe is injected (ADR 0031): the injection is
 * over before the warm-up, and the answer then waited for both.
 *
 * In steps, one task each (ADR 0048 round 21): a worker woken by a navigation hears of the page's start
 * while the page may be just about to load; the load's event then waits behind whatever runs. A warm-up
 * in one piece (~60 ms of a cold worker's CPU) stood between such a page and its probe; in steps, the
 * load's event runs after the current step, and the warm-up stops there.
 */
import { findNumbers } from '../../core/claims/numbers';
import { findTemporal } from '../../core/claims/temporal';
import { annotateWith, type FactBase } from '../../core/facts/factbase';

/** How many of the base's sentences the warm-up reads: enough to reach dates, figures and cues. */
export const WARM_SENTENCES = 6;

/**
 * A short text that takes the engine through its paths: `extra` (e.g. the page's title), then the
 * first claims the base itself records as misreported (dates, figures, the words of its cues), else
 * its first aliases.
 */
export function warmText(base: Pick<FactBase, 'facts'>, extra = ''): string {
  const sentences: string[] = [];
  const add = (said: string) => sentences.push(said.endsWith('.') ? said : `${said}.`);
  for (const fact of base.facts.values()) {
    if (sentences.length >= WARM_SENTENCES) break;
    const said = fact.misreports?.[0]?.wrong ?? fact.aliases[0]?.text;
    if (said) add(said);
  }
  // And one misreported figure (ADR 0028): the engine's paths for figures and their verdicts.
  const figure = [...base.facts.values()].find((f) => f.quantity && f.misreports?.length)?.misreports?.[0];
  if (figure && !sentences.includes(`${figure.wrong}.`) && !sentences.includes(figure.wrong))
    add(figure.wrong);
  return [extra, ...sentences].filter(Boolean).join('\n\n');
}

/** Runs the engine on `base` once, on `warmText` (its records are dropped). */
export function warmEngine(base: FactBase, extra = ''): void {
  annotateWith(base, warmText(base, extra), null);
}

/** One step of a warm-up: run in a task of its own. */
export type WarmStep = () => void;

/**
 * `warmEngine` in steps: the base's facts read (the bundled packs' JSON parsed, which every answer needs),
 * then the engine on each paragraph of `warmText` by itself. The same paths as one run on the whole text.
 */
export function warmSteps(base: FactBase, extra = ''): WarmStep[] {
  const paragraphs = warmText(base, extra).split('\n\n').filter(Boolean);
  const alias = [...base.facts.values()].find((f) => f.aliases[0])?.aliases[0]?.text;
  return [
    () => void base.facts,
    ...(alias ? [() => void annotateWith(base, `${alias}.`, null)] : []),
    ...paragraphs.flatMap((paragraph) => {
      const span = { start: 0, end: paragraph.length };
      return [
        () => void findTemporal(paragraph, span, null),
        () => void findNumbers(paragraph, span),
        () => void annotateWith(base, paragraph, null),
      ];
    }),
  ];
}

/** Resolves in a later task: whatever the worker was told meanwhile (a page's load) runs first. */
export const nextTask = (): Promise<void> => new Promise((ok) => setTimeout(ok, 0));

/**
 * When to warm: while a page loads (the worker, woken by its navigation, has nothing to do until the
 * load), unless a page is already waiting on the gate; never after that (ADR 0031). Held for the
 * worker's lifetime only.
 */
export class Warmup {
  private deciding = 0;
  /** Gate decisions started in this worker's life: a warm-up stops at the first one after its start. */
  private decisions = 0;
  private readonly warmed = new WeakSet<FactBase>();
  /** Bases a warm-up is running on (its steps are tasks apart: a second page's start must not run them too). */
  private readonly warming = new WeakSet<FactBase>();
  private parserWarm = false;

  constructor(
    /** The current fact base (after the reader's packs are loaded). */
    private readonly base: () => Promise<FactBase>,
    /** The steps that run the engine once on a base, each in its own task (`warmSteps`). */
    private readonly steps: (base: FactBase) => readonly WarmStep[] = warmSteps,
    /**
     * Makes the page reader ready (ADR 0026, 0039: Chrome's reader document opened; the probe's
     * answer to a page with terms reads the page). Only while a page still loads, after the engine: never on the
     * way between a loaded page and its probe.
     */
    private readonly parser: () => void = () => undefined,
  ) {}

  /** Has the engine run on `base` in this worker? */
  isWarm(base: FactBase): boolean {
    return this.warmed.has(base);
  }

  /** The engine ran on `base` for a page (a probe's answer): it is warm, nothing more to do. */
  engineUsed(base: FactBase): void {
    this.warmed.add(base);
  }

  /**
   * Runs the engine on `base` unless it already ran, one step per task; true when it ran now to its end.
   * Between steps `stop` is asked: a warm-up stopped is not warm (a later page may warm again).
   */
  async warm(base: FactBase, stop: () => boolean = () => false): Promise<boolean> {
    if (this.warmed.has(base) || this.warming.has(base)) return false;
    this.warming.add(base);
    try {
      let first = true;
      for (const step of this.steps(base)) {
        if (!first) {
          await nextTask();
          if (stop() || this.warmed.has(base)) return false;
        }
        first = false;
        step();
      }
      this.warmed.add(base);
      return true;
    } finally {
      this.warming.delete(base);
    }
  }

  /**
   * A top-frame page started loading: `prepare` (the gate's vocabulary, needed first), then the engine
   * if the page is `stillLoading` and no gate decision has started meanwhile. A worker woken by the
   * navigation may hear of the start only after the load (the browser queues both events until it
   * runs): then nothing is warmed, so the warm-up never stands between a loaded page and its probe;
   * the probe's answer warms the engine itself (ADR 0031). A gate decision that starts while the engine
   * warms (the page's load came) stops the warm-up after its current step (ADR 0048 round 21).
   */
  async pageStarted(
    prepare: (base: FactBase) => void,
    stillLoading: () => Promise<boolean>,
  ): Promise<boolean> {
    const base = await this.base();
    prepare(base);
    // Warm already (every navigation after the first in a worker's life): not even the tab's status is asked.
    if (this.isWarm(base) || !(await stillLoading()) || this.deciding > 0) return false;
    // Between steps: has a gate decision started, or has the page loaded? The load's event may reach the
    // worker tens of ms after the tab's status says so (measured under load). The status asked between two
    // steps is read between the next two (its answer comes while the step runs): no step waits for it.
    const decisions = this.decisions;
    let loaded = false;
    const stop = () => {
      if (this.decisions !== decisions || loaded) return true;
      void stillLoading().then((still) => {
        loaded ||= !still;
      });
      return false;
    };
    const warmed = await this.warm(base, stop);
    if (!warmed) return false;
    if (!this.parserWarm && (await stillLoading()) && this.deciding === 0) {
      this.parserWarm = true;
      this.parser();
    }
    return warmed;
  }

  /**
   * Is the page reader ready in this worker (warmed while a page loaded, or used by a parse)? Until
   * it is, a probe's answer leaves the reading out (ADR 0028): the answer does not wait for the reader
   * (Chrome: its document opened, ADR 0039), and the page asks for the reading in a second message.
   */
  get parserReady(): boolean {
    return this.parserWarm;
  }

  /** A parse ran in this worker: the parser is evaluated. */
  parserUsed(): void {
    this.parserWarm = true;
  }

  /** Makes the page reader ready now unless it already is (after an answer that left the reading out). */
  warmParserNow(): void {
    if (this.parserWarm) return;
    this.parserWarm = true;
    this.parser();
  }

  /** Runs a gate decision; meanwhile a page's start does not warm. */
  async decide<T>(decision: () => Promise<T>): Promise<T> {
    this.deciding++;
    this.decisions++;
    try {
      return await decision();
    } finally {
      this.deciding--;
    }
  }
}
