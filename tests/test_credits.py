"""Each credit pattern of corpus.extract.credits, one by one, on made-up captions."""
import pytest

from corpus.extract.credits import PATTERNS, clean, looks_like_credit, split_credit


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.name)
def test_every_pattern_splits_its_example(pattern):
    assert pattern.regex.search(clean(pattern.example)), pattern.name
    caption, credit = split_credit(pattern.example)
    assert credit and caption
    assert credit not in caption


@pytest.mark.parametrize("text, caption, credit", [
    ("A dog sleeps on a porch [JK]", "A dog sleeps on a porch", "JK"),
    ("網民分享同老闆嘅合照。（Facebook圖片）", "網民分享同老闆嘅合照。", "Facebook圖片"),  # "X picture" in brackets (set9)
    # Assamese "photo:" and "file photo", Tibetan "photo" closed by a shad (set13)
    ("এখন তাঁতশালত তাঁতশিল্পী। (ফটো: বিশ্বজিৎ দাস)", "এখন তাঁতশালত তাঁতশিল্পী।", "ফটো: বিশ্বজিৎ দাস"),
    ("চোম গছৰ বাৰী। (ফাইল ফটো)", "চোম গছৰ বাৰী।", "ফাইল ফটো"),
    ("འགྲན་བསྡུར་ལ་ལྟ་བཞིན་པའི་མི་མང་།(པར། ཡིག་ཚགས།)", "འགྲན་བསྡུར་ལ་ལྟ་བཞིན་པའི་མི་མང་།", "པར། ཡིག་ཚགས།"),
    ("Voters queue in the rain (Photo: Jane Roe/Agency)", "Voters queue in the rain", "Photo: Jane Roe/Agency"),
    ("Firefighters on a ridge. (AP Photo/John Doe)", "Firefighters on a ridge.", "AP Photo/John Doe"),
    ("A bridge at dusk. (John Doe/The Daily Example via AP)", "A bridge at dusk.", "John Doe/The Daily Example via AP"),
    ("Boats in the harbour (Photo John Doe. AFP)", "Boats in the harbour", "Photo John Doe. AFP"),
    ("Crowds gather. Photograph: Jane Roe/Example Agency", "Crowds gather.", "Photograph: Jane Roe/Example Agency"),
    ("A lab bench with samples.Credit: Example University", "A lab bench with samples.", "Credit: Example University"),
    ("Snow on the pass (Image: EXAMPLE )", "Snow on the pass", "Image: EXAMPLE"),
    ("Ein Zug im Bahnhof. Foto: Max Muster/dpa", "Ein Zug im Bahnhof.", "Foto: Max Muster/dpa"),
    ("A trader watches screens. REUTERS/Jane Roe", "A trader watches screens.", "REUTERS/Jane Roe"),
    ("Two players celebrate. John Doe/Getty Images", "Two players celebrate.", "John Doe/Getty Images"),
    ("Sunrise over the valley © Jane Roe", "Sunrise over the valley", "© Jane Roe"),
    ("会見する首相＝ロイター", "会見する首相", "ロイター"),
    # a wire agency's Chinese name glued on after the last sentence; the same name inside a sentence is no credit
    ("港口在風暴後關閉。路透", "港口在風暴後關閉。", "路透"),
    ("港口在风暴后关闭。新华社", "港口在风暴后关闭。", "新华社"),
    ("路透社報導港口在風暴後關閉", "路透社報導港口在風暴後關閉", None),
    # "released by Xinhua (photographed by X)"; a photographer and a picture source ("图片来源：") closing a caption
    ("港口在风暴后关闭。新华社发（王明 摄）", "港口在风暴后关闭。", "新华社发（王明 摄）"),
    ("资料图：港口的渔船。王明 摄 图片来源：示例图库", "资料图：港口的渔船。", "王明 摄 图片来源：示例图库"),
    ("港口的渔船。图片来源：示例图库", "港口的渔船。", "图片来源：示例图库"),
    # "Image by X" after a comma; a lower-case "photo by" inside the caption is no credit
    ("Harbour at dawn - 2006, Image by Jane Roe from Flickr (cc licensed)", "Harbour at dawn - 2006",
     "Image by Jane Roe from Flickr (cc licensed)"),
    ("A man holds a photo by his late father, taken in 1950", "A man holds a photo by his late father, taken in 1950",
     None),
    # "图/X" after the last sentence, also when the layout prints the whole caption in brackets; a bracketed
    # credit alone stays one
    ("港口的渔船排起长龙。图/示例晚报记者 王明", "港口的渔船排起长龙。", "图/示例晚报记者 王明"),
    ("(港口的渔船排起长龙。图/示例晚报记者 王明)", "港口的渔船排起长龙。", "图/示例晚报记者 王明"),
    ("(AP Photo/John Doe)", None, "AP Photo/John Doe"),
    # the Lithuanian "X nuotr." ("X's photo") after a slash or a sentence; "asociatyvi nuotr." inside the caption stays
    ("Uostas po audros / J. Jonaičio / Example nuotr.", "Uostas po audros", "J. Jonaičio / Example nuotr."),
    ("Uostas, asociatyvi nuotr. / J. Jonaičio nuotr.", "Uostas, asociatyvi nuotr.", "J. Jonaičio nuotr."),
    ("Vilniaus senamiestis. BNS nuotr.", "Vilniaus senamiestis.", "BNS nuotr."),
    ("Foto: EXAMPLE DAILY", None, "Foto: EXAMPLE DAILY"),
    # labelled credit ending in a parenthesised agency, label in capitals (El País)
    ("El mercado cerrado. FOTO: JOHN DOE (EFE)", "El mercado cerrado.", "FOTO: JOHN DOE (EFE)"),
    ("Le port après la tempête. Photo : John Doe / AFP", "Le port après la tempête.", "Photo : John Doe / AFP"),
    # square-bracketed photographer/agency (Al Jazeera) and a bracketed agency alone
    ("People inspect the damage [Jane Roe/AFP]", "People inspect the damage", "Jane Roe/AFP"),
    ("Boats pulled ashore [Reuters]", "Boats pulled ashore", "Reuters"),
    # wire credit with a trailing qualifier
    ("A worker repairs a net. REUTERS/Jane Roe/File Photo", "A worker repairs a net.", "REUTERS/Jane Roe/File Photo"),
    # unlabelled-colon "Foto Agency" (Italian sites), in and out of brackets
    ("Il mercato chiuso Foto LaPresse", "Il mercato chiuso", "Foto LaPresse"),
    ("Il porto dopo la mareggiata (Foto Ansa)", "Il porto dopo la mareggiata", "Foto Ansa"),
    ("Pescadores en el puerto (EFE)", "Pescadores en el puerto", "EFE"),
    # "Photo by X on Unsplash" (Medium, blogs)
    ("Nets on the wall. Photo by Jane Roe on Unsplash", "Nets on the wall.", "Photo by Jane Roe on Unsplash"),
    # Japanese agencies in full-width brackets
    ("閉鎖された魚市場（共同）", "閉鎖された魚市場", "共同"),
    ("港に戻った漁船（時事）", "港に戻った漁船", "時事"),
    ("港の様子（写真：ロイター）", "港の様子", "写真：ロイター"),
    # wire credits pasted on with no separator at all (text scrapes of UK sites)
    ("People in the park on Wednesday PA Wire", "People in the park on Wednesday", "PA Wire"),
    ("Fans at Wembley. Mike Egerton/PA Wire", "Fans at Wembley.", "Mike Egerton/PA Wire"),
    ("The minister arrives. Jane Doe/AFP via Getty Images", "The minister arrives.", "Jane Doe/AFP via Getty Images"),
    ("Smoke rises over the estate SWNS", "Smoke rises over the estate", "SWNS"),
    # unlabelled credits after the caption's last sentence (NY Post, ABC Australia, CBC, INM styles)
    ("Smoke pours from the windows early Tuesday. Citizen App", "Smoke pours from the windows early Tuesday.",
     "Citizen App"),
    ("The bike was charging inside. Paul Martell for NY Post", "The bike was charging inside.",
     "Paul Martell for NY Post"),
    ("The Courts of Justice on Parkgate Street. Collins/INM", "The Courts of Justice on Parkgate Street.",
     "Collins/INM"),
    ("A water bomber drops retardant on Thursday. — The Canadian Press", "A water bomber drops retardant on Thursday.",
     "The Canadian Press"),
    ("Jenny Hayward. (ABC Rural: Lucas Forbes)", "Jenny Hayward.", "ABC Rural: Lucas Forbes"),
    ("Flames jumped Highway 24. (B.C. Wildfire Service)", "Flames jumped Highway 24.", "B.C. Wildfire Service"),
    ("A spokesman addresses the media on Monday. (Supplied)", "A spokesman addresses the media on Monday.",
     "Supplied"),
    ("Strażacy w Kłodzku. fot. Facebook/OSP Kłodzko", "Strażacy w Kłodzku.", "fot. Facebook/OSP Kłodzko"),
    # a dash or bar before the credit belongs to neither (g1, Estadão); outlet initials before the label
    ("Carros ilhados no bairro Betânia — Foto: Reprodução/TV Globo", "Carros ilhados no bairro Betânia",
     "Foto: Reprodução/TV Globo"),
    ("Fila no posto | Foto: Jane Roe", "Fila no posto", "Foto: Jane Roe"),
    ("Havnen om natten. Tegning: Jane Roe", "Havnen om natten.", "Tegning: Jane Roe"),
    ("Der Hafen bei Nacht. Grafik: Jane Roe/dpa", "Der Hafen bei Nacht.", "Grafik: Jane Roe/dpa"),
    ("Guests pick their pastries from the cabinets. | Photo by Jane Roe",
     "Guests pick their pastries from the cabinets.", "Photo by Jane Roe"),
    # an agency alone after the last sentence or a bar; a photographer before "/ Agency" stays with it
    ("Soraya en el Congreso del PP | EFE", "Soraya en el Congreso del PP", "EFE"),
    ("Radar situat a l'A-2 Sud en direcció Barcelona./ ACN", "Radar situat a l'A-2 Sud en direcció Barcelona.", "ACN"),
    ("El abogado del PP, Jesús Santos. Efe", "El abogado del PP, Jesús Santos.", "Efe"),
    ("Protest nach dem Urteil. Ammar Awad / Reuters", "Protest nach dem Urteil.", "Ammar Awad / Reuters"),
    ("Commuters at Jurong East on Oct 15. ST PHOTO: LIM KAI WEN", "Commuters at Jurong East on Oct 15.",
     "ST PHOTO: LIM KAI WEN"),
    # set 72: French Canada's courtesy credit after the caption's last sentence
    ("L'ancien hangar sera transformé en terminal. Photo courtoisie Ville de Gaspé",
     "L'ancien hangar sera transformé en terminal.", "Photo courtoisie Ville de Gaspé"),
    # set 82: "Foto Name" and "Foto d'archivio" glued to an Italian caption that ends without a stop
    ("Gli operai al lavoro sul pontile di piazza Le Laudi Foto Marco Di Roe",
     "Gli operai al lavoro sul pontile di piazza Le Laudi", "Foto Marco Di Roe"),
    ("Il pontile affollato in una sera d'estate del 2023 Foto d'archivio",
     "Il pontile affollato in una sera d'estate del 2023", "Foto d'archivio"),
    ("Ein Blick auf das Foto Anne Franks", "Ein Blick auf das Foto Anne Franks", None),
    # set 161: the same in lower case, "foto di X"; after an article it is the caption's "a photo of X"
    ("Il lungomare Gramsci in una sera di luglio foto di Saverio Roe",
     "Il lungomare Gramsci in una sera di luglio", "foto di Saverio Roe"),
    ("Il sindaco mostra una foto di Giovanni Roe", "Il sindaco mostra una foto di Giovanni Roe", None),
    # set 164: a Korean file photo alone after a slash, a Nepali file picture, Tagalog "picture by / from X", a
    # German symbolic picture with no source named
    ("지난해 야간개장 당시 모습. /자료사진", "지난해 야간개장 당시 모습.", "자료사진"),
    ("गत वर्षको वर्षायाममा डुबानमा परेको रानी क्षेत्र। फाइल तस्बिर", "गत वर्षको वर्षायाममा डुबानमा परेको रानी क्षेत्र।",
     "फाइल तस्बिर"),
    ("Dinagsa ng mga mamimili ang night market. Larawan ni Jericho Roe", "Dinagsa ng mga mamimili ang night market.",
     "Larawan ni Jericho Roe"),
    ("Ang plano ng mga puwesto. Larawan mula sa Tarlac City PIO", "Ang plano ng mga puwesto.",
     "Larawan mula sa Tarlac City PIO"),
    ("Ein Trinkbrunnen wie dieser soll auch am Marktplatz stehen. Symbolbild",
     "Ein Trinkbrunnen wie dieser soll auch am Marktplatz stehen.", "Symbolbild"),
    ("Manifestantes com foto de Marielle Roe", "Manifestantes com foto de Marielle Roe", None),
    # set 173: "photo provided by the administration of the urban district" with an abbreviation's dot; set 171: the
    # Turkish agency's initials in brackets
    ("Схема третьей очереди. Фото предоставлено администрацией г.о. Кинешма", "Схема третьей очереди.",
     "Фото предоставлено администрацией г.о. Кинешма"),
    ("Схема третьей очереди. Фото Ивана Роева. Стройка начнётся весной", "Схема третьей очереди. Фото Ивана Роева. "
     "Стройка начнётся весной", None),
    ("Yeni kovanlar üreticilere dağıtıldı (AA)", "Yeni kovanlar üreticilere dağıtıldı", "AA"),
    # set 176: an illustrative photo in Czech, a decorative picture in Persian, a rendering's label in Hebrew
    ("Výletní loď na Labi Ilustrační foto", "Výletní loď na Labi", "Ilustrační foto"),
    ("نمایی از یک باغ ایرانی در فصل بهار عکس تزئینی است", "نمایی از یک باغ ایرانی در فصل بهار", "عکس تزئینی است"),
    ("הדמיית הבמה המתוכננת | הדמיה: דוברות עיריית דימונה", "הדמיית הבמה המתוכננת", "הדמיה: דוברות עיריית דימונה"),
    # set 179: archive photos in Hungarian and Persian, Romanian "Sursa:"; set 177: an agency after a spaced hyphen
    ("A tér a felújítás előtt, parkoló autókkal. Archív fotó", "A tér a felújítás előtt, parkoló autókkal.",
     "Archív fotó"),
    ("پل کشکان پیش از آغاز مرمت. عکس آرشیوی", "پل کشکان پیش از آغاز مرمت.", "عکس آرشیوی"),
    ("Planul etapei a doua, cu parcarea subterană. Sursa: Primăria Municipiului Vaslui",
     "Planul etapei a doua, cu parcarea subterană.", "Sursa: Primăria Municipiului Vaslui"),
    ("Çarşı Hamamı önünde düzenlenen açılış töreni - DHA", "Çarşı Hamamı önünde düzenlenen açılış töreni", "DHA"),
    # set 182: the Swedish "archive picture" in one word
    ("Parkeringen som tidigare låg på platsen. Arkivbild", "Parkeringen som tidigare låg på platsen.", "Arkivbild"),
    # set 183: a photographer or a press office in square brackets, no colon
    ("Pannocchie di mais appese ad asciugare in una corte [foto Marco Roe]",
     "Pannocchie di mais appese ad asciugare in una corte", "foto Marco Roe"),
    ("La basilica vista dalla via principale [Ufficio stampa Comune di Gandino]",
     "La basilica vista dalla via principale", "Ufficio stampa Comune di Gandino"),
    ("Il sindaco mostra l'album [foto di famiglia]", "Il sindaco mostra l'album [foto di famiglia]", None),
    # set 188: the Persian "source:" label
    ("نقشه مسیر پیاده‌روی کنار رودخانه دز منبع: شهرداری دزفول", "نقشه مسیر پیاده‌روی کنار رودخانه دز",
     "منبع: شهرداری دزفول"),
    # set 96: a freelance photographer's "Name/Special to the Ledger" after the caption's last sentence
    ("The boardwalk trams return on weekends starting May 2. Tom Roe/Special to the Ledger",
     "The boardwalk trams return on weekends starting May 2.", "Tom Roe/Special to the Ledger"),
    # set 96: the Danish, Norwegian, German and Czech "Fotograf: X" label (Italian "Fotografo", Spanish "Fotógrafo")
    ("Folk på torvet i Tønder på markedsdagen — Fotograf: Karen Lund", "Folk på torvet i Tønder på markedsdagen",
     "Fotograf: Karen Lund"),
    # set 98: a date and place after "＝" is no credit ("＝同日、金沢市香林坊"); an agency after it is
    ("沿道で行列を見守る西田さん（93）＝同日、金沢市香林坊", "沿道で行列を見守る西田さん（93）＝同日、金沢市香林坊", None),
    ("会見する首相＝ロイター", "会見する首相", "ロイター"),
    # set 95: an agency's credit after a copyright sign, then the photographer's, one credit; "图源：X" (picture source)
    ("Heidschnucken halten die Flächen frei. © picture alliance/dpa Foto: Lennart Roe",
     "Heidschnucken halten die Flächen frei.", "© picture alliance/dpa Foto: Lennart Roe"),
    ("石浦古城的渔灯巡游吸引了众多游客。图源：石浦镇人民政府", "石浦古城的渔灯巡游吸引了众多游客。", "图源：石浦镇人民政府"),
    # set 94: a Korean credit after a slash closing the sentence; Hindi "सौजन्य:" (courtesy), Nepali "तस्बिर सौजन्य:"
    ("직지천 산책로 정비 후 조감도. /김천시 제공", "직지천 산책로 정비 후 조감도.", "김천시 제공"),
    ("바다에 잠긴 산책로. /예시신문 DB", "바다에 잠긴 산책로.", "예시신문 DB"),
    ("बरारी घाट का प्रस्तावित नक्शा। सौजन्य: नगर निगम", "बरारी घाट का प्रस्तावित नक्शा।", "सौजन्य: नगर निगम"),
    ("खेलपछि ट्रफीसहित नेपाली टोली। तस्बिर सौजन्य: नेपाल क्रिकेट संघ", "खेलपछि ट्रफीसहित नेपाली टोली।",
     "तस्बिर सौजन्य: नेपाल क्रिकेट संघ"),
    # set 92: a Chinese reporter's picture, "图" after the name; "Foto cortesía:" with its colon
    ("游客在簪花店里挑选鲜花。潮涌新闻记者 林晓东 图", "游客在簪花店里挑选鲜花。", "潮涌新闻记者 林晓东 图"),
    ("La carroza de la reina, la más aplaudida de la tarde. Foto cortesía: Alcaldía de La Ceiba",
     "La carroza de la reina, la más aplaudida de la tarde.", "Foto cortesía: Alcaldía de La Ceiba"),
    # set 91: a Japanese paper's own archive material in brackets, "（本社資料）"
    ("1995年ごろの旧型車両（本社資料）", "1995年ごろの旧型車両", "本社資料"),
    # set 91: a Korean credit in angle brackets, a provider's or a file photo's
    ("경포해변 야간 개장 구역 안내도. <강릉시 제공>", "경포해변 야간 개장 구역 안내도.", "강릉시 제공"),
    # set 84: "图/X" and Thai "ภาพ/X" after a caption that ends without a stop
    ("闽侯南屿个荔枝园，今年荔枝生得好 图/陈阿弟", "闽侯南屿个荔枝园，今年荔枝生得好", "图/陈阿弟"),
    ("นาขั้นบันไดที่อำเภอปัว ช่วงต้นฤดูฝน ภาพ/กิตติพงษ์ วงศ์ใหญ่", "นาขั้นบันไดที่อำเภอปัว ช่วงต้นฤดูฝน", "ภาพ/กิตติพงษ์ วงศ์ใหญ่"),
    # set 82: a Japanese caption's photographer after its "＝" date and place
    ("岸壁に戻る砕氷船＝2026年7月14日午前、北海道網走市、佐藤悠真撮影", "岸壁に戻る砕氷船＝2026年7月14日午前、北海道網走市",
     "佐藤悠真撮影"),
    # set 80: Hindi "photo courtesy:" (फोटो साभार) after the caption's danda
    ("लाडेरा के धोरों पर सांस्कृतिक संध्या। फोटो साभार: पर्यटन विभाग", "लाडेरा के धोरों पर सांस्कृतिक संध्या।",
     "फोटो साभार: पर्यटन विभाग"),
    # set 76: Malay "photo courtesy of" after the caption's last sentence, no colon
    ("Bobolian monginapot do tinanom paai. Foto ihsan Persatuan Bobolian Penampang",
     "Bobolian monginapot do tinanom paai.", "Foto ihsan Persatuan Bobolian Penampang"),
    # set 77: an unlabelled "Photo" credit whose name holds an elided particle ("d'Espelette")
    ("Des danseurs ouvrent le bal sur la place du fronton. Photo Mairie d'Espelette",
     "Des danseurs ouvrent le bal sur la place du fronton.", "Photo Mairie d'Espelette"),
    # set 73: a Quebec paper's credit in capitals after the caption's last sentence, no colon
    ("Le stationnement sera réservé aux camions le jeudi soir. PHOTO FOURNIE PAR LA VILLE DE SHERBROOKE",
     "Le stationnement sera réservé aux camions le jeudi soir.", "PHOTO FOURNIE PAR LA VILLE DE SHERBROOKE"),
    ("La directrice devant le bâtiment. PHOTO JEAN-FRANÇOIS ROE, LA VOIX DE L'ESTRIE",
     "La directrice devant le bâtiment.", "PHOTO JEAN-FRANÇOIS ROE, LA VOIX DE L'ESTRIE"),
    # batches 12 and 13: Indonesian and Polish abbreviated labels, courtesy after a bar, Chinese forms
    ("Rektor membuka pekan olahraga. Doc. kampus.example.ac.id", "Rektor membuka pekan olahraga.",
     "Doc. kampus.example.ac.id"),
    ("Ponsel baru dan adiknya (ist)", "Ponsel baru dan adiknya", "ist"),
    ("Autoportret, fragment, 1799 (fot. materiały prasowe)", "Autoportret, fragment, 1799", "fot. materiały prasowe"),
    ("Ein Labor im Reinraum. | Bild mit freundlicher Genehmigung von Example Labs.", "Ein Labor im Reinraum.",
     "Bild mit freundlicher Genehmigung von Example Labs."),
    ("图为开通仪式现场。　陈超　摄", "图为开通仪式现场。", "陈超 摄"),
    ("村民們在院壩裡擺起流水席。(取材自重慶晚報)", "村民們在院壩裡擺起流水席。", "取材自重慶晚報"),
    # batch 15: an outlet before "file photo", the Russian "Фото X" without a colon, a credit in capitals first
    ("Dr. Jane Roe. Telegram file photo", "Dr. Jane Roe.", "Telegram file photo"),
    ("Вирусы под микроскопом. Фото пользователя с ресурса Example", "Вирусы под микроскопом.",
     "Фото пользователя с ресурса Example"),
    ("JANE ROE / EXAMPLE PRESS ARCHIVES Physical activity at work and at play cuts the risk",
     "Physical activity at work and at play cuts the risk", "JANE ROE / EXAMPLE PRESS ARCHIVES"),
    # batch 16: an outlet's photo in capitals after a dash; "Фото" naming a site
    ("POLICE OUTSIDE THE HIGH COURT - EXAMPLE AGE PHOTO.", "POLICE OUTSIDE THE HIGH COURT", "EXAMPLE AGE PHOTO"),
    ("Аналогов аппарата нет. Фото city.example.ua", "Аналогов аппарата нет.", "Фото city.example.ua"),
    ("2012，再见柯达？ CFP供图", "2012，再见柯达？", "CFP供图"),  # "picture provided by" (batch 17)
    # batch 18: a credit after "//"; Chinese graphic and chart credits
    ("Star Example// Photo courtesy Example Cruises", "Star Example", "Photo courtesy Example Cruises"),
    # batch 19: an outlet's or a desk's photo in brackets, no full stop before it; not a phrase that names one
    ("Fans line the street for the parade (Herald Photo by Jane Roe)", "Fans line the street for the parade",
     "Herald Photo by Jane Roe"),
    ("The mayor at the ribbon cutting (Staff Photo)", "The mayor at the ribbon cutting", "Staff Photo"),
    ("He said (in Photo Booth) it was fine", "He said (in Photo Booth) it was fine", None),
    # batch 18: an abbreviated label closed by a full stop before its colon
    ("Prezes w sądzie. fot.: Jan Kowalski", "Prezes w sądzie.", "fot.: Jan Kowalski"),
    # batch 21: "picture via X" glued on after a Chinese caption
    ("姚明婉拒雨伞图据@微成都微博", "姚明婉拒雨伞", "图据@微成都微博"),
    ("“雪鹰”号失事示意图 制图/李铭", "“雪鹰”号失事示意图", "制图/李铭"),
    ("图表：旅游团在吉林境内发生车祸 新华社记者 曲振东 编制", "图表：旅游团在吉林境内发生车祸", "新华社记者 曲振东 编制"),
    # batch 22: a copyright in brackets gives up both brackets (was: "... gardła. (" and "© shutterstock)")
    ("Najważniejszym objawem jest ból gardła. (© shutterstock)", "Najważniejszym objawem jest ból gardła.",
     "© shutterstock"),
    ("Boats at dawn (Copyright Jane Roe)", "Boats at dawn", "Copyright Jane Roe"),
    # batch 23: "На фото:" ("in the photo:") opens a caption; a credit label after a caption still splits
    ("На фото: судья Ирина Петрова оглашает приговор.", "На фото: судья Ирина Петрова оглашает приговор.", None),
    ("На фото: судья оглашает приговор. Фото: Иван Петров", "На фото: судья оглашает приговор.",
     "Фото: Иван Петров"),
    # a news agency's photographer after the last sentence: the agency and 记者 ("reporter") are the credit's too
    ("游客在故宫参观。新华社记者 李贺 摄", "游客在故宫参观。", "新华社记者 李贺 摄"),
    ("游客在故宫参观。 記者陳嘉寧 攝", "游客在故宫参观。", "記者陳嘉寧 攝"),
    # the labels of Hebrew, Arabic, Persian, Hindi and Thai captions
    ("מפגינים בכיכר רבין בתל אביב (צילום: רשת 13)", "מפגינים בכיכר רבין בתל אביב", "צילום: רשת 13"),
    ("متظاهرون في ساحة التحرير. تصوير: محمد علي", "متظاهرون في ساحة التحرير.", "تصوير: محمد علي"),
    ("متظاهرون في ساحة التحرير (صورة: رويترز)", "متظاهرون في ساحة التحرير", "صورة: رويترز"),
    ("مردم در پارک ملت تهران. عکس: ایسنا", "مردم در پارک ملت تهران.", "عکس: ایسنا"),
    ("नई दिल्ली में इंडिया गेट पर लोग। फोटो: पीटीआई", "नई दिल्ली में इंडिया गेट पर लोग।", "फोटो: पीटीआई"),
    ("ผู้คนในกรุงเทพมหานคร ภาพ: รอยเตอร์", "ผู้คนในกรุงเทพมหานคร", "ภาพ: รอยเตอร์"),
    ("ผู้คนในกรุงเทพมหานคร ขอบคุณภาพ: เพจเทศบาล", "ผู้คนในกรุงเทพมหานคร", "ขอบคุณภาพ: เพจเทศบาล"),
    # blind scrape set 5 (after its first contact): a labelled credit first and a bar; Urdu, Ukrainian, Swahili,
    # Tagalog, Lithuanian and Malay forms
    ("Снимка: БТА | Кукерска група на главната сцена", "Кукерска група на главната сцена", "Снимка: БТА"),
    ("حارث منیر بلا لہرا رہے ہیں(فوٹو: پی سی بی)", "حارث منیر بلا لہرا رہے ہیں", "فوٹو: پی سی بی"),
    ("Кліматологиня під час вимірювань на Чорногорі Фото з особистого архіву", "Кліматологиня під час вимірювань на Чорногорі",
     "Фото з особистого архіву"),
    ("Інфографіка: УНІАН", None, "Інфографіка: УНІАН"),
    ("Medali alizoshinda kwenye mashindano Picha na Juma Mtanda", "Medali alizoshinda kwenye mashindano",
     "Picha na Juma Mtanda"),
    ("Mga turista sa Kalye Quezon noong umaga Kuha ni Carlo Mendoza", "Mga turista sa Kalye Quezon noong umaga",
     "Kuha ni Carlo Mendoza"),
    ("Ornitologas žieduoja gandriukus rajone Lino Žemaičio / BNS nuotr.", "Ornitologas žieduoja gandriukus rajone",
     "Lino Žemaičio / BNS nuotr."),
    ("Gandro lizdas ant seno bokšto Kėdainiuose Asmeninio albumo nuotr.", "Gandro lizdas ant seno bokšto Kėdainiuose",
     "Asmeninio albumo nuotr."),
    ("Povilas Jonaitis / J. Jonaičio / LRT nuotr.", "Povilas Jonaitis", "J. Jonaičio / LRT nuotr."),
    # blind scrape set 6 (after its first contact)
    ("Կանչ փողոցում Լուսանկարը՝ Անի Մարտիրոսյանի", "Կանչ փողոցում", "Լուսանկարը՝ Անի Մարտիրոսյանի"),
    ("區域法院（Reuters）", "區域法院", "Reuters"),
    ("被告由兩名懲教人員押送。（法庭繪圖：何綺雯）", "被告由兩名懲教人員押送。", "法庭繪圖：何綺雯"),
    ("クマが立てこもった倉庫（中央）＝1日午後、秋田市（共同通信社ヘリから）", "クマが立てこもった倉庫（中央）＝1日午後、秋田市",
     "共同通信社ヘリから"),
    ("기준금리 추이 (단위: %) 그래픽=이지현 기자", "기준금리 추이 (단위: %)", "그래픽=이지현 기자"),
    ("Na cerimónia do Prémio, em 2015 MIGUEL PEREIRA LIMA/LUSA", "Na cerimónia do Prémio, em 2015",
     "MIGUEL PEREIRA LIMA/LUSA"),
    ("Αγρότες στη Λεμεσό. ΦΩΤΟΓΡΑΦΙΑ: ΑΝΔΡΕΑΣ ΚΟΝΤΟΥ", "Αγρότες στη Λεμεσό.", "ΦΩΤΟΓΡΑΦΙΑ: ΑΝΔΡΕΑΣ ΚΟΝΤΟΥ"),
    ("(ፎቶ፡ ኢዜአ) አርሶ አደር ከቤተሰቦቻቸው ጋር ቡና ሲለዩ", "አርሶ አደር ከቤተሰቦቻቸው ጋር ቡና ሲለዩ", "ፎቶ፡ ኢዜአ"),
    ("Gidajen da ambaliyar ta rushe (Hoto: Hukumar SEMA)", "Gidajen da ambaliyar ta rushe", "Hoto: Hukumar SEMA"),
    ("Geekbench 6 sonuçları Ekran görüntüsü: Webtekno", "Geekbench 6 sonuçları", "Ekran görüntüsü: Webtekno"),
    # blind scrape set 7 (after its first contact): any one-word label in brackets, file photos in more languages,
    # a photographer's credit after "дрона" (not "на фото"), a credit in capitals first then a bar
    ("Tafarn y Delyn ar noson yr agoriad (Llun: Menter y Delyn)", "Tafarn y Delyn ar noson yr agoriad",
     "Llun: Menter y Delyn"),
    # Irish, Scottish Gaelic and Sorani Kurdish labels; Burmese "photo - X" after a caption with no full stop (its
    # words end in vowel signs, which a word character class does not take); a dash, any one-word label, a colon
    ("Báid iascaigh ag an gcéibh nua. Grianghraf: Máirtín Ó Conghaile", "Báid iascaigh ag an gcéibh nua.",
     "Grianghraf: Máirtín Ó Conghaile"),
    ("Luchd-obrach a’ càradh a’ chidhe. Dealbh: Comhairle na Gàidhealtachd", "Luchd-obrach a’ càradh a’ chidhe.",
     "Dealbh: Comhairle na Gàidhealtachd"),
    ("ကျုံးဘေးတွင် လမ်းလျှောက်နေကြသူများ ဓာတ်ပုံ - မောင်ဝင်း", "ကျုံးဘေးတွင် လမ်းလျှောက်နေကြသူများ",
     "ဓာတ်ပုံ - မောင်ဝင်း"),
    ("کرێکاران دیواری قەڵا نۆژەن دەکەنەوە. — وێنە: ئاراس محەمەد", "کرێکاران دیواری قەڵا نۆژەن دەکەنەوە.",
     "وێنە: ئاراس محەمەد"),
    ("Työmiehet korjaavat muuria. — Kuvaaja: Liisa Korhonen", "Työmiehet korjaavat muuria.",
     "Kuvaaja: Liisa Korhonen"),
    ("Floodwater covering paddocks in February (Supplied: Victoria SES)", "Floodwater covering paddocks in February",
     "Supplied: Victoria SES"),
    ("The mayor with the winners (left: Jane Roe)", "The mayor with the winners (left: Jane Roe)", None),
    ("The bridge after the storm (Update: Police closed it)", "The bridge after the storm (Update: Police closed it)", None),
    ("Hondarribiko portua ARTXIBOA", "Hondarribiko portua", "ARTXIBOA"),
    ("شارع الهرم - أرشيفية", "شارع الهرم", "أرشيفية"),
    ("Il-port ta' Marsaxlokk Ritratt ta' arkivju", "Il-port ta' Marsaxlokk", "Ritratt ta' arkivju"),
    ("阿里山森林鐵路的蒸汽火車頭（中央社檔案照片）", "阿里山森林鐵路的蒸汽火車頭", "中央社檔案照片"),
    ("郭德纲(资料图)", "郭德纲(资料图)", None),  # a bare "file photo" note names no source: caption text
    ("Кадр з дрона Фота: скрыншот відэа", "Кадр з дрона", "Фота: скрыншот відэа"),
    ("PHOTO FOURNIE PAR LA VILLE | Une pelle mécanique tente de briser l’embâcle.",
     "Une pelle mécanique tente de briser l’embâcle.", "PHOTO FOURNIE PAR LA VILLE"),
    # blind scrape set 8 (after its first contact)
    ("Oríṣun àwòrán, Getty Images | Àwọn olùjọsìn ní etí odò", "Àwọn olùjọsìn ní etí odò", "Oríṣun àwòrán, Getty Images"),
    ("फसलों को नुकसान हुआ था (फाइल फोटो)", "फसलों को नुकसान हुआ था", "फाइल फोटो"),
    ("أشجار اللبان في صلالة (الجزيرة)", "أشجار اللبان في صلالة", "الجزيرة"),
    ("Polis ekipleri Karasu Çayı ağzında denetim yaptı. İHA", "Polis ekipleri Karasu Çayı ağzında denetim yaptı.", "İHA"),
    ("पूजा गर्दै स्थानीयवासी । तस्बिर : रासस", "पूजा गर्दै स्थानीयवासी ।", "तस्बिर : रासस"),
    ("Lotes da vacina chegam a Guarulhos (SP) Imagem: Divulgação/Ministério da Saúde", "Lotes da vacina chegam a Guarulhos (SP)",
     "Imagem: Divulgação/Ministério da Saúde"),
    # blind scrape set 9 (after its first contact)
    ("Photograph by Jane Roe for TIME | The concrete silos of the former elevator", "The concrete silos of the former elevator",
     "Photograph by Jane Roe for TIME"),
    ("The clock mechanism being removed last year — Screengrab via ExampleTV", "The clock mechanism being removed last year",
     "Screengrab via ExampleTV"),
    ("Yam sticks stand in a dry field in Trelawny. - Jane Roe/Photographer", "Yam sticks stand in a dry field in Trelawny.",
     "Jane Roe/Photographer"),
    ("MASKS Workers distribute face masks. PHOTO FROM THE TOWN FACEBOOK PAGE", "MASKS Workers distribute face masks.",
     "PHOTO FROM THE TOWN FACEBOOK PAGE"),
    ("પરંપરાગત નૃત્ય રજૂ કરતા કલાકારો (તસવીર: નિલેશ પટેલ)", "પરંપરાગત નૃત્ય રજૂ કરતા કલાકારો", "તસવીર: નિલેશ પટેલ"),
    ("ગયા વર્ષે ઉમટેલી ભીડ (ફાઇલ તસવીર)", "ગયા વર્ષે ઉમટેલી ભીડ", "ફાઇલ તસવીર"),
    ("ផ្សារដើមគរ កាលពីឆ្នាំ២០២៤ (រូបឯកសារ)", "ផ្សារដើមគរ កាលពីឆ្នាំ២០២៤", "រូបឯកសារ"),
    ("Долон ашуусу. 2024-жыл. Архивдик сүрөт", "Долон ашуусу. 2024-жыл.", "Архивдик сүрөт"),
    ("The mayor — in red — speaks to the crowd", "The mayor — in red — speaks to the crowd", None),
    ("Nelayan membaiki pukat di jeti - Foto BERNAMA", "Nelayan membaiki pukat di jeti", "Foto BERNAMA"),
    # a label whose last character is no word character (a vowel sign, an abbreviation's dot) in brackets
    ("नई दिल्ली में इंडिया गेट पर लोग (फोटो: पीटीआई)", "नई दिल्ली में इंडिया गेट पर लोग", "फोटो: पीटीआई"),
    ("Πλημμύρες στην Αθήνα (Φωτ. Reuters)", "Πλημμύρες στην Αθήνα", "Φωτ. Reuters"),
    # blind scrape set 4 (after its first contact): labels in more languages, Arabic, Korean and Greek agencies,
    # a credit before the caption, a photographer's credit with its date, several roles, "Courtesy of"
    ("Crowds on the seafront at noon Pic: Example Agency", "Crowds on the seafront at noon", "Pic: Example Agency"),
    ("Tom en Ilse delen water uit. Beeld: Omroep Voorbeeld", "Tom en Ilse delen water uit.", "Beeld: Omroep Voorbeeld"),
    ("Άρματα στην παραλιακή οδό ΦΩΤΟ: EXAMPLE/ΝΙΚΟΣ", "Άρματα στην παραλιακή οδό", "ΦΩΤΟ: EXAMPLE/ΝΙΚΟΣ"),
    ("Трещина на льду Кадр: видео из Telegram-канала", "Трещина на льду", "Кадр: видео из Telegram-канала"),
    ("مزارعون يجمعون التمور في الواحة (رويترز)", "مزارعون يجمعون التمور في الواحة", "رويترز"),
    ("Καρναβαλιστές στην κεντρική εξέδρα (ΑΠΕ-ΜΠΕ)", "Καρναβαλιστές στην κεντρική εξέδρα", "ΑΠΕ-ΜΠΕ"),
    ("[사진 제공=예시시] 시민들이 벚꽃 아래를 걷고 있다.", "시민들이 벚꽃 아래를 걷고 있다.", "사진 제공=예시시"),
    ("[Photo: Jane Roe] Crowds gather at the harbour wall", "Crowds gather at the harbour wall", "Photo: Jane Roe"),
    ("해군사관학교 교정. [연합뉴스 자료사진]", "해군사관학교 교정.", "연합뉴스 자료사진"),
    ("관광객들이 기념사진을 찍고 있다. /사진=뉴스1", "관광객들이 기념사진을 찍고 있다.", "사진=뉴스1"),
    ("花車沿街前進。（中央社記者林小明攝 114年8月24日）", "花車沿街前進。", "中央社記者林小明攝 114年8月24日"),
    ("Rhubarb traybake. Photography: Jane Roe. Food styling: John Doe.", "Rhubarb traybake.",
     "Photography: Jane Roe. Food styling: John Doe."),
    ("At her kitchen table in 1974. Photo courtesy of the Roe family", "At her kitchen table in 1974.",
     "Photo courtesy of the Roe family"),
    ("Pengungsi di posko, Rabu (13/11/2024). KOMPAS.com/JANE ROE", "Pengungsi di posko, Rabu (13/11/2024).",
     "KOMPAS.com/JANE ROE"),
    ("Pengungsi di posko, Selasa (12/11/2024). ANTARA FOTO/Jane Roe/nym.", "Pengungsi di posko, Selasa (12/11/2024).",
     "ANTARA FOTO/Jane Roe/nym."),
    # blind scrape set 14: an organisation's photographer in brackets, "photo" in lower case; a camera emoji for the
    # label; the Kashubian spelling of the abbreviated label
    ("Airmen load debris. (U.S. Air Force photo by Senior Airman Jane Roe)", "Airmen load debris.",
     "U.S. Air Force photo by Senior Airman Jane Roe"),
    ("Boy Ndiaye ak Lamine Sarr ci bëre bi 📷 Jane Roe", "Boy Ndiaye ak Lamine Sarr ci bëre bi", "📷 Jane Roe"),
    ("Łodze na Pùcczi Zôtoce – Fòt. Jan Kòstka", "Łodze na Pùcczi Zôtoce", "Fòt. Jan Kòstka"),
    # blind scrape set 16: "picture source:" after a space (no full stop closes a Chinese caption without one); a
    # Korean wire's usage note inside its bracket; "file photo" in Japanese brackets; a hyphen glued to a Hindi
    # label; a Brazilian paper's photographer, date and outlet glued to the caption
    ("5月17日晚，揭幕战现场座无虚席 图片来源：视觉中国", "5月17日晚，揭幕战现场座无虚席", "图片来源：视觉中国"),
    ("선등거리를 밝힌 산천어 모양의 등 [화천군 제공. 재판매 및 DB 금지]", "선등거리를 밝힌 산천어 모양의 등",
     "화천군 제공. 재판매 및 DB 금지"),
    ("多くの見物客でにぎわう1978年の本宮（資料写真）", "多くの見物客でにぎわう1978年の本宮", "資料写真"),
    ("रोशनी से जगमगाता हरिहरनाथ मंदिर। फोटो- सोशल मीडिया", "रोशनी से जगमगाता हरिहरनाथ मंदिर।", "फोटो- सोशल मीडिया"),
    ("Visitantes lotam a praça no primeiro dia do festival Jane Roe - 15.nov.2025/Example Press",
     "Visitantes lotam a praça no primeiro dia do festival", "Jane Roe - 15.nov.2025/Example Press"),    # blind scrape set 17 (and earlier sets' last credits): an initial or "et al." in a credit after the caption's last
    # sentence; a Swahili label before a bar; capitals "FOR" an outlet and a capitals agency glued to a caption with no
    # stop; a provenance in brackets or in two words; an outlet's initials and "photo"; an agency's name alone; a
    # quote's speaker after a dash is no credit
    ("An octopus rests in a den. Octopuses also sleep. M. Roe/Universidad Austral de Chile",
     "An octopus rests in a den. Octopuses also sleep.", "M. Roe/Universidad Austral de Chile"),
    ("Images taken seconds apart show the pattern changing. J. Roe et al./Example Biology 2025",
     "Images taken seconds apart show the pattern changing.", "J. Roe et al./Example Biology 2025"),
    ("Mashindano ya jahazi. PICHA | JANE ROE", "Mashindano ya jahazi.", "PICHA | JANE ROE"),
    ("Crowds gathered along the towpath ahead of the race JANE ROE FOR THE EXAMPLE",
     "Crowds gathered along the towpath ahead of the race", "JANE ROE FOR THE EXAMPLE"),
    ("Oxford celebrate after crossing the line at Mortlake GETTY IMAGES", "Oxford celebrate after crossing the line at Mortlake",
     "GETTY IMAGES"),
    ("The 1877 race in a contemporary engraving ALAMY", "The 1877 race in a contemporary engraving", "ALAMY"),
    ("Conservators clean the mosaic (Courtesy)", "Conservators clean the mosaic", "Courtesy"),
    ("An artist's impression of the park planned for the old bridge. Picture supplied",
     "An artist's impression of the park planned for the old bridge.", "Picture supplied"),
    ("Students carry smaller parol during the opening parade on Friday. PNA photo",
     "Students carry smaller parol during the opening parade on Friday.", "PNA photo"),
    ("Weisse Vliese sollen das Eis im Sommer schützen. Imago", "Weisse Vliese sollen das Eis im Sommer schützen.", "Imago"),
    ("“Dis album na my life.” — Jane Roe", "“Dis album na my life.” — Jane Roe", None),
    ("They met on Monday. Protesters at the U.S. Capitol", "They met on Monday. Protesters at the U.S. Capitol", None),
    # blind scrape set 19: Getty's photographer for a client after a name-only caption; a source and its Creative
    # Commons licence; "Author provided" with a republishing note, or after a name and a slash
    ("Jane Roe Getty Images for Example Festival", "Jane Roe", "Getty Images for Example Festival"),
    ("The front line of the invasion, mapped in 2024. Example Commons, CC BY-SA",
     "The front line of the invasion, mapped in 2024.", "Example Commons, CC BY-SA"),
    ("Rangers install a fence around the pool. Author provided (no reuse)", "Rangers install a fence around the pool.",
     "Author provided (no reuse)"),
    ("Toads move up to 1.8km in a night. Jane Roe/Author provided", "Toads move up to 1.8km in a night.",
     "Jane Roe/Author provided"),
    # blind scrape set 20: a photographer and a source under two labels; "photo courtesy of" in Malay after a dash
    ("Burčák se prodával ve stovkách stánků Autor: Jane Roe, Zdroj: ČTK", "Burčák se prodával ve stovkách stánků",
     "Autor: Jane Roe, Zdroj: ČTK"),
    ("Durian yang dijual di tepi jalan - Foto ihsan pembaca", "Durian yang dijual di tepi jalan", "Foto ihsan pembaca"),
    # blind scrape set 21: the slash a site sets before the credit after the last sentence is no part of it; "file
    # photo" in Italian, in lower case
    ("A fire balloon lifts off on Monday night. / The Example Post", "A fire balloon lifts off on Monday night.",
     "The Example Post"),
    ("Il Festino del 2024, con il carro a forma di nave. foto di repertorio",
     "Il Festino del 2024, con il carro a forma di nave.", "foto di repertorio"),
    # blind scrape set 22: "(File pic)"; the Spanish label "Imagen:" and "Imagen cedida por ..." ("picture provided
    # by"); Oman's agency and "from the source" in Arabic brackets
    ("Maidens dance at a previous ceremony. (File pic)", "Maidens dance at a previous ceremony.", "File pic"),
    ("Los romeros bajan por la calle principal con las ramas de pino. Imagen: RTVC",
     "Los romeros bajan por la calle principal con las ramas de pino.", "Imagen: RTVC"),
    ("Participantes golpean el mar. Imagen cedida por el Ayuntamiento de Agaete", "Participantes golpean el mar.",
     "Imagen cedida por el Ayuntamiento de Agaete"),
    ("زوار في عين رزات خلال عطلة نهاية الأسبوع (العمانية)", "زوار في عين رزات خلال عطلة نهاية الأسبوع", "العمانية"),
    ("جانب من فعاليات مهرجان الخريف (من المصدر)", "جانب من فعاليات مهرجان الخريف", "من المصدر"),
    ("A view of the hall. Photo gallery below", "A view of the hall. Photo gallery below", None),
    # blind scrape set 23: a photographer in capitals and the picture's archive number; "photo provided =" in Japanese
    # brackets; an outlet's photo desk in Korean brackets; "archive" in Arabic brackets
    ("Dancers open the first night of the festival. JANE ROE/26080412", "Dancers open the first night of the festival.",
     "JANE ROE/26080412"),
    ("開会式で鏡開きをする関係者ら。（写真提供＝県連）", "開会式で鏡開きをする関係者ら。", "写真提供＝県連"),
    ("서울국제공원에 설치된 메인 무대. [중앙포토]", "서울국제공원에 설치된 메인 무대.", "중앙포토"),
    ("واحة نخيل بطولقة (أرشيف)", "واحة نخيل بطولقة", "أرشيف"),
    # blind scrape set 24: a label and a spaced dash where the colon stands; the photo word compounded with where the
    # picture came from ("archive photo", "press picture")
    ("Masqueraders lead the parade along Main Street. Photo credit – Example Festival Committee",
     "Masqueraders lead the parade along Main Street.", "Photo credit – Example Festival Committee"),
    ("Der Rosenmontagszug im Jahr 1975 am Werthplatz. Archivfoto: Example Kurier",
     "Der Rosenmontagszug im Jahr 1975 am Werthplatz.", "Archivfoto: Example Kurier"),
    ("Skördefesten i Finström. Pressbild: Visit Example", "Skördefesten i Finström.", "Pressbild: Visit Example"),
    ("Het nieuwe stadhuis in 1968. Archieffoto: Example Dagblad", "Het nieuwe stadhuis in 1968.",
     "Archieffoto: Example Dagblad"),
    # set 26: who made or gave the picture between "Photo" and "by"; the Afrikaans and Dutch plural label
    ("A collage of the flags carried in the parade. Photo illustration by Jane Roe ’28",
     "A collage of the flags carried in the parade.", "Photo illustration by Jane Roe ’28"),
    ("Fishermen carry the statue to the bay. Photo submitted by the Example Parish Council",
     "Fishermen carry the statue to the bay.", "Photo submitted by the Example Parish Council"),
    ("Besoekers proe witblits by een van die stalletjies. Foto's: Jane Roe",
     "Besoekers proe witblits by een van die stalletjies.", "Foto's: Jane Roe"),
    # blind scrape set 27: "file photo" in Hindi, Gujarati, Malayalam and Pashto, "archive photo" in Armenian; the
    # Dzongkha label closed by its shad, the Khmer "picture", the Mongolian "source", the Telugu "photo courtesy"
    ("रथ खींचे बर रस्सी धरे आदिवासी जवान मन। फाइल फोटो", "रथ खींचे बर रस्सी धरे आदिवासी जवान मन।", "फाइल फोटो"),
    ("ગયા વર્ષે એબી પાર્કમાં થયેલી આતશબાજી. ફાઇલ ફોટો", "ગયા વર્ષે એબી પાર્કમાં થયેલી આતશબાજી.", "ફાઇલ ફોટો"),
    ("കഴിഞ്ഞ വർഷത്തെ വടംവലി മത്സരത്തിൽ നിന്ന്. ഫയൽ ചിത്രം", "കഴിഞ്ഞ വർഷത്തെ വടംവലി മത്സരത്തിൽ നിന്ന്.", "ഫയൽ ചിത്രം"),
    ("تېر کال د سوات سیند پر غاړه ګرځندویان. فایل انځور", "تېر کال د سوات سیند پر غاړه ګرځندویان.", "فایل انځور"),
    ("Այնճարի առաջին խաղողօրհնէքը 1940-ականներուն։ Արխիւային լուսանկար",
     "Այնճարի առաջին խաղողօրհնէքը 1940-ականներուն։", "Արխիւային լուսանկար"),
    ("ཨ་ཙ་ར་ཚུ་གིས་ མི་མང་ དགའ་བ་ བཟོ་དོ། པར། སྤ་རོ་རྫོང་ཁག", "ཨ་ཙ་ར་ཚུ་གིས་ མི་མང་ དགའ་བ་ བཟོ་དོ།", "པར། སྤ་རོ་རྫོང་ཁག"),
    ("ប្រជាពលរដ្ឋ អង្គុយទស្សនាការប្រណាំងទូក នៅមាត់ទន្លេ។ រូបភាព៖ ហ្វេសប៊ុក",
     "ប្រជាពលរដ្ឋ អង្គុយទស្សនាការប្រណាំងទូក នៅមាត់ទន្លេ។", "រូបភាព៖ ហ្វេសប៊ុក"),
    ("Сумын төвийн цэнгэлдэх хүрээлэн. Эх сурвалж: Сумын ЗДТГ", "Сумын төвийн цэнгэлдэх хүрээлэн.",
     "Эх сурвалж: Сумын ЗДТГ"),
    ("ఒడ్డున బతుకమ్మ ఆడుతున్న మహిళలు. ఫొటో సౌజన్యం: పర్యాటక శాఖ", "ఒడ్డున బతుకమ్మ ఆడుతున్న మహిళలు.",
     "ఫొటో సౌజన్యం: పర్యాటక శాఖ"),
    # blind scrape set 30: an Indian wire's photo, in Hindi, after the caption's last sentence
    ("रंग-बिरंगी कांवड़ लेकर गंगा तालाब की ओर जाते श्रद्धालु। पीटीआई फोटो",
     "रंग-बिरंगी कांवड़ लेकर गंगा तालाब की ओर जाते श्रद्धालु।", "पीटीआई फोटो"),
    # blind scrape set 32: who drew a chart or a map, and the data's source, after the last sentence; a title other
    # languages write in lower case before a name is no sentence's end
    ("Gatun Lake level in feet, 2025-2026. Chart: Example Post. Source: ACP", "Gatun Lake level in feet, 2025-2026.",
     "Chart: Example Post. Source: ACP"),
    ("Прогноз ночных заморозков на 14–16 октября. Карта: Гидрометеослужба", "Прогноз ночных заморозков на 14–16 октября.",
     "Карта: Гидрометеослужба"),
    ("How the budget is split. Graphic: Example Observer. Source: Ministry of Finance", "How the budget is split.",
     "Graphic: Example Observer. Source: Ministry of Finance"),
    ("Tyrimų grupės vadovas prof. Jonas Petraitis", "Tyrimų grupės vadovas prof. Jonas Petraitis", None),
    ("FILE PHOTO: The minister speaks at the exchange in 2003. Photo: NA",
     "FILE PHOTO: The minister speaks at the exchange in 2003.", "Photo: NA"),
    # blind scrape set 31: a Chinese photographer's label after a space, the Hungarian "X's photograph"
    ("舞狮队在开幕式上表演 摄影：王小明", "舞狮队在开幕式上表演", "摄影：王小明"),
    ("Huszárok vonulnak át az Erzsébet hídon. Jane Roe felvétele", "Huszárok vonulnak át az Erzsébet hídon.",
     "Jane Roe felvétele"),
    # blind scrape set 33: the Arabic "lens:", the Italian "photo by kind permission"
    ("زوار يتجولون بين أجنحة دور النشر عدسة: علي حسين", "زوار يتجولون بين أجنحة دور النشر", "عدسة: علي حسين"),
    ("I camerieri in gara nella corsa con il vassoio. Foto per gentile concessione", "I camerieri in gara nella corsa "
     "con il vassoio.", "Foto per gentile concessione"),
    # blind scrape set 34: a Korean credit in angle brackets, a Korean reporter's byline after the last sentence (as
    # a labeled page's caption has it too), the Dutch "screenshot:", the Dutch lawyer's title "mr." before a name
    ("관계자가 압수한 현금과 휴대전화를 공개하고 있다. <사진=예시경찰>", "관계자가 압수한 현금과 휴대전화를 공개하고 있다.",
     "사진=예시경찰"),
    ("경찰 기자회견에서 발언하는 데이비드 웡 경감. 홍길동 기자", "경찰 기자회견에서 발언하는 데이비드 웡 경감.", "홍길동 기자"),
    ("Het debat werd rechtstreeks uitgezonden. Schermafbeelding: Example TV", "Het debat werd rechtstreeks uitgezonden.",
     "Schermafbeelding: Example TV"),
    ("Defence lawyer mr. Jane Roe", "Defence lawyer mr. Jane Roe", None),
    # blind scrape set 35: "photo courtesy of" in Spanish and Portuguese, the Slovak label "Snímka:"
    ("La rana fue localizada en 2026. Fotografía cortesía del Instituto Example",
     "La rana fue localizada en 2026.", "Fotografía cortesía del Instituto Example"),
    ("O ponto de apoio da comunidade em Drummond. Foto cortesia da família Roe", "O ponto de apoio da comunidade em "
     "Drummond.", "Foto cortesia da família Roe"),
    ("Krojovaný sprievod na hlavnej ulici. Snímka: Ján Roe", "Krojovaný sprievod na hlavnej ulici.", "Snímka: Ján Roe"),
    # blind scrape set 36: the Welsh "photo by", the Dari "photo from:", the Norwegian "illustration photo:", the
    # Swahili title "Bw." before a name
    ("Protestwyr y tu allan i adeilad y Senedd. Llun gan Jane Roe", "Protestwyr y tu allan i adeilad y Senedd.",
     "Llun gan Jane Roe"),
    ("دکان‌های میوهٔ خشک در مندوی کابل. عکس از: فرید احمدی", "دکان‌های میوهٔ خشک در مندوی کابل.", "عکس از: فرید احمدی"),
    ("Illustrasjonsfoto: NTB", None, "Illustrasjonsfoto: NTB"),
    ("Mkurugenzi Mkuu wa TPA, Bw. Juma Roe", "Mkurugenzi Mkuu wa TPA, Bw. Juma Roe", None),
    # blind scrape set 37: a stock picture's source after the last sentence (set 17's "Symbolbild:" at the start
    # stays caption text)
    ("Die Tigermücke überträgt das Dengue-Virus. Symbolfoto: Example Stock", "Die Tigermücke überträgt das "
     "Dengue-Virus.", "Symbolfoto: Example Stock"),
    # blind scrape set 38: a Lithuanian "photo" credit holding an abbreviation, the Croatian "shot by", the Afrikaans
    # "screenshot"
    ("Kontrabandinės cigaretės, rastos tarp plokščių. Klaipėdos apskr. VPK nuotr.", "Kontrabandinės cigaretės, rastos "
     "tarp plokščių.", "Klaipėdos apskr. VPK nuotr."),
    ("Berba šećerne repe na polju kod Čepina. Snimio: Ivan Roe", "Berba šećerne repe na polju kod Čepina.",
     "Snimio: Ivan Roe"),
    ("Die instellingskerm in Afrikaans. Skermskoot: Example Vandag", "Die instellingskerm in Afrikaans.",
     "Skermskoot: Example Vandag"),
    # blind scrape set 25: words before the label that close a sentence are the caption's, not an outlet's
    ("Запалення ватри в суботу ввечері — кульмінація фестивалю. Фото: Андрій Лопата",
     "Запалення ватри в суботу ввечері — кульмінація фестивалю.", "Фото: Андрій Лопата"),
    # blind JSON sets 39 and 40: chart and map labels in more languages, a spaced hyphen before a wire credit, a
    # label and an institution whose last word follows a particle in lower case, bracketed agencies and sources
    ("Heyelanın meydana geldiği Sürmene-Of arası. Harita: THP", "Heyelanın meydana geldiği Sürmene-Of arası.",
     "Harita: THP"),
    ("Peta wilayah terdampak banjir rob. Grafis: Warta Lotim", "Peta wilayah terdampak banjir rob.",
     "Grafis: Warta Lotim"),
    ("Diễn biến sạt lở bờ biển Tây giai đoạn 2020-2025. Đồ họa: Tin Cà Mau",
     "Diễn biến sạt lở bờ biển Tây giai đoạn 2020-2025.", "Đồ họa: Tin Cà Mau"),
    ("Vendangeurs dans les parchets de Collombey, jeudi. - Keystone-ATS/Sandrine Rey",
     "Vendangeurs dans les parchets de Collombey, jeudi.", "Keystone-ATS/Sandrine Rey"),
    ("Il fronte della frana sopra Gragnola. Foto Vigili del fuoco", "Il fronte della frana sopra Gragnola.",
     "Foto Vigili del fuoco"),
    ("أصناف من الرطب المعروضة في المهرجان (العُمانية)", "أصناف من الرطب المعروضة في المهرجان", "العُمانية"),
    ("굴 껍데기를 까는 작업장 모습. /김민수 기자", "굴 껍데기를 까는 작업장 모습.", "김민수 기자"),
    ("남해군 마늘 생산량 추이 (그래픽=남해안신문)", "남해군 마늘 생산량 추이", "그래픽=남해안신문"),
    ("金沢市の観光客数の推移（市調べ）", "金沢市の観光客数の推移", "市調べ"),
    ("米粉店师傅正在熬制卤水。（受访者供图）", "米粉店师傅正在熬制卤水。", "受访者供图"),
    ("भीमबेटका की गुफा में मिली लाल रंग की चित्रकारी। फोटो सौजन्य: भारतीय पुरातत्व सर्वेक्षण",
     "भीमबेटका की गुफा में मिली लाल रंग की चित्रकारी।", "फोटो सौजन्य: भारतीय पुरातत्व सर्वेक्षण"),
    # blind JSON set 41: an Estonian drawing's label, the Persian "photographer:", the Lithuanian "Nuotr." first
    ("Mänguväljaku eskiis. Joonis: Rakvere linnavalitsus", "Mänguväljaku eskiis.", "Joonis: Rakvere linnavalitsus"),
    ("مرمت بادگیر خانه\u200cای تاریخی در محله فهادان یزد - عکاس: زهرا کاظمی",
     "مرمت بادگیر خانه\u200cای تاریخی در محله فهادان یزد", "عکاس: زهرا کاظمی"),
    ("Nemuno krantinė Alytuje po rekonstrukcijos. Nuotr. iš asmeninio archyvo",
     "Nemuno krantinė Alytuje po rekonstrukcijos.", "Nuotr. iš asmeninio archyvo"),
    # blind scrape set 43: a label glued to the caption's last word, the space lost
    ("Zgrada Osnovnog suda u NikšićuFoto: MINA", "Zgrada Osnovnog suda u Nikšiću", "Foto: MINA"),
    # blind JSON set 44: a Russian illustration's label, Marathi "photograph:", Hindi "source:", an Arabic agency's
    # initials in brackets
    ("Схема новых пешеходных зон. Иллюстрация: администрация", "Схема новых пешеходных зон.",
     "Иллюстрация: администрация"),
    ("रंकाळा तलावाच्या काठावर नागरिक. छायाचित्र: सुनील पाटील", "रंकाळा तलावाच्या काठावर नागरिक.", "छायाचित्र: सुनील पाटील"),
    ("डेंगू के मामलों का साप्ताहिक आंकड़ा। स्रोत: जिला स्वास्थ्य विभाग", "डेंगू के मामलों का साप्ताहिक आंकड़ा।",
     "स्रोत: जिला स्वास्थ्य विभाग"),
    ("محطة القطار الجديدة بمكناس عشية افتتاحها (و م ع)", "محطة القطار الجديدة بمكناس عشية افتتاحها", "و م ع"),
    ("Obras de remate no acceso superior do ascensor. Imaxe: Concello de Vigo",
     "Obras de remate no acceso superior do ascensor.", "Imaxe: Concello de Vigo"),  # Galician "picture:"
    # "photo:" in Asturian after a bar, Xitsonga, Chichewa and Tahitian in brackets, Sinhala with its suffix
    ("Pescadores nel muelle de Cimavilla | Semeya: Xuan Méndez", "Pescadores nel muelle de Cimavilla",
     "Semeya: Xuan Méndez"),
    ("Vamanana va teka mati etepini leyintshwa. Xifaniso: Tsakani Roe", "Vamanana va teka mati etepini leyintshwa.",
     "Xifaniso: Tsakani Roe"),
    ("Amalonda akugulitsa tomato mumsika wa Zomba (Chithunzi: Grace Roe)", "Amalonda akugulitsa tomato mumsika wa Zomba",
     "Chithunzi: Grace Roe"),
    ("Te mau poti tautai i te uahu no Vaiare (Hoho’a: Teiva Roe)", "Te mau poti tautai i te uahu no Vaiare",
     "Hoho’a: Teiva Roe"),
    ("ගෝවා අස්වැන්න නෙළන කාන්තාවන් - ඡායාරූපය: සුනිල් රෝ", "ගෝවා අස්වැන්න නෙළන කාන්තාවන්", "ඡායාරූපය: සුනිල් රෝ"),
    # a chart's label in capitals, and in another language (Waray "grapiko")
    ("An presyo han humay tikang Hulyo ngadto Oktubre. GRAPIKO: AN SAMARNON YANA",
     "An presyo han humay tikang Hulyo ngadto Oktubre.", "GRAPIKO: AN SAMARNON YANA"),
    ("Cases by province. MAP: Example Post", "Cases by province.", "MAP: Example Post"),
    # a diagram's and a map's labels, after Devanagari's full stop (the danda) too; Gikuyu's word for picture
    ("Схема комплекса: пучки попадают в кольца коллайдера. Схема: пресс-служба ОИЯИ",
     "Схема комплекса: пучки попадают в кольца коллайдера.", "Схема: пресс-служба ОИЯИ"),
    ("देश के वे हिस्से जहां लू की चेतावनी जारी की गई है। नक्शा: IMD", "देश के वे हिस्से जहां लू की चेतावनी जारी की गई है।",
     "नक्शा: IMD"),
    ("Thogora wa kahũa wambatĩte. Mbica: Mũgambo wa Nyeri", "Thogora wa kahũa wambatĩte.", "Mbica: Mũgambo wa Nyeri"),
    # a scraper's text nodes joined by a bar with no spaces (BeautifulSoup's get_text('|')); Karakalpak's label
    ("Muzeyge kelgen oqıwshılar bilezik kórip atır.|Súwret: Dáwlet Roe", "Muzeyge kelgen oqıwshılar bilezik kórip "
     "atır.", "Súwret: Dáwlet Roe"),
    ("The harbour at dawn on Friday.|Photo: Jane Roe", "The harbour at dawn on Friday.", "Photo: Jane Roe"),
    # a labelled credit first, then a long dash and the caption
    ("Foto: Renata Roe — Canoas caiçaras alinhadas no cais de Paraty na sexta-feira (2).",
     "Canoas caiçaras alinhadas no cais de Paraty na sexta-feira (2).", "Foto: Renata Roe"),
    ("Photo: Jane Roe – The harbour at dawn on Friday.", "The harbour at dawn on Friday.", "Photo: Jane Roe"),
    # Breton and Hawaiian labels
    ("Sonerien ar bagad war straed Kemper d'ar Sul. Luc'hskeudenn: Erwan Roe", "Sonerien ar bagad war straed Kemper "
     "d'ar Sul.", "Luc'hskeudenn: Erwan Roe"),
    ("Nā lawaiʻa ma ke awa o Hilo. Kiʻi: Malia Roe", "Nā lawaiʻa ma ke awa o Hilo.", "Kiʻi: Malia Roe"),
    # an outlet's name with a plural article, after the photographer and a slash
    ("La fontaine, libérée de ses échafaudages, mardi. Photo Julien Roe / Le Courrier des Bauges",
     "La fontaine, libérée de ses échafaudages, mardi.", "Photo Julien Roe / Le Courrier des Bauges"),
    # "rights reserved" (D.R.), and a chart's label in Arabic and Persian (set 64)
    ("Turistas na Torre, no início de março. D.R.", "Turistas na Torre, no início de março.", "D.R."),
    ("ترتيب البطولة بعد الجولة 22. إنفوغرافيك: نبض تلمسان", "ترتيب البطولة بعد الجولة 22.", "إنفوغرافيك: نبض تلمسان"),
    ("قیمت برنج، ۱۴۰۰ تا ۱۴۰۴. نمودار: وارش خبر", "قیمت برنج، ۱۴۰۰ تا ۱۴۰۴.", "نمودار: وارش خبر"),
    # who took it after a space and a middle dot, as a Japanese paper writes it (set 63)
    ("眼鏡橋の下で川底のごみを拾う参加者ら＝1日、長崎市 撮影・田中美咲", "眼鏡橋の下で川底のごみを拾う参加者ら＝1日、長崎市", "撮影・田中美咲"),
    # a correspondent's photo, as a Chinese paper credits it (set 64)
    ("沙茶面摊位前排起长队。　通讯员 黄志强 摄", "沙茶面摊位前排起长队。", "通讯员 黄志强 摄"),
    # a label, a bar, the photographer, a bar, the outlet (set 61)
    ("Trucks queue outside the terminal on February 2, 2026. PHOTO | KEVIN ROE | EXAMPLE TRIBUNE",
     "Trucks queue outside the terminal on February 2, 2026.", "PHOTO | KEVIN ROE | EXAMPLE TRIBUNE"),
    # a Spanish or Philippine title before a name is no sentence's end (set 61)
    ("City health officer Dra. Teresita Roe", "City health officer Dra. Teresita Roe", None),
    ("The new harbour master, Engr. Jose Roe", "The new harbour master, Engr. Jose Roe", None),
    # who reproduced an old picture, whose view of a plan it is (set 61)
    ("The kiosk in 1985, still with its newspaper stand by the door. Repro: Anke Roe",
     "The kiosk in 1985, still with its newspaper stand by the door.", "Repro: Anke Roe"),
    ("How the square will look when the works end. Rendering: City of Example",
     "How the square will look when the works end.", "Rendering: City of Example"),
    # a British paper's stock or library picture after the last sentence; "archive" alone in brackets in the
    # caption's language; a graphic's or a plan's view in Vietnamese and Polish (sets 97 and 98)
    ("Fresh hop bines decorate the Guildhall. Stock picture", "Fresh hop bines decorate the Guildhall.",
     "Stock picture"),
    ("Le bancarelle di castagne lungo il viale d'ingresso (Archivio)",
     "Le bancarelle di castagne lungo il viale d'ingresso", "Archivio"),
    ("Giá cà phê nhân xô tại Gia Lai từ đầu năm. - Đồ họa: Phố Núi Online",
     "Giá cà phê nhân xô tại Gia Lai từ đầu năm.", "Đồ họa: Phố Núi Online"),
    ("Tak ma wyglądać bulwar po zakończeniu prac Wizualizacja: UM Bydgoszcz",
     "Tak ma wyglądać bulwar po zakończeniu prac", "Wizualizacja: UM Bydgoszcz"),
    # an outlet's file after the last sentence; "archive" after the photo word in lower case (set 100)
    ("Children cool off in the old wading pool in 2019. Valley Sun-Review file",
     "Children cool off in the old wading pool in 2019.", "Valley Sun-Review file"),
    ("Il vecchio ponte chiuso nel 2024. Foto archivio", "Il vecchio ponte chiuso nel 2024.", "Foto archivio"),
    ("Parcul Central, înainte de lucrări. Foto arhivă", "Parcul Central, înainte de lucrări.", "Foto arhivă"),
    ("Tàu du lịch neo đậu tại bến cũ, tháng 7/2024. Ảnh tư liệu", "Tàu du lịch neo đậu tại bến cũ, tháng 7/2024.",
     "Ảnh tư liệu"),
    # the Italian papers' abbreviated "Ph.", and Thai "picture credit" (set 103)
    ("La nuova ciclabile lungo via Emilia Pavese, inaugurata sabato mattina Ph. Marco Ferrari",
     "La nuova ciclabile lungo via Emilia Pavese, inaugurata sabato mattina", "Ph. Marco Ferrari"),
    ("แผนที่พื้นที่ผักตบชวาปกคลุมในบึงบอระเพ็ด เครดิตภาพ: GISTDA", "แผนที่พื้นที่ผักตบชวาปกคลุมในบึงบอระเพ็ด",
     "เครดิตภาพ: GISTDA"),
    # an outlet's graphic; the art desk's "Arte:", Turkish "Görsel:", Polish "Wiz."; a file photo in brackets in
    # Urdu and Malayalam, Thai "picture from the file" (set 106)
    ("The detour routes in place until Nov. 20. Laramie Plains Ledger graphic",
     "The detour routes in place until Nov. 20.", "Laramie Plains Ledger graphic"),
    ("Mapa dos desvios durante a obra Arte: Feira Hoje Online", "Mapa dos desvios durante a obra",
     "Arte: Feira Hoje Online"),
    ("Yeni kavşağın çizimi / Görsel: Siirt Belediyesi", "Yeni kavşağın çizimi", "Görsel: Siirt Belediyesi"),
    ("Tak ma wyglądać most po remoncie Wiz. UM Nowy Sącz", "Tak ma wyglądać most po remoncie", "Wiz. UM Nowy Sącz"),
    ("گزشتہ برس بارش کے بعد زیرِ آب سڑک۔ (فائل فوٹو)", "گزشتہ برس بارش کے بعد زیرِ آب سڑک۔", "فائل فوٹو"),
    ("2018ലെ കടലാക്രമണത്തിൽ തകർന്ന നടപ്പാത (ഫയൽ ചിത്രം)", "2018ലെ കടലാക്രമണത്തിൽ തകർന്ന നടപ്പാത", "ഫയൽ ചിത്രം"),
    ("ทางเดินริมน้ำช่วงน้ำท่วมปี 2567 ภาพจากแฟ้ม", "ทางเดินริมน้ำช่วงน้ำท่วมปี 2567", "ภาพจากแฟ้ม"),
    # a name and the outlet across a spaced slash after the last sentence; capitals after a bar (set 109)
    ("Obras na Avenida Brasil, entre a Rua Paissandu e a Rua Moron. Eduarda Roe / Correio do Planalto",
     "Obras na Avenida Brasil, entre a Rua Paissandu e a Rua Moron.", "Eduarda Roe / Correio do Planalto"),
    ("A Avenida Brasil em 2014, antes da última reforma. Arquivo / Correio do Planalto",
     "A Avenida Brasil em 2014, antes da última reforma.", "Arquivo / Correio do Planalto"),
    # a graphic's maker and the outlet after a bar (set 124)
    ("The detour runs along Park Avenue and crosses the creek. Graphic by Kelsey Roe | Howard County Example",
     "The detour runs along Park Avenue and crosses the creek.", "Graphic by Kelsey Roe | Howard County Example"),
    ("Kiertotie kulkee Hatanpään valtatien sillan kautta. Grafiikka: Pirkan Example",
     "Kiertotie kulkee Hatanpään valtatien sillan kautta.", "Grafiikka: Pirkan Example"),
    ("As estações alternativas durante as obras. Infografia: Diário do Alto Example",
     "As estações alternativas durante as obras.", "Infografia: Diário do Alto Example"),
    # an outlet after a bar in a cased alphabet past Latin-1 or in a script without capitals; a Chinese wire agency
    # alone in brackets (sets 126 and 129)
    ("Karagöl'ün sisli bir sabahı. | Şavşat Example", "Karagöl'ün sisli bir sabahı.", "Şavşat Example"),
    ("أطفال من مدرسة الثنية في أول جولة. | صدى المثال", "أطفال من مدرسة الثنية في أول جولة.", "صدى المثال"),
    ("พระสงฆ์เดินบิณฑบาตริมแม่น้ำโขง | ข่าวเชียงคาน", "พระสงฆ์เดินบิณฑบาตริมแม่น้ำโขง", "ข่าวเชียงคาน"),
    ("苗族姑娘身着银饰盛装迎客（新华社）", "苗族姑娘身着银饰盛装迎客", "新华社"),
    ("龙川胡氏宗祠前的游客。（新华社）", "龙川胡氏宗祠前的游客。", "新华社"),
    # a Chinese graphic's credit after the last sentence; a Japanese photographer with a space in the name; Tok Pisin
    # "Piksa:" (sets 124, 130 and 131)
    ("步行桥位置示意图。制图/赵敏", "步行桥位置示意图。", "制图/赵敏"),
    ("看板が設置された歩道橋＝浜松市中央区で2026年11月16日、松井 遥撮影", "看板が設置された歩道橋＝浜松市中央区で2026年11月16日",
     "松井 遥撮影"),
    ("Sing-sing grup Kandep akali Wabag show ground ongo. Piksa: Rosa Example",
     "Sing-sing grup Kandep akali Wabag show ground ongo.", "Piksa: Rosa Example"),
    # a Korean photo desk's place before its reporter; the paper's graphic (set 142)
    ("명동거리에 빈 점포들이 늘어서 있다. 천안=한지호 기자 jiho@example.kr", "명동거리에 빈 점포들이 늘어서 있다.",
     "천안=한지호 기자 jiho@example.kr"),
    ("창업 공간이 들어설 점포 위치. 예시일보 그래픽", "창업 공간이 들어설 점포 위치.", "예시일보 그래픽"),
    # an outlet's archive photo, a French "photo provided by", Greek and Hebrew archive photos (set 146)
    ("La berge effondrée au lendemain des orages, en juin. Photo d'archives Le Example",
     "La berge effondrée au lendemain des orages, en juin.", "Photo d'archives Le Example"),
    ("Un enrochement protège désormais le pied de la berge. Photo fournie par la Ville de Valence",
     "Un enrochement protège désormais le pied de la berge.", "Photo fournie par la Ville de Valence"),
    ("Η αγορά πριν από την ανάπλαση. Φωτογραφία αρχείου", "Η αγορά πριν από την ανάπλαση.", "Φωτογραφία αρχείου"),
    ("השטח לפני תחילת העבודות צילום ארכיון", "השטח לפני תחילת העבודות", "צילום ארכיון"),
    # a photographer's name in capitals after a spaced dash (set 148)
    ("Un naranjo sin podar en la calle San Luis, con los frutos caídos sobre la acera - RAFAEL ROE",
     "Un naranjo sin podar en la calle San Luis, con los frutos caídos sobre la acera", "RAFAEL ROE"),
    # a Hindi "symbolic picture", a Korean provider after a slash under a caption of no stop, a Swahili "library
    # picture" (set 152)
    ("कंटेनर डिपो पर माल की लदाई। सांकेतिक तस्वीर", "कंटेनर डिपो पर माल की लदाई।", "सांकेतिक तस्वीर"),
    ("내포신도시 공공도서관 외관 /홍성군 제공", "내포신도시 공공도서관 외관", "홍성군 제공"),
    ("Shamba la mahindi kando ya barabara. Picha ya maktaba", "Shamba la mahindi kando ya barabara.",
     "Picha ya maktaba"),
    # a Korean graphic's credit after a slash, a Turkish file photo (set 154)
    ("월미도 해안산책로 안내도. /그래픽=경인타임즈 디자인팀", "월미도 해안산책로 안내도.", "그래픽=경인타임즈 디자인팀"),
    ("Çarşının restorasyon öncesi hali Dosya Fotoğraf", "Çarşının restorasyon öncesi hali", "Dosya Fotoğraf"),
    # an archive's own name after "Photo d'archives", Urdu "بشکریہ:", Malay, Tamil and Turkish file or illustrative
    # pictures, a Japanese "写真：X" after a space (set 155)
    ("La halle dans les années 1950. Photo d'archives Archives municipales", "La halle dans les années 1950.",
     "Photo d'archives Archives municipales"),
    ("باغ کا نقشہ جس میں نئی روشیں دکھائی گئی ہیں۔ بشکریہ: محکمہ آثار قدیمہ",
     "باغ کا نقشہ جس میں نئی روشیں دکھائی گئی ہیں۔", "بشکریہ: محکمہ آثار قدیمہ"),
    ("ٹبیاں اُتے کھڑے لوک۔ تصویر بشکریہ: ٹی ڈی سی پی", "ٹبیاں اُتے کھڑے لوک۔", "تصویر بشکریہ: ٹی ڈی سی پی"),
    ("Hasil tangkapan dijual di pasar pagi. Gambar hiasan", "Hasil tangkapan dijual di pasar pagi.", "Gambar hiasan"),
    ("குளத்தில் காணப்படும் பறவைகள். கோப்புப் படம்", "குளத்தில் காணப்படும் பறவைகள்.", "கோப்புப் படம்"),
    ("Sürücüler dikkatli olmaları konusunda uyarıldı. Temsili fotoğraf",
     "Sürücüler dikkatli olmaları konusunda uyarıldı.", "Temsili fotoğraf"),
    ("遊歩道を歩く親子連れ＝19日、石巻市中瀬 写真：佐野真一", "遊歩道を歩く親子連れ＝19日、石巻市中瀬", "写真：佐野真一"),
    # an outlet with a particle after a bar (set 157)
    ("Plano del servicio alternativo durante los cortes. | Tranvía de Zaragoza",
     "Plano del servicio alternativo durante los cortes.", "Tranvía de Zaragoza"),
    # labels and file pictures of sets 158-161: Michif "Portray:", Hindi "ग्राफिक:", Thai "ภาพจาก:", Hungarian
    # "Illusztráció:", Catalan "Imatge:" and "Imatge d'arxiu", Swahili "Picha kwa hisani ya X", Korean, Gujarati,
    # Persian and Hebrew file or illustration pictures, a French "Photo archives X"
    ("Lii zaanfaan naamitowak la jig dan la tawnt. Portray: Louise Roe", "Lii zaanfaan naamitowak la jig dan la tawnt.",
     "Portray: Louise Roe"),
    ("नई बसों का रूट। | ग्राफिक: परिवहन निगम", "नई बसों का रूट।", "ग्राफिक: परिवहन निगम"),
    ("ผู้ว่าราชการจังหวัดเดินเยี่ยมชมร้านค้า ภาพจาก: ประชาสัมพันธ์จังหวัด", "ผู้ว่าราชการจังหวัดเดินเยี่ยมชมร้านค้า",
     "ภาพจาก: ประชาสัมพันธ์จังหวัด"),
    ("Látványterv a megújuló sétányról. Illusztráció: Miskolc Város", "Látványterv a megújuló sétányról.",
     "Illusztráció: Miskolc Város"),
    ("Recreació virtual de la nova terminal. Imatge: Port de Tarragona", "Recreació virtual de la nova terminal.",
     "Imatge: Port de Tarragona"),
    ("Un creuer atracat davant del barri del Serrallo. Imatge d'arxiu",
     "Un creuer atracat davant del barri del Serrallo.", "Imatge d'arxiu"),
    ("Chumba cha kuhifadhia barafu. Picha kwa hisani ya Manispaa ya Kigoma", "Chumba cha kuhifadhia barafu.",
     "Picha kwa hisani ya Manispaa ya Kigoma"),
    ("공설시장 안 한약재 골목. 자료사진", "공설시장 안 한약재 골목.", "자료사진"),
    ("ચોમાસામાં છલકાયેલું બોરતળાવ. ફાઇલ તસવીર", "ચોમાસામાં છલકાયેલું બોરતળાવ.", "ફાઇલ તસવીર"),
    ("سردر عالی‌قاپو پیش از آغاز مرمت. عکس از آرشیو", "سردر عالی‌قاپو پیش از آغاز مرمت.", "عکس از آرشیو"),
    ("חוף הים של נהריה. צילום אילוסטרציה", "חוף הים של נהריה.", "צילום אילוסטרציה"),
    ("La foire de la Saint-Géraud, dans les années 1980. Photo archives LPR",
     "La foire de la Saint-Géraud, dans les années 1980.", "Photo archives LPR"),
    # ... and after a spaced dash, with no stop before it (set 121)
    ("Máquinas trabalham na duplicação da Avenida Sertório, na zona norte — Rafael Roe / Agência Example Hoje",
     "Máquinas trabalham na duplicação da Avenida Sertório, na zona norte", "Rafael Roe / Agência Example Hoje"),
    ("Trecho entre o viaduto e a Rua Dona Teodora terá nova ciclovia — Prefeitura de Porto Alegre / Divulgação",
     "Trecho entre o viaduto e a Rua Dona Teodora terá nova ciclovia", "Prefeitura de Porto Alegre / Divulgação"),
    ("Les premiers arbres ont été plantés sur le parvis de la gare. | LUCIE ROE / ANJOU QUOTIDIEN",
     "Les premiers arbres ont été plantés sur le parvis de la gare.", "LUCIE ROE / ANJOU QUOTIDIEN"),
    # Korean credits after the last sentence, no slash: who gave it, the paper's archive, a reporter and their
    # address; Chinese and Japanese labels glued to the caption; a Taiwanese paper's file photo (sets 101-110)
    ("관광객들이 녹차밭을 걷고 있다. 보성군 제공", "관광객들이 녹차밭을 걷고 있다.", "보성군 제공"),
    ("지난해 축제 당시 다대포해수욕장의 모습. 해운대일보DB", "지난해 축제 당시 다대포해수욕장의 모습.", "해운대일보DB"),
    ("시민들이 물놀이를 즐기고 있다. 정태윤 기자 jty@example.co.kr", "시민들이 물놀이를 즐기고 있다.",
     "정태윤 기자 jty@example.co.kr"),
    ("瓷博会主会场的陶瓷展区图源：景德镇市文旅局", "瓷博会主会场的陶瓷展区", "图源：景德镇市文旅局"),
    ("子どもみこしの巡行写真提供：松本あめ市実行委員会", "子どもみこしの巡行", "写真提供：松本あめ市実行委員会"),
    ("上一科送王儀式中，王船在海邊焚燒。（本報資料照）", "上一科送王儀式中，王船在海邊焚燒。", "本報資料照"),
    # a Korean reporter glued to "기자" after a slash, their address after it, a date before it; Vietnamese
    # "illustrative photo" (sets 112 and 113)
    ("행렬이 장안문을 지나고 있다. 2026.10.5 /김도윤기자 dykim@example.kr", "행렬이 장안문을 지나고 있다. 2026.10.5",
     "김도윤기자 dykim@example.kr"),
    ("Triều cường gây ngập đường ven sông Gành Hào. Ảnh minh họa", "Triều cường gây ngập đường ven sông Gành Hào.",
     "Ảnh minh họa"),
    # a photographer and outlet across a bar after the last sentence, as American chains print it (set 118)
    ("Crews remove the last barrels from the bridge on Monday. Dana Roe | ExampleLive.com",
     "Crews remove the last barrels from the bridge on Monday.", "Dana Roe | ExampleLive.com"),
    # "Courtesy of X" with its capital glued to a caption with no full stop (set 120)
    ("Gulls follow the nets as the tide turns in the afternoon Courtesy of Example Beach Watch",
     "Gulls follow the nets as the tide turns in the afternoon", "Courtesy of Example Beach Watch"),
])
def test_split_credit_values(text, caption, credit):
    assert split_credit(text) == (caption, credit)


