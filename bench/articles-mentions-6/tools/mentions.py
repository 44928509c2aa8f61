# Source and checker of gold/mentions.csv: (source, mention, offset_hint, expected, kind).
# Adapted from bench/articles-mentions-5/tools/mentions.py. Run: python3 tools/mentions.py
# This set was allowed to read the reference list (import/reference/entities.csv): every ref: name is checked
# against it by default (there is no unverified mode any more).
import csv, os, sys, collections
LU='alexander-lukashenko'; TS='sviatlana-tsikhanouskaya'; EU='european-union'; UN='united-nations'; PU='vladimir-putin'; PE='dmitry-peskov'
MK='by-2021-11-15-merkel-calls-lukashenko-border-crisis'; ME='new:angela-merkel'
rows = [
(MK,'Merkel','Merkel phones Lukashenka',ME,'surname'),
(MK,'Lukashenka','Merkel phones Lukashenka',LU,'other-spelling'),
(MK,'the Belarusian strongman','the Belarusian strongman since',LU,'demonym'),
(MK,'Minsk','Minsk said the two',  'belarus','capital-actor'),
(MK,'Berlin','Berlin gave a terser','ref:Germany','capital-actor'),
(MK,'Merkel','saying Merkel had stressed',ME,'surname'),
(MK,'Lukashenka','Lukashenka has denied',LU,'other-spelling'),
(MK,'EU','EU governments accuse him',EU,'acronym'),
(MK,'Warsaw','Warsaw, which has sent','poland','capital-actor'),
(MK,'Polish officials','Polish officials said','poland','demonym'),
(MK,'the Belarusian leader','the Belarusian leader legitimacy',LU,'demonym'),
(MK,'The Lithuanians','The Lithuanians, who faced','lithuania','demonym'),
(MK,'Vilnius','and Vilnius has declared','lithuania','capital-actor'),
(MK,'the bloc','ministers of the bloc agreed',EU,'short-form'),
(MK,'Brussels','in Brussels on Monday','place:Brussels','capital-place'),
(MK,'Minsk','flying migrants to Minsk','minsk','capital-place'),
(MK,'EU','barred from EU airspace',EU,'acronym'),
(MK,'Moscow','In Moscow, Kremlin spokesman','moscow','capital-place'),
(MK,'Peskov','Kremlin spokesman Peskov',PE,'surname'),
(MK,'Putin','attempts to blame Putin',PU,'surname'),
(MK,'Vilnius','Speaking from Vilnius','place:Vilnius','capital-place'),
(MK,'Tsikhanouskaya','Vilnius, Tsikhanouskaya urged',TS,'surname'),
(MK,'Lukashenko','deal with Lukashenko over',LU,'surname'),
(MK,'U.N.','the U.N. refugee agency',UN,'acronym'),
(MK,'UNHCR','agency, UNHCR, called','ref:UNHCR','acronym'),
(MK,'NATO','and NATO said','ref:NATO','acronym'),
(MK,'Belarusian Red Cross','The Belarusian Red Cross said','new:belarusian-red-cross','trap'),
]
NV='ru-2021-01-18-navalny-detained-on-return'; NA='new:alexei-navalny'
rows += [
(NV,'Navalny','Navalny held at Moscow',NA,'surname'),
(NV,'Moscow','held at Moscow airport','moscow','capital-place'),
(NV,'Berlin','landing from Berlin','berlin','capital-place'),
(NV,'Navalny',"Navalny's plane",NA,'surname'),
(NV,'Moscow','district court in Moscow','moscow','capital-place'),
(NV,'Peskov','Peskov told reporters',PE,'surname'),
(NV,'Putin','that Putin had nothing',PU,'surname'),
(NV,'The Russians','The Russians deny',  'russia','demonym'),
(NV,'Brussels','Brussels demanded',EU,'capital-actor'),
(NV,'the bloc',"the bloc's foreign policy chief",EU,'short-form'),
(NV,'EU','said the EU would',EU,'acronym'),
(NV,'Berlin','Berlin called the arrest','ref:Germany','capital-actor'),
(NV,'Paris','Paris said it was','france','capital-actor'),
(NV,'Washington',"Washington's incoming",'united-states','capital-actor'),
(NV,'Navalny','wrote that Navalny should',NA,'surname'),
(NV,'U.S.','the outgoing U.S. secretary','united-states','acronym'),
(NV,'Vilnius','Vilnius urged','lithuania','capital-actor'),
(NV,'E.U.','urged E.U. partners',EU,'acronym'),
(NV,'Warsaw','Warsaw backed that call','poland','capital-actor'),
(NV,'U.N.','U.N. human rights experts',UN,'acronym'),
(NV,'Council of Europe','The Council of Europe, of which','ref:Council of Europe','trap'),
(NV,'Moscow','of which Moscow is still','russia','capital-actor'),
(NV,'the Russians','reminded the Russians','russia','demonym'),
(NV,'Navalny',"Navalny's team called",NA,'surname'),
(NV,'Radio Free Europe','Radio Free Europe reported','new:radio-free-europe','trap'),
]

