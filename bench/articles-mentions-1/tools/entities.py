# Builds gold/entities.csv. Sample rows copy type/name/aliases/kind/country/description from /work/main/import/entities.csv.
import csv, os, re, sys
root=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
order=['by-2023-08-09-exiles-new-take-on-lukashenko','cn-2023-03-10-saudi-iran-beijing-deal','eu-2023-06-23-eleventh-sanctions-package','gulf-2024-01-04-uae-brokers-prisoner-swap','ru-2023-06-27-prigozhin-lands-in-belarus','se-2023-07-10-turkiye-drops-veto-sweden-nato','tr-2023-07-18-erdogan-grain-deal','us-2023-05-11-trump-town-hall-ukraine']
texts={x:open(f'{root}/articles/{x}.txt',encoding='utf-8').read() for x in order}
sample={}
for r in csv.DictReader(open('/work/main/import/entities.csv',encoding='utf-8')): sample.setdefault(r['entity'],r)
# sample ids: (id, quote)
S=[('alexander-lukashenko','Alexander Lukashenko'),('sviatlana-tsikhanouskaya','Sviatlana Tsikhanouskaya'),('siarhei-tsikhanouski','Siarhei Tsikhanouski'),
('pavel-latushko','Pavel Latushko'),('belarusian-opposition','Belarusian opposition leader'),('european-union','European Union'),('belarus','Belarus'),('russia','Russia'),
('kremlin','Kremlin'),('vladimir-putin','Vladimir Putin'),('wagner-group','Wagner Group'),('yevgeny-prigozhin','Yevgeny Prigozhin'),('dmitry-peskov','Dmitry Peskov'),
('moscow','march on Moscow'),('minsk','ceremony in Minsk'),('kyiv','In Kyiv, officials'),('volodymyr-zelensky','Volodymyr Zelensky'),('ukraine','Ukraine'),
('united-nations','United Nations'),('united-states','United States'),('iran','Iran'),('china','China'),('international-criminal-court','the ICC issued'),
('donald-trump','Donald Trump'),('bernie-sanders','Bernie Sanders'),('russian-armed-forces','Russian forces'),('the-hague','Speaking in The Hague'),
('lithuania','live in Lithuania'),('poland','Polish and Lithuanian officials'),('washington','By Daniel Whitaker in Washington')]
# reference list: (id, type, name, aliases, kind, country, description, quote)
REF=[('united-arab-emirates','organization','United Arab Emirates','UAE|U.A.E.|Emirates','state','AE','Gulf state; mediator of Russia-Ukraine prisoner exchanges','United Arab Emirates'),
('qatar','organization','Qatar','State of Qatar','state','QA','Gulf state; mediator','Qatari mediators'),
('oman','organization','Oman','Sultanate of Oman','state','OM','Gulf state; mediator','Oman, for its part'),
('turkey','organization','Turkey','Türkiye|Republic of Türkiye','state','TR','State','brokered by Turkey'),
('sweden','organization','Sweden','Kingdom of Sweden','state','SE','State; NATO applicant in 2023',"Sweden's application"),
('hungary','organization','Hungary','','state','HU','State; EU and NATO member',"Hungary's OTP Bank"),
('greece','organization','Greece','Hellenic Republic','state','GR','State; EU member','Greek shipping companies'),
('saudi-arabia','organization','Saudi Arabia','Kingdom of Saudi Arabia','state','SA','State','Saudi Arabia and Iran'),
('iraq','organization','Iraq','Republic of Iraq','state','IQ','State; hosted Saudi-Iran talks','Iraq and Oman hosted'),
('armenia','organization','Armenia','','state','AM','State','Armenia, Uzbekistan'),
('uzbekistan','organization','Uzbekistan','','state','UZ','State','Uzbekistan and Iran'),
('nato','organization','NATO','North Atlantic Treaty Organization','international','','Military alliance','asked NATO'),
('opec','organization','OPEC','Organization of the Petroleum Exporting Countries','international','','Oil producers\' cartel','producer in OPEC'),
('international-atomic-energy-agency','organization','International Atomic Energy Agency','IAEA','international','','UN nuclear watchdog','IAEA access'),
('organization-for-security-and-co-operation-in-europe','organization','Organization for Security and Co-operation in Europe','OSCE','international','','Regional security organisation; observes elections','OSCE observers'),
('un-security-council','organization','UN Security Council','United Nations Security Council|Security Council','international','','Principal UN organ','before the Security Council')]
# new actors and places: (id, type, name, aliases, kind, country, description, note, quote)
N=[
('ona-dambrauskaite','person','Ona Dambrauskaite','Dambrauskaite','','','Reporter, author of the article','invented','By Ona Dambrauskaite'),
('pavel-sorokin','person','Pavel Sorokin','Sorokin','','','Reporter, author of the article','invented','By Pavel Sorokin'),
('selin-aydemir','person','Selin Aydemir','Aydemir','','','Reporter, author of the article','invented','By Selin Aydemir'),
('rania-haddad','person','Rania Haddad','Haddad','','','Reporter, author of the article','invented','By Rania Haddad'),
('chen-mingyu','person','Chen Mingyu','Chen','','','Reporter, author of the article','invented','By Chen Mingyu'),
('marta-kowalczyk','person','Marta Kowalczyk','Kowalczyk','','','Reporter, author of the article','invented','By Marta Kowalczyk'),
('daniel-whitaker','person','Daniel Whitaker','Whitaker','','','Reporter, author of the article','invented','By Daniel Whitaker'),
('erik-lindqvist','person','Erik Lindqvist','Lindqvist','','','Reporter, author of the article','invented','By Erik Lindqvist'),
('agne-bilotaite','person','Agne Bilotaite','Bilotaite|Agnė Bilotaitė','','LT','Interior Minister of Lithuania','','Agne Bilotaite'),
('irina-galkina','person','Irina Galkina','Galkina','','','Russia analyst at the Baltic Policy Institute','invented','Irina Galkina'),
('baltic-policy-institute','organization','Baltic Policy Institute','','ngo','LV','Think tank in Riga','invented','Baltic Policy Institute'),
('mykhailo-podolyak','person','Mykhailo Podolyak','Podolyak','','UA','Adviser to the Ukrainian president','','Mykhailo Podolyak'),
('jens-stoltenberg','person','Jens Stoltenberg','Stoltenberg','','NO','NATO Secretary-General','','Jens Stoltenberg'),
('recep-tayyip-erdogan','person','Recep Tayyip Erdogan','Erdogan|Tayyip Erdogan|Recep Tayyip Erdoğan|Erdoğan','','TR','President of Turkey','','Recep Tayyip Erdogan'),
('antonio-guterres','person','Antonio Guterres','Guterres|António Guterres','','PT','UN Secretary-General','','Antonio Guterres'),
('dmytro-lubinets','person','Dmytro Lubinets','Lubinets','','UA','Ukraine\'s human rights commissioner','','Dmytro Lubinets'),
('mohamed-bin-zayed-al-nahyan','person','Mohamed bin Zayed Al Nahyan','Sheikh Mohamed|Mohamed bin Zayed|MBZ','','AE','President of the United Arab Emirates','','Sheikh Mohamed bin Zayed Al Nahyan'),
('tamim-bin-hamad-al-thani','person','Tamim bin Hamad Al Thani','Sheikh Tamim|Tamim','','QA','Emir of Qatar','','Sheikh Tamim bin Hamad Al Thani'),
('karim-mansour','person','Karim Mansour','Mansour','','','Researcher at the Gulf Mediation Observatory','invented','Karim Mansour'),
('gulf-mediation-observatory','organization','Gulf Mediation Observatory','','ngo','KW','Research centre in Kuwait City','invented','Gulf Mediation Observatory'),
('xi-jinping','person','Xi Jinping','Xi','','CN','President of China','','Xi Jinping'),
('wang-yi','person','Wang Yi','Wang','','CN','China\'s top diplomat','','Wang Yi'),
('ali-shamkhani','person','Ali Shamkhani','Shamkhani','','IR','Secretary of Iran\'s Supreme National Security Council','','Ali Shamkhani'),
('iran-supreme-national-security-council','organization','Supreme National Security Council of Iran','Supreme National Security Council','government','IR','Iranian security body','',"Iran's Supreme National Security Council"),
('musaad-bin-mohammed-al-aiban','person','Musaad bin Mohammed Al-Aiban','Al-Aiban','','SA','Saudi national security adviser','','Musaad bin Mohammed Al-Aiban'),
('ebrahim-raisi','person','Ebrahim Raisi','Raisi','','IR','President of Iran','','Ebrahim Raisi'),
('john-kirby','person','John Kirby','Kirby','','US','White House spokesman','','John Kirby'),
('white-house','organization','White House','','government','US','Office of the US president','','White House spokesman'),
('china-ministry-of-foreign-affairs','organization','Ministry of Foreign Affairs of China','Chinese Foreign Ministry|China\'s Foreign Ministry','government','CN','Foreign ministry of China','',"China's Foreign Ministry"),
('belarus-ministry-of-foreign-affairs','organization','Ministry of Foreign Affairs of Belarus','Belarusian Foreign Ministry','government','BY','Foreign ministry of Belarus','','The Belarusian Foreign Ministry'),
('turkey-ministry-of-foreign-affairs','organization','Ministry of Foreign Affairs of Turkey','Turkish Foreign Ministry|Turkey\'s Foreign Ministry','government','TR','Foreign ministry of Turkey','',"Turkey's Foreign Ministry"),
('russia-ministry-of-defence','organization','Ministry of Defence of Russia','Russian Defence Ministry','government','RU','Russian defence ministry','','contracts with the Defence Ministry'),
('joint-coordination-centre','organization','Joint Coordination Centre','JCC','international','','Istanbul centre of the Black Sea Grain Initiative (Turkey, Russia, Ukraine, UN)','','Joint Coordination Centre'),
('peter-szijjarto','person','Peter Szijjarto','Szijjarto|Péter Szijjártó','','HU','Foreign Minister of Hungary','','Peter Szijjarto'),
('otp-bank','organization','OTP Bank','OTP','company','HU','Hungarian bank','',"OTP Bank"),
('european-commission','organization','European Commission','Commission','international','','EU executive','','European Commission President'),
('ursula-von-der-leyen','person','Ursula von der Leyen','von der Leyen|Von der Leyen','','DE','President of the European Commission','','Ursula von der Leyen'),
('josep-borrell','person','Josep Borrell','Borrell','','ES','EU foreign policy chief','','Josep Borrell'),
('joe-biden','person','Joe Biden','Biden|Joseph R. Biden','','US','President of the United States','','President Joe Biden'),
('karine-jean-pierre','person','Karine Jean-Pierre','Jean-Pierre','','US','White House press secretary','','Karine Jean-Pierre'),
('ron-desantis','person','Ron DeSantis','DeSantis','','US','Governor of Florida','','Ron DeSantis'),
('republican-party','organization','Republican Party','GOP|Republicans','party','US','US political party','','Republican Party'),
('cnn','organization','CNN','Cable News Network','media','US','US broadcaster; hosted the town hall','','hosted by CNN'),
('united-states-congress','organization','United States Congress','Congress','government','US','US legislature','','consultation with Congress'),
('ulf-kristersson','person','Ulf Kristersson','Kristersson','','SE','Prime Minister of Sweden','','Ulf Kristersson'),
('hakan-fidan','person','Hakan Fidan','Fidan','','TR','Foreign Minister of Turkey','','Hakan Fidan'),
('kurdistan-workers-party','organization','Kurdistan Workers\' Party','PKK','armed-group','TR','Kurdish militant group','',"Kurdistan Workers' Party"),
('grand-national-assembly-of-turkey','organization','Grand National Assembly of Turkey','Turkish parliament','government','TR','Turkish parliament','','Turkish parliament'),
('vilnius','place','Vilnius','','city','LT','Capital of Lithuania','','exiled activists in Vilnius'),
('st-petersburg','place','St Petersburg','Saint Petersburg','city','RU','City in Russia','','St Petersburg'),
('asipovichy','place','Asipovichy','Osipovichi','city','BY','Town in Belarus near the Wagner camp','','near Asipovichy'),
('riga','place','Riga','','city','LV','Capital of Latvia','','Institute in Riga'),
('istanbul','place','Istanbul','','city','TR','City in Turkey','','in Istanbul in July 2022'),
('ankara','place','Ankara','','city','TR','Capital of Turkey','','reporters in Ankara'),
('chicago','place','Chicago','','city','US','City in the United States','','Wheat futures in Chicago'),
('dubai','place','Dubai','','city','AE','City in the UAE','','By Rania Haddad in Dubai'),
('doha','place','Doha','','city','QA','Capital of Qatar','','Zelensky in Doha'),
('kuwait-city','place','Kuwait City','','city','KW','Capital of Kuwait','','Observatory in Kuwait City'),
('beijing','place','Beijing','','city','CN','Capital of China','','announced in Beijing'),
('riyadh','place','Riyadh','','city','SA','Capital of Saudi Arabia','','visited Riyadh in December'),
('tehran','place','Tehran','','city','IR','Capital of Iran','','embassy in Tehran'),
('brussels','place','Brussels','','city','BE','Capital of Belgium, seat of EU institutions','','By Marta Kowalczyk in Brussels'),
('hong-kong','place','Hong Kong','','region','CN','Chinese special administrative region','','mainland China and Hong Kong'),
('new-hampshire','place','New Hampshire','','region','US','US state','','town hall in New Hampshire'),
('stockholm','place','Stockholm','','city','SE','Capital of Sweden','','In Stockholm, the news'),
]
def find(q):
    for x in order:
        if q in texts[x]: return x
    sys.exit('quote not found: '+q)
