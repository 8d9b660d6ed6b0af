/**
 * The run-time schemas of the message protocol (core/messages.ts): one valibot schema per message
 * for its request and one for its reply, and the limits they enforce. Kept apart from the
 * protocol's types so that each file stays about one thing.
 */
import * as v from 'valibot';
import { MAX_REVISIT_PASSAGES } from './clips/revisit';
import { clipSchema } from './clips/schema';
import { MAX_ARTICLE_HTML, MAX_PAGE_HTML, MAX_PAGE_TEXT } from './limits';
import type { MessageName, RequestOf, ResponseOf } from './messages';
import { THEMES, UI_LANGUAGES, VERDICTS } from './settings';

export { MAX_ARTICLE_HTML, MAX_PAGE_HTML, MAX_PAGE_TEXT } from './limits';

const MAX_NOTE = 100_000;
/** Most annotations, views or ids in one message. */
const MAX_ITEMS = 20_000;

/** `make()`'s value, made on the first call (schemas are built when first needed, ADR 0033). */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value as T;
  };
}

/** A plain object, not an array (valibot's object schemas accept arrays that have the keys). */
const notArray = v.custom<Record<string, unknown>>(
  (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
  'must be an object',
);
/** An object with exactly these keys (requests, and replies from content scripts). */
const strict = <E extends v.ObjectEntries>(entries: E) => v.pipe(notArray, v.strictObject(entries));
/** An object with these keys, others dropped (replies from the worker, which may grow fields). */
const loose = <E extends v.ObjectEntries>(entries: E) => v.pipe(notArray, v.object(entries));
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableStr = (max: number) => v.nullable(str(max));
const count = () => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e7 - 1));
const finite = () => v.pipe(v.number(), v.finite());
const list = <T extends v.GenericSchema>(item: T, max = MAX_ITEMS) => v.pipe(v.array(item), v.maxLength(max));
const empty = once(() => strict({}));
const factIds = () => list(str(200), 500);
const verdict = once(() => v.picklist(VERDICTS));
const nullableVerdict = once(() => v.nullable(verdict()));
const kind = once(() => v.picklist(['term', 'claim']));
/** Browser tab ids are positive 32-bit integers (Chromium's can be large). */
const tabId = once(() => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31)));
const scope = once(() => v.picklist(['auto', 'article', 'passage']));

/** A [start, end) span that lies within a text of `length` characters. */
const within = (length: number) => (x: { start: number; end: number }) => x.start < x.end && x.end <= length;

const draftAnnotation = once(() =>
  strict({
    start: count(),
    end: count(),
    quote: str(100_000),
    kind: kind(),
    factIds: factIds(),
    verdict: nullableVerdict(),
  }),
);

/** A draft's shape and sizes; the worker checks meaning (URL, offsets against text, facts). */
const draft = once(() =>
  v.pipe(
    strict({
      url: str(8_192),
      canonical: nullableStr(8_192),
      title: str(10_000),
      site: nullableStr(1_000),
      byline: nullableStr(1_000),
      published: nullableStr(200),
      lang: nullableStr(100),
      article: v.nullable(strict({ text: str(MAX_PAGE_TEXT), html: str(MAX_ARTICLE_HTML) })),
      passage: v.nullable(strict({ start: count(), end: count(), context: nullableStr(10_000) })),
      annotations: list(draftAnnotation()),
      note: str(MAX_NOTE),
    }),
    v.check((d) => {
      const length = d.article?.text.length ?? 0;
      const passageOk =
        d.passage === null ||
        within(d.passage.context === null ? length : d.passage.context.length)(d.passage);
      return passageOk && d.annotations.every(within(length));
    }, 'spans must lie within their text'),
  ),
);

