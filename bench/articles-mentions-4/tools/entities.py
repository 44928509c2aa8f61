# Builds gold/entities.csv (native import/ format): every distinct expected actor/place of the set, plus the reporters.
# Sample rows copy type/name/aliases/kind/country/description from import/entities.csv.
# Reference rows: the reference list (import/reference/entities.csv) was NOT read when this set was written. Rows for
# reference names that bench/articles-mentions-3/gold/entities.csv already copied from the list are copied from there;
# the others (AU, ICAO, IGAD, Sudan, Uganda, WHO) are written by hand with an assumed name and id and the note
# "reference list (assumed; not verified)". Run with --verify-ref to copy every reference row from the list itself.
# Adapted from bench/articles-mentions-3/tools/entities.py. Run after mentions.py: python3 tools/entities.py
import csv, os, re, sys
root=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO=os.path.dirname(os.path.dirname(root))
order=['by-2021-05-24-ryanair-diversion-protasevich','lt-2025-06-21-kellogg-minsk-tsikhanouski-freed','ru-2020-09-14-sochi-putin-lukashenko-loan',
       'nl-2023-03-17-icc-warrant-putin-lvova-belova','ua-2022-09-01-iaea-grossi-zaporizhzhia','us-2025-08-15-alaska-trump-putin-summit',
       'ru-2023-03-31-gershkovich-fsb-arrest','et-2018-09-12-south-sudan-revitalised-peace-deal']
texts={x:open(f'{root}/articles/{x}.txt',encoding='utf-8').read() for x in order}
VERIFY='--verify-ref' in sys.argv
sample={}; ref={}
for r in csv.DictReader(open(REPO+'/import/entities.csv',encoding='utf-8')): sample.setdefault(r['entity'],r)
if VERIFY:
    for r in csv.DictReader(open(REPO+'/import/reference/entities.csv',encoding='utf-8')): ref.setdefault(r['entity'],r)
else:
    for r in csv.DictReader(open(REPO+'/bench/articles-mentions-3/gold/entities.csv',encoding='utf-8')):
        if r['note'].startswith('reference list'): ref.setdefault(r['entity'],r)
