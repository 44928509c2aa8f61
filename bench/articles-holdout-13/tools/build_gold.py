#!/usr/bin/env python3
"""Builds gold/*.csv from the hand-written annotation files tools/gold_*.txt.
Line kinds (fields separated by '|', stripped):
  S source | title | author | date
  E entity | type | name | aliases (separated by ';') | kind | country | description | quote
  V event | type | date | end_date | title | description | quote
  P event | entity | role | detail | quote
  T from | type | to | role | start/end | quote
The source of E/V/P/T rows is the last S line. Run: python3 tools/build_gold.py"""
import csv, glob, os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = []; ent = []; ev = []; par = []; tie = []
cur = None
for fn in sorted(glob.glob(os.path.join(root, 'tools', 'gold_*.txt'))):
    for ln, line in enumerate(open(fn, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        k, rest = line[0], line[2:]
        f = [x.strip() for x in rest.split('|')]
        need = {'S': 4, 'E': 8, 'V': 7, 'P': 5, 'T': 6}[k]
        if len(f) != need:
            raise SystemExit(f'{fn}:{ln}: {k} needs {need} fields, got {len(f)}: {line}')
        if k == 'S':
            cur = f[0]; src.append([f[0], f[1], '', f[2], f[3], '', 'article'])
        elif k == 'E':
            ent.append(f[:3] + [f[3].replace(';', '|')] + f[4:7] + ['', cur, f[7]])
        elif k == 'V':
            ev.append([f[0], f[1], f[2], f[3], '', f[4], f[5], cur, f[6], '', ''])
        elif k == 'P':
            par.append([f[0], f[1], f[2], f[3], cur, f[4], '', ''])
        elif k == 'T':
            s, _, e = f[4].partition('/')
            tie.append([f[0], f[1], f[2], f[3], s, e, cur, f[5], '', ''])
def w(name, head, rows):
    with open(os.path.join(root, 'gold', name), 'w', newline='', encoding='utf-8') as fh:
        c = csv.writer(fh, lineterminator='\n'); c.writerow(head); c.writerows(rows)
w('sources.csv', 'source,title,publisher,author,date,url,kind'.split(','), src)
w('entities.csv', 'entity,type,name,aliases,kind,country,description,note,source,quote'.split(','), ent)
w('events.csv', 'event,type,date,end_date,cameo,title,description,source,quote,producer,confidence'.split(','), ev)
w('participants.csv', 'event,entity,role,detail,source,quote,producer,confidence'.split(','), par)
w('ties.csv', 'from,type,to,role,start,end,source,quote,producer,confidence'.split(','), tie)
print(f'sources {len(src)} entities {len(ent)} events {len(ev)} participants {len(par)} ties {len(tie)}')
