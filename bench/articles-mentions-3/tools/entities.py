# Builds gold/entities.csv (native import/ format): every distinct expected actor/place of the set, plus the reporters.
# Sample rows copy type/name/aliases/kind/country/description from /work/main/import/entities.csv;
# reference rows copy them from /work/main/import/reference/entities.csv (id = the reference list's id).
# Adapted from bench/articles-mentions-2/tools/entities.py. Run after mentions.py: python3 tools/entities.py
import csv, os, re, sys
root=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
order=['sg-2018-06-12-trump-kim-singapore-summit','ch-2021-06-16-biden-putin-geneva','gb-1998-04-10-good-friday-agreement',
       'il-1993-09-13-oslo-accord-white-house','ba-1995-11-21-dayton-accords-initialled','at-2015-07-14-vienna-iran-nuclear-deal',
       'by-2015-02-12-minsk-ii-normandy-talks','er-2018-07-09-abiy-isaias-asmara','us-2020-09-15-abraham-accords-signing',
       'co-2016-11-24-santos-timochenko-revised-accord']
texts={x:open(f'{root}/articles/{x}.txt',encoding='utf-8').read() for x in order}
sample={}; ref={}
for r in csv.DictReader(open('/work/main/import/entities.csv',encoding='utf-8')): sample.setdefault(r['entity'],r)
for r in csv.DictReader(open('/work/main/import/reference/entities.csv',encoding='utf-8')): ref.setdefault(r['entity'],r)
refbyname={r['name']:r['entity'] for r in ref.values()}
# sample ids: (id, quote)
S=[('donald-trump','Donald Trump and Kim Jong Un'),('united-states','a sitting U.S. president'),('china','a detail Beijing was happy'),('washington','Critics in Washington'),
('vladimir-putin','Joe Biden and Vladimir Putin'),('russia','Moscow recalled its envoy'),('ukraine','Ukraine was on the agenda'),('the-hague','tribunal in The Hague'),
('united-nations','the U.N. peacekeepers'),('european-union',"the European Union's foreign policy chief"),('iran','Iran and six world powers'),
('kyiv','flown to Kyiv and Moscow'),('moscow','flown to Kyiv and Moscow'),('alexander-lukashenko','hosted by Alexander Lukashenko'),('belarus','present Belarus as a neutral venue'),('france',"France's Laurent Fabius")]
# reference list: (name, quote)
REF=[('North Korea','a leader of North Korea'),('South Korea',"South Korea's president"),('Japan','abducted Japanese citizens'),('Singapore','The Singaporean government'),
('Switzerland','The Swiss president'),('NATO','NATO leaders, who met'),('United Kingdom',"Britain's Philip Hammond"),('Ireland','British and Irish governments'),
('Israel','Israel and the Palestine Liberation Organization'),('Norway',"Norway's foreign minister"),('Bosnia & Herzegovina','The presidents of Bosnia, Serbia and Croatia'),
('Croatia','eastern Slavonia to Croatia'),('IAEA','the IAEA will verify'),('Saudi Arabia','and Riyadh has voiced concern'),
('Germany','Russia, Ukraine, Germany and France'),('OSCE','includes the OSCE'),('Ethiopia',"Ethiopia's Prime Minister"),('Eritrea',"Eritrea's President"),
('United Arab Emirates','the United Arab Emirates'),('Bahrain','and Bahrain on Tuesday')]
# new actors and places: (id, type, name, aliases, kind, country, description, note, quote)
N=[
('grace-tan','person','Grace Tan','Tan','','','Reporter, author of the article','invented','By Grace Tan'),
('lukas-meier','person','Lukas Meier','Meier','','','Reporter, author of the article','invented','By Lukas Meier'),
('siobhan-kelly','person','Siobhan Kelly','Kelly','','','Reporter, author of the article','invented','By Siobhan Kelly'),
('daniel-cohen','person','Daniel Cohen','Cohen','','','Reporter, author of the article','invented','By Daniel Cohen'),
('amra-hadzic','person','Amra Hadzic','Hadzic','','','Reporter, author of the article','invented','By Amra Hadzic'),
('katharina-gruber','person','Katharina Gruber','Gruber','','','Reporter, author of the article','invented','By Katharina Gruber'),
('olga-kavaleuskaya','person','Olga Kavaleuskaya','Kavaleuskaya','','','Reporter, author of the article','invented','By Olga Kavaleuskaya'),
('selam-tesfaye','person','Selam Tesfaye','Tesfaye','','','Reporter, author of the article','invented','By Selam Tesfaye'),
('rachel-stein','person','Rachel Stein','Stein','','','Reporter, author of the article','invented','By Rachel Stein'),
('andrea-gomez','person','Andrea Gómez','Gómez','','','Reporter, author of the article','invented','By Andrea Gómez'),
('kim-jong-un','person','Kim Jong Un','Kim','','KP','Leader of North Korea','','Kim Jong Un met on Tuesday'),
('air-china','organization','Air China','','company','CN','Chinese airline (trap: not China)','','Air China jet'),
('united-states-department-of-defense','organization','United States Department of Defense','the Pentagon','ministry','US','U.S. defence ministry','','the Pentagon alike'),
('mike-pompeo','person','Mike Pompeo','Pompeo','','US','U.S. Secretary of State','','Secretary of State Mike Pompeo'),
('moon-jae-in','person','Moon Jae-in','Moon','','KR','President of South Korea','','Moon Jae-in'),
('tokyo','place','Tokyo','','city','JP','Capital of Japan','','In Tokyo, Prime Minister'),
('pyongyang','place','Pyongyang','','city','KP','Capital of North Korea','','State media in Pyongyang'),
('kim-il-sung-square','place','Kim Il Sung Square','','other','KP','Square in Pyongyang named after Kim Il Sung (trap: not Kim Jong Un)','','Kim Il Sung Square'),
('joe-biden','person','Joe Biden','Biden','','US','President of the United States','','Joe Biden and Vladimir Putin'),
('alexei-navalny','person','Alexei Navalny','Navalny','','RU','Russian opposition leader, imprisoned','','Alexei Navalny died in prison'),
('antony-blinken','person','Antony Blinken','Blinken','','US','U.S. Secretary of State','','Antony Blinken sat in'),
('sergei-lavrov','person','Sergei Lavrov','Lavrov','','RU','Foreign Minister of Russia','','Sergei Lavrov and Antony Blinken'),
('brussels','place','Brussels','','city','BE','Capital of Belgium, seat of EU institutions','','who met in Brussels on Monday'),
('george-mitchell','person','George Mitchell','Mitchell','','US','Former U.S. senator, chair of the Northern Ireland talks','','senator George Mitchell'),
('belfast','place','Belfast','','city','GB','Capital of Northern Ireland','','power-sharing assembly in Belfast'),
('dublin','place','Dublin','','city','IE','Capital of Ireland','','flew back to Dublin for'),
('bertie-ahern','person','Bertie Ahern','Ahern','','IE','Taoiseach of Ireland','','Tony Blair and Bertie Ahern'),
('tony-blair','person','Tony Blair','Blair','','GB','Prime Minister of the United Kingdom','','Tony Blair and Bertie Ahern'),
('david-trimble','person','David Trimble','Trimble','','GB','Leader of the Ulster Unionist Party','','David Trimble, who leads'),
('ulster-unionist-party','organization','Ulster Unionist Party','UUP','party','GB','Northern Irish unionist party','','the Ulster Unionist Party'),
('john-hume','person','John Hume','Hume','','GB','Leader of the SDLP','','John Hume, whose SDLP'),
('social-democratic-and-labour-party','organization','Social Democratic and Labour Party','SDLP','party','GB','Northern Irish nationalist party','','whose SDLP has long argued'),
('sinn-fein','organization','Sinn Féin','Sinn Fein','party','GB','Irish republican party','',"Sinn Fein's Gerry Adams"),
('gerry-adams','person','Gerry Adams','Adams','','GB','President of Sinn Féin','',"Sinn Fein's Gerry Adams"),
('irish-republican-army','organization','Irish Republican Army','IRA','armed-group','GB','Irish republican paramilitary group','',"the IRA's supporters"),
('bill-clinton','person','Bill Clinton','Clinton','','US','President of the United States','','President Bill Clinton telephoned'),
('ian-paisley','person','Ian Paisley','Paisley','','GB','Leader of the Democratic Unionist Party','',"Ian Paisley's Democratic Unionists"),
('democratic-unionist-party','organization','Democratic Unionist Party','DUP|Democratic Unionists','party','GB','Northern Irish unionist party','',"Paisley's Democratic Unionists"),
('mitchell-principles','organization','Mitchell Principles','','other','','Principles of non-violence for the Northern Ireland talks (trap: not George Mitchell)','','Under the Mitchell Principles'),
('yitzhak-rabin','person','Yitzhak Rabin','Rabin','','IL','Prime Minister of Israel','','Yitzhak Rabin shook hands'),
('yasser-arafat','person','Yasser Arafat','Arafat','','PS','Chairman of the PLO','','with Yasser Arafat on the South Lawn'),
('oslo-accords','organization','Oslo Accords','Oslo accord|Declaration of Principles','other','','Israel–PLO agreement of 1993 (trap: not Oslo/Norway)','','The Oslo Accords leave'),
('palestine-liberation-organization','organization','Palestine Liberation Organization','PLO','political','PS','Palestinian umbrella organization','','the Palestine Liberation Organization'),
('shimon-peres','person','Shimon Peres','Peres','','IL','Foreign Minister of Israel','','Shimon Peres, Israel\'s foreign minister'),
('oslo','place','Oslo','the Norwegian capital','city','NO','Capital of Norway','','around the Norwegian capital'),
('johan-jorgen-holst','person','Johan Jorgen Holst','Holst','','NO','Foreign Minister of Norway','','Johan Jorgen Holst'),
('jerusalem','place','Jerusalem','','city','','City claimed as capital by Israel','','questions, Jerusalem among them'),
('tunis','place','Tunis','','city','TN','Capital of Tunisia, PLO headquarters in 1993','','headquarters in Tunis'),
('damascus','place','Damascus','','city','SY','Capital of Syria','',"critics in Damascus"),
('amman','place','Amman','','city','JO','Capital of Jordan','','In Amman, King Hussein'),
('richard-holbrooke','person','Richard Holbrooke','Holbrooke','','US','U.S. Assistant Secretary of State, Dayton negotiator','','direction of Richard Holbrooke'),
('belgrade','place','Belgrade','','city','RS','Capital of Serbia','','shuttled between Belgrade'),
('zagreb','place','Zagreb','','city','HR','Capital of Croatia','','Belgrade, Zagreb and Sarajevo'),
('sarajevo','place','Sarajevo','','city','BA','Capital of Bosnia and Herzegovina','','conceded on Sarajevo'),
('slobodan-milosevic','person','Slobodan Milosevic','Milosevic|Milošević','','RS','President of Serbia','','Slobodan Milosevic and Franjo Tudjman'),
('alija-izetbegovic','person','Alija Izetbegovic','Izetbegovic|Izetbegović','','BA','President of Bosnia and Herzegovina','','Alija Izetbegovic, Slobodan'),
('franjo-tudjman','person','Franjo Tudjman','Tudjman|Tuđman','','HR','President of Croatia','','Slobodan Milosevic and Franjo Tudjman'),
('carl-bildt','person','Carl Bildt','Bildt','','SE','EU envoy at Dayton','','Carl Bildt of the EU'),
('paris','place','Paris','','city','FR','Capital of France','','planned in Paris next month'),
('p5-plus-1','organization','P5+1','','international','','Group of six world powers negotiating with Iran','','the P5+1 group'),
('federica-mogherini','person','Federica Mogherini','Mogherini','','IT','EU foreign policy chief','','with Federica Mogherini'),
('mohammad-javad-zarif','person','Mohammad Javad Zarif','Zarif','','IR','Foreign Minister of Iran','','Mohammad Javad Zarif and John Kerry'),
('john-kerry','person','John Kerry','Kerry','','US','U.S. Secretary of State','','Mohammad Javad Zarif and John Kerry'),
('tehran','place','Tehran','','city','IR','Capital of Iran','','In Tehran, President Hassan Rouhani'),
('hassan-rouhani','person','Hassan Rouhani','Rouhani','','IR','President of Iran','','President Hassan Rouhani'),
('ali-khamenei','person','Ali Khamenei','Khamenei','','IR','Supreme Leader of Iran','','Ayatollah Ali Khamenei'),
('united-states-congress','organization','United States Congress','Congress','parliament','US','U.S. legislature','','attempt by Congress to block'),
('imam-khomeini-international-airport','place','Imam Khomeini International Airport','','building','IR','Tehran airport named after Ruhollah Khomeini (trap: not Khamenei)','','Imam Khomeini International Airport'),
('angela-merkel','person','Angela Merkel','Merkel','','DE','Chancellor of Germany','','Angela Merkel and François Hollande'),
('francois-hollande','person','François Hollande','Hollande','','FR','President of France','','Angela Merkel and François Hollande'),
('petro-poroshenko','person','Petro Poroshenko','Poroshenko','','UA','President of Ukraine','','Petro Poroshenko through the night'),
('minsk-agreements','organization','Minsk agreements','','other','','Ceasefire agreements for eastern Ukraine signed in Minsk (trap: not Minsk/Belarus)','','The Minsk agreements have not held'),
('abiy-ahmed','person','Abiy Ahmed','Abiy','','ET','Prime Minister of Ethiopia','','Prime Minister Abiy Ahmed'),
('isaias-afwerki','person','Isaias Afwerki','Isaias','','ER','President of Eritrea','','President Isaias Afwerki'),
('asmara','place','Asmara','the Eritrean capital','city','ER','Capital of Eritrea','','declaration in Asmara'),
('tigray-peoples-liberation-front','organization',"Tigray People's Liberation Front",'TPLF','party','ET','Tigrayan political party','',"The Tigray People's Liberation Front"),
('tigray-regional-government','organization','Tigray regional government','Mekelle','government','ET','Regional government of Tigray, seated in Mekelle','','Mekelle, the Tigrayan capital'),
('benjamin-netanyahu','person','Benjamin Netanyahu','Netanyahu','','IL','Prime Minister of Israel','','Benjamin Netanyahu signed for Israel'),
('palestinian-authority','organization','Palestinian Authority','PA|Ramallah','government','PS','Palestinian self-government','','and the PA asked'),
('abu-dhabi','place','Abu Dhabi','','city','AE','Capital of the United Arab Emirates','','In Abu Dhabi, tourism officials'),
('sheikh-zayed-grand-mosque','place','Sheikh Zayed Grand Mosque','','building','AE','Mosque in Abu Dhabi named after Sheikh Zayed (trap: not Mohammed/Abdullah bin Zayed)','','Sheikh Zayed Grand Mosque'),
('juan-manuel-santos','person','Juan Manuel Santos','Santos','','CO','President of Colombia','','President Juan Manuel Santos'),
('farc','organization','FARC','Revolutionary Armed Forces of Colombia','armed-group','CO','Colombian guerrilla group','','and the FARC commander'),
('rodrigo-londono','person','Rodrigo Londoño','Londoño|Timochenko|Timoleón Jiménez','','CO','FARC commander','','commander Rodrigo Londoño'),
('bogota','place','Bogotá','Bogota','city','CO','Capital of Colombia','','accord in Bogotá theatre'),
('havana','place','Havana','the Cuban capital','city','CU','Capital of Cuba','','spent four years in Havana'),
('alvaro-uribe','person','Álvaro Uribe','Uribe','','CO','Former President of Colombia','','Former president Álvaro Uribe'),
]
def find(q):
    for x in order:
        if texts[x].count(q)>=1: return x
    sys.exit('quote not found: '+q)