@pytest.mark.parametrize("text", [
    "The mayor and Foto - Mario Rossi opened the show",  # a label word inside a Latin sentence, no end before it
    "棚池から錦鯉を引き揚げる生産者＝長岡市山古志地域",  # "＝" and a place, not a source
    "金属を磨く職人の手元＝燕市",
    "Neighbours gathered at the hall — Notes: the meeting ran late",  # no finished sentence before the dash
    "The mayor (left) greets the crowd",
    "Photos – the year in pictures",  # a title, not a label and its credit
    "Map: where the fires burned this week",  # a chart's or a map's title at the start, not its credit
    "Luftbild: Die Baustelle des neuen Bahnhofs von oben",  # what an aerial picture shows
    "Symbolbild: Ein Almabtrieb sorgt regelmäßig für Staus",  # the picture only illustrates: caption text
    "Prices rose 5% (see chart)",
    "A river in spring. The photo was taken at noon",
    "Students at the 2019 fair",
    "The harbour master (right) [left]",
    "A photo by the pier",
    "Children play near the quay (aged 7 and 9)",
    "首相（左）と会談する大統領",
    "He walked back to the PA",
    "The secretary general speaks to REUTERS",
    "Protesters outside the U.S. Embassy",
    "A view of Main St. Bridge",
    "The mayor cut the ribbon. Pictured: Mayor Linda Crowther",
    "Storm damage in 2019. Before",
    "He smiled at the crowd. (pictured)",
    "A boat in the bay. (It sank later. Nobody was hurt)",
    "The sign at the border reads. Welcome to Fife",
    "Engineers at the launch pad, built with NASA",
    # a visible "Photo:" label opening a caption sentence (ABC News): no credit
    "Photo: People shelter inside a church after leaving their homes ahead of the typhoon in the city.",
    "Mr. Smith. Doc. Brown said this was fine.",
    # a bracket opening a caption that is no credit; "courtesy" inside a sentence
    "[Updated] Crowds gather at the harbour wall",
    "The museum thanked the family. They lent it courtesy of an old promise to the town",
    "석탄 화력발전소 (자료)",
    "Foto di gruppo. Foto di gruppo dei volontari",  # a label word opening caption text, no name after it
    "郭德纲(资料图)",  # a file-picture mark stays in the caption, as the labeled pages keep it
    # a capitalised title with no vowel before a name ends no sentence ("Dt.", Minangkabau's "Datuak"; "Fr.")
    "Patani gambir Nagari Koto Bangun, Nasrul Dt. Rajo Bagindo",
    "Blessing of the boats by the parish priest, Fr. Clement Roe",
    "The agency sells stock photos",  # stock pictures inside the story's sentence
    "Lo guardaron en el archivo",  # "archive" in lower case closing the story's sentence
    "He saved the draft. Open the file",
    "She is a Ph. D student",  # no name after "Ph."
    "Zgoda na budowę | łącznie 5 mln zł",  # a lower-case word after a bar is no name
    "سوق المدينة القديمة | اقرأ أيضا: السوق الجديد.",  # a sentence after a bar, its stop at its end
    "2027年8月5日 | 地域 | 文・写真 佐伯真理子",  # a date line's fields after bars: a byline, no picture's credit

    "He earned a Ph. Duval prize",
    "The fare between the towns is | 20 euros",  # no sentence before the bar, no capitals after it
    "市政府表示，数据来源：统计局",  # "source" glued: the story's, not a picture's label
])
def test_plain_captions_keep_their_text(text):
    assert split_credit(text) == (text, None)