cols=['entity','type','name','aliases','kind','country','description','note','source','quote']
out=[]
for i,q in S:
    r=sample[i]; out.append([i,r['type'],r['name'],r['aliases'],r['kind'],r['country'],r['description'],'in sample data (import/entities.csv)',find(q),q])
for i,t,n,a,k,c,d,q in REF: out.append([i,t,n,a,k,c,d,'reference list of states and international bodies',find(q),q])
for i,t,n,a,k,c,d,note,q in N: out.append([i,t,n,a,k,c,d,('new; '+note) if note else 'new',find(q),q])
ids=[r[0] for r in out]; assert len(ids)==len(set(ids)),'dup ids'
# every expected value in mentions.csv must map to a row here
slug=lambda s: re.sub(r'[^a-z0-9]+','-',s.lower()).strip('-')
for m in csv.DictReader(open(f'{root}/gold/mentions.csv',encoding='utf-8')):
    e=m['expected']; i=slug(e.split(':',1)[1]) if ':' in e else e
    if e.startswith('new:'): i=e[4:]
    if i not in ids: print('expected without entity row:',e,'->',i)
with open(f'{root}/gold/entities.csv','w',newline='',encoding='utf-8') as f:
    w=csv.writer(f); w.writerow(cols); w.writerows(out)
from collections import Counter
print(len(out),Counter(r[7].split(' ')[0].rstrip(';') for r in out))
