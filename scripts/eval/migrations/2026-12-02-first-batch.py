# Gold migration for fact base 1.2.7 (run once on 2026-12-02 on test/fixtures/eval/holdout; dev was edited by hand).
# Fact base 1.2.7 adds the first Nathu La and Lipulekh batches (part of the 2025 yatra).
# Gold date items and altered copies about the yatra in a sentence that names a first batch
# and its pass may name the new fact too. Mechanical: decided by the sentence's words only.
import json, glob, re, sys
YATRA='event.kailash-mansarovar-yatra-2025'
FIRST=re.compile(r'\b(first batch|first group|first jatha|opening batch|first set of pilgrims|first to cross|first pilgrims)\b', re.I)
PASS={'event.kailash-first-batch-nathu-la-2025': re.compile(r'\bNathu ?La\b', re.I), 'event.kailash-first-batch-lipulekh-2025': re.compile(r'\bLipulekh\b', re.I)}
DATE_CLASSES={'date','relative-date','future','format','anchored','reporting','real-error'}
changed=[]
for f in sorted(glob.glob(sys.argv[1]+'/*.json')):
  a=json.load(open(f)); text='\n\n'.join(a['paragraphs']); dirty=False
  sents=[(m.start(),m.end()) for m in re.finditer(r'[^.!?\n]+(?:[.!?]+|$)', text)]
  def sentence_of(q, nth=1):
    # The sentence up to the quote: the first batch and its pass must be named before the date.
    i=-1
    for _ in range(nth): i=text.find(q,i+1)
    if i<0: return ''
    for s,e in sents:
      if s<=i<e: return text[s:i]
    return ''
  def extra(s):
    m=None
    for m in FIRST.finditer(s): pass
    if not m: return []
    after=s[m.start():]
    # The pass named last before the date, after the last first-batch phrase.
    hits=[(max(x.start() for x in r.finditer(after)),k) for k,r in PASS.items() if r.search(after)]
    return [max(hits)[1]] if hits else []
  for key in ('gold','acceptable'):
    for g in a.get(key,[]):
      facts=g.get('facts') or ([g['fact']] if 'fact' in g else [])
      if YATRA not in facts or (key=='gold' and g.get('class') not in DATE_CLASSES) or (key=='acceptable' and 'verdict' not in g): continue
      add=[x for x in extra(sentence_of(g['quote'], g.get('nth',1))) if x not in facts]
      if add:
        g.pop('fact',None); g['facts']=facts+add; dirty=True; changed.append((a['id'],key,g['quote'],add))
  for x in a.get('altered',[]):
    if x['fact']!=YATRA: continue
    add=[y for y in extra(sentence_of(x['quote'], x.get('nth',1))) if y not in x.get('alsoFacts',[])]
    if add: x['alsoFacts']=x.get('alsoFacts',[])+add; dirty=True; changed.append((a['id'],'altered',x['quote'],add))
  if dirty: open(f,'w').write(json.dumps(a,ensure_ascii=False,indent=2)+'\n')
for c in changed: print(*c)
print(len(changed),'items')
