# Source and checker of gold/mentions.csv: (source, mention, offset_hint, expected, kind).
# Adapted from bench/articles-mentions-3/tools/mentions.py. Run: python3 tools/mentions.py
# The reference list (import/reference/entities.csv) was NOT read when this set was written; `ref:` names are
# checked against the reference rows that bench/articles-mentions-3/gold/entities.csv copies, and the rest are
# listed as unverified. Run with --verify-ref to check every ref: name against the reference list itself.
import csv, os, sys, collections
BY='by-2021-05-24-ryanair-diversion-protasevich'
LT='lt-2025-06-21-kellogg-minsk-tsikhanouski-freed'
SO='ru-2020-09-14-sochi-putin-lukashenko-loan'
IC='nl-2023-03-17-icc-warrant-putin-lvova-belova'
ZA='ua-2022-09-01-iaea-grossi-zaporizhzhia'
AK='us-2025-08-15-alaska-trump-putin-summit'
GE='ru-2023-03-31-gershkovich-fsb-arrest'
SS='et-2018-09-12-south-sudan-revitalised-peace-deal'
TR='donald-trump'; US='united-states'; EU='european-union'; UN='united-nations'; PU='vladimir-putin'; RU='russia'; UA='ukraine'
LU='alexander-lukashenko'; BY_='belarus'; TS='sviatlana-tsikhanouskaya'; TSI='siarhei-tsikhanouski'; BAB='viktor-babariko'
ZE='volodymyr-zelensky'; ICC='international-criminal-court'; LT_='lithuania'
PRO='new:roman-protasevich'; KGB='new:kgb-belarus'; KEL='new:keith-kellogg'; SD='new:united-states-department-of-state'
GRO='new:rafael-grossi'; IAEA='ref:IAEA'; FSB='new:fsb'; WSJ='new:wall-street-journal'; GER='new:evan-gershkovich'
KIIR='new:salva-kiir'; MAC='new:riek-machar'; IGAD='new:igad'; BAS='new:omar-al-bashir'
rows = [
(BY,'EU','EU moves to ban Belarusian airlines',EU,'acronym'),
(BY,'Lukashenko','after Lukashenko forces down',LU,'surname'),
(BY,'Athens','a Ryanair flight from Athens','place:Athens','capital-place'),
(BY,'Vilnius','from Athens to Vilnius to land','place:Vilnius','capital-place'),
(BY,'Minsk','to land in Minsk and arrested','minsk','capital-place'),
(BY,'Lukashenko','Lukashenko personally ordered',LU,'surname'),
(BY,'Minsk National Airport','the Boeing to Minsk National Airport','place:Minsk National Airport','trap'),
(BY,'his press service','his press service said','belarus-presidential-press-service','short-form'),
(BY,'Protasevich','Protasevich, a former editor',PRO,'surname'),
(BY,'KGB','taken away by KGB officers',KGB,'acronym'),
(BY,'The airline','The airline is registered','new:ryanair','short-form'),
(BY,'Dublin','registered in Dublin, and','place:Dublin','capital-place'),
(BY,'Dublin','and Dublin called the diversion','ref:Ireland','capital-actor'),
(BY,'the Lithuanian capital','flew on to the Lithuanian capital','place:Vilnius','capital-place'),
(BY,'Protasevich','passengers said Protasevich had told',PRO,'surname'),
(BY,'Brussels','At a summit in Brussels','place:Brussels','capital-place'),
(BY,'EU','said the EU would also',EU,'acronym'),
(BY,'Brussels','and Brussels asked the ICAO',EU,'capital-actor'),
(BY,'ICAO','asked the ICAO, the U.N.','new:icao','acronym'),
(BY,'U.N.','the U.N. aviation agency',UN,'acronym'),
(BY,'The Lithuanians','The Lithuanians, who host',LT_,'demonym'),
(BY,'Vilnius','Vilnius told its airlines',LT_,'capital-actor'),
(BY,'Tsikhanouskaya','Tsikhanouskaya, who has lived in Lithuania',TS,'surname'),
(BY,'Protasevich',"demanded Protasevich's release",PRO,'surname'),
(BY,'Washington','and Washington said it was coordinating',US,'capital-actor'),
(BY,'Brussels','coordinating with Brussels.',EU,'capital-actor'),
(BY,'Moscow','Moscow defended its ally',RU,'capital-actor'),
(BY,'the Belarusians','a matter for the Belarusians',BY_,'demonym'),
(BY,'Lukashenka','Lukashenka, as opposition media',LU,'other-spelling'),
(BY,'Minsk','State media in Minsk showed','minsk','capital-place'),
(BY,'Protasevich','a video of Protasevich confessing',PRO,'surname'),

(LT,'Tsikhanouski','Tsikhanouski freed after Kellogg',TSI,'surname'),
(LT,'Kellogg','freed after Kellogg meets',KEL,'surname'),
(LT,'Lukashenko','Kellogg meets Lukashenko in Minsk',LU,'surname'),
(LT,'Minsk','meets Lukashenko in Minsk','minsk','capital-place'),
(LT,'the Lithuanian capital','brought to the Lithuanian capital','place:Vilnius','capital-place'),
(LT,'Minsk','held talks with Alexander Lukashenko in Minsk','minsk','capital-place'),
(LT,'Tsikhanouski','Tsikhanouski was among 14',TSI,'surname'),
(LT,'Vilnius','across the border to Vilnius','place:Vilnius','capital-place'),
(LT,'U.S.','met him at the U.S. embassy',US,'acronym'),
(LT,'RFE/RL','a journalist for RFE/RL','new:radio-free-europe-radio-liberty','acronym'),
(LT,'Tsikhanouskaya','Tsikhanouskaya wrote, thanking',TS,'surname'),
(LT,'Trump','thanking Trump, Kellogg',TR,'surname'),
(LT,'Kellogg','Trump, Kellogg and the Americans',KEL,'surname'),
(LT,'the Americans','Kellogg and the Americans',US,'demonym'),
(LT,'Sviatlana','Sviatlana, who ran against',TS,'given-name'),
(LT,'Lukashenko','who ran against Lukashenko in 2020',LU,'surname'),
(LT,'the opposition in exile','has led the opposition in exile','belarusian-opposition','short-form'),
(LT,'Kellogg',"Kellogg's visit was the most senior",KEL,'surname'),
(LT,'U.S.','by a U.S. official to Minsk',US,'acronym'),
(LT,'Minsk','official to Minsk in years','minsk','capital-place'),
(LT,'Lukashenko',"Lukashenko's press service released",LU,'surname'),
(LT,'Minsk','and Minsk presented the release',BY_,'capital-actor'),
(LT,'Washington','goodwill gesture toward Washington',US,'capital-actor'),
(LT,'Washington','Washington has been easing',US,'capital-actor'),
(LT,'Trump','since Trump returned to office',TR,'surname'),
(LT,'The State Department','The State Department said it would',SD,'short-form'),
(LT,'Tikhanovsky','Tikhanovsky, as Russian media',TSI,'other-spelling'),
(LT,'Tsikhanouskaya','and Tsikhanouskaya said she had had',TS,'surname'),
(LT,'EU','The EU welcomed the releases',EU,'acronym'),
(LT,'Brussels','said Brussels would keep',EU,'capital-actor'),
(LT,'Minsk','its sanctions on Minsk in place',BY_,'capital-actor'),
(LT,'Moscow',"Moscow, Lukashenko's closest ally",RU,'capital-actor'),
(LT,'Lukashenko',"Lukashenko's closest ally, did not",LU,'surname'),
(LT,'Warsaw','In Warsaw, home to many','place:Warsaw','capital-place'),
(LT,'Polish','Polish officials welcomed','poland','demonym'),
(LT,'Lukashenka','Lukashenka, as Belarusian opposition',LU,'other-spelling'),

(SO,'Putin','Putin offers Lukashenko',PU,'surname'),
(SO,'Lukashenko','Putin offers Lukashenko',LU,'surname'),
(SO,'Belarusian','as the Belarusian leader',BY_,'demonym'),
(SO,'Putin',"at Putin's residence",PU,'surname'),
(SO,'Putin','Putin called Belarus',PU,'surname'),
(SO,'Moscow',"Belarus Moscow's closest ally",RU,'capital-actor'),
(SO,'Lukashenko',"welcomed Lukashenko's plan",LU,'surname'),
(SO,'Lukashenko','Lukashenko, who has ruled since 1994',LU,'surname'),
(SO,'Putin','thanked Putin for his support',PU,'surname'),
(SO,'Putin','and Putin said last month',PU,'surname'),
(SO,'The opposition','The opposition warned Moscow','belarusian-opposition','short-form'),
(SO,'Moscow','warned Moscow against',RU,'capital-actor'),
(SO,'Vilnius','speaking in Vilnius','place:Vilnius','capital-place'),
(SO,'Lukashenko','any deal Lukashenko signed',LU,'surname'),
(SO,'Tikhanovskaya','Tikhanovskaya, as Russian outlets',TS,'other-spelling'),
(SO,'Warsaw','has left for Warsaw','place:Warsaw','capital-place'),
(SO,'Viktor Babaryka','Viktor Babaryka, the jailed banker',BAB,'other-spelling'),
(SO,'KGB','in a KGB detention centre',KGB,'acronym'),
(SO,'Minsk','detention centre in Minsk','minsk','capital-place'),
(SO,'Brussels','Brussels is preparing sanctions',EU,'capital-actor'),
(SO,'Lukashenko','banned Lukashenko from entering',LU,'surname'),
(SO,'Washington','Washington said it was watching',US,'capital-actor'),
(SO,'Minsk','In Minsk, striking journalists','minsk','capital-place'),
(SO,'Belarus 1','the state channel Belarus 1','new:belarus-1','trap'),
(SO,'Lukashenko','and Lukashenko has praised',LU,'surname'),
(SO,'RT','crews from RT.','new:rt','acronym'),
(SO,'Kyiv','Kyiv, which has frozen',UA,'capital-actor'),
(SO,'Minsk','frozen contacts with Minsk',BY_,'capital-actor'),

(IC,'Hague court','Hague court issues arrest warrant',ICC,'short-form'),
(IC,'Putin','arrest warrant for Putin over',PU,'surname'),
(IC,'Russian','accusing the Russian president',RU,'demonym'),
(IC,'ICC','The ICC said the crimes',ICC,'acronym'),
(IC,'Khan','Khan told reporters','new:karim-khan','surname'),
(IC,'The court',"The court's president",ICC,'short-form'),
(IC,'Rome Statute','joined the Rome Statute','new:rome-statute','trap'),
(IC,'Putin','obliged to arrest Putin',PU,'surname'),
(IC,'Kyiv','though Kyiv has accepted',UA,'capital-actor'),
(IC,'the court',"accepted the court's jurisdiction",ICC,'short-form'),
(IC,'Moscow','Moscow rejected the decision',RU,'capital-actor'),
(IC,'the court','did not recognise the court',ICC,'short-form'),
(IC,'Lvova-Belova','Lvova-Belova said she would','new:maria-lvova-belova','surname'),
(IC,'Zelenskyy','Zelenskyy, as Kyiv now spells',ZE,'other-spelling'),
(IC,'Kyiv','as Kyiv now spells',UA,'capital-actor'),
(IC,'Washington','In Washington, President Joe Biden','washington','capital-place'),
(IC,'U.S.','although the U.S. is not',US,'acronym'),
(IC,'Brussels','Brussels said the EU',EU,'capital-actor'),
(IC,'EU','said the EU fully supported',EU,'acronym'),
(IC,'the court','fully supported the court',ICC,'short-form'),
(IC,'Berlin','and Berlin said no one','ref:Germany','capital-actor'),
(IC,'U.N.','of the U.N. Security Council',UN,'acronym'),

(ZA,'Grossi','Grossi leads IAEA team',GRO,'surname'),
(ZA,'IAEA','Grossi leads IAEA team',IAEA,'acronym'),
(ZA,'the agency',"led by the agency's director general",IAEA,'short-form'),
(ZA,'Grossi','Grossi said the team',GRO,'surname'),
(ZA,'IAEA','some IAEA experts',IAEA,'acronym'),
(ZA,'Kyiv','Kyiv and Moscow blamed',UA,'capital-actor'),
(ZA,'Moscow','Kyiv and Moscow blamed',RU,'capital-actor'),
(ZA,'Grossi','Grossi had met Volodymyr Zelensky',GRO,'surname'),
(ZA,'Kyiv','Zelensky in Kyiv on Tuesday','kyiv','capital-place'),
(ZA,'Zelensky','Zelensky urged the agency',ZE,'surname'),
(ZA,'the agency','urged the agency to call',IAEA,'short-form'),
(ZA,'Moscow','accused Moscow of nuclear blackmail',RU,'capital-actor'),
(ZA,'Zelenskyy','Zelenskyy, as his office writes',ZE,'other-spelling'),
(ZA,'U.N.',"Russia's ambassador to the U.N.",UN,'acronym'),
(ZA,'Moscow','said Moscow had helped',RU,'capital-actor'),
(ZA,'U.N.','U.N. Secretary-General António Guterres',UN,'acronym'),
(ZA,'the Security Council','and the Security Council will hear','new:un-security-council','short-form'),
(ZA,'Grossi','will hear Grossi next week',GRO,'surname'),
(ZA,'Washington','In Washington, officials said','washington','capital-place'),
(ZA,'U.S.','said the U.S. backed',US,'acronym'),
(ZA,'WHO','The WHO said it was working','ref:World Health Organization','acronym'),
(ZA,'Kyiv Independent','The Kyiv Independent, an English-language','new:kyiv-independent','trap'),

(AK,'Trump','Trump and Putin end Alaska',TR,'surname'),
(AK,'Putin','Trump and Putin end Alaska',PU,'surname'),
(AK,'Trump','Trump greeted Putin',TR,'surname'),
(AK,'Putin','Trump greeted Putin',PU,'surname'),
(AK,'Russian','and the Russian leader rode',RU,'demonym'),
(AK,'U.S.',"in the U.S. president's limousine",US,'acronym'),
(AK,'Trump','Trump brought Marco Rubio',TR,'surname'),
(AK,'Putin','while Putin was joined',PU,'surname'),
(AK,'Trump','Trump told reporters',TR,'surname'),
(AK,'Putin','Putin called the talks',PU,'surname'),
(AK,'Moscow','next meeting be held in Moscow','moscow','capital-place'),
(AK,'Witkoff','Witkoff, who has met Putin','new:steve-witkoff','surname'),
(AK,'Putin','who has met Putin several',PU,'surname'),
(AK,'Moscow','on a visit to Moscow last week','moscow','capital-place'),
(AK,'Lavrov','Lavrov arrived wearing','new:sergei-lavrov','surname'),
(AK,'CCCP','the Soviet letters CCCP','new:soviet-union','trap'),
(AK,'Zelensky','Zelensky was not invited',ZE,'surname'),
(AK,'Ukrainian','The Ukrainian president said',UA,'demonym'),
(AK,'Kyiv','said Kyiv would not give up',UA,'capital-actor'),
(AK,'Trump','who spoke with Trump by video',TR,'surname'),
(AK,'Trump','Trump phoned Zelensky',TR,'surname'),
(AK,'Zelensky','Trump phoned Zelensky',ZE,'surname'),
(AK,'NATO',"NATO's secretary-general",'ref:NATO','acronym'),
(AK,'Peskov','Peskov, the Kremlin spokesman','dmitry-peskov','surname'),
(AK,'Moscow','said Moscow was satisfied',RU,'capital-actor'),
(AK,'Ushakov','Ushakov said no date','new:yuri-ushakov','surname'),
(AK,'Zelenskyy','Zelenskyy, as Kyiv spells it',ZE,'other-spelling'),
(AK,'Kyiv','as Kyiv spells it',UA,'capital-actor'),
(AK,'Washington','is expected in Washington on Monday','washington','capital-place'),
(AK,'Brussels','Brussels said the EU',EU,'capital-actor'),
(AK,'EU','said the EU would keep',EU,'acronym'),
(AK,'Berlin','and Berlin and Paris called','ref:Germany','capital-actor'),
(AK,'Paris','Berlin and Paris called','france','capital-actor'),
(AK,'Beijing','Beijing welcomed the contact','china','capital-actor'),
(AK,'Washington','contact between Washington and Moscow',US,'capital-actor'),
(AK,'Moscow','between Washington and Moscow.',RU,'capital-actor'),

(GE,'FSB','FSB arrests WSJ reporter',FSB,'acronym'),
(GE,'WSJ','FSB arrests WSJ reporter',WSJ,'acronym'),
(GE,'Gershkovich','WSJ reporter Gershkovich',GER,'surname'),
(GE,'Moscow','a Moscow correspondent','moscow','capital-place'),
(GE,'FSB','The FSB said Gershkovich',FSB,'acronym'),
(GE,'Gershkovich','Gershkovich had been caught',GER,'surname'),
(GE,'Moscow','A Moscow court later','moscow','capital-place'),
(GE,'FSB',"the FSB's prison",FSB,'acronym'),
(GE,'the capital','prison in the capital.','moscow','capital-place'),
(GE,'The Journal','The Journal said it vehemently',WSJ,'short-form'),
(GE,'Gershkovich','said Gershkovich had been doing',GER,'surname'),
(GE,'WSJ','The WSJ has covered',WSJ,'acronym'),
(GE,'Moscow','from its Moscow bureau','moscow','capital-place'),
(GE,'Washington','In Washington, Antony Blinken','washington','capital-place'),
(GE,'the State Department','and the State Department said it had not',SD,'short-form'),
(GE,'Moscow','his message to Moscow was',RU,'capital-actor'),
(GE,'The State Department','The State Department said Blinken',SD,'short-form'),
(GE,'Blinken','said Blinken would raise','new:antony-blinken','surname'),
(GE,'The Americans','The Americans advised',US,'demonym'),
(GE,'U.S.','advised U.S. citizens',US,'acronym'),
(GE,'Gershkovich','Gershkovich, 31',GER,'surname'),
(GE,'Moscow','Colleagues in Moscow said','moscow','capital-place'),
(GE,'OSCE',"The OSCE's media freedom",'ref:OSCE','acronym'),

(SS,'Kiir','Kiir and Machar sign revitalised',KIIR,'surname'),
(SS,'Machar','Kiir and Machar sign revitalised',MAC,'surname'),
(SS,'IGAD','peace deal at IGAD summit',IGAD,'acronym'),
(SS,'IGAD','at a summit of IGAD, the East African',IGAD,'acronym'),
(SS,'Machar','The deal brings Machar back',MAC,'surname'),
(SS,'Juba','until fighting in Juba wrecked','place:Juba','capital-place'),
(SS,'Kiir','Kiir said his government',KIIR,'surname'),
(SS,'Machar','and Machar said the SPLM-IO',MAC,'surname'),
(SS,'SPLM-IO','the SPLM-IO would honour','new:splm-io','acronym'),
(SS,'Khartoum','held in Khartoum under Omar','place:Khartoum','capital-place'),
(SS,'Kampala','and in Kampala under Yoweri','place:Kampala','capital-place'),
(SS,'Bashir','Bashir brokered the Khartoum',BAS,'surname'),
(SS,'Khartoum Declaration','brokered the Khartoum Declaration','new:khartoum-declaration','trap'),
(SS,'Bashir','Bashir and Museveni both attended',BAS,'surname'),
(SS,'Museveni','Bashir and Museveni both attended','new:yoweri-museveni','surname'),
(SS,'Khartoum','and Khartoum and Kampala are','ref:Sudan','capital-actor'),
(SS,'Kampala','Khartoum and Kampala are to act','ref:Uganda','capital-actor'),
(SS,'Ethiopian','the Ethiopian prime minister','ref:Ethiopia','demonym'),
(SS,'IGAD','who chairs IGAD, hosted',IGAD,'acronym'),
(SS,'Addis Ababa','Addis Ababa has hosted South Sudanese','ref:Ethiopia','capital-actor'),
(SS,'AU','The AU welcomed the deal','ref:African Union','acronym'),
(SS,'UN','The UN said its peacekeepers',UN,'acronym'),
(SS,'Britain','the United States, Britain and Norway','ref:United Kingdom','other-spelling'),
(SS,'Washington','Washington said it doubted',US,'capital-actor'),
(SS,'Kiir','doubted Kiir and Machar were',KIIR,'surname'),
(SS,'Machar','Kiir and Machar were committed',MAC,'surname'),
(SS,'London','and London and Oslo made','ref:United Kingdom','capital-actor'),
(SS,'Oslo','London and Oslo made','ref:Norway','capital-actor'),
(SS,'Juba','In Juba, crowds celebrated','place:Juba','capital-place'),
(SS,'Riek','but Riek, as many',MAC,'given-name'),
(SS,'Kiir','Kiir, who has led South Sudan',KIIR,'surname'),
(SS,'Juba','later flew back to Juba','place:Juba','capital-place'),
(SS,'SPLM','SPLM leaders in the capital','new:splm','acronym'),
(SS,'the capital','SPLM leaders in the capital','place:Juba','capital-place'),
]
root=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO=os.path.dirname(os.path.dirname(root))
KINDS={'surname','given-name','acronym','short-form','demonym','other-spelling','capital-actor','capital-place','trap'}
ids={r['entity'] for r in csv.DictReader(open(REPO+'/import/entities.csv',encoding='utf-8'))}
# reference rows known from bench/articles-mentions-3/gold/entities.csv (copied there from the reference list)
refnames={r['name'] for r in csv.DictReader(open(REPO+'/bench/articles-mentions-3/gold/entities.csv',encoding='utf-8')) if r['note'].startswith('reference list')}
if '--verify-ref' in sys.argv:
    refnames={r['name'] for r in csv.DictReader(open(REPO+'/import/reference/entities.csv',encoding='utf-8'))}
