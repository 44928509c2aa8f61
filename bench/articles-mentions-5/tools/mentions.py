# Source and checker of gold/mentions.csv: (source, mention, offset_hint, expected, kind).
# Adapted from bench/articles-mentions-4/tools/mentions.py. Run: python3 tools/mentions.py
# This set was allowed to read the reference list (import/reference/entities.csv): every ref: name is checked
# against it by default (there is no unverified mode any more).
import csv, os, sys, collections
AB='by-2023-03-06-tsikhanouskaya-sentenced-in-absentia'
UN='united-nations'; EU='european-union'; LU='alexander-lukashenko'; TS='sviatlana-tsikhanouskaya'; LA='pavel-latushko'
MCC='new:minsk-city-court'
SG='nl-2024-06-25-icc-warrants-shoigu-gerasimov'; SHO='new:sergei-shoigu'; GER='new:valery-gerasimov'
HU='hu-2025-04-03-hungary-quits-icc-netanyahu-visit'; ICC='international-criminal-court'; NE='new:benjamin-netanyahu'
US_='ru-2021-11-04-union-state-28-programmes'
OV='us-2025-02-28-trump-zelensky-oval-office-clash'; TR='donald-trump'
BB='by-2021-07-06-babariko-fourteen-years'; BAB='viktor-babariko'; SCB='new:supreme-court-of-belarus'
NU='ru-2023-03-25-putin-tactical-nukes-belarus'
ZW='us-2022-12-21-zelensky-washington-visit'; ZE='volodymyr-zelensky'; BI='new:joe-biden'; PE='dmitry-peskov'; PU='vladimir-putin'
rows = [
(AB,'Minsk court','Minsk court jails',MCC,'short-form'),
(AB,'Tsikhanouskaya','jails Tsikhanouskaya and Latushko',TS,'surname'),
(AB,'Latushko','Tsikhanouskaya and Latushko in absentia',LA,'surname'),
(AB,'Minsk City Court','The Minsk City Court on Monday',MCC,'trap'),
(AB,'The court','The court tried them',MCC,'short-form'),
(AB,'the council','the council had been created',  'coordination-council','short-form'),
(AB,'Lukashenko','to overthrow Lukashenko after',LU,'surname'),
(AB,'Tsikhanouskaya','Tsikhanouskaya, who has lived in Lithuania',TS,'surname'),
(AB,'Latushko','Latushko, who heads',LA,'surname'),
(AB,'the opposition in exile','set up by the opposition in exile','belarusian-opposition','short-form'),
(AB,'Warsaw','said from Warsaw that','place:Warsaw','capital-place'),
(AB,"Tsikhanouskaya's cabinet","Tsikhanouskaya's cabinet called it revenge",'united-transitional-cabinet','short-form'),
(AB,'Vilnius','Vilnius said it would never','lithuania','capital-actor'),
(AB,'Tikhanovskaya','never hand over Tikhanovskaya',TS,'other-spelling'),
(AB,'The Lithuanians','The Lithuanians have granted','lithuania','demonym'),
(AB,'Warsaw','Warsaw, where many Belarusian exiles live','poland','capital-actor'),
(AB,'EU','The EU said it rejected',EU,'acronym'),
(AB,'Brussels','Brussels called on Minsk',EU,'capital-actor'),
(AB,'Minsk','called on Minsk to free','belarus','capital-actor'),
(AB,'UN','UN human rights experts',UN,'acronym'),
(AB,'Lukashenko','Lukashenko has called the exiles',LU,'surname'),
(AB,'Minsk','State media in Minsk showed','minsk','capital-place'),
(AB,'Tsikhanouskaya','an adviser to Tsikhanouskaya',TS,'surname'),
(AB,'the Lithuanian capital','reporters in the Lithuanian capital','place:Vilnius','capital-place'),
(AB,'Minsk Tractor Works','The Minsk Tractor Works','new:minsk-tractor-works','trap'),
(ZW,'Zelensky','Zelensky in Washington:',ZE,'surname'),
(ZW,'Washington','Zelensky in Washington:','washington','capital-place'),
(ZW,'Biden','Biden pledges',BI,'surname'),
(ZW,'Moscow','Moscow warns','russia','capital-actor'),
(ZW,'Washington','arrived in Washington on Wednesday','washington','capital-place'),
(ZW,'Kyiv','by train from Kyiv to','kyiv','capital-place'),
(ZW,'Zelensky','Zelensky thanked',ZE,'surname'),
(ZW,'the Americans','thanked the Americans','united-states','demonym'),
(ZW,'Biden','Biden said Washington',BI,'surname'),
(ZW,'Washington','said Washington would stand','united-states','capital-actor'),
(ZW,'Kyiv','stand with Kyiv','ukraine','capital-actor'),
(ZW,'the Ukrainian president','the Ukrainian president addressed',ZE,'demonym'),
(ZW,'Congress','joint meeting of Congress','new:united-states-congress','short-form'),
(ZW,'Pelosi','Pelosi called the visit','new:nancy-pelosi','surname'),
(ZW,'Moscow','Moscow reacted coolly','russia','capital-actor'),
(ZW,'Kyiv','that Kyiv showed no','ukraine','capital-actor'),
(ZW,'Peskov','Peskov added',PE,'surname'),
(ZW,'Washington','signs that Washington wanted','united-states','capital-actor'),
(ZW,'Putin','Putin said the Patriot',PU,'surname'),
(ZW,'the Russians','the Russians would find','russia','demonym'),
(ZW,'Zelenskyy','Zelenskyy, as the name',ZE,'other-spelling'),
(ZW,'U.S.','often spelled in the U.S.','united-states','acronym'),
(ZW,'Kyiv','In Kyiv, the presidential office','kyiv','capital-place'),
(ZW,'NATO','NATO allies welcomed','ref:NATO','acronym'),
(ZW,'Britain','and Britain said','ref:United Kingdom','other-spelling'),
(ZW,'The Washington Post','The Washington Post reported','new:washington-post','trap'),
(ZW,'Biden','discussed with Biden for weeks',BI,'surname'),
(ZW,'the Ukrainian capital','Back in the Ukrainian capital','kyiv','capital-place'),
(ZW,'the Russian leader','the Russian leader had misjudged',PU,'demonym'),
(NU,'Putin','Putin says Russia',PU,'surname'),
(NU,'Rossiya 24','the state channel Rossiya 24','new:rossiya-24','trap'),
(NU,'Putin','Putin said Moscow was',PU,'surname'),
(NU,'Moscow','Moscow was only doing','russia','capital-actor'),
(NU,'the Americans','what the Americans had done','united-states','demonym'),
(NU,'Lukashenko','He said Lukashenko had',LU,'surname'),
(NU,'Minsk','handed to Minsk','belarus','capital-actor'),
(NU,'The Belarusian leader',"The Belarusian leader's office",LU,'demonym'),
(NU,'Lukashenka','Lukashenka, as his name',LU,'other-spelling'),
(NU,'Moscow','closely to Moscow since','russia','capital-actor'),
(NU,'the union','Critics say the union','union-state','short-form'),
(NU,'Kyiv','Kyiv asked for','ukraine','capital-actor'),
(NU,'UN Security Council','the UN Security Council','ref:United Nations Security Council','acronym'),
(NU,'EU',"The EU's foreign policy chief",EU,'acronym'),
(NU,'Brussels','Brussels was ready',EU,'capital-actor'),
(NU,'Borrell','Borrell urged Minsk','new:josep-borrell','surname'),
(NU,'Minsk','urged Minsk not','belarus','capital-actor'),
(NU,'Washington','Washington said it saw','united-states','capital-actor'),
(NU,'NATO','NATO called the rhetoric','ref:NATO','acronym'),
(NU,'Vilnius','Vilnius asked for','lithuania','capital-actor'),
(NU,'EU','new EU sanctions',EU,'acronym'),
(NU,'Warsaw','Warsaw said it would','poland','capital-actor'),
(NU,'U.S.','the matter with the U.S.','united-states','acronym'),
(NU,'Tsikhanouskaya','Tsikhanouskaya, the opposition leader',TS,'surname'),
(NU,'Peskov','Peskov said Moscow',PE,'surname'),
(NU,'Moscow',"said Moscow's plans",'russia','capital-actor'),
(BB,'Babariko','would-be challenger Babariko',BAB,'surname'),
(BB,'Supreme Court of Belarus','The Supreme Court of Belarus on Tuesday',SCB,'trap'),
(BB,'Babariko','Babariko, 57,',BAB,'surname'),
(BB,'Eduard Babariko','his son, Eduard Babariko','new:eduard-babariko','trap'),
(BB,'The court','The court also convicted',SCB,'short-form'),
(BB,'Viktar Babaryka','Viktar Babaryka, as his name',BAB,'other-spelling'),
(BB,'the court','the street outside the court',SCB,'short-form'),
(BB,'Tsikhanouskaya','Tsikhanouskaya, who joined forces',TS,'surname'),
(BB,'Lukashenko','said Lukashenko feared',LU,'surname'),
(BB,'Viacorka','Her adviser, Viacorka,','franak-viacorka','surname'),
(BB,'EU','The EU condemned',EU,'acronym'),
(BB,'Brussels','Brussels has already imposed',EU,'capital-actor'),
(BB,'Minsk','sanctions on Minsk.','belarus','capital-actor'),
(BB,'Minsk','embassy in Minsk said','minsk','capital-place'),
(BB,'Washington','Washington called for','united-states','capital-actor'),
(BB,'Moscow','Moscow has stood','russia','capital-actor'),
(BB,'Lukashenko','stood by Lukashenko since',LU,'surname'),
(BB,'the Russians','the Russians have lent','russia','demonym'),
(BB,'Minsk','lent Minsk money','belarus','capital-actor'),
(BB,'Babariko',"ran Babariko's campaign",BAB,'surname'),
(BB,'Lukashenka','Lukashenka has said',LU,'other-spelling'),
(OV,'Trump','Trump and Zelensky clash',TR,'surname'),
(OV,'Zelensky','Trump and Zelensky clash',ZE,'surname'),
(OV,'the Ukrainian leader','the Ukrainian leader left',ZE,'demonym'),
(OV,'Trump','Trump accused his guest',TR,'surname'),
(OV,'Zelensky','told Zelensky he had',ZE,'surname'),
(OV,'Zelensky','Zelensky, who had questioned',ZE,'surname'),
(OV,'Putin','whether Putin could',PU,'surname'),
(OV,'Trump','Trump later wrote',TR,'surname'),
(OV,'Zelenskyy','that Zelenskyy could',ZE,'other-spelling'),
(OV,'Vance','Vance said the U.S.','new:jd-vance','surname'),
(OV,'U.S.','the U.S. had offered','united-states','acronym'),
(OV,'Kyiv','offered Kyiv a path','ukraine','capital-actor'),
(OV,'Kyiv','Kyiv said the president','ukraine','capital-actor'),
(OV,'Ukrainska Pravda','Ukrainska Pravda, the Ukrainian news site','new:ukrainska-pravda','trap'),
(OV,'Zelensky','Zelensky thanked the Americans',ZE,'surname'),
(OV,'the Americans','thanked the Americans later','united-states','demonym'),
(OV,'Moscow','In Moscow, the mood','moscow','capital-place'),
(OV,'Peskov','Peskov said the episode',PE,'surname'),
(OV,'Moscow','Moscow has rejected','russia','capital-actor'),
(OV,'Kyiv','rallied to Kyiv.','ukraine','capital-actor'),
(OV,'EU',"the EU's foreign policy chief",EU,'acronym'),
(OV,'Brussels','Brussels promised',EU,'capital-actor'),
(OV,'London','London announced a summit','ref:United Kingdom','capital-actor'),
(OV,'Paris','Paris and Berlin said','france','capital-actor'),
(OV,'Berlin','Paris and Berlin said','ref:Germany','capital-actor'),
(OV,'NATO',"NATO's chief urged",'ref:NATO','acronym'),
(OV,'Zelensky','urged Zelensky to repair',ZE,'surname'),
(OV,'Trump','relations with Trump.',TR,'surname'),
(US_,'Putin','Putin and Lukashenko seal',PU,'surname'),
(US_,'Lukashenko','Putin and Lukashenko seal',LU,'surname'),
(US_,'Putin','Putin said the decree',PU,'surname'),
(US_,'Lukashenko','Lukashenko, appearing',LU,'surname'),
(US_,'Minsk','appearing from Minsk','minsk','capital-place'),
(US_,'the union','said the union was','union-state','short-form'),
(US_,'The Russian president','The Russian president said',PU,'demonym'),
(US_,'Belta','Belta, the Belarusian state agency','belta','other-spelling'),
(US_,'Warsaw','Warsaw accused','poland','capital-actor'),
(US_,'Minsk','accused Minsk of','belarus','capital-actor'),
(US_,'Brussels','Brussels said Lukashenka',EU,'capital-actor'),
(US_,'Lukashenka','said Lukashenka was using',LU,'other-spelling'),
(US_,'The Belarusian leader','The Belarusian leader denied',LU,'demonym'),
(US_,'Moscow','Moscow said the EU','russia','capital-actor'),
(US_,'EU','the EU was to blame',EU,'acronym'),
(US_,'Tsikhanouskaya','Tsikhanouskaya, speaking',TS,'surname'),
(US_,'Vilnius','speaking in Vilnius','place:Vilnius','capital-place'),
(US_,'Latushko','Latushko said Moscow',LA,'surname'),
(US_,'Moscow','said Moscow was buying','russia','capital-actor'),
(US_,'Kyiv','accused Kyiv of','ukraine','capital-actor'),
(US_,'Minsk agreements','the Minsk agreements on the Donbas','new:minsk-agreements','trap'),
(US_,'Washington','Washington, which has warned','united-states','capital-actor'),
(HU,'ICC','quit ICC as',ICC,'acronym'),
(HU,'Netanyahu','Netanyahu arrives',NE,'surname'),
(HU,'Budapest','arrives in Budapest','place:Budapest','capital-place'),
(HU,'Budapest','arrived in Budapest on a visit','place:Budapest','capital-place'),
(HU,'the court',"the court's arrest warrant",ICC,'short-form'),
(HU,'the Israeli prime minister','greeted the Israeli prime minister',NE,'demonym'),
(HU,'Orban','Orban said the ICC','new:viktor-orban','surname'),
(HU,'ICC','said the ICC had become',ICC,'acronym'),
(HU,'the Hungarians','the Hungarians would not','ref:Hungary','demonym'),
(HU,'Netanyahu','Netanyahu thanked',NE,'surname'),
(HU,'Hague court','The Hague court issued',ICC,'short-form'),
(HU,'The court','The court said Budapest',ICC,'short-form'),
(HU,'Budapest','said Budapest remained','ref:Hungary','capital-actor'),
(HU,'Washington','sanctioned by Washington','united-states','capital-actor'),
(HU,'Trump','Trump signed an order',TR,'surname'),
(HU,'ICC','against the ICC in February',ICC,'acronym'),
(HU,'EU','The EU said it supported',EU,'acronym'),
(HU,'the court','supported the court',ICC,'short-form'),
(HU,'Brussels','Brussels reminded',EU,'capital-actor'),
(HU,'Berlin','Berlin called it','ref:Germany','capital-actor'),
(HU,'the Hungarians','the Hungarians to arrest','ref:Hungary','demonym'),
(HU,'Netanyahu','arrest Netanyahu.',NE,'surname'),
(HU,'Jerusalem','In Jerusalem, officials','place:Jerusalem','capital-place'),
(HU,'Orban','praised Orban.','new:viktor-orban','surname'),
(HU,'Kyiv','Some in Kyiv noted','kyiv','capital-place'),
(HU,'Budapest','of Budapest leaving','ref:Hungary','capital-actor'),
(HU,'Budapest Memorandum','the Budapest Memorandum of 1994','new:budapest-memorandum','trap'),
(SG,'ICC','ICC seeks arrest',ICC,'acronym'),
(SG,'Shoigu','arrest of Shoigu and Gerasimov over',SHO,'surname'),
(SG,'Gerasimov','arrest of Shoigu and Gerasimov over',GER,'surname'),
(SG,'The court','The court issued similar',ICC,'short-form'),
(SG,'Shoigu','Shoigu, who was moved',SHO,'surname'),
(SG,'Security Council',"head Russia's Security Council",'new:security-council-of-russia','trap'),
(SG,'Putin','after Putin to be',PU,'surname'),
(SG,'ICC','by the ICC, which',ICC,'acronym'),
(SG,'the Russian president','for the Russian president last year',PU,'demonym'),
(SG,'Moscow','Moscow dismissed','russia','capital-actor'),
(SG,'the court','recognise the court.',ICC,'short-form'),
(SG,'The Moscow Times','The Moscow Times, a Russian news site','new:moscow-times','trap'),
(SG,'Gerasimov','that Gerasimov still',GER,'surname'),
(SG,'Zelensky','Zelensky welcomed',ZE,'surname'),
(SG,'Zelenskyy','Zelenskyy, as his name',ZE,'other-spelling'),
(SG,'Hague court','the Hague court since',ICC,'short-form'),
(SG,'Kyiv','Kyiv said the blackouts','ukraine','capital-actor'),
(SG,'EU','The EU said it supported',EU,'acronym'),
(SG,'the court',"the court's independence",ICC,'short-form'),
(SG,'Washington','Washington, which is not','united-states','capital-actor'),
(SG,'the court','a party to the court',ICC,'short-form'),
(SG,'Ukrainian officials','Ukrainian officials said','ukraine','demonym'),
(SG,'Shoigu','hoped Shoigu and Gerasimov would',SHO,'surname'),
(SG,'Gerasimov','hoped Shoigu and Gerasimov would',GER,'surname'),
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
