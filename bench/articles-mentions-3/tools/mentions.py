# Source and checker of gold/mentions.csv: (source, mention, offset_hint, expected, kind).
# Adapted from bench/articles-mentions-2/tools/mentions.py. Run: python3 tools/mentions.py
import csv, os, sys, collections
SG='sg-2018-06-12-trump-kim-singapore-summit'
CH='ch-2021-06-16-biden-putin-geneva'
GB='gb-1998-04-10-good-friday-agreement'
IL='il-1993-09-13-oslo-accord-white-house'
BA='ba-1995-11-21-dayton-accords-initialled'
AT='at-2015-07-14-vienna-iran-nuclear-deal'
BY='by-2015-02-12-minsk-ii-normandy-talks'
ER='er-2018-07-09-abiy-isaias-asmara'
AB='us-2020-09-15-abraham-accords-signing'
CO='co-2016-11-24-santos-timochenko-revised-accord'
TR='donald-trump'; US='united-states'; EU='european-union'; UN='united-nations'; PU='vladimir-putin'; RU='russia'; UA='ukraine'
KIM='new:kim-jong-un'; NK='ref:North Korea'; SK='ref:South Korea'; BI='new:joe-biden'; NV='new:alexei-navalny'; LAV='new:sergei-lavrov'
MIT='new:george-mitchell'; UK='ref:United Kingdom'; IE='ref:Ireland'; UUP='new:ulster-unionist-party'; SF='new:sinn-fein'
RAB='new:yitzhak-rabin'; ARA='new:yasser-arafat'; PLO='new:palestine-liberation-organization'; IL_='ref:Israel'; NO='ref:Norway'
HOL='new:richard-holbrooke'; MIL='new:slobodan-milosevic'; IZE='new:alija-izetbegovic'; TUD='new:franjo-tudjman'; BH='ref:Bosnia & Herzegovina'; HR='ref:Croatia'
ZAR='new:mohammad-javad-zarif'; KER='new:john-kerry'; MOG='new:federica-mogherini'; IAEA='ref:IAEA'; ROU='new:hassan-rouhani'; KHA='new:ali-khamenei'
MER='new:angela-merkel'; HOLL='new:francois-hollande'; POR='new:petro-poroshenko'; LU='alexander-lukashenko'
ABI='new:abiy-ahmed'; ISA='new:isaias-afwerki'; ET='ref:Ethiopia'; ERI='ref:Eritrea'; UAE='ref:United Arab Emirates'; TPLF='new:tigray-peoples-liberation-front'
rows = [
(SG,'Trump','Trump and Kim shake hands in Singapore',TR,'surname'),
(SG,'Kim','Trump and Kim shake hands',KIM,'surname'),
(SG,'Pyongyang','as Pyongyang pledges',NK,'capital-actor'),
(SG,'U.S.','a sitting U.S. president',US,'acronym'),
(SG,'Trump','Trump and Kim signed',TR,'surname'),
(SG,'Kim','Trump and Kim signed',KIM,'surname'),
(SG,'Pyongyang','in which Pyongyang committed',NK,'capital-actor'),
(SG,'Washington','and Washington offered',US,'capital-actor'),
(SG,'Kim','Kim arrived on Sunday',KIM,'surname'),
(SG,'Beijing','a detail Beijing was happy','china','capital-actor'),
(SG,'Trump','Trump said afterwards',TR,'surname'),
(SG,'North Korean','with the North Korean leader',NK,'demonym'),
(SG,'U.S.','joint U.S.-South Korean',US,'acronym'),
(SG,'South Korean','U.S.-South Korean military',SK,'demonym'),
(SG,'Seoul','surprised Seoul and the Pentagon',SK,'capital-actor'),
(SG,'DPRK','travelled to the DPRK',NK,'acronym'),
(SG,'Pompeo',"Pompeo's counterpart",'new:mike-pompeo','surname'),
(SG,'Kim','who met Kim twice',KIM,'surname'),
(SG,'Moon','Moon called the summit','new:moon-jae-in','surname'),
(SG,'Tokyo','In Tokyo, Prime Minister','place:Tokyo','capital-place'),
(SG,'Tokyo',"hoped Tokyo's concerns",'ref:Japan','capital-actor'),
(SG,'Trump','Trump said they had',TR,'surname'),
(SG,'Washington','Critics in Washington','washington','capital-place'),
(SG,'Pyongyang','State media in Pyongyang','place:Pyongyang','capital-place'),
(SG,'Kim Il Sung Square','filmed in Kim Il Sung Square','place:Kim Il Sung Square','trap'),
(SG,'Singaporean','The Singaporean government','ref:Singapore','demonym'),
(SG,'the city-state','a bill the city-state called','ref:Singapore','short-form'),

(CH,'Biden','Biden and Putin agree to return',BI,'surname'),
(CH,'Putin','Biden and Putin agree to return',PU,'surname'),
(CH,'Swiss','The Swiss president','ref:Switzerland','demonym'),
(CH,'Bern','Bern has long offered','ref:Switzerland','capital-actor'),
(CH,'Swiss','and the Swiss had closed','ref:Switzerland','demonym'),
(CH,'Putin','Putin spoke first',PU,'surname'),
(CH,'Biden','called Biden a seasoned',BI,'surname'),
(CH,'Biden','Biden, who held his own',BI,'surname'),
(CH,'Navalny',"Navalny's allies",NV,'surname'),
(CH,'Moscow','Moscow recalled its envoy',RU,'capital-actor'),
(CH,'Biden','after Biden agreed',BI,'surname'),
(CH,'Putin','that Putin was a killer',PU,'surname'),
(CH,'Washington',"Washington's ambassador",US,'capital-actor'),
(CH,'Blinken','Blinken has described',"new:antony-blinken",'surname'),
(CH,'Lavrov','Lavrov said the Americans',LAV,'surname'),
(CH,'Americans','the Americans had come',US,'demonym'),
(CH,'Moscow','that Moscow saw',RU,'capital-actor'),
(CH,'Kyiv','Kyiv had asked to be consulted',UA,'capital-actor'),
(CH,'Biden','and Biden said he had reaffirmed',BI,'surname'),
(CH,'U.S.','reaffirmed U.S. support',US,'acronym'),
(CH,'NATO','NATO leaders, who met','ref:NATO','acronym'),
(CH,'Brussels','who met in Brussels on Monday','place:Brussels','capital-place'),

(GB,'British','the British and Irish governments',UK,'demonym'),
(GB,'Irish','British and Irish governments',IE,'demonym'),
(GB,'Mitchell','Mitchell announced the deal',MIT,'surname'),
(GB,'U.S.','the former U.S. senator',US,'acronym'),
(GB,'Belfast','a power-sharing assembly in Belfast','place:Belfast','capital-place'),
(GB,'London','linking London and Dublin',UK,'capital-actor'),
(GB,'Dublin','London and Dublin with the devolved',IE,'capital-actor'),
(GB,'Ahern','Ahern flew back to Dublin','new:bertie-ahern','surname'),
(GB,'Dublin','flew back to Dublin for','place:Dublin','capital-place'),
(GB,'Blair','Blair said he felt','new:tony-blair','surname'),
(GB,'UUP','The UUP leader',UUP,'acronym'),
(GB,'Blair','a letter from Blair',"new:tony-blair",'surname'),
(GB,'SDLP','whose SDLP has long argued','new:social-democratic-and-labour-party','acronym'),
(GB,'Sinn Fein',"Sinn Fein's Gerry Adams",SF,'other-spelling'),
(GB,'Adams','Adams is expected to consult','new:gerry-adams','surname'),
(GB,'IRA',"the IRA's supporters",'new:irish-republican-army','acronym'),
(GB,'Trimble','telephoned Trimble, Adams and Hume','new:david-trimble','surname'),
(GB,'Adams','Trimble, Adams and Hume','new:gerry-adams','surname'),
(GB,'Hume','Adams and Hume during the night','new:john-hume','surname'),
(GB,'Washington','Washington has invested heavily',US,'capital-actor'),
(GB,'Clinton','and Clinton was told','new:bill-clinton','surname'),
(GB,'Democratic Unionists',"Paisley's Democratic Unionists",'new:democratic-unionist-party','short-form'),
(GB,'Paisley','Paisley called the deal','new:ian-paisley','surname'),
(GB,'Mitchell Principles','Under the Mitchell Principles','new:mitchell-principles','trap'),

(IL,'Rabin','Rabin and Arafat shake hands',RAB,'surname'),
(IL,'Arafat','Rabin and Arafat shake hands',ARA,'surname'),
(IL,'Oslo accord','as Oslo accord is signed','new:oslo-accords','trap'),
(IL,'PLO','by Mahmoud Abbas for the PLO',PLO,'acronym'),
(IL,'Rabin','Rabin looked reluctant',RAB,'surname'),
(IL,'Arafat',"taking Arafat's hand",ARA,'surname'),
(IL,'Clinton','Clinton praised both men','new:bill-clinton','surname'),
(IL,'the Norwegian capital','in and around the Norwegian capital','place:Oslo','capital-place'),
(IL,'Holst','Holst, who stood behind','new:johan-jorgen-holst','surname'),
(IL,'Jerusalem','between Jerusalem and the PLO',IL_,'capital-actor'),
(IL,'PLO',"the PLO's headquarters in Tunis",PLO,'acronym'),
(IL,'Tunis','headquarters in Tunis','place:Tunis','capital-place'),
(IL,'Oslo','Oslo kept the channel secret',NO,'capital-actor'),
(IL,'U.S.','and the U.S. was told',US,'acronym'),
(IL,'PLO','Israel and the PLO exchanged',PLO,'acronym'),
(IL,'Arafat','Arafat renounced terrorism',ARA,'surname'),
(IL,'Rabin','and Rabin recognised',RAB,'surname'),
(IL,'the organisation','recognised the organisation as',PLO,'short-form'),
(IL,'Oslo Accords','The Oslo Accords leave','new:oslo-accords','trap'),
(IL,'Jerusalem','questions, Jerusalem among them','place:Jerusalem','capital-place'),
(IL,'Arafat',"Arafat's critics in Damascus",ARA,'surname'),
(IL,'Damascus',"critics in Damascus",'place:Damascus','capital-place'),
(IL,'Amman','In Amman, King Hussein','place:Amman','capital-place'),
(IL,'Peres','Peres said Israelis','new:shimon-peres','surname'),
(IL,'Israelis','said Israelis and Palestinians',IL_,'demonym'),
(IL,'Holst','Holst called it','new:johan-jorgen-holst','surname'),

(BA,'Holbrooke','Holbrooke, the assistant secretary',HOL,'surname'),
(BA,'Belgrade','shuttled between Belgrade','place:Belgrade','capital-place'),
(BA,'Zagreb','Belgrade, Zagreb and Sarajevo','place:Zagreb','capital-place'),
(BA,'Sarajevo','Zagreb and Sarajevo since August','place:Sarajevo','capital-place'),
(BA,'Milošević','Milošević, who negotiated',MIL,'other-spelling'),
(BA,'Sarajevo','conceded on Sarajevo','place:Sarajevo','capital-place'),
(BA,'Izetbegović','Izetbegović was the most reluctant',IZE,'other-spelling'),
(BA,'Sarajevo',"and Sarajevo's acceptance",BH,'capital-actor'),
(BA,'Tuđman','Tuđman secured the return',TUD,'other-spelling'),
(BA,'Zagreb','Zagreb called the outcome',HR,'capital-actor'),
(BA,'NATO','A NATO-led force','ref:NATO','acronym'),
(BA,'The alliance','The alliance will replace','ref:NATO','short-form'),
(BA,'U.N.','the U.N. peacekeepers',UN,'acronym'),
(BA,'Washington','whose mandate Washington has called',US,'capital-actor'),
(BA,'The Hague','war crimes tribunal in The Hague','the-hague','capital-place'),
(BA,'EU','Carl Bildt of the EU',EU,'acronym'),
(BA,'Bildt','Bildt said Brussels','new:carl-bildt','surname'),
(BA,'Brussels','said Brussels would pay',EU,'capital-actor'),
(BA,'Paris','planned in Paris next month','place:Paris','capital-place'),

(AT,'Tehran',"limits Tehran's nuclear",'iran','capital-actor'),
(AT,'EU',"The EU's role as coordinator",EU,'acronym'),
(AT,'P5+1','the P5+1 group','new:p5-plus-1','acronym'),
(AT,'Mogherini','made Mogherini the public face',MOG,'surname'),
(AT,'Zarif','Zarif called it a win-win',ZAR,'surname'),
(AT,'Kerry','Kerry said the agreement',KER,'surname'),
(AT,'IAEA','the IAEA will verify',IAEA,'acronym'),
(AT,'the agency',"the agency's head",IAEA,'short-form'),
(AT,'Tehran','roadmap with Tehran on Tuesday','iran','capital-actor'),
(AT,'Tehran','In Tehran, President Hassan Rouhani','place:Tehran','capital-place'),
(AT,'Rouhani','Rouhani thanked Ayatollah',ROU,'surname'),
(AT,'Khamenei','Khamenei has not yet commented',KHA,'surname'),
(AT,'Jerusalem','Jerusalem is expected to lobby',IL_,'capital-actor'),
(AT,'Riyadh','and Riyadh has voiced concern','ref:Saudi Arabia','capital-actor'),
(AT,'Moscow','Moscow and Beijing backed',RU,'capital-actor'),
(AT,'Beijing','Moscow and Beijing backed','china','capital-actor'),
(AT,'Zarif','Zarif said foreign airlines',ZAR,'surname'),
(AT,'Imam Khomeini International Airport','flying into Imam Khomeini International Airport','place:Imam Khomeini International Airport','trap'),
(AT,'Britain',"Britain's Philip Hammond",UK,'other-spelling'),
(AT,'Paris','Paris had pushed for tougher','france','capital-actor'),

(BY,'Merkel','Merkel and Hollande broker',MER,'surname'),
(BY,'Hollande','Merkel and Hollande broker',HOLL,'surname'),
(BY,'Putin','summit with Putin and Poroshenko',PU,'surname'),
(BY,'Poroshenko','with Putin and Poroshenko',POR,'surname'),
(BY,'Kyiv','flown to Kyiv and Moscow','kyiv','capital-place'),
(BY,'Moscow','flown to Kyiv and Moscow last week','moscow','capital-place'),
(BY,'Merkel','Merkel said there was',MER,'surname'),
(BY,'Hollande','Hollande said the coming',HOLL,'surname'),
(BY,'OSCE','includes the OSCE','ref:OSCE','acronym'),
(BY,'Berlin','Berlin and Paris will help','ref:Germany','capital-actor'),
(BY,'Paris','Berlin and Paris will help','france','capital-actor'),
(BY,'Putin','Putin told reporters',PU,'surname'),
(BY,'Poroshenko','Poroshenko accused Moscow',POR,'surname'),
(BY,'Moscow','accused Moscow of making',RU,'capital-actor'),
(BY,'Kyiv','Kyiv says Russian troops',UA,'capital-actor'),
(BY,'Lukashenko','Lukashenko, who has tried',LU,'surname'),
(BY,'Minsk','Minsk hosted the first','belarus','capital-actor'),
(BY,'Minsk agreements','The Minsk agreements have not held','new:minsk-agreements','trap'),
(BY,'Washington','Washington, which had been debating',US,'capital-actor'),
(BY,'EU','The EU said sanctions',EU,'acronym'),
(BY,'Brussels','Brussels is to review',EU,'capital-actor'),

(ER,'Abiy','Abiy and Isaias declare',ABI,'given-name'),
(ER,'Isaias','Abiy and Isaias declare',ISA,'given-name'),
(ER,'Abiy','Abiy, who took office',ABI,'given-name'),
(ER,'Isaias','on Sunday by Isaias',ISA,'given-name'),
(ER,'the Eritrean capital','streets of the Eritrean capital','place:Asmara','capital-place'),
(ER,'Isaias','Isaias had not received',ISA,'given-name'),
(ER,'Addis Ababa','Addis Ababa announced last month',ET,'capital-actor'),
(ER,'Asmara','Asmara responded by sending',ERI,'capital-actor'),
(ER,'Abiy',"Abiy's government said",ABI,'given-name'),
(ER,'Ethiopians','Ethiopians were calling relatives',ET,'demonym'),
(ER,'Abu Dhabi','Abu Dhabi has built close ties',UAE,'capital-actor'),
(ER,'TPLF','The TPLF controls',TPLF,'acronym'),
(ER,'Mekelle','Mekelle, the Tigrayan capital, said','new:tigray-regional-government','capital-actor'),
(ER,'U.N.','The U.N. welcomed',UN,'acronym'),
(ER,'Washington',"Washington praised Abiy's",US,'capital-actor'),
(ER,'Abiy',"praised Abiy's reforms",ABI,'given-name'),
(ER,'Isaias',"Eritrea's Isaias called",ISA,'given-name'),
(AB,'Netanyahu','Netanyahu, Emirati and Bahraini','new:benjamin-netanyahu','surname'),
(AB,'Emirati','Netanyahu, Emirati and Bahraini',UAE,'demonym'),
(AB,'Bahraini','Emirati and Bahraini ministers','ref:Bahrain','demonym'),
(AB,'Abu Dhabi','while Abu Dhabi sent',UAE,'capital-actor'),
(AB,'Manama','and Manama its foreign minister','ref:Bahrain','capital-actor'),
(AB,'Trump','Trump called it the dawn',TR,'surname'),
(AB,'Netanyahu','Netanyahu thanked Trump','new:benjamin-netanyahu','surname'),
(AB,'Trump','Netanyahu thanked Trump',TR,'surname'),
(AB,'UAE','The UAE deal',UAE,'acronym'),
(AB,'Trump','a call between Trump',TR,'surname'),
(AB,'Netanyahu','between Trump, Netanyahu and','new:benjamin-netanyahu','surname'),
(AB,'Abu Dhabi','Abu Dhabi says Israel',UAE,'capital-actor'),
(AB,'Bahraini','The Bahraini deal','ref:Bahrain','demonym'),
(AB,'Emiratis','the Emiratis had chosen',UAE,'demonym'),
(AB,'Ramallah','Ramallah recalled its envoys','new:palestinian-authority','capital-actor'),
(AB,'PA','and the PA asked','new:palestinian-authority','acronym'),
(AB,'Riyadh','Riyadh has not said','ref:Saudi Arabia','capital-actor'),
(AB,'Abu Dhabi','In Abu Dhabi, tourism officials','place:Abu Dhabi','capital-place'),
(AB,'Sheikh Zayed Grand Mosque','visitors to the Sheikh Zayed Grand Mosque','place:Sheikh Zayed Grand Mosque','trap'),

(CO,'Santos','Santos and FARC leader sign','new:juan-manuel-santos','surname'),
(CO,'FARC','Santos and FARC leader sign','new:farc','acronym'),
(CO,'Bogotá','revised peace accord in Bogotá theatre','place:Bogota','capital-place'),
(CO,'FARC','and the FARC commander','new:farc','acronym'),
(CO,'Londoño','Londoño, better known','new:rodrigo-londono','surname'),
(CO,'Timochenko','his nom de guerre Timochenko','new:rodrigo-londono','other-spelling'),
(CO,'Santos','Santos, who won the Nobel','new:juan-manuel-santos','surname'),
(CO,'Timoleón Jiménez','Timoleón Jiménez, as Londoño','new:rodrigo-londono','other-spelling'),
(CO,'Londoño','as Londoño was also known','new:rodrigo-londono','surname'),
(CO,'Havana','spent four years in Havana','place:Havana','capital-place'),
(CO,'Oslo',"Oslo's envoy",NO,'capital-actor'),
(CO,'Uribe',"Uribe's party will boycott",'new:alvaro-uribe','surname'),
(CO,'FARC',"The FARC's roughly 7,000",'new:farc','acronym'),
(CO,'U.N.','the U.N. will monitor',UN,'acronym'),
(CO,'Washington','Washington, which has funded',US,'capital-actor'),
(SG,'Air China','aboard an Air China jet','new:air-china','trap'),
(SG,'the Pentagon','Seoul and the Pentagon','new:united-states-department-of-defense','short-form'),
(AT,'Congress','attempt by Congress to block','new:united-states-congress','short-form'),
(AT,'Congress','to lobby Congress against','new:united-states-congress','short-form'),
(CO,'the Cuban capital','agreed in the Cuban capital','place:Havana','capital-place'),
]
root=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS={'surname','given-name','acronym','short-form','demonym','other-spelling','capital-actor','capital-place','trap'}
ids={r['entity'] for r in csv.DictReader(open('/work/main/import/entities.csv',encoding='utf-8'))}
refnames={r['name'] for r in csv.DictReader(open('/work/main/import/reference/entities.csv',encoding='utf-8'))}
bad=0; seen=set()
order=[SG,CH,GB,IL,BA,AT,BY,ER,AB,CO]
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
