# Adapted from bench/articles-mentions-6/tools/entities.py (N and REPORTERS replaced).
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
'josep-borrell':('person','Josep Borrell','Borrell','','ES','EU foreign policy chief'),
'lithuanian-railways':('organization','Lithuanian Railways','LTG|Lietuvos gelezinkeliai','company','LT','Lithuanian state railway company (trap: not Lithuania)'),
'belarusian-railways':('organization','Belarusian Railways','','company','BY','Belarusian state railway company (trap: not Belarus)'),
'luxembourg-city':('place','Luxembourg City','Luxembourg','city','LU','Capital of Luxembourg, venue of June EU ministerial meetings'),
'valdas-adamkus':('person','Valdas Adamkus','Adamkus','','LT','President of Lithuania 1998-2003 and 2004-2009 (trap: "the Lithuanian president" of 2002)'),
'gitanas-nauseda':('person','Gitanas Nauseda','Nauseda|Gitanas Nausėda','','LT','President of Lithuania since 2019'),
'sergei-lavrov':('person','Sergei Lavrov','Lavrov','','RU','Foreign Minister of Russia'),
'dmytro-kuleba':('person','Dmytro Kuleba','Kuleba','','UA','Foreign Minister of Ukraine (2020-2024)'),
'zbigniew-rau':('person','Zbigniew Rau','Rau','','PL','Foreign Minister of Poland, OSCE chairman-in-office 2022'),
'bronislaw-geremek':('person','Bronislaw Geremek','Geremek|Bronisław Geremek','','PL','Foreign Minister of Poland 1997-2000, OSCE chairman-in-office 1998 (trap: "the Polish foreign minister" of 1998)'),
'vienna':('place','Vienna','','city','AT','Capital of Austria, seat of the OSCE'),
'osce-moscow-mechanism':('organization','OSCE Moscow Mechanism','Moscow Mechanism','','','OSCE fact-finding procedure (trap: not Moscow or Russia)'),
'warsaw-pact':('organization','Warsaw Pact','Warsaw Treaty Organization','international','','Soviet-led military alliance 1955-1991 (trap: not Warsaw or Poland)'),
'warsaw':('place','Warsaw','','city','PL','Capital of Poland'),
'alexei-navalny':('person','Alexei Navalny','Navalny','','RU','Russian opposition politician, died in prison 2024'),
'joe-biden':('person','Joe Biden','Biden','','US','President of the United States 2021-2025; vice-president 2009-2017'),
'kamala-harris':('person','Kamala Harris','Harris','','US','Vice-President of the United States 2021-2025'),
'yulia-navalnaya':('person','Yulia Navalnaya','Navalnaya','','RU',"Russian opposition figure, Alexei Navalny's widow"),
'paris':('place','Paris','','city','FR','Capital of France'),
'kyiv-independent':('organization','The Kyiv Independent','Kyiv Independent','media','UA','Ukrainian English-language news outlet (trap: not Kyiv or Ukraine)'),
'minsk-agreements':('organization','Minsk agreements','Minsk II|Minsk accords','','','2014-2015 ceasefire agreements on eastern Ukraine (trap: not Minsk or Belarus)'),
}
REPORTERS=[('tomas-jankauskas','Tomas Jankauskas'),('marta-zielinska','Marta Zielinska'),('henrik-albers','Henrik Albers')]
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
