/**
 * A small SVG timeline: the fact among its dated neighbours, spaced by date. The SVG is
 * decorative for screen readers; the same points are listed in text (visually compact).
 */
import type { TimelinePoint } from '../../core/facts/graph';
import type { Translate } from '../i18n';

const WIDTH = 320;
const HEIGHT = 34;
const PAD = 10;

function xOf(p: TimelinePoint, min: number, max: number): number {
  if (max === min) return WIDTH / 2;
  return PAD + ((p.start - min) / (max - min)) * (WIDTH - 2 * PAD);
}

export function Timeline({
  points,
  t,
  onOpen,
}: {
  points: readonly TimelinePoint[];
  t: Translate;
  onOpen: (id: string) => void;
}) {
  if (points.length < 2) return null;
  const min = Math.min(...points.map((p) => p.start));
  const max = Math.max(...points.map((p) => p.start));
  return (
    <section class="gloss-card__timeline" aria-label={t('cardTimeline')}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
        aria-hidden="true"
        focusable="false"
      >
        <line x1={PAD} y1={HEIGHT / 2} x2={WIDTH - PAD} y2={HEIGHT / 2} class="gloss-timeline__axis" />
        {points.map((p) => (
          <circle
            key={p.id}
            cx={xOf(p, min, max)}
            cy={HEIGHT / 2}
            r={p.current ? 6 : 4}
            class={
              p.current ? 'gloss-timeline__point gloss-timeline__point--current' : 'gloss-timeline__point'
            }
          />
        ))}
      </svg>
      <ol class="gloss-card__timeline-list">
        {points.map((p) => (
          <li key={p.id} class={p.current ? 'gloss-timeline__item--current' : undefined}>
            <span class="gloss-timeline__date">{p.label}</span>{' '}
            {p.current ? (
              <strong aria-current="true">{p.title}</strong>
            ) : (
              <button type="button" class="gloss-card__link" onClick={() => onOpen(p.id)}>
                {p.title}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
