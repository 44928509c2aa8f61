# Source and checker of gold/mentions.csv: (source, mention, offset_hint, expected, kind).
# Adapted from bench/articles-mentions-6/tools/mentions.py (rows replaced). Run: python3 tools/mentions.py
# Every ref: name is checked against the reference list (import/reference/entities.csv).
import csv, os, sys, collections
LU='alexander-lukashenko'; TS='sviatlana-tsikhanouskaya'; EU='european-union'; UN='united-nations'; PU='vladimir-putin'; PE='dmitry-peskov'
rows=[]
KA='lt-2022-06-21-lithuania-kaliningrad-transit-row'
rows += [
(KA,'Peskov','Peskov calls Lithuanian',PE,'surname'),
(KA,'The Kremlin','The Kremlin on Tuesday','kremlin','short-form'),
(KA,'Peskov','Peskov told reporters',PE,'surname'),
(KA,'Vilnius',"summoned Vilnius's senior",'lithuania','capital-actor'),
(KA,'Putin',"and Putin's security council",PU,'surname'),
(KA,'the Lithuanians','said the Lithuanians would','lithuania','demonym'),
(KA,'Vilnius','Vilnius says it is','lithuania','capital-actor'),
(KA,'Lithuanian Railways','Lithuanian Railways has refused','new:lithuanian-railways','trap'),
(KA,'EU','listed under EU sanctions',EU,'acronym'),
(KA,'Brussels','the rules came from Brussels',EU,'capital-actor'),
(KA,'Borrell',"Borrell, the bloc's",'new:josep-borrell','surname'),
(KA,'the bloc',"the bloc's foreign policy chief",EU,'short-form'),
(KA,'Luxembourg','a meeting in Luxembourg','place:Luxembourg City','capital-place'),
(KA,'E.U.','applying E.U. law',EU,'acronym'),
(KA,'Belarusian Railways','Belarusian Railways hands','new:belarusian-railways','trap'),
(KA,'Lukashenka',"Lukashenka, Putin's closest",LU,'other-spelling'),
(KA,'Putin',"Putin's closest ally",PU,'surname'),
(KA,'Minsk','economic war on Minsk','belarus','capital-actor'),
(KA,'Moscow','Minsk and Moscow alike','russia','capital-actor'),
(KA,'NATO','NATO said it stood','ref:NATO','acronym'),
(KA,'The alliance','The alliance has kept','ref:NATO','short-form'),
(KA,'Lithuanian officials','Lithuanian officials said','lithuania','demonym'),
(KA,'Brussels','pressed Brussels and Moscow',EU,'capital-actor'),
(KA,'Moscow','Brussels and Moscow for','russia','capital-actor'),
(KA,'the Lithuanian president','when the Lithuanian president, then','new:valdas-adamkus','trap'),
(KA,'The Lithuanian president','The Lithuanian president today','new:gitanas-nauseda','demonym'),
(KA,'U.N.','The U.N. made',UN,'acronym'),
(KA,'Moscow','In Moscow, officials','moscow','capital-place'),
(KA,'EU','said the EU had days',EU,'acronym'),
]