bad=0; seen=set(); unverified=set()
order=[BY,LT,SO,IC,ZA,AK,GE,SS]
texts={x:open(f'{root}/articles/{x}.txt',encoding='utf-8').read() for x in order}
for src,m,h,e,k in rows:
    t=texts[src]
    if t.count(h)!=1: print('hint count',t.count(h),src,h); bad+=1
    if m not in h: print('mention not in hint',m,h); bad+=1
    elif h.count(m)>1: print('mention twice in hint', m, h); bad+=1
    if '\n' in h: print('hint spans lines',h); bad+=1
    if k not in KINDS: print('kind',k); bad+=1
    if ':' not in e and e not in ids: print('unknown sample id',e); bad+=1
    if e.startswith('ref:') and e[4:] not in refnames:
        if '--verify-ref' in sys.argv: print('not a reference-list name',e); bad+=1
        else: unverified.add(e)
    if e.startswith('new:') and e[4:] in ids: print('new: id exists in sample data',e); bad+=1
    if (src,m,h) in seen: print('dup',src,m,h); bad+=1
    seen.add((src,m,h))
if bad: sys.exit(f'{bad} problems')
if unverified: print('ref: names not verified against the reference list (run with --verify-ref):', sorted(unverified))
rows.sort(key=lambda r:(order.index(r[0]),texts[r[0]].find(r[2])+r[2].find(r[1])))
with open(f'{root}/gold/mentions.csv','w',newline='',encoding='utf-8') as f:
    w=csv.writer(f,lineterminator='\n'); w.writerow(['source','mention','offset_hint','expected','kind']); w.writerows(rows)
cls=lambda e: e.split(':')[0] if ':' in e else 'sample'
print('total',len(rows))
print('by kind',collections.Counter(r[4] for r in rows).most_common())
print('by class',collections.Counter(cls(r[3]) for r in rows).most_common())
tab=collections.Counter((r[4],cls(r[3])) for r in rows)
print('kind x class',sorted(tab.items()))
print('by source',collections.Counter(r[0] for r in rows))
print('distinct expected',len({r[3] for r in rows}), collections.Counter(cls(e) for e in {r[3] for r in rows}))