cols=['entity','type','name','aliases','kind','country','description','note','source','quote']
out=[]
for i,q in S:
    r=sample[i]; out.append([i,r['type'],r['name'],r['aliases'],r['kind'],r['country'],r['description'],'in sample data (import/entities.csv)',find(q),q])
for n,q in REF:
    i=refbyname[n]; r=ref[i]; out.append([i,r['type'],r['name'],r['aliases'],r['kind'],r['country'],r['description'],'reference list (import/reference/entities.csv)',find(q),q])
for i,t,n,a,k,c,d,note,q in N: out.append([i,t,n,a,k,c,d,('new; '+note) if note else 'new',find(q),q])
ids=[r[0] for r in out]; dups={i for i in ids if ids.count(i)>1}
if dups: sys.exit(f'dup ids {dups}')
for r in out:
    if r[0] in sample and not r[7].startswith('in sample'): print('warning: new/ref id collides with sample id',r[0])
slug=lambda s: re.sub(r'[^a-z0-9]+','-',s.lower()).strip('-')
bad=0
for m in csv.DictReader(open(f'{root}/gold/mentions.csv',encoding='utf-8')):
    e=m['expected']
    if e.startswith('ref:'): i=refbyname[e[4:]]
    elif e.startswith('new:'): i=e[4:]
    elif e.startswith('place:'): i=slug(e[6:])
    else: i=e
    if i not in ids: print('expected without entity row:',e,'->',i); bad+=1
    if e.startswith('ref:') and i in sample: print('ref: used where sample has the id',e); bad+=1
if bad: sys.exit(f'{bad} problems')
with open(f'{root}/gold/entities.csv','w',newline='',encoding='utf-8') as f:
    w=csv.writer(f,lineterminator='\n'); w.writerow(cols); w.writerows(out)
from collections import Counter
print(len(out),'entity rows', Counter(r[7].split(' ')[0].rstrip(';') for r in out))
