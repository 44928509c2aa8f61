#!/usr/bin/env python3
"""Checks gold/*.csv against articles/: every quote is an exact substring of ONE physical line of its
source article; ids are consistent (participants -> events and entities of the same source; ties ->
entities of the same source; events unique; one row per entity per source); vocabularies, dates.
Also writes gold/SUMMARY.txt. Run: python3 tools/check_gold.py"""
import csv, os, re, sys, collections
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
G = lambda n: list(csv.DictReader(open(os.path.join(root, 'gold', n), encoding='utf-8')))
src, ent, ev, par, tie = G('sources.csv'), G('entities.csv'), G('events.csv'), G('participants.csv'), G('ties.csv')
err = []
texts = {}
for s in src:
    p = os.path.join(root, 'articles', s['source'] + '.txt')
    if not os.path.exists(p): err.append('no article for source ' + s['source']); continue
    texts[s['source']] = open(p, encoding='utf-8').read()
art = {f[:-4] for f in os.listdir(os.path.join(root, 'articles'))}
for a in art - set(texts): err.append('article without source row: ' + a)
def chk(kind, r, q='quote'):
    t = texts.get(r['source'])
    if t is None: err.append(f'{kind}: unknown source {r["source"]}'); return
    qq = r[q]
    if not qq: err.append(f'{kind}: empty quote {r}'); return
    if not any(qq in line for line in t.split('\n')):
        err.append(f'{kind}: quote not within one line of {r["source"]}: {qq!r}')
for s in src:
    t = texts.get(s['source'], '').split('\n')
    if t and t[0] != s['title']: err.append('title != headline for ' + s['source'])
    if len(t) > 1 and not t[1].startswith('By ' + s['author'] + ' in '): err.append('byline/author mismatch ' + s['source'])
ETYPES = {'person', 'organization', 'place'}
EVTYPES = {'statement', 'other', 'mediation', 'meeting', 'agreement', 'appeal', 'release', 'phone-call', 'arrest', 'attack', 'appointment', 'visit', 'sentence'}
ROLES = {'party', 'initiator', 'location', 'participant', 'mediator', 'target', 'subject', 'host'}
TTYPES = {'leads', 'employed-by', 'located-in', 'member-of', 'represents', 'opposes', 'advises', 'family', 'ally-of'}
DATE = re.compile(r'^(\d{4}(-\d{2}(-\d{2})?)?)?$')
ents = collections.defaultdict(dict); seen = set(); canon = {}
for r in ent:
    chk('entity', r)
    k = (r['entity'], r['source'])
    if k in seen: err.append(f'duplicate entity row {k}')
    seen.add(k); ents[r['source']][r['entity']] = r
    if r['type'] not in ETYPES: err.append(f'entity type {r["type"]} for {r["entity"]}')
    if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', r['entity']): err.append('bad id ' + r['entity'])
    c = (r['type'], r['name'])
    if canon.setdefault(r['entity'], c) != c: err.append(f'entity {r["entity"]} has different type/name across sources')
evs = {}
for r in ev:
    chk('event', r)
    if r['event'] in evs: err.append('duplicate event id ' + r['event'])
    evs[r['event']] = r
    if r['type'] not in EVTYPES: err.append(f'event type {r["type"]} ({r["event"]})')
    if not DATE.match(r['date']) or not DATE.match(r['end_date']): err.append('bad date ' + r['event'])
    if r['date'] and not r['event'].startswith(r['date']): err.append('dated event id without date prefix ' + r['event'])
    if not r['date'] and re.match(r'^\d{4}', r['event']): err.append('undated event with date prefix ' + r['event'])
used = collections.defaultdict(set); pk = set()
for r in par:
    chk('participant', r)
    e = evs.get(r['event'])
    if not e: err.append('participant of unknown event ' + r['event'])
    elif e['source'] != r['source']: err.append('participant source != event source ' + r['event'])
    if r['entity'] not in ents[r['source']]: err.append(f'participant entity {r["entity"]} not in entities of {r["source"]}')
    if r['role'] not in ROLES: err.append('role ' + r['role'])
    k = (r['event'], r['entity'], r['role'])
    if k in pk: err.append(f'duplicate participant {k}')
    pk.add(k); used[r['source']].add(r['entity'])
for r in tie:
    chk('tie', r)
    for x in ('from', 'to'):
        if r[x] not in ents[r['source']]: err.append(f'tie {x} {r[x]} not in entities of {r["source"]}')
        used[r['source']].add(r[x])
    if r['type'] not in TTYPES: err.append('tie type ' + r['type'])
for e in evs.values():
    if not any(p['event'] == e['event'] for p in par): err.append('event without participants ' + e['event'])
unused = [(s, i) for s in ents for i in ents[s] if i not in used[s]]
for s, i in unused: print('note: entity not used in participants/ties:', s, i)
if err:
    print('\n'.join(err)); print(len(err), 'ERRORS'); sys.exit(1)
# summary
C = collections.Counter
L = ['articles-holdout-10 gold summary', '', f'sources: {len(src)}',
     f'entity rows: {len(ent)} (one per entity per source); distinct entity ids: {len(canon)}',
     'entity rows by type: ' + ', '.join(f'{k} {v}' for k, v in C(r['type'] for r in ent).most_common()), '',
     f'events: {len(ev)}'] + [f'  {k}: {v}' for k, v in C(r['type'] for r in ev).most_common()] + ['',
     f'participants: {len(par)}'] + [f'  {k}: {v}' for k, v in C(r['role'] for r in par).most_common()] + ['',
     f'ties: {len(tie)}'] + [f'  {k}: {v}' for k, v in C(r['type'] for r in tie).most_common()] + ['', 'events by type per article:']
for s in src:
    n = len(re.findall(r'\S+', texts[s['source']]))
    c = C(r['type'] for r in ev if r['source'] == s['source'])
    L.append(f"- `{s['source']}` ({n} words, {sum(c.values())} events): " + ', '.join(f'{k} {v}' for k, v in sorted(c.items())))
open(os.path.join(root, 'gold', 'SUMMARY.txt'), 'w').write('\n'.join(L) + '\n')
print('\n'.join(L)); print('OK: all quotes verbatim within one line; ids consistent')
