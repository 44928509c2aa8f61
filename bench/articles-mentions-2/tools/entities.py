# Builds gold/entities.csv (native import/ format): every distinct actor and place of the set.
# Sample rows copy type/name/aliases/kind/country/description from /work/main/import/entities.csv;
# reference rows copy them from /work/main/import/reference/entities.csv (id = the reference list's id).
# Adapted from bench/articles-mentions-1/tools/entities.py. Run after mentions.py: python3 tools/entities.py
import csv, os, re, sys
root=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
order=['by-2025-09-11-lukashenko-frees-52-after-us-talks','eu-2024-06-28-kallas-costa-rutte-top-jobs','tr-2024-08-02-ankara-prisoner-swap',
       'mn-2024-09-03-putin-mongolia-icc-warrant','us-2025-08-09-aliyev-pashinyan-white-house','sd-2023-05-12-jeddah-declaration-sudan']
texts={x:open(f'{root}/articles/{x}.txt',encoding='utf-8').read() for x in order}
sample={}; ref={}
for r in csv.DictReader(open('/work/main/import/entities.csv',encoding='utf-8')): sample.setdefault(r['entity'],r)
for r in csv.DictReader(open('/work/main/import/reference/entities.csv',encoding='utf-8')): ref.setdefault(r['entity'],r)
# sample ids: (id, quote)
S=[('alexander-lukashenko','Alexander Lukashenko'),('donald-trump',"Donald Trump's deputy"),('united-states','the United States'),('minsk','Palace of Independence in Minsk'),
('european-union','European Union leaders'),('belarus','Belarus freed 52'),('siarhei-tsikhanouski','Siarhei Tsikhanouski'),('sviatlana-tsikhanouskaya','Sviatlana Tsikhanouskaya'),
('russia','between Russia and the West'),('ukraine','the war in Ukraine'),('slovakia','Budapest and Bratislava'),('the-hague','In The Hague'),('volodymyr-zelensky','Zelensky congratulated'),
('washington','summit in Washington'),('berlin','in a Berlin park'),('moscow','Vnukovo airport in Moscow'),('vladimir-putin','Vladimir Putin'),('international-criminal-court','International Criminal Court'),
('kyiv','Foreign Ministry in Kyiv'),('dmitry-peskov','Dmitry Peskov'),('china','between Russia and China'),('iran',"Iran's Foreign Ministry"),('united-nations','The U.N. says'),
('palace-of-independence','Palace of Independence'),('belta','BelTA quoted'),('pavel-latushko','Pavel Latushko'),('kremlin','The Kremlin has previously said'),
('poland','Slovenia, Norway and Poland'),('belarusian-opposition','leads the opposition in exile')]
# reference list ids: (id, quote)
REF=[('nato','heads for NATO'),('hungary',"Hungary's Viktor Orban"),('italy',"Italy's Giorgia Meloni"),('estonia','war memorials in Estonia'),('canada','The U.S. and Canada'),
('european-commission','the European Commission'),('european-parliament','the European Parliament'),('turkey',"Turkey's National Intelligence Organization"),('germany','a life sentence in Germany'),
('slovenia','held in the U.S., Slovenia'),('norway','Slovenia, Norway and Poland'),('mongolia','making Mongolia the first member'),('japan','defeated Japan'),
('osce','asked the OSCE'),('armenia',"Armenia's Prime Minister"),('azerbaijan',"Azerbaijan's President"),('saudi-arabia','brokered by Saudi Arabia'),('sudan',"Envoys of Sudan's army"),
('who','The WHO has recorded'),('egypt','Egyptian President'),('african-union','The African Union and IGAD'),('united-arab-emirates','The UAE, which')]
# new actors and places: (id, type, name, aliases, kind, country, description, note, quote)
N=[
('rasa-jankauskiene','person','Rasa Jankauskiene','Jankauskiene','','','Reporter, author of the article','invented','By Rasa Jankauskiene'),
('pieter-vanhoof','person','Pieter Vanhoof','Vanhoof','','','Reporter, author of the article','invented','By Pieter Vanhoof'),
('emre-yildiz','person','Emre Yildiz','Yildiz','','','Reporter, author of the article','invented','By Emre Yildiz'),
('bat-erdene-ganbold','person','Bat-Erdene Ganbold','Ganbold','','','Reporter, author of the article','invented','By Bat-Erdene Ganbold'),
('lilit-hakobyan','person','Lilit Hakobyan','Hakobyan','','','Reporter, author of the article','invented','By Lilit Hakobyan'),
('hassan-idris','person','Hassan Idris','Idris','','','Reporter, author of the article','invented','By Hassan Idris'),
('john-coale','person','John Coale','Coale','','US',"Trump's deputy special envoy (Belarus talks)",'','John Coale'),
('keith-kellogg','person','Keith Kellogg','Kellogg','','US',"Trump's envoy for Ukraine",'','Keith Kellogg'),
('viktor-lukashenko','person','Viktor Lukashenko','Lukashenko|the younger Lukashenko','','BY',"Alexander Lukashenko's eldest son, former national security aide",'','Viktor Lukashenko'),
('belavia','organization','Belavia','','company','BY','Belarusian national airline','','Belavia'),
('tomas-zukas','person','Tomas Zukas','Zukas','','LT','Researcher at the Eastern Neighbourhood Centre','invented','Tomas Zukas'),
('eastern-neighbourhood-centre','organization','Eastern Neighbourhood Centre','','ngo','LT','Think tank in Vilnius','invented','Eastern Neighbourhood Centre'),
('vilnius','place','Vilnius','','city','LT','Capital of Lithuania','','and on to Vilnius'),
('kaja-kallas','person','Kaja Kallas','Kallas','','EE','Estonian Prime Minister, nominated EU foreign policy chief','','Kaja Kallas'),
('mark-rutte','person','Mark Rutte','Rutte','','NL','Dutch Prime Minister, appointed NATO Secretary-General','','Mark Rutte'),
('ursula-von-der-leyen','person','Ursula von der Leyen','von der Leyen|Von der Leyen','','DE','President of the European Commission','','Ursula von der Leyen'),
('antonio-costa','person','António Costa','Costa|Antonio Costa','','PT','Former Portuguese prime minister, chosen President of the European Council','','António Costa'),
('viktor-orban','person','Viktor Orban','Orban|Viktor Orbán|Orbán','','HU','Prime Minister of Hungary','','Viktor Orban'),
('giorgia-meloni','person','Giorgia Meloni','Meloni','','IT','Prime Minister of Italy','','Giorgia Meloni'),
('jens-stoltenberg','person','Jens Stoltenberg','Stoltenberg','','NO','NATO Secretary-General','','Jens Stoltenberg'),
('klaus-iohannis','person','Klaus Iohannis','Iohannis','','RO','President of Romania','','Klaus Iohannis'),
('ilse-de-wit','person','Ilse de Wit','de Wit','','BE','Researcher at the Leuven Centre for European Affairs','invented','Ilse de Wit'),
('leuven-centre-for-european-affairs','organization','Leuven Centre for European Affairs','','ngo','BE','Think tank','invented','Leuven Centre for European Affairs'),
('tallinn','place','Tallinn','','city','EE','Capital of Estonia','',"Tallinn's push"),
('budapest','place','Budapest','','city','HU','Capital of Hungary','','Budapest takes over'),
('rome','place','Rome','','city','IT','Capital of Italy','','Rome complained'),
('bratislava','place','Bratislava','','city','SK','Capital of Slovakia','','Budapest and Bratislava'),
('brussels','place','Brussels','','city','BE','Capital of Belgium, seat of EU institutions','','By Pieter Vanhoof in Brussels'),
('turkish-national-intelligence-organization','organization','National Intelligence Organization','MIT|Turkish National Intelligence Organization|Milli İstihbarat Teşkilatı','agency','TR','Turkish intelligence agency','',"National Intelligence Organization (MIT)"),
('evan-gershkovich','person','Evan Gershkovich','Gershkovich','','US','Wall Street Journal reporter','','Evan Gershkovich'),
('paul-whelan','person','Paul Whelan','Whelan','','US','Former U.S. Marine','','Paul Whelan'),
('alsu-kurmasheva','person','Alsu Kurmasheva','Kurmasheva','','US','Radio Free Europe journalist','','Alsu Kurmasheva'),
('vladimir-kara-murza','person','Vladimir Kara-Murza','Kara-Murza','','RU','Russian opposition politician','','Vladimir Kara-Murza'),
('vadim-krasikov','person','Vadim Krasikov','Krasikov','','RU','Russian convicted of a 2019 killing in Berlin','','Vadim Krasikov'),
('wall-street-journal','organization','Wall Street Journal','WSJ','media','US','US newspaper','','Wall Street Journal'),
('radio-free-europe','organization','Radio Free Europe','RFE/RL|Radio Free Europe/Radio Liberty','media','US','US-funded broadcaster','','Radio Free Europe'),
('ibrahim-kalin','person','Ibrahim Kalin','Kalin|İbrahim Kalın','','TR','Head of Turkish intelligence (MIT)','','Ibrahim Kalin'),
('recep-tayyip-erdogan','person','Recep Tayyip Erdogan','Erdogan|Erdoğan','','TR','President of Turkey','',"Erdogan's office"),
('rico-krieger','person','Rico Krieger','Krieger','','DE','German sentenced to death in Belarus, pardoned','','Rico Krieger'),
('joe-biden','person','Joe Biden','Biden','','US','President of the United States','','President Joe Biden'),
('kamala-harris','person','Kamala Harris','Harris','','US','Vice President of the United States','','Kamala Harris'),
('olaf-scholz','person','Olaf Scholz','Scholz','','DE','Chancellor of Germany','','Olaf Scholz'),
('federal-security-service','organization','Federal Security Service','FSB','agency','RU','Russian security service','','the FSB'),
('deniz-arslan','person','Deniz Arslan','Arslan','','TR','Security analyst at the Aegean Strategy Institute','invented','Deniz Arslan'),
('aegean-strategy-institute','organization','Aegean Strategy Institute','','ngo','TR','Think tank in Izmir','invented','Aegean Strategy Institute'),
('ankara','place','Ankara','','city','TR','Capital of Turkey','',"Ankara's airport"),
('joint-base-andrews','place','Joint Base Andrews','Andrews','building','US','U.S. air base near Washington','','Joint Base Andrews'),
('cologne-bonn-airport','place','Cologne Bonn airport','','building','DE','Airport in Germany','','Cologne Bonn airport'),
('vnukovo-airport','place','Vnukovo airport','Vnukovo','building','RU','Airport in Moscow','','Vnukovo airport'),
('ukhnaagiin-khurelsukh','person','Ukhnaagiin Khurelsukh','Khurelsukh|Khürelsükh','','MN','President of Mongolia','','Ukhnaagiin Khurelsukh'),
('maria-lvova-belova','person','Maria Lvova-Belova','Lvova-Belova','','RU',"Russia's children's rights commissioner",'','Maria Lvova-Belova'),
('heorhiy-tykhyi','person','Heorhiy Tykhyi','Tykhyi','','UA','Spokesman of the Ukrainian Foreign Ministry','','Heorhiy Tykhyi'),
('ukraine-ministry-of-foreign-affairs','organization','Ministry of Foreign Affairs of Ukraine','Ukrainian Foreign Ministry|Ukraine\'s Foreign Ministry','government','UA','Foreign ministry of Ukraine','',"Ukraine's Foreign Ministry"),
('mongolia-ministry-of-foreign-affairs','organization','Ministry of Foreign Affairs of Mongolia','Mongolian Foreign Ministry|Mongolia\'s Foreign Ministry','government','MN','Foreign ministry of Mongolia','',"Mongolia's Foreign Ministry"),
('russia-ministry-of-foreign-affairs','organization','Ministry of Foreign Affairs of Russia','Russian Foreign Ministry|Russia\'s Foreign Ministry','government','RU','Foreign ministry of Russia','',"Russia's Foreign Ministry called"),
('oyuna-batbayar','person','Oyuna Batbayar','Batbayar','','MN','Researcher at the Steppe Policy Forum','invented','Oyuna Batbayar'),
('steppe-policy-forum','organization','Steppe Policy Forum','','ngo','MN','Think tank in Ulaanbaatar','invented','Steppe Policy Forum'),
('ulaanbaatar','place','Ulaanbaatar','','city','MN','Capital of Mongolia','','officials in Ulaanbaatar'),
('sukhbaatar-square','place','Sukhbaatar Square','Sükhbaatar Square|Chinggis Square','building','MN','Central square of Ulaanbaatar, named after the revolutionary Damdin Sukhbaatar','','Sukhbaatar Square'),
('chinggis-khaan-international-airport','place','Chinggis Khaan International Airport','','building','MN','Airport serving Ulaanbaatar, named after Genghis Khan','','Chinggis Khaan International Airport'),
('khalkhin-gol','place','Khalkhin Gol','','region','MN','Site of the 1939 battle','','Khalkhin Gol'),
('ilham-aliyev','person','Ilham Aliyev','Aliyev','','AZ','President of Azerbaijan','','Ilham Aliyev'),
('heydar-aliyev','person','Heydar Aliyev','','','AZ',"Former leader of Azerbaijan (1993-2003), Ilham Aliyev's father",'','his father, Heydar Aliyev'),
('nikol-pashinyan','person','Nikol Pashinyan','Pashinyan','','AM','Prime Minister of Armenia','','Nikol Pashinyan'),
('jeyhun-bayramov','person','Jeyhun Bayramov','Bayramov','','AZ','Foreign Minister of Azerbaijan','','Jeyhun Bayramov'),
('ararat-mirzoyan','person','Ararat Mirzoyan','Mirzoyan','','AM','Foreign Minister of Armenia','','Ararat Mirzoyan'),
('osce-minsk-group','organization','OSCE Minsk Group','Minsk Group','international','','OSCE body that mediated over Nagorno-Karabakh (not Minsk, not Belarus)','','the Minsk Group'),
('white-house','organization','White House','','government','US','Office of the US president','','at the White House'),
('marco-rubio','person','Marco Rubio','Rubio','','US','U.S. Secretary of State','','Marco Rubio'),
('ali-akbar-velayati','person','Ali Akbar Velayati','Velayati','','IR',"Adviser to Iran's supreme leader",'','Ali Akbar Velayati'),
('iran-ministry-of-foreign-affairs','organization','Ministry of Foreign Affairs of Iran','Iranian Foreign Ministry|Iran\'s Foreign Ministry','government','IR','Foreign ministry of Iran','',"Iran's Foreign Ministry"),
('anna-sargsyan','person','Anna Sargsyan','Sargsyan','','GE','Researcher at the Caucasus Dialogue Institute','invented','Anna Sargsyan'),
('caucasus-dialogue-institute','organization','Caucasus Dialogue Institute','','ngo','GE','Think tank in Tbilisi','invented','Caucasus Dialogue Institute'),
('trump-route-for-international-peace-and-prosperity','place','Trump Route for International Peace and Prosperity','Trump Route|TRIPP','route','AM','Planned transit route across southern Armenia linking Azerbaijan with Nakhchivan','','Trump Route for International Peace and Prosperity'),
('baku','place','Baku','','city','AZ','Capital of Azerbaijan','',"Baku's Heydar"),
('heydar-aliyev-international-airport','place','Heydar Aliyev International Airport','','building','AZ','Airport of Baku, named after Heydar Aliyev','','Heydar Aliyev International Airport'),
('nagorno-karabakh','place','Nagorno-Karabakh','Karabakh','region','AZ','Region retaken by Azerbaijan in 2023','','Nagorno-Karabakh'),
('nakhchivan','place','Nakhchivan','','region','AZ','Azerbaijani exclave','','Nakhchivan exclave'),
('yerevan','place','Yerevan','','city','AM','Capital of Armenia','','Yerevan got'),
('tbilisi','place','Tbilisi','','city','GE','Capital of Georgia','','Tbilisi-based'),
('sudanese-armed-forces','organization','Sudanese Armed Forces','SAF|Sudan\'s army|the army|Sudan\'s military','military','SD','Sudan\'s army','',"Sudan's army"),
('rapid-support-forces','organization','Rapid Support Forces','RSF','armed-group','SD','Sudanese paramilitary force','','Rapid Support Forces'),
('abdel-fattah-al-burhan','person','Abdel Fattah al-Burhan','Burhan|al-Burhan','','SD','Head of Sudan\'s army and Sovereign Council','','Abdel Fattah al-Burhan'),
('mohamed-hamdan-dagalo','person','Mohamed Hamdan Dagalo','Dagalo|Hemedti','','SD','Commander of the RSF','','Mohamed Hamdan Dagalo'),
('sovereign-council','organization','Sovereign Council of Sudan','Sovereign Council','government','SD','Sudan\'s ruling council','','Sovereign Council'),
('antony-blinken','person','Antony Blinken','Blinken','','US','U.S. Secretary of State','','Antony Blinken'),
('saudi-arabia-ministry-of-foreign-affairs','organization','Ministry of Foreign Affairs of Saudi Arabia','Saudi Foreign Ministry','government','SA','Foreign ministry of Saudi Arabia','','The Saudi Foreign Ministry'),
('sudan-ministry-of-foreign-affairs','organization','Ministry of Foreign Affairs of Sudan','Sudanese Foreign Ministry|Sudan\'s Foreign Ministry','government','SD','Foreign ministry of Sudan (army-aligned)','',"Sudan's Foreign Ministry"),
('tedros-adhanom-ghebreyesus','person','Tedros Adhanom Ghebreyesus','Tedros','','ET','WHO Director-General','','Tedros Adhanom Ghebreyesus'),
('volker-perthes','person','Volker Perthes','Perthes','','DE','UN envoy for Sudan','','Volker Perthes'),
('abdel-fattah-al-sisi','person','Abdel Fattah al-Sisi','Sisi|al-Sisi','','EG','President of Egypt','','Abdel Fattah al-Sisi'),
('intergovernmental-authority-on-development','organization','Intergovernmental Authority on Development','IGAD','international','','East African regional bloc','','IGAD'),
('amal-osman','person','Amal Osman','Osman','','KE','Researcher at the Horn of Africa Security Forum','invented','Amal Osman'),
('horn-of-africa-security-forum','organization','Horn of Africa Security Forum','','ngo','KE','Think tank in Nairobi','invented','Horn of Africa Security Forum'),
('khartoum','place','Khartoum','','city','SD','Capital of Sudan','','war in Khartoum'),
('jeddah','place','Jeddah','','city','SA','Saudi city, venue of the talks','','a declaration in Jeddah'),
('port-sudan','place','Port Sudan','','city','SD','Sudanese port city','','Port Sudan'),
('king-abdulaziz-international-airport','place','King Abdulaziz International Airport','','building','SA','Airport of Jeddah, named after King Abdulaziz','','King Abdulaziz International Airport'),
('nairobi','place','Nairobi','','city','KE','Capital of Kenya','','Nairobi-based'),
('cairo','place','Cairo','','city','EG','Capital of Egypt','','Cairo has taken in'),
('riyadh','place','Riyadh','','city','SA','Capital of Saudi Arabia','','said Riyadh'),
('abu-dhabi','place','Abu Dhabi','','city','AE','Capital of the United Arab Emirates','','Abu Dhabi has denied'),
]
def find(q):
    for x in order:
        if texts[x].count(q)>=1: return x
    sys.exit('quote not found: '+q)
cols=['entity','type','name','aliases','kind','country','description','note','source','quote']
out=[]
for i,q in S:
    r=sample[i]; out.append([i,r['type'],r['name'],r['aliases'],r['kind'],r['country'],r['description'],'in sample data (import/entities.csv)',find(q),q])
for i,q in REF:
    r=ref[i]; out.append([i,r['type'],r['name'],r['aliases'],r['kind'],r['country'],r['description'],'reference list (import/reference/entities.csv)',find(q),q])
for i,t,n,a,k,c,d,note,q in N: out.append([i,t,n,a,k,c,d,('new; '+note) if note else 'new',find(q),q])
ids=[r[0] for r in out]; dups={i for i in ids if ids.count(i)>1}
if dups: sys.exit(f'dup ids {dups}')
for i in ids:
    if i in sample and not any(r[0]==i and r[7].startswith('in sample') for r in out): print('warning: new id collides with sample id',i)
# every expected value in mentions.csv must map to a row here
slug=lambda s: re.sub(r'[^a-z0-9]+','-',s.lower()).strip('-')
refbyname={r['name']:r['entity'] for r in ref.values()}
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
