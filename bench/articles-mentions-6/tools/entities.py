# Builds gold/entities.csv (native import/ format): every distinct `expected` value of gold/mentions.csv, plus the
# reporters. Sample rows copy their fields from import/entities.csv; `ref:` rows copy them from the reference list
# import/reference/entities.csv (read for this set); `new:` and `place:` rows are written below by hand.
# source/quote = the first mention row for that value (its offset_hint, verbatim). Run after mentions.py:
#   python3 tools/mentions.py && python3 tools/entities.py
import csv, os, re, sys
root=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO=os.path.dirname(os.path.dirname(root))
if not os.path.exists(REPO+'/import/entities.csv'): REPO='/work/main'  # while the set lives outside bench/
sample={}; ref={}
for r in csv.DictReader(open(REPO+'/import/entities.csv',encoding='utf-8')): sample.setdefault(r['entity'],r)
for r in csv.DictReader(open(REPO+'/import/reference/entities.csv',encoding='utf-8')): ref.setdefault(r['name'],r)
slug=lambda s: re.sub(r'[^a-z0-9]+','-',s.lower()).strip('-')
# new actors and places: id -> (type, name, aliases, kind, country, description)
N={
'belaruskali':('organization','Belaruskali','','company','BY','Belarusian state potash producer (trap: not Belarus)'),
'benjamin-netanyahu':('person','Benjamin Netanyahu','Netanyahu','','IL','Prime Minister of Israel'),
'yoav-gallant':('person','Yoav Gallant','Gallant','','IL','Former Israeli defence minister'),
'joe-biden':('person','Joe Biden','Biden','','US','President of the United States'),
'josep-borrell':('person','Josep Borrell','Borrell','','ES','EU foreign policy chief'),
'viktor-orban':('person','Viktor Orban','Orban|Viktor Orbán','','HU','Prime Minister of Hungary'),
'alexei-navalny':('person','Alexei Navalny','Navalny','','RU','Russian opposition politician'),
'radio-free-europe':('organization','Radio Free Europe/Radio Liberty','RFE/RL','media','US','U.S.-funded broadcaster (trap: not the EU or the Council of Europe)'),
'angela-merkel':('person','Angela Merkel','Merkel','','DE','Chancellor of Germany'),
'brussels':('place','Brussels','','city','BE','Capital of Belgium, seat of EU institutions'),
'vilnius':('place','Vilnius','the Lithuanian capital','city','LT','Capital of Lithuania'),
'belarusian-red-cross':('organization','Belarusian Red Cross','','ngo','BY','Belarusian national Red Cross society (trap: not Belarus)'),
}
REPORTERS=[('katarzyna-nowak','Katarzyna Nowak'),('daniel-reyes','Daniel Reyes'),('pieter-de-vries','Pieter de Vries'),('rachel-burke','Rachel Burke')]
ms=list(csv.DictReader(open(root+'/gold/mentions.csv',encoding='utf-8')))
arts=sorted(f[:-4] for f in os.listdir(root+'/articles'))
texts={a:open(f'{root}/articles/{a}.txt',encoding='utf-8').read() for a in arts}
cols=['entity','type','name','aliases','kind','country','description','note','source','quote']
out=[]; done=set(); bad=0
for m in ms:
    e=m['expected']
    if e in done: continue
    done.add(e); q=(m['source'],m['offset_hint'])
    if e.startswith('ref:'):
        r=ref.get(e[4:])
        if not r: print('not in reference list',e); bad+=1; continue
        out.append([r['entity'],r['type'],r['name'],r['aliases'],r['kind'],r['country'],r['description'],'reference list (import/reference/entities.csv)',*q])
    elif e.startswith('new:') or e.startswith('place:'):
        i=e[4:] if e.startswith('new:') else slug(e[6:])
        if i not in N: print('no hand-written row for',e); bad+=1; continue
        if i in sample: print('new id collides with sample id',i); bad+=1
        out.append([i,*N[i],'new',*q])
    else:
        r=sample[e]
        out.append([e,r['type'],r['name'],r['aliases'],r['kind'],r['country'],r['description'],'in sample data (import/entities.csv)',*q])
for i,n in REPORTERS:
    src=[a for a in arts if texts[a].split('\n')[1].startswith('By '+n+' in ')]
    if len(src)!=1: print('reporter byline not found',n); bad+=1; continue
    out.append([i,'person',n,'','','','Reporter, author of the article','new; invented',src[0],'By '+n])
ids=[r[0] for r in out]; d={i for i in ids if ids.count(i)>1}
if d: print('dup ids',d); bad+=1
for r in out:
    if r[9] not in texts[r[8]]: print('quote not in source',r); bad+=1
unused=set(N)-set(ids)
if unused: print('note: hand-written rows not used:',sorted(unused))
if bad: sys.exit(f'{bad} problems')
with open(f'{root}/gold/entities.csv','w',newline='',encoding='utf-8') as f:
    w=csv.writer(f,lineterminator='\n'); w.writerow(cols); w.writerows(out)
from collections import Counter
print(len(out),'entity rows', Counter(r[7].split(' ')[0].rstrip(';') for r in out))