const reason = once(() =>
  loose({ code: str(100), params: v.record(str(100), v.union([str(10_000), finite()])) }),
);
const displaySettings = once(() =>
  strict({
    mentions: v.picklist(['all', 'first']),
    dwellMs: finite(),
    verdicts: strict({
      consistent: v.boolean(),
      differs: v.boolean(),
      outdated: v.boolean(),
      context: v.boolean(),
    }),
    theme: v.picklist(THEMES),
    language: v.picklist(UI_LANGUAGES),
  }),
);
const rect = once(() => strict({ x: finite(), y: finite(), width: finite(), height: finite() }));
const annotationSummary = once(() =>
  strict({
    id: count(),
    factId: str(200),
    title: str(10_000),
    quote: str(100_000),
    kind: kind(),
    verdict: nullableVerdict(),
  }),
);
const pageSummary = once(() =>
  strict({
    url: str(8_192),
    title: str(10_000),
    lang: nullableStr(100),
    factsLang: str(100),
    annotations: list(annotationSummary()),
  }),
);
const refusal = once(() =>
  v.picklist(['form-field', 'frames', 'nothing', 'no-selection', 'not-web', 'unreachable', 'storage']),
);
const revisitPassage = once(() =>
  strict({
    quote: strict({
      type: v.literal('TextQuoteSelector'),
      exact: str(100_000),
      prefix: str(1_000),
      suffix: str(1_000),
    }),
    position: v.nullable(strict({ type: v.literal('TextPositionSelector'), start: count(), end: count() })),
  }),
);
const saveOutcome = once(() =>
  v.pipe(
    notArray,
    v.variant('saved', [
      v.strictObject({ saved: v.literal(true), id: str(200), kind: v.picklist(['article', 'passage']) }),
      v.strictObject({
        saved: v.literal(false),
        reason: refusal(),
        detail: v.optional(str(10_000)),
      }),
    ]),
  ),
);
const cardSource = once(() => loose({ url: str(10_000), publisher: str(10_000), date: nullableStr(100) }));
const recordEntries = () => ({
  start: count(),
  end: count(),
  quote: str(100_000),
  kind: kind(),
  factIds: factIds(),
  verdict: nullableVerdict(),
  reasons: list(reason(), 100),
  resolved: v.optional(nullableStr(10_000)),
  record: v.optional(str(10_000)),
});
const annotationRecord = once(() =>
  loose({
    ...recordEntries(),
    card: loose({
      title: str(10_000),
      summary: str(100_000),
      date: nullableStr(100),
      sources: list(cardSource(), 100),
    }),
  }),
);
/** A record as a page holds it (ADR 0023): the card's title only. */
const pageRecord = once(() => loose({ ...recordEntries(), card: loose({ title: str(10_000) }) }));
const cardView = once(() =>
  loose({
    factId: str(200),
    kind: v.picklist(['event', 'person', 'place', 'organisation', 'instrument', 'quantity', 'topic']),
    title: str(10_000),
    summary: str(100_000),
    date: nullableStr(100),
    sources: list(
      loose({
        url: str(10_000),
        publisher: str(10_000),
        date: v.optional(str(100)),
        quote: v.optional(str(10_000)),
      }),
      100,
    ),
    confidence: v.picklist(['confirmed', 'one-source', 'disputed']),
    asOf: str(100),
    provenance: str(1_000),
    packTitle: str(10_000),
    related: list(loose({ id: str(200), title: str(10_000), relation: str(100) }), 1_000),
    timeline: list(
      loose({
        id: str(200),
        title: str(10_000),
        start: finite(),
        end: finite(),
        label: str(1_000),
        current: v.boolean(),
      }),
      1_000,
    ),
    lang: str(100),
    claim: v.optional(
      loose({
        verdict: verdict(),
        said: str(100_000),
        resolved: nullableStr(10_000),
        record: str(10_000),
        reasons: list(reason(), 100),
      }),
    ),
  }),
);

const textPlace = once(() => loose({ at: count(), raw: str(100_000), k: count() }));
const pageReading = once(() =>
  v.pipe(
    loose({
      published: nullableStr(100),
      records: list(pageRecord()),
      places: list(v.nullable(textPlace())),
      nth: list(count()),
      views: list(cardView()),
      bounds: v.nullable(loose({ first: textPlace(), last: textPlace() })),
    }),
    v.check(
      (r) => r.places.length === r.records.length && r.nth.length === r.records.length,
      'one place and one occurrence per record',
    ),
  ),
);

/** Most text nodes in a page's article (each one a segment of its map). */
const MAX_SEGMENTS = 1_000_000;
const pageMap = once(() =>
  loose({
    text: str(MAX_PAGE_HTML),
    published: nullableStr(100),
    page: str(MAX_PAGE_HTML),
    segments: list(
      loose({ start: count(), end: count(), runs: v.nullable(list(count(), MAX_PAGE_HTML)) }),
      MAX_SEGMENTS,
    ),
    bounds: v.nullable(loose({ first: textPlace(), last: textPlace() })),
  }),
);

export type Schema<T> = v.GenericSchema<unknown, T>;