def test_empty_and_whitespace():
    assert split_credit(None) == (None, None)
    assert split_credit("  \u200b ") == (None, None)


def test_looks_like_credit():
    assert looks_like_credit("Jane Roe for The Example Times") and looks_like_credit("Jane & John Roe for EXAMPLE")
    assert not looks_like_credit("Votes for Women") and not looks_like_credit("Thanks for Coming")
    assert looks_like_credit("Jane Roe / Reuters file")
    assert looks_like_credit("Getty Images")
    assert looks_like_credit("Jane Roe (EFE)")
    assert not looks_like_credit("The house where the mayor was born, in spring.")


@pytest.mark.parametrize("text, bare", [
    # a wire photo distributed by a picture desk, in one caption box (hashed-class probe: the box's text was split
    # into a "caption" and a credit)
    ("STR/AFP via Getty Images", True), ("Long Wei/Costfoto/Barcroft Media via Getty Images", True),
    ("STR/Getty images", True), ("The mayor/the council via Zoom meeting", False),
    ("Jane Roe/Associated Press file", True),  # an agency's file photo: a credit (was no bare credit)
    ("Jane Roe/Reuters", True),
    ("Example Agency/Ana Soares da Costa", True),  # a name's lower-case particle (set10)
    ("Jane Roe | Staff Photographer", True),  # a name, a bar, its role or outlet (set11)
    ("Sports | Weather", False),  # (a bar after one word is a menu's)
    ("Example file photo", True),  # an outlet's file photo (set11)
    ("(Courtesy)", True), ("(File photograph)", True),  # provenance alone in brackets (sets 10 and 12)
    ("Photo is by Jane Roe", True), ("Madda suuraa, Example City Administration", True),  # set13
    ("(U.S. Navy photo by Jane Roe)", True), ("📷 Example TV", True),  # set14
    ("د انځور سرچینه، Getty Images", True), ("Fotoğraf kaynağı, Getty Images", True),  # the BBC's "Image source, X"
    ("Nguồn hình ảnh, Reuters", True),
    ("Aerial photo by drone", False),
    ("Reuters: Jane Roe", True),  # an agency, a colon, its photographer (the hashed-class probe)
    ("AP: the vote was close", False),
    ("Jane Roe • Associated Press", True),  # a bullet between the photographer and the agency (batch 19)
    ("Ferry • Harbour • Storm", False),  # (a bullet between words of a tag list is no credit)
    ("(Jane Roe / Example Times)", True),
    ("Getty Images", True),
    ("Jane Roe, AFP", True),
    ("Foto: dpa", True),
    ("© AFP", True),
    (" - Πηγή: AP Photo", True),
    ("@Britta Pedersen/DPA via AP", True),
    ("@Evan Agostini/Invision/AP", True),
    ("Photographer: Jane Roe/Agency", True),
    ("Credit: Brown Bird Design; Source: A Scalable Pipeline for Designing Reconfigurable Organisms, by Jane Roe "
     "et al., in PNAS, Vol. 117", True),
    ("REX", True),  # an agency's name alone in a caption box (batch 14)
    ("Фото РИА Новости", True),  # the Russian label without a colon (batch 15)
    ("fot.: Jan Kowalski", True),  # an abbreviated label with a full stop before the colon (batch 18)
    ("(fot. wikipedia/Jane Roe(CC-by-SA))", True),  # the abbreviated label, no colon, in brackets (batch 21)
    ("Example-Live.ru", True),  # a site's domain alone in a caption box (batch 21)
    ("IMG_2041.JPG", False),  # a camera's file name is no domain
    ("Boats.", False),
    ("USA TODAY Sports", True),  # a sports picture agency alone in a caption box (batch 19)
    ("Handout", True),  # where the picture came from, all the box says (batch 19)
    ("Tegning: Jane Roe", True),  # who drew it, under a label for a drawing (batch 32)
    ("Illustration: Jane Roe", True),
    ("Zeichnung: Jane Roe", True),
    ("Supplied", True),
    ("צילום: רויטרס", True),
    ("تصوير: رويترز", True),
    ("Handout money for schools", False),
    ("Before/after comparison of the harbour", False),
    ("The mayor and Reuters staff", False),
    ("Boats on the quay", False),
    ("JANE ROE/Ledger staff", True),  # a staff photographer and the outlet, its staff word after (set 58)
    ("Repro: Jane Roe", True), ("Rendering: City of Example", True),  # a reproduction, an architect's view (set 61)
    ("صورة أرشيفية", True), ("Архивное фото", True),  # "archive photo" in Arabic and Russian (set 60)
    ("Jane Roe/The Example Gazette staff photo", True),
    ("摄影：钟志鹏", True), ("图片：新华社", True),  # a label and a full-width colon (set 73)
    ("Contributed / City of Example", True), ("Handout/Example Police", True),  # where from, then who (set 85)
    ("Provided by Example Health Department", True), ("Submitted by Jane Roe", True),  # who gave it (set 79)
    ("provided by the city of the lake", False),
    ("KAWANUAKINI.COM/JEFRY WOWOR", True), ("example.com / Jane Roe", True),  # a site and its photographer (set 76)
    ("example.com/news/2026", False),  # an address: no name after the slash
])
def test_is_bare_credit(text, bare):
    """A caption slot holding only a credit becomes the credit, never the caption."""
    from corpus.extract.credits import is_bare_credit
    assert is_bare_credit(text) is bare