refbyname={r['name']:r['entity'] for r in ref.values()}
# assumed reference rows (used only when the name is not among the known reference rows)
ASSUMED={
'AU':('au','organization','AU','African Union','international','','International organization'),
'ICAO':('icao','organization','ICAO','International Civil Aviation Organization','international','','International organization'),
'IGAD':('igad','organization','IGAD','Intergovernmental Authority on Development','international','','International organization'),
'WHO':('who','organization','WHO','World Health Organization','international','','International organization'),
'Sudan':('sudan','organization','Sudan','Sudanese','state','SD','State'),
'Uganda':('uganda','organization','Uganda','Ugandan|Ugandans','state','UG','State'),
}
# sample ids: (id, quote)
S=[('alexander-lukashenko','held talks with Alexander Lukashenko in Minsk'),('belarus','Belarus forced a Ryanair flight'),
('belarus-presidential-press-service',"Lukashenko's press service released"),('belarusian-opposition','The opposition warned Moscow'),
('china','Beijing welcomed the contact'),('dmitry-peskov','Dmitry Peskov, the Kremlin spokesman'),('donald-trump',"President Donald Trump's envoy"),
('european-union','European Union leaders agreed'),('france','Berlin and Paris called'),('international-criminal-court','The International Criminal Court issued'),
('kyiv','Zelensky in Kyiv on Tuesday'),('lithuania','who has lived in Lithuania'),('minsk','to land in Minsk'),('moscow','a Moscow correspondent'),
('poland','Polish officials welcomed'),('russia','Neither Russia nor Ukraine'),('siarhei-tsikhanouski','Siarhei Tsikhanouski, the Belarusian opposition blogger'),
('sviatlana-tsikhanouskaya','his wife, Sviatlana Tsikhanouskaya'),('ukraine','occupied parts of Ukraine'),('united-nations','the U.N. aviation agency'),
('united-states','the Troika of the United States'.replace('the Troika','The Troika')),('viktor-babariko','among them Viktor Babariko'),
('vladimir-putin','for Vladimir Putin, accusing'),('volodymyr-zelensky','Volodymyr Zelensky called it'),('washington','In Washington, President Joe Biden')]
# reference list: (name, quote)
REF=[('African Union','The AU welcomed the deal'),('Ethiopia','the Ethiopian prime minister'),('Germany','and Berlin said no one'),('IAEA','the International Atomic Energy Agency'),
('Ireland','and Dublin called the diversion'),('NATO',"NATO's secretary-general"),
('Norway','Britain and Norway'),('OSCE',"The OSCE's media freedom"),('Sudan','and Khartoum and Kampala are'),('Uganda','Khartoum and Kampala are to act'),
('United Kingdom','the United States, Britain and Norway'),('World Health Organization','The WHO said it was working')]
# new actors and places: (id, type, name, aliases, kind, country, description, note, quote)
N=[
('icao','organization','International Civil Aviation Organization','ICAO','international','','U.N. aviation agency','','the ICAO, the U.N. aviation agency'),
('igad','organization','Intergovernmental Authority on Development','IGAD','international','','East African regional bloc','','at a summit of IGAD'),
('rasa-vaitkute','person','Rasa Vaitkute','Vaitkute','','','Reporter, author of the article','invented','By Rasa Vaitkute'),
('tomas-zukauskas','person','Tomas Zukauskas','Zukauskas','','','Reporter, author of the article','invented','By Tomas Zukauskas'),
('irina-volkova','person','Irina Volkova','Volkova','','','Reporter, author of the article','invented','By Irina Volkova'),
('sanne-de-vries','person','Sanne de Vries','de Vries','','','Reporter, author of the article','invented','By Sanne de Vries'),
('olena-kravets','person','Olena Kravets','Kravets','','','Reporter, author of the article','invented','By Olena Kravets'),
('megan-brooks','person','Megan Brooks','Brooks','','','Reporter, author of the article','invented','By Megan Brooks'),
('daniel-hartley','person','Daniel Hartley','Hartley','','','Reporter, author of the article','invented','By Daniel Hartley'),
('abebe-girma','person','Abebe Girma','Girma','','','Reporter, author of the article','invented','By Abebe Girma'),
('roman-protasevich','person','Roman Protasevich','Protasevich|Raman Pratasevich','','BY','Belarusian dissident journalist, former Nexta editor','','the dissident journalist Roman Protasevich'),
('kgb-belarus','organization','State Security Committee of Belarus','KGB|Belarusian KGB','security-service','BY','Belarusian security service','','taken away by KGB officers'),
('ryanair','organization','Ryanair','the airline','company','IE','Irish low-cost airline','',"Ryanair's chief executive"),
('athens','place','Athens','','city','GR','Capital of Greece','','a Ryanair flight from Athens'),
('vilnius','place','Vilnius','the Lithuanian capital','city','LT','Capital of Lithuania','','across the border to Vilnius'),
('minsk-national-airport','place','Minsk National Airport','','building','BY','Main airport of Minsk (trap: not Minsk/Belarus)','','the Boeing to Minsk National Airport'),
('dublin','place','Dublin','','city','IE','Capital of Ireland','','registered in Dublin, and'),
('brussels','place','Brussels','','city','BE','Capital of Belgium, seat of EU institutions','','At a summit in Brussels'),
('keith-kellogg','person','Keith Kellogg','Kellogg','','US','U.S. special envoy (Ukraine), envoy of President Trump','',"Keith Kellogg, President Donald Trump's envoy"),
('radio-free-europe-radio-liberty','organization','Radio Free Europe/Radio Liberty','RFE/RL','media','US','U.S.-funded broadcaster','','a journalist for RFE/RL'),
('united-states-department-of-state','organization','United States Department of State','State Department|the State Department','ministry','US','U.S. foreign ministry','','The State Department said it would'),
('warsaw','place','Warsaw','','city','PL','Capital of Poland','','In Warsaw, home to many'),
('belarus-1','organization','Belarus 1','','media','BY','Belarusian state TV channel (trap: not Belarus)','','the state channel Belarus 1'),
('rt','organization','RT','Russia Today','media','RU','Russian state broadcaster','','crews from RT.'),
('karim-khan','person','Karim Khan','Khan','','GB','ICC Prosecutor','','Its prosecutor, Karim Khan'),
('rome-statute','organization','Rome Statute','Rome Statute of the International Criminal Court','other','','Founding treaty of the ICC (trap: not Rome/Italy)','','joined the Rome Statute'),
('maria-lvova-belova','person','Maria Lvova-Belova','Lvova-Belova','','RU',"Russia's commissioner for children's rights",'','Judges also issued a warrant for Maria Lvova-Belova'),
('rafael-grossi','person','Rafael Grossi','Grossi','','AR','IAEA Director General','',"the agency's director general, Rafael Grossi"),
('un-security-council','organization','U.N. Security Council','Security Council|UNSC','international','','United Nations Security Council','','and the Security Council will hear'),
('kyiv-independent','organization','The Kyiv Independent','Kyiv Independent','media','UA','Ukrainian English-language newspaper (trap: not Kyiv/Ukraine)','','The Kyiv Independent, an English-language'),
('steve-witkoff','person','Steve Witkoff','Witkoff','','US','U.S. special envoy','','Trump brought Marco Rubio and Steve Witkoff'),
('sergei-lavrov','person','Sergei Lavrov','Lavrov','','RU','Foreign Minister of Russia','','joined by Sergei Lavrov'),
('soviet-union','organization','Soviet Union','USSR|CCCP','state','SU','Former Soviet state (trap: not Russia)','','the Soviet letters CCCP'),
('yuri-ushakov','person','Yuri Ushakov','Ushakov','','RU','Foreign policy aide to Putin','','Yuri Ushakov, his foreign policy aide'),
('fsb','organization','Federal Security Service','FSB','security-service','RU','Russian security service','',"Russia's Federal Security Service"),
('wall-street-journal','organization','The Wall Street Journal','WSJ|the Journal','media','US','U.S. newspaper','','The Wall Street Journal, on suspicion'),
('evan-gershkovich','person','Evan Gershkovich','Gershkovich','','US','Wall Street Journal correspondent in Moscow','','had detained Evan Gershkovich'),
('antony-blinken','person','Antony Blinken','Blinken','','US','U.S. Secretary of State','','In Washington, Antony Blinken'),
('salva-kiir','person','Salva Kiir','Kiir','','SS','President of South Sudan','',"South Sudan's President Salva Kiir"),
('riek-machar','person','Riek Machar','Machar|Riek','','SS','South Sudanese rebel leader (SPLM-IO)','','the rebel leader Riek Machar'),
('juba','place','Juba','','city','SS','Capital of South Sudan','','until fighting in Juba wrecked'),
('splm-io','organization','SPLM-IO','Sudan People\'s Liberation Movement-in-Opposition','armed-group','SS','South Sudanese rebel movement led by Machar','','the SPLM-IO would honour'),
('khartoum','place','Khartoum','','city','SD','Capital of Sudan','','held in Khartoum under Omar'),
('kampala','place','Kampala','','city','UG','Capital of Uganda','','and in Kampala under Yoweri'),
('omar-al-bashir','person','Omar al-Bashir','Bashir','','SD','President of Sudan','','under Omar al-Bashir'),
('khartoum-declaration','organization','Khartoum Declaration','','other','','June 2018 South Sudan ceasefire declaration (trap: not Khartoum/Sudan)','','brokered the Khartoum Declaration'),
('yoweri-museveni','person','Yoweri Museveni','Museveni','','UG','President of Uganda','','under Yoweri Museveni'),
('splm','organization','SPLM','Sudan People\'s Liberation Movement','party','SS',"South Sudan's ruling party (not the SPLM-IO)",'','SPLM leaders in the capital'),
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
    if n in refbyname:
        i=refbyname[n]; r=ref[i]
        note='reference list (import/reference/entities.csv)' if VERIFY else 'reference list (row as copied in bench/articles-mentions-3/gold/entities.csv)'
        out.append([i,r['type'],r['name'],r['aliases'],r['kind'],r['country'],r['description'],note,find(q),q])
    elif VERIFY:
        sys.exit('not a reference-list name: '+n)
    else:
        i,t,nm,a,k,c,d=ASSUMED[n]; out.append([i,t,nm,a,k,c,d,'reference list (assumed; not verified)',find(q),q])
for i,t,n,a,k,c,d,note,q in N: out.append([i,t,n,a,k,c,d,('new; '+note) if note else 'new',find(q),q])
ids=[r[0] for r in out]; dups={i for i in ids if ids.count(i)>1}
if dups: sys.exit(f'dup ids {dups}')
for r in out:
    if r[0] in sample and not r[7].startswith('in sample'): print('warning: new/ref id collides with sample id',r[0])
slug=lambda s: re.sub(r'[^a-z0-9]+','-',s.lower()).strip('-')
bad=0
for m in csv.DictReader(open(f'{root}/gold/mentions.csv',encoding='utf-8')):
    e=m['expected']
    if e.startswith('ref:'): i=refbyname.get(e[4:]) or ASSUMED[e[4:]][0]
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