/** Each message's schemas, made when first asked for (ADR 0033): a woken worker checks one message first. */
const made: {
  [N in MessageName]: { request: () => Schema<RequestOf<N>>; response: () => Schema<ResponseOf<N>> };
} = {
  'page/annotated': {
    request: () => strict({ count: count(), sheet: v.boolean() }),
    response: () => v.null(),
  },
  'page/summary': { request: () => empty(), response: () => v.nullable(pageSummary()) },
  'page/reveal': { request: () => strict({ annotationId: count() }), response: () => v.nullable(rect()) },
  'page/open': { request: () => strict({ annotationId: count() }), response: () => v.boolean() },
  'page/step': {
    request: () => strict({ direction: v.union([v.literal(1), v.literal(-1)]) }),
    response: () => v.boolean(),
  },
  'page/probe': {
    request: () => strict({ text: str(MAX_PAGE_TEXT), html: nullableStr(MAX_PAGE_HTML) }),
    response: () =>
      strict({
        show: v.boolean(),
        off: v.boolean(),
        display: v.nullable(displaySettings()),
        revisit: v.optional(v.boolean()),
        reading: v.optional(v.nullable(pageReading())),
      }) as Schema<ResponseOf<'page/probe'>>,
  },
  'page/parse': {
    request: () => strict({ html: str(MAX_PAGE_HTML) }),
    response: () => v.nullable(pageReading()) as Schema<ResponseOf<'page/parse'>>,
  },
  'page/read': {
    request: () => strict({ html: str(MAX_PAGE_HTML) }),
    response: () => v.nullable(pageMap()) as Schema<ResponseOf<'page/read'>>,
  },
  'page/analyze': {
    request: () => strict({ text: str(MAX_PAGE_TEXT), published: nullableStr(100) }),
    response: () =>
      loose({ records: list(annotationRecord()), views: list(cardView()) }) as Schema<
        ResponseOf<'page/analyze'>
      >,
  },
  'card/views': {
    request: () => strict({ factIds: factIds() }),
    response: () => list(cardView()) as Schema<ResponseOf<'card/views'>>,
  },
  'packs/changed': {
    request: () => empty(),
    response: () =>
      loose({
        version: str(1_000),
        skipped: list(loose({ id: str(1_000), reason: str(10_000) }), 1_000),
      }),
  },
  'clips/save': { request: () => strict({ draft: draft(), token: str(100) }), response: () => saveOutcome() },
  'clip/take': {
    request: () => strict({ scope: scope(), note: str(MAX_NOTE), notify: v.boolean(), token: str(100) }),
    response: () => saveOutcome(),
  },
  'page/check': { request: () => strict({ tabId: tabId() }), response: () => v.boolean() },
  'card/load': { request: () => empty(), response: () => v.null() },
  'clips/take': {
    request: () => strict({ tabId: tabId(), scope: scope(), note: str(MAX_NOTE) }),
    response: () => saveOutcome(),
  },
  'clips/find': { request: () => strict({ factId: str(200) }), response: () => v.null() },
  'clip/draft': {
    request: () => empty(),
    response: () =>
      v.union([strict({ draft: draft() }), strict({ refused: refusal(), detail: v.optional(str(10_000)) })]),
  },
  'compare/tab': {
    request: () => strict({ tabId: tabId() }),
    response: () =>
      v.union([
        strict({ found: v.literal(true), clip: clipSchema() }),
        strict({ found: v.literal(false), reason: refusal(), detail: v.optional(str(10_000)) }),
      ]) as Schema<ResponseOf<'compare/tab'>>,
  },
  'revisit/find': {
    request: () => strict({ canonical: nullableStr(8_192), loaded: v.boolean() }),
    response: () => strict({ passages: list(revisitPassage(), MAX_REVISIT_PASSAGES) }),
  },
  'revisit/status': {
    request: () => empty(),
    response: () => strict({ shown: count(), orphans: list(str(100_000), MAX_REVISIT_PASSAGES) }),
  },
  'settings/changed': { request: () => empty(), response: () => v.null() },
  'page/display': {
    request: () => empty(),
    response: () => strict({ off: v.boolean(), display: displaySettings(), revisit: v.boolean() }),
  },
  'page/style': { request: () => strict({ on: v.boolean() }), response: () => v.null() },
  'error/report': {
    request: () => strict({ context: str(200), message: str(4000) }),
    response: () => v.null(),
  },
};

/**
 * One schema per message for its request and one for its reply: the only way data is trusted. Each is
 * built on its first use (ADR 0033), so a context starts without building the ~25 messages' schemas;
 * a woken worker's first answer builds only the probe's request schema.
 */
export const schemas = lazySchemas(made);

function lazySchemas<T extends Record<string, { request: () => unknown; response: () => unknown }>>(
  table: T,
): {
  [K in keyof T]: {
    readonly request: ReturnType<T[K]['request']>;
    readonly response: ReturnType<T[K]['response']>;
  };
} {
  const out = {} as Record<string, { request: unknown; response: unknown }>;
  for (const [name, { request, response }] of Object.entries(table)) {
    const req = once(request);
    const res = once(response);
    out[name] = {
      get request() {
        return req();
      },
      get response() {
        return res();
      },
    };
  }
  return out as never;
}