def test_pattern_hints_never_skip_a_match():
    """split_credit tries a pattern only when one of its hints is in the caption's end: on every example and
    every labeled caption (with its credit glued on, as pages print it), a pattern that matches has a hint there."""
    import json
    from pathlib import Path

    from corpus.extract.credits import _HINT_WINDOW, _HINTS, PATTERNS
    assert set(_HINTS) <= {p.name for p in PATTERNS}, "a hint names no pattern (renamed?)"
    texts = [p.example for p in PATTERNS]
    for f in (Path(__file__).parent / "data" / "realworld" / "labels").glob("*.json"):
        for page in json.loads(f.read_text(encoding="utf-8")):
            for im in page.get("images", []):
                cap, cred = im.get("caption") or "", im.get("credit") or ""
                texts += [t for t in (cap, f"{cap} {cred}", f"{cap} ({cred})", f"{cap} | {cred}") if t.strip()]
    assert len(texts) > 500
    for text in texts:
        tail = text[-_HINT_WINDOW:].lower()
        for p in PATTERNS:
            if p.hints and p.regex.search(text):
                assert any(h in tail for h in p.hints), (p.name, text)


def test_credit_first_then_caption_after_a_bar():
    """A caption box that shows the labelled credit first and the caption after a bar (batch 14)."""
    from corpus.extract.credits import credit_then_caption
    assert credit_then_caption("Photo credit: Jane Roe | A resident attends the day programme. (Nov. 28, 2010)") == (
        "A resident attends the day programme. (Nov. 28, 2010)", "Photo credit: Jane Roe")
    assert credit_then_caption("Foto: Jan Kowalski | Ludzie na rynku w sobotę rano") == (
        "Ludzie na rynku w sobotę rano", "Foto: Jan Kowalski")
    assert credit_then_caption("A boat in the bay | Photo: Jane Roe") is None
    assert credit_then_caption("Prices | Markets") is None