OS='pl-2022-12-01-osce-lodz-ministerial-without-lavrov'; OSCE='ref:OSCE'; LA='new:sergei-lavrov'; KU='new:dmytro-kuleba'
rows += [
(OS,'OSCE','OSCE meets in Lodz',OSCE,'acronym'),
(OS,'Lavrov','without Lavrov as Kuleba',LA,'surname'),
(OS,'Kuleba','as Kuleba urges',KU,'surname'),
(OS,'Moscow','isolation of Moscow','russia','capital-actor'),
(OS,'OSCE','ministers of the OSCE gathered',OSCE,'acronym'),
(OS,'Warsaw','after Warsaw refused','poland','capital-actor'),
(OS,'EU','entry under EU sanctions',EU,'acronym'),
(OS,'Lavrov','Lavrov, speaking in',LA,'surname'),
(OS,'Moscow','speaking in Moscow','moscow','capital-place'),
(OS,'the Poles','accused the Poles','poland','demonym'),
(OS,'the organisation','of wrecking the organisation',OSCE,'short-form'),
(OS,'NATO','appendage of NATO','ref:NATO','acronym'),
(OS,'E.U.','and the E.U. Russia',EU,'acronym'),
(OS,'the Polish foreign minister','the Polish foreign minister and this','new:zbigniew-rau','demonym'),
(OS,"the organisation","hit the organisation's founding",OSCE,'short-form'),
(OS,'the body','last chaired the body',OSCE,'short-form'),
(OS,'the Polish foreign minister','when the Polish foreign minister was','new:bronislaw-geremek','trap'),
(OS,'Kuleba','Kuleba, who travelled',KU,'surname'),
(OS,'Kyiv','travelled from Kyiv','kyiv','capital-place'),
(OS,'Moscow','that Moscow could not','russia','capital-actor'),
(OS,'Zelenskyy',"support for Zelenskyy's",'volodymyr-zelensky','other-spelling'),
(OS,'The Ukrainians','The Ukrainians also asked','ukraine','demonym'),
(OS,'OSCE','asked the OSCE to document',OSCE,'acronym'),
(OS,'The 57-member body','The 57-member body works',OSCE,'short-form'),
(OS,'Vienna','the Vienna-based secretariat','place:Vienna','capital-place'),
(OS,'Skopje','that Skopje would take','ref:North Macedonia','capital-actor'),
(OS,'the Russians','if the Russians kept','russia','demonym'),
(OS,'Moscow Mechanism','under the Moscow Mechanism','new:osce-moscow-mechanism','trap'),
(OS,'the Belarusian authorities','by the Belarusian authorities','belarusian-government','short-form'),
(OS,'Lukashenko','said Lukashenko had since',LU,'surname'),
(OS,'Minsk','Minsk had no minister','belarus','capital-actor'),
(OS,'NATO','Eastern NATO members','ref:NATO','acronym'),
(OS,'Warsaw Pact','former Warsaw Pact states','new:warsaw-pact','trap'),
(OS,"the alliance","on the alliance's flank",'ref:NATO','short-form'),
(OS,'UN','said the UN and',UN,'acronym'),
(OS,'OSCE','the OSCE should keep',OSCE,'acronym'),
(OS,'Warsaw','In Warsaw, officials','place:Warsaw','capital-place'),
]
MU='de-2024-02-16-tsikhanouskaya-munich-navalny-death'; NA='new:alexei-navalny'; BI='new:joe-biden'; ZE='volodymyr-zelensky'; NATO='ref:NATO'
rows += [
(MU,'Tsikhanouskaya','Tsikhanouskaya in Munich warns',TS,'surname'),
(MU,'Lukashenko','warns Lukashenko is watching',LU,'surname'),
(MU,'Putin','is watching Putin',PU,'surname'),
(MU,'Navalny',"News of Navalny's death",NA,'surname'),
(MU,'the Belarusian opposition leader','the Belarusian opposition leader said',TS,'demonym'),
(MU,'Tsikhanouskaya','Tsikhanouskaya told a panel',TS,'surname'),
(MU,'Lukashenko','that Lukashenko was watching',LU,'surname'),
(MU,'Putin','what Putin could',PU,'surname'),
(MU,'Tsikhanouski','from Tsikhanouski, her husband','siarhei-tsikhanouski','surname'),
(MU,'Babaryka','Babaryka and hundreds','viktor-babariko','other-spelling'),
(MU,'Navalny','said Navalny had collapsed',NA,'surname'),
(MU,'Peskov','Peskov said the Kremlin',PE,'surname'),
(MU,'the Kremlin','said the Kremlin had no','kremlin','short-form'),
(MU,'Washington','In Washington, the American','washington','capital-place'),
(MU,'the American president','the American president said',BI,'demonym'),
(MU,'Putin','said Putin was responsible',PU,'surname'),
(MU,'the U.S. vice-president','the U.S. vice-president, Kamala','new:kamala-harris','demonym'),
(MU,'Navalnaya','stood for Navalnaya','new:yulia-navalnaya','surname'),
(MU,'the Russian president','the Russian president and his circle',PU,'demonym'),
(MU,'the U.S. vice-president','the U.S. vice-president, then Joe',BI,'trap'),
(MU,'Moscow','to offer Moscow a reset','russia','capital-actor'),
(MU,'Zelenskiy','Zelenskiy was due',ZE,'other-spelling'),
(MU,'Berlin','security pacts in Berlin','berlin','capital-place'),
(MU,'Paris','Berlin and Paris on Friday','place:Paris','capital-place'),
(MU,'The Germans','The Germans pledged','ref:Germany','demonym'),
(MU,'the Ukrainian leader','the Ukrainian leader said',ZE,'demonym'),
(MU,'Kyiv','said Kyiv needed','ukraine','capital-actor'),
(MU,'Kyiv Independent','The Kyiv Independent reported','new:kyiv-independent','trap'),
(MU,'Minsk agreements','modelled on the Minsk agreements','new:minsk-agreements','trap'),
(MU,'Tsikhanovskaya','Tsikhanovskaya, as some outlets',TS,'other-spelling'),
(MU,'Lukashenko regime','the Lukashenko regime','belarusian-government','short-form'),
(MU,'Minsk','Minsk has not invited','belarus','capital-actor'),
(MU,'OSCE','invited OSCE observers','ref:OSCE','acronym'),
(MU,'Lukashenka','Lukashenka has long dismissed',LU,'other-spelling'),
(MU,'NATO',"NATO's secretary general",NATO,'acronym'),
(MU,'the alliance','the alliance must not',NATO,'short-form'),
(MU,'EU','and EU officials promised',EU,'acronym'),
(MU,'Moscow','sanctions against Moscow','russia','capital-actor'),
(MU,'Kalinouski regiment','of the Kalinouski regiment','kastus-kalinouski-regiment','short-form'),
]
#ROWS-END
root=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO=os.path.dirname(os.path.dirname(root))
if not os.path.exists(REPO+'/import/entities.csv'): REPO='/work/main'  # while the set lives outside bench/
KINDS={'surname','given-name','acronym','short-form','demonym','other-spelling','capital-actor','capital-place','trap'}
ids={r['entity'] for r in csv.DictReader(open(REPO+'/import/entities.csv',encoding='utf-8'))}
refnames={r['name'] for r in csv.DictReader(open(REPO+'/import/reference/entities.csv',encoding='utf-8'))}
bad=0; seen=set()
order=[x for x in dict.fromkeys(r[0] for r in rows)]
arts={f[:-4] for f in os.listdir(root+'/articles')}
if set(order)!=arts: print('articles without rows / rows without article', arts^set(order)); bad+=1
texts={x:open(f'{root}/articles/{x}.txt',encoding='utf-8').read() for x in order}
for src,m,h,e,k in rows:
    t=texts[src]
    if t.count(h)!=1: print('hint count',t.count(h),src,h); bad+=1
    if m not in h: print('mention not in hint',m,h); bad+=1
    elif h.count(m)>1: print('mention twice in hint', m, h); bad+=1
    if '\n' in h: print('hint spans lines',h); bad+=1
    if k not in KINDS: print('kind',k); bad+=1
    if ':' not in e and e not in ids: print('unknown sample id',e); bad+=1
    if e.startswith('ref:') and e[4:] not in refnames: print('not a reference-list name',e); bad+=1
    if e.startswith('new:') and e[4:] in ids: print('new: id exists in sample data',e); bad+=1
    if (src,m,h) in seen: print('dup',src,m,h); bad+=1
    seen.add((src,m,h))
if bad: sys.exit(f'{bad} problems')
order=sorted(order)
rows.sort(key=lambda r:(order.index(r[0]),texts[r[0]].find(r[2])+r[2].find(r[1])))
with open(f'{root}/gold/mentions.csv','w',newline='',encoding='utf-8') as f:
    w=csv.writer(f,lineterminator='\n'); w.writerow(['source','mention','offset_hint','expected','kind']); w.writerows(rows)
cls=lambda e: e.split(':')[0] if ':' in e else 'sample'
print('total',len(rows))
print('by kind',collections.Counter(r[4] for r in rows).most_common())
print('by class',collections.Counter(cls(r[3]) for r in rows).most_common())
tab=collections.Counter((r[4],cls(r[3])) for r in rows)
print('kind x class',sorted(tab.items()))
print('by source',sorted(collections.Counter(r[0] for r in rows).items()))
print('distinct expected',len({r[3] for r in rows}), collections.Counter(cls(e) for e in {r[3] for r in rows}))