IC='nl-2024-11-22-icc-warrants-netanyahu-gallant'; ICC='international-criminal-court'; NE='new:benjamin-netanyahu'
rows += [
(IC,'Hague court','Hague court issues',ICC,'short-form'),
(IC,'Netanyahu','warrants for Netanyahu and Gallant',NE,'surname'),
(IC,'Gallant','Netanyahu and Gallant','new:yoav-gallant','surname'),
(IC,'ICC','The ICC said',ICC,'acronym'),
(IC,'The court','The court has no police',ICC,'short-form'),
(IC,'Netanyahu','Netanyahu called the decision',NE,'surname'),
(IC,'the tribunal',"recognise the tribunal's",ICC,'short-form'),
(IC,"The Israeli leader","The Israeli leader's office",NE,'demonym'),
(IC,'Washington','In Washington, the White House','washington','capital-place'),
(IC,'Trump','allies of Trump','donald-trump','surname'),
(IC,'the court','sanctions against the court',ICC,'short-form'),
(IC,'Biden','The Biden administration','new:joe-biden','surname'),
(IC,'U.S.','that the U.S. is not','united-states','acronym'),
(IC,'Borrell',"Borrell, the EU's",'new:josep-borrell','surname'),
(IC,'EU',"the EU's foreign policy chief",EU,'acronym'),
(IC,'the bloc','members of the bloc',EU,'short-form'),
(IC,'The Dutch government','The Dutch government said','ref:Netherlands','demonym'),
(IC,'Rome','and Rome said','ref:Italy','capital-actor'),
(IC,'Budapest','Budapest went the other way','ref:Hungary','capital-actor'),
(IC,'Orban','Orban said he would','new:viktor-orban','surname'),
(IC,'Netanyahu','invite Netanyahu to Hungary',NE,'surname'),
(IC,'Paris','Paris gave a cautious','france','capital-actor'),
(IC,'Berlin','while Berlin said','ref:Germany','capital-actor'),
(IC,'International Court of Justice','at the International Court of Justice','ref:International Court of Justice','trap'),
(IC,"U.N.","the U.N.'s top court",UN,'acronym'),
]

BT='us-2021-07-28-biden-receives-tsikhanouskaya'
rows += [
(BT,'Biden','Biden meets Tsikhanouskaya','new:joe-biden','surname'),
(BT,'Tsikhanouskaya','Biden meets Tsikhanouskaya',TS,'surname'),
(BT,'Minsk','as Minsk fumes','belarus','capital-actor'),
(BT,'Washington','the highest-level welcome Washington','united-states','capital-actor'),
(BT,'Biden','Biden wrote afterwards','new:joe-biden','surname'),
(BT,'Tsikhanouskaya','honoured to meet Tsikhanouskaya',TS,'surname'),
(BT,'U.S.','that the U.S. stood','united-states','acronym'),
(BT,'the American capital','visit to the American capital','washington','capital-place'),
(BT,'Tikhanovskaya','Tikhanovskaya, as Russian-language',TS,'other-spelling'),
(BT,'the Americans','asked the Americans','united-states','demonym'),
(BT,'Belaruskali','the potash giant Belaruskali','new:belaruskali','trap'),
(BT,'Viacorka','Her adviser Viacorka','franak-viacorka','surname'),
(BT,'Lukashenka','sent Lukashenka a clear',LU,'other-spelling'),
(BT,'Minsk','Minsk was dismissive','belarus','capital-actor'),
(BT,'Belta','State news agency Belta','belta','other-spelling'),
(BT,'Lukashenko','and Lukashenko mocked',LU,'surname'),
(BT,'The Belarusian leader','The Belarusian leader has leaned',LU,'demonym'),
(BT,'Moscow','harder on Moscow','russia','capital-actor'),
(BT,'Putin','meeting Putin repeatedly','vladimir-putin','surname'),
(BT,'Tsikhanouskaya','Tsikhanouskaya, who has been based',TS,'surname'),
(BT,'Vilnius','based in Vilnius','place:Vilnius','capital-place'),
(BT,'The Lithuanians','The Lithuanians have granted','lithuania','demonym'),
(BT,'EU','the EU has imposed',EU,'acronym'),
(BT,'Babariko','Babariko, the ex-banker','viktor-babariko','surname'),
(BT,'Lukashenko','run against Lukashenko',LU,'surname'),
(BT,'Minsk','a court in Minsk','minsk','capital-place'),
(BT,'the Lithuanian capital','return to the Lithuanian capital','place:Vilnius','capital-place'),
]

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