def test_a_credit_that_reads_as_one_alone_before_a_bar_opens_the_caption():
    from corpus.extract.credits import split_credit
    # a student paper's "Name | Staff Photographer" line set before the caption, joined to it with a bar
    assert split_credit("Jane Roe | Staff Photographer | Students study on the second floor of the library.") == (
        "Students study on the second floor of the library.", "Jane Roe | Staff Photographer")
    assert split_credit("Courtesy of Example University Libraries | A 1968 photograph shows the reading room.") == (
        "A 1968 photograph shows the reading room.", "Courtesy of Example University Libraries")
    assert split_credit("Boats in the harbour at dawn | ferries wait for the storm to pass")[1] is None


def test_two_bracket_groups_keep_their_brackets_and_a_usage_note_goes_with_its_credit():
    from corpus.extract.credits import split_credit, strip_brackets
    assert strip_brackets("(Image: Example )") == "Image: Example"
    # "(a) b (c)" was cut to "a) b (c": the first bracket closes before the end
    assert strip_brackets("(Photo courtesy of the town)(Kyodo)") == "(Photo courtesy of the town)(Kyodo)"
    assert strip_brackets("(a) b (c)") == "(a) b (c)"
    text = ("A vet checks a racehorse before the festival. (Photo by Handout / Example Union / AFP) / RESTRICTED TO "
            "EDITORIAL USE - MANDATORY CREDIT \"AFP PHOTO / EXAMPLE UNION\" - DISTRIBUTED AS A SERVICE TO CLIENTS")
    assert split_credit(text) == ("A vet checks a racehorse before the festival.",
                                  "(Photo by Handout / Example Union / AFP) / RESTRICTED TO EDITORIAL USE - MANDATORY "
                                  "CREDIT \"AFP PHOTO / EXAMPLE UNION\" - DISTRIBUTED AS A SERVICE TO CLIENTS")
