/** Sites where Gloss is off: a list with remove buttons and a form to add a host. */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { normaliseHost } from '../../core/settings';
import type { Translate } from '../../ui/i18n';

export interface SiteListProps {
  readonly t: Translate;
  readonly sites: readonly string[];
  readonly onChange: (sites: readonly string[]) => void;
}

type Problem = { readonly kind: 'empty' } | { readonly kind: 'invalid' | 'listed'; readonly input: string };

function problemText(t: Translate, problem: Problem): string {
  if (problem.kind === 'empty') return t('optionsSiteEmptyInput');
  return problem.kind === 'invalid'
    ? t('optionsSiteInvalid', problem.input)
    : t('optionsSiteDuplicate', problem.input);
}

export function SiteList({ t, sites, onChange }: SiteListProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const section = useRef<HTMLElement>(null);
  const input = useRef<HTMLInputElement>(null);
  /** After a removal, focus goes to the next remove button (else the input), not to <body>. */
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    if (focusIndex.current === null) return;
    const buttons = section.current?.querySelectorAll<HTMLButtonElement>('.site button') ?? [];
    (buttons[Math.min(focusIndex.current, buttons.length - 1)] ?? input.current)?.focus();
    focusIndex.current = null;
  });

  // Back to the input once the error is rendered: its description now carries the error.
  useEffect(() => {
    if (problem) input.current?.focus();
  }, [problem]);

  const add = (event: Event) => {
    event.preventDefault();
    // The field itself, not the last rendered state: a paste or autofill may not have re-rendered yet.
    const text = (input.current?.value ?? draft).trim();
    const host = normaliseHost(text);
    if (!text) return setProblem({ kind: 'empty' });
    if (!host) return setProblem({ kind: 'invalid', input: text });
    if (sites.includes(host)) return setProblem({ kind: 'listed', input: host });
    setProblem(null);
    setDraft('');
    onChange([...sites, host].sort());
  };

  const remove = (index: number) => {
    focusIndex.current = index;
    onChange(sites.filter((_, i) => i !== index));
  };

  return (
    <section ref={section} class="panel" aria-labelledby={`${id}-h`} data-testid="sites">
      <h2 id={`${id}-h`}>{t('optionsSitesHeading')}</h2>
      <p class="hint">{t('optionsSitesHint')}</p>
      {sites.length ? (
        <ul class="sites">
          {sites.map((site, index) => (
            <li key={site} class="site">
              <span class="site__host">{site}</span>
              <button
                type="button"
                class="button button--quiet"
                aria-label={t('optionsSiteRemove', site)}
                onClick={() => remove(index)}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="message">{t('optionsSitesEmpty')}</p>
      )}
      <form class="add-site" onSubmit={add} noValidate>
        <label for={`${id}-input`}>{t('optionsSiteAddLabel')}</label>
        <div class="add-site__row">
          <input
            ref={input}
            id={`${id}-input`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={draft}
            aria-invalid={problem ? 'true' : 'false'}
            aria-describedby={problem ? `${id}-error` : undefined}
            onInput={(e) => {
              setDraft(e.currentTarget.value);
              if (problem) setProblem(null);
            }}
          />
          <button type="submit" class="button">
            {t('optionsSiteAdd')}
          </button>
        </div>
        {problem && (
          <p id={`${id}-error`} class="field-error" data-testid="site-error">
            {problemText(t, problem)}
          </p>
        )}
      </form>
    </section>
  );
}
