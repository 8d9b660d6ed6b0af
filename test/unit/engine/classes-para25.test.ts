/**
 * Events and topics named without the fact base's phrases (issue #7, classes paraphrase and topic;
 * ADR 0085), with sentences written for the rules (not from the eval corpus). Each positive test
 * fails without its alias or rule; each negative one shows the words elsewhere stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { cardsOn, annotationsOn as on } from './claims-of';

const OCTOBER = 'instrument.mofcom-october-2025-controls';
const SCO = 'event.sco-summit-tianjin-2025';
const TOPIC = 'topic.china-rare-earth-export-controls';

describe('a collective noun over announcements that name the October package’s items (fact base)', () => {
  it('“issued a series of announcements covering lithium batteries” is the October package', () => {
    const text =
      'The commerce ministry on Thursday issued a series of announcements covering lithium batteries and graphite anodes.';
    expect(cardsOn(text, 'series of announcements', '2025-10-10')).toContain(OCTOBER);
  });
  it('“a batch of announcements … superhard materials” is the October package', () => {
    const text = 'The ministry released a batch of announcements covering superhard materials.';
    expect(cardsOn(text, 'batch of announcements', '2025-10-10')).toContain(OCTOBER);
  });
  it('announcements on April’s rare earths are not the October package', () => {
    const text =
      'On April 4 the commerce ministry issued a series of announcements imposing export controls on seven medium and heavy rare earths.';
    expect(cardsOn(text, 'series of announcements', '2025-04-05')).not.toContain(OCTOBER);
  });
});

describe('the summit named as “a regional summit” in Tianjin (fact base)', () => {
  it('“travelled to Tianjin for a regional summit” is the SCO summit', () => {
    const text = 'Modi travelled to Tianjin for a regional summit at the end of August.';
    expect(cardsOn(text, 'regional summit', '2025-10-27')).toContain(SCO);
  });
  it('a regional summit elsewhere in China stays uncarded (no date of it is judged)', () => {
    const text = 'Modi will travel to a regional summit in China in 2026, the ministry said.';
    expect(cardsOn(text, 'regional summit', '2025-04-05')).not.toContain(SCO);
    expect(on(text, 'in 2026', '2025-04-05').filter((a) => a.verdict === 'differs')).toEqual([]);
  });
});

describe('“export control measures on rare earths” (fact base)', () => {
  it('is the topic of China’s rare-earth export controls', () => {
    const text = 'The ministry said export control measures on rare earths are not export bans.';
    expect(cardsOn(text, 'export control measures on rare earths', '2025-10-13')).toContain(TOPIC);
  });
});

describe('the Galwan clash named as its violence (fact base)', () => {
  it('“the Galwan violence” is the Galwan clash', () => {
    const text = 'The Galwan violence is the gravest turn yet in the dispute.';
    expect(cardsOn(text, 'violence', '2020-06-20')).toContain('event.galwan-clash');
  });
});
