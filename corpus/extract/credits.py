"""Photo credits: split a credit written by convention off a caption (one pattern table)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

# Wire agencies and picture desks whose names alone mark a credit ("(AP)", "Reuters file").
AGENCIES = (r"AP|AFP|Reuters|REUTERS|PTI|ANI|IANS|Getty(?: Images)?|EPA|Shutterstock|Alamy|PA(?: Wire)?|dpa|DPA|ANSA|Ansa|Xinhua"
            r"|Bloomberg|Corbis|Rex(?: Features)?|NASA|ESA|Sipa|Zuma|ZUMA|SWNS|Splash|Pool|TASS|EFE|Efe|LaPresse"
            r"|Imagoeconomica|Fotogramma|KEYSTONE|Keystone|Belga|BELGA|ANP|Lusa|LUSA|Europa Press|Kyodo|Jiji|Yonhap|AAP"
            r"|Anadolu|IMAGO|Imago|imago|ALAMY|picture alliance|picture-alliance|epd|KNA|Agencia Uno|Cuartoscuro|Unsplash|ACN"
            r"|REX|PAP|MTI|RIA Novosti|РИА Новости|ИТАР-ТАСС|ТАСС|Интерфакс|УНИАН"
            r"|USA TODAY(?: Sports)?(?: Images)?|USA Today(?: Sports)?(?: Images)?|Icon Sportswire"
            # the same and national agencies in Arabic, Korean and Greek script
            r"|رويترز|الفرنسية|أ ف ب|الأناضول|أسوشيتد برس|الأوروبية|غيتي|شينخوا|د ب أ|وام|واس|سانا|بترا"
            r"|العمانية|قنا|بنا|كونا|الأردنية|ومع|من المصدر|أرشيف|أرشيفية"
            r"|الجزيرة|مواقع التواصل|İHA|DHA|Ipp|IPP"
            r"|연합뉴스|뉴스1|뉴시스|ΑΠΕ-ΜΠΕ|ΑΠΕ|EUROKINISSI|Eurokinissi|INTIME NEWS|Bernama|BERNAMA")
# Wire services written in capitals before "/Photographer" at the end of a caption.
_WIRES = (r"REUTERS|Reuters|AFP|AP|EPA|ANSA|XINHUA|Xinhua|EFE|DPA|dpa|ANP|BELGA|LUSA|PAP|TASS|KYODO|AAP|AA|IANS|"
          r"PTI|ANI|SIPA|ABACA|NTB|TT|RITZAU|STT|ČTK|CTK|MTI|HINA|APA|SDA|KEYSTONE|IMAGO|NurPhoto|SOPA")
# Label words, any case ("FOTO:", "Photo :", "PHOTO CREDIT:").
# The words that label a photo credit, in the languages of the news (a label, then a colon, then who).
_LABEL = (r"(?i:(?:Image|Photo|Picture|Foto|Photograph) (?:credits?|copyright|source|rights)|Photographers?|Photographs?|Photos?|"
          r"Pictures?|Pics?|Photography|Credits?|Images?|Fotograf|Fotografo|Fotógrafo|Foto|Fotos|Foto's|Beeld|Schermafbeelding|Skermskoot|Snimi[oa]|Billede|Bilde|Snímek|Snímka|Gambar|Larawan|Hoto|"
          r"Autor/allikas|Allikas|Autor|Imagen|Vir|Grafika|Ekran görüntüsü|Screenshot|ფოტო|Լուսանկարը|Լուսանկար|Supplied|Llun|"
          r"Pictiúr|Grianghraf|Dealbh|Sawir|وێنە|Wêne|Ritratt|Фота|Imagem|तस्बिर|Гэрэл зургийг|Гэрэл зураг|ඡායාරූප|ఫోటో|તસવીર|ഫോട്ടോ|រូបថត|Сүрөт|Fotograf[íi]as?|Fotografie|Fotografi|Fotoğraf(?:lar)?|Fotó|Bild|"
          r"Bildquelle|Bildrechte|Bilder|Quelle|Source|Sources|Courtesy|Cr[ée]dits? photos?|Cr[ée]ditos?|Crédit|"
          r"Credito|Fuente|Fonte|Sursa|Kilde|Källa|Kuva|Kuvat|Zdj[eę]cie|Źródło|Zdroj|Forrás|Kaynak|Ảnh|Nguồn|Sumber|"
          r"Фото|Фотография|Інфографіка|Инфографика|Кадр|Снимка|Слика|Фотографија|Источник|Джерело|Світлина|写真|提供|撮影|摄影|攝影|사진|출처|图片来源|图片|圖片|来源|來源|照片|图|"
          r"Dok|Dokumentasi|Fot|Isithombe|Umthombo|Ifoto|Picha|Ljósmynd|Mynd|Πηγή|Φωτογραφ[ίι]α|Φωτογραφ[ίι]ες|Φωτο|ፎቶ|Φωτ\.|"
          # Northern Sami, Tajik, Cebuano, Tetum, Burmese, Yiddish (with and without its vowel points), Kannada, Odia,
          # Assamese and Tibetan
          r"Govva|Акс|Hulagway|Imajen|ဓာတ်ပုံ|פֿאָטאָ|פאטא|ಚಿತ್ರ|ଫଟୋ|ফটো|པར|"
          # Malagasy "picture"; "photo"/"picture" in Oromo, Luganda, Chichewa, Uyghur, Hmong, Xitsonga, Chuvash,
          # Tahitian, Asturian, Sinhala (with its suffix) and Malayalam
          r"Sary|Suuraa|Ekifaananyi|Chithunzi|سۈرەت|Duab|Xifaniso|Сăн ÿкерчĕкĕ|Hoho[’']a|Semeya|ඡායාරූපය|ചിത്രം|"
          # Turkmen, Sesotho, Twi, Ilocano, Occitan
          r"Surat|Setšoantšo|Mfonini|Ladawan|Fòto|"
          # Breton "photograph", Hawaiian and Gikuyu "picture", Karakalpak, Kazakh and Kyrgyz "picture"
          r"Luc['’]hskeudenn|Kiʻi|Ki['’]i|Mbica|Súwret|Suwret|Сурет|Сүрөт|"
          # Khmer "picture", Mongolian "source", Telugu "photo courtesy" and "photo" as also spelled with a short o
          r"រូបភាព|Эх сурвалж|ఫొటో సౌజన్యం|ఫొటో|"
          # a camera emoji standing for the label ("📸: Jane Roe")
          r"📸|📷|"
          # Hebrew, Arabic, Persian, Hindi and Thai: "צילום: רויטרס", "تصوير: ...", "عکس: ...", "फोटो: ...", "ภาพ: ..."
          # (and the Hebrew for a rendering, "הדמיה", and the Persian for a source, "منبع")
          r"הדמיה|منبع|"
          r"צילום|צילומים|تصوير|صورة|الصورة|المصدر|عدسة|عکاس|عکس از|عکس|تصویر|फोटो सौजन्य|फ़ोटो सौजन्य|फोटो|फ़ोटो|तस्वीर|"
          # (Hindi papers' "छाया : X" and "छायाकार : X", picture and photographer, as their print pages label them)
          r"छायाचित्र|छायाकार|छाया|स्रोत|फोटो साभार|फ़ोटो साभार|साभार|तस्बिर सौजन्य|तस्वीर सौजन्य|सौजन्य|فوٹو|"
          r"ছবি|படம்|ขอบคุณภาพ|เครดิตภาพ|ภาพจาก|ภาพ|"
          # Korean "photo provided"
          r"사진 제공|"
          # who drew it: a drawing, an illustration or a graphic is credited like a photo
          r"Illustrations?|Ilustraci[óo]n|Ilustração|Illustrazione|Ilustracja|Zeichnung|Tegning|Teckning|Piirros|Joonis|"
          r"Иллюстрация|Ілюстрація|Imaxe|Illustrasjon|Illustratie|"
          # who drew a map, as the Nordic papers label it: "Kart: X" (Norwegian), "Karta: X" (Swedish), "Kort: X"
          # (Danish); not "Map: ...", which as often opens what a map shows
          r"Kart|Karta|Kort|"
          r"Grafik|Graphics?|Infografik|Infographic|Rysunek|Dessin|"
          # "graphic" in Finnish and Norwegian, "infographic" in Portuguese, Italian, Polish and Catalan
          r"Grafiikka|Grafikk|Infografia|Infográfico|"
          # Urdu "courtesy", and "picture courtesy"; Hindi "graphic", Hungarian "illustration", Catalan "image", Michif
          # "picture"
          r"تصویر بشکریہ|بشکریہ|ग्राफिक|ग्राफ़िक|Illusztráció|Imatge|Portray|"
          # Tok Pisin "picture"
          r"Piksa|"
          # the art desk's credit in Portuguese and Spanish ("Arte: X"), Turkish "visual" ("Görsel: X")
          r"Arte|Görsel|"
          # who made a reproduction of an old picture or an architect's view of a plan: "Repro: X", "Rendering: X"
          r"Repro|Renderings?|Visualisierung|Visualisation|Visualisatie|Visualización|Visualização|Wizualizacja|"
          r"Vizualizace|Vizualizácia|Визуализация|Візуалізація|"
          # Vietnamese "graphic" (with the tone mark on either vowel)
          r"Đồ họa|Đồ hoạ|"
          # the photo word compounded with where the picture came from, as German, Dutch and the Nordic languages
          # build it: "Archivfoto", "Pressefoto", "Arkivbild", "Archieffoto", "Arkistokuva" (not any compound:
          # "Luftbild: ..." opens what an aerial picture shows, "Symbolbild: ..." says the picture only illustrates)
          r"(?:Archiv|Arkiv|Archief|Arkisto|Presse?|Pers|Agentur|Privat|Handy|Illustrasjons|Illustrations)"
          r"(?:foto|bild|beeld|billede|bilde|kuva))")
# "file photo" in Hindi, Telugu, Bengali, Marathi, Nepali, Gujarati, Odia and Assamese, and Khmer's, as papers
# bracket it after a caption
_FILE_PHOTO_IN_BRACKETS = (r"(?:फाइल|फ़ाइल|ఫైల్|ফাইল|ફાઇલ|ଫାଇଲ)\s(?:फोटो|फ़ोटो|ఫోటో|ছবি|चित्र|તસવીર|ଫଟୋ|ফটো)|"
                           r"រូបឯកសារ|فائل فوٹو|فائل تصویر|ഫയൽ ചിത്രം|ഫയൽ ഫോട്ടോ")
# "archive" in the languages of the news, as a caption's note of where its picture came from
_ARCHIVE_WORDS = r"archives?|archivio|archivo|arquivo|archiv|archief|arkiv|archiwum|arhivă|arhiva|архив|архів|arşiv|arsip"
# Japanese wire and photo credits written in full-width brackets at the end: （共同）, （写真：ロイター）.
_JA_AGENCIES = r"共同|時事|ロイター|AP|AFP|EPA|AFP時事|新華社|聯合|共同通信|時事通信|ゲッティ|朝日新聞社|毎日新聞社|読売新聞社"


@dataclass(frozen=True)
class CreditPattern:
    name: str
    regex: re.Pattern  # group "credit" is the credit as displayed; the caption is what precedes the match
    example: str  # a made-up caption the test splits
    # text one of which every match holds (lower case): a pattern none of whose hints is in the end of a caption
    # is not tried, which spares most regex scans (most captions end with no credit at all)
    hints: tuple[str, ...] = ()


# a capital letter of the Latin, Greek or Cyrillic alphabets, and a letter of a script that has no capitals (Hebrew,
# Arabic, the Indic scripts, Thai, Lao, Burmese, Ethiopic, Chinese, Japanese, Korean)
_CAPITAL = "[" + "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha()) + "]"
_CASELESS_LETTER = (r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1200-\u137f"
                    r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


# the wire agencies' Chinese names: Reuters, AP, AFP, EPA, CNA, Xinhua, Kyodo, Bloomberg, Yonhap, China News Service
_ZH_AGENCIES = r"(?:路透社?|美[聯联]社|法新社|[歐欧]新社|中央社|新[華华]社|共同社|彭博社?|[韓韩][聯联]社|中新社)"


def _p(name: str, pattern: str, example: str) -> CreditPattern:
    return CreditPattern(name, re.compile(pattern, re.S), example)


# the other people a magazine credits beside its photographer
_ROLES = (r"(?i:(?:food |prop |set )?styl(?:ing|ist)|art direction|make-?up|hair(?: and make-?up)?|set design|props|"
          r"retouching|produc(?:er|tion))")

# "courtesy of" in the languages of the labeled pages and their neighbours
_COURTESY = (r"(?i:courtesy|mit freundlicher genehmigung|cortes[íi]a|avec l'aimable autorisation|per gentile concessione"
             r"|dzięki uprzejmości|met dank aan|ihsan)")


#: tried in order; the first that matches at the END of the text wins
PATTERNS: tuple[CreditPattern, ...] = (
    # a credit glued to the caption's last stop after "Credit..." (or "Credit…"): "... last week.Credit...Jane Roe for
    # The Example Times"
    _p("credit_dots", r"(?<=[.!?\"”’)\w])\s?(?P<credit>(?i:credit|photo|image)\s?(?:\.\.\.|…)\s?\S.{0,150})$",
       "Harvesters strip the bark from an oak last week.Credit...Jane Roe for The Example Times"),
    # two bracket groups closing the caption, a credit and its agency or the picture's number: "(Photo courtesy of
    # the town)(Kyodo)", "(PHOTO NOT FOR SALE) (Yonhap)", "(Example Photo)(EX04_12_2026_000287B)"
    _p("paren_pair", r"\s*(?P<credit>\([^()]{2,80}\)\s?\((?:" + AGENCIES + r"|[A-Z]{2,8}\d[\w-]{4,30}|[^()]{0,40}\b(?i:photo)\b"
       r"[^()]{0,40})\))\s*$",
       "The locomotive at the old station in 1971. (Photo courtesy of Example town)(Kyodo)"),
    _p("bracket_initials", r"\s*\[(?P<credit>[A-Z]{1,5})\]\s*$",
       "A dog sleeps on a porch [JK]"),
    _p("labelled_paren_tail", r"(?:^|(?<=[\s.!?\"'”’]))(?P<credit>" + _LABEL + r"\s*:\s*[^:()]{1,80}\([^()]{1,40}\))$",
       "El mercado cerrado tras el temporal. FOTO: JOHN DOE (EFE)"),
    _p("bracket_credit", r"\s*\[(?P<credit>[^\[\]]{1,80}/[^\[\]]{1,80}|[^\[\]]{0,60}\b(?:" + AGENCIES
       + r")\b[^\[\]]{0,30})\]\s*$",
       "People inspect the damage at the harbour [Jane Roe/AFP]"),
    # a name and its outlet after a comma in square brackets closing the caption: "... in Nakuru [Jane Roe, Standard]",
    # "[File, Standard]"
    _p("bracket_name_outlet", r"\s*\[(?P<credit>[A-Z][^\[\],.!?]{0,40},\s?[A-Z][^\[\],.!?]{0,30})\]\s*$",
       "Farmers queue at the depot in Nakuru [Jane Roe, Example Standard]"),
    _p("bracket_labelled", r"\s*\[(?P<credit>(?:" + _LABEL + r")(?:\s+(?:" + _LABEL + r"))?\s*[:=：][^\[\]]{1,80})\]\s*$",
       "시민들이 광장에 모여 있다. [사진 출처 = 연합뉴스]"),
    # a label and who in square brackets with no colon, "... durante la festa [foto Jane Roe]", or a press office
    # there, "[Ufficio stampa Comune di X]"
    _p("bracket_label_name", r"\s*\[(?P<credit>(?:(?i:foto|photo|fotos|photos)\s+[A-ZÀ-Þ]|(?i:ufficio stampa|"
       r"press office|pressestelle|gabinete de prensa|servicio de prensa|assessoria de imprensa|service de presse)\s)"
       r"[^\[\]]{1,60})\]\s*$",
       "La macina del mulino in funzione durante la festa [foto Jane Roe]"),
    # a provenance word alone in brackets after the caption's last word: "... the mosaic (Courtesy)"
    # (or "archive" alone, in the languages of the news: "... lungo il viale (Archivio)")
    _p("paren_provenance", r"\s*\((?P<credit>(?i:courtesy|supplied|handout|submitted|"
       r"file(?: photo| pic| picture| image)?|" + _ARCHIVE_WORDS + r"))\)\s*$",
       "Conservators clean the mosaic (Courtesy)"),
    _p("paren_labelled", r"\s*\((?P<credit>(?:" + _LABEL + r")(?!\w)[^()]{1,120})\)\s*$",
       "Voters queue in the rain (Photo: Jane Roe/Agency)"),
    # any one-word label in brackets at the end, "(Llun: X)", "(Sawir: X)", "(Supplied: X)": a credit in whatever
    # language, unless the word says what is pictured or speaks to the reader ("(left: Jane Roe)", "(Update: ...)")
    _p("paren_any_label", r"\s*[(（](?P<credit>(?!(?i:left|right|centre|center|above|below|top|bottom|inset|pictured|"
       r"from left|l-r|front|back|clockwise|update|updated|note|correction|warning|see|read|watch|video|listen)\b)[^\W\d_][\w'’-]*\s*[:：]\s*[^\W\d_][^():（）]{1,60})[)）]\s*$",
       "Tafarn y Delyn ar noson yr agoriad (Llun: Menter y Delyn)"),
    # "(file photo)" in Hindi, Telugu, Bengali, Marathi, Nepali, Gujarati, Odia and Assamese, and Khmer's: the picture
    # is from the archive
    _p("paren_file_photo", r"\s*[(（](?P<credit>" + _FILE_PHOTO_IN_BRACKETS + r")[)）]\s*$",
       "ओलावृष्टि से फसलों को नुकसान हुआ था (फाइल फोटो)"),
    _p("paren_agency_photo", r"\s*\((?P<credit>(?:AP|AFP|Reuters|REUTERS|EPA) Photo[^()]{0,80})\)\s*$",
       "Firefighters on a ridge. (AP Photo/John Doe)"),
    # an outlet's or a desk's photo in brackets, with or without its photographer: "(Staff Photo by Jane Roe)"
    _p("paren_outlet_photo", r"\s*\((?P<credit>(?:[A-Z][\w.&'’-]*\s){1,4}(?:Photo|Picture|Image|photo|picture|image)s?"
       r"(?:\s+by\s+[^()]{2,60})?)\)\s*$",
       "Fans line the street for the parade (Herald Photo by Jane Roe)"),
    _p("paren_slash", r"\s*\((?P<credit>[^()]{2,80}?\s?/\s?[^()]{2,80})\)\s*$",
       "A bridge at dusk. (John Doe/The Daily Example via AP)"),
    _p("paren_agency", r"\s*[(（](?P<credit>[^()（）]{0,60}\b(?:" + AGENCIES + r")\b[^()（）]{0,30})[)）]\s*$",
       "Boats in the harbour (Photo John Doe. AFP)"),
    # an outlet's initials before an upper-case label (The Straits Times, wire desks): "ST PHOTO: JANE ROE"
    _p("outlet_labelled", r"(?:^|(?<=[\s.!?\"'”’)]))(?P<credit>(?:[A-Z][A-Z&]{1,9}\s){1,2}"
       r"(?:PHOTOS?|PICTURES?|IMAGES?|FOTOS?)\s*:\s*[^:]{1,80})$",
       "Commuters at the station on Oct 15. ST PHOTO: JANE ROE"),
    # who drew a chart or a map, after the caption's last sentence, and the data's source: "... by province. Map:
    # Example Post. Source: Ministry of Health" (at a text's start "Map: where the fires burned" is a title)
    # a photo label glued to the caption's last word, the space lost by a scraper: "... u NikšićuFoto: MINA"
    _p("glued_label", r"(?<=[a-zà-öø-ÿāăąćčďđēęěğīıįķļľłńňōőœŕřśşšťūůűųźżžа-яё])(?P<credit>(?:Foto|Photo|Фото|Fotó|"
       r"Fotografia|Zdjęcie|Snimak|Снимка)\s?:\s?[^:.!?]{2,60})$", "Zgrada Osnovnog suda u NikšićuFoto: MINA"),
    _p("chart_label", r"(?<=[.!?।。])\s+(?P<credit>(?i:Charts?|Maps?|Graphics?|Grafik|Karte|Carte|Mapa|Mappa|Kaart|Карта|"
       r"Grafico|Gráfico|Graphique|Grafiek|Infographie|Infografía|Infografica|Инфографика|Schema|Harita|Grafis|"
       r"Infografis|Peta|Grafic|Hartă|Đồ họa|Bản đồ|Wykres|Mapka|Graf|Kort|Kartta|Diagram|Diyagram|Infografik|Grapiko|"
       r"Grafiko|Схема|नक्शा|मानचित्र|ग्राफिक|ग्राफ़िक|إنفوغرافيك|انفوجراف|رسم بياني|خريطة|نمودار|اینفوگرافیک|"
       r"نقشه)\s*:\s*[^:]{1,80}?"
       r"(?:[.;,]\s+(?:" + _LABEL + r")\s*:\s*[^:]{1,80})?)$",
       "Suspected cases by province, January to August. Map: Example Post"),
    # a magazine's credit of several roles: "Photography: Jane Roe. Food styling: John Doe."
    # (or a photographer and, after a comma, a source: "Autor: Jane Roe, Zdroj: ČTK")
    _p("labelled_roles", r"(?:^|(?<=[\s.!?\"'”’)]))(?<!\b[Нн]а )(?<!\b[Nn]a )(?P<credit>" + _LABEL
       + r"\s*:\s*[^:]{1,80}?(?:(?:[.;,|]?\s+" + _ROLES + r"|,\s+(?:" + _LABEL + r"))\s*:\s*[^:]{1,80}?)+\.?)$",
       "Plum tart, cut in slices. Photography: Jane Roe. Food styling: John Doe."),
    # an outlet's labelled credit after a dash: "... – Example Vani ಚಿತ್ರ: Jane Roe" (the outlet is the credit's;
    # words that close a sentence are the caption's: "... — the festival's climax. Photo: Jane Roe")
    _p("dash_outlet_labelled", r"\s[-–—]\s?(?P<credit>(?:[^\s\-–—a-z][^\s\-–—]*(?<![.!?])\s){1,2}(?:" + _LABEL
       + r")\s*:\s*[^:]{1,80})$",
       "Crowds at the race track – Example Vani Photo: Jane Roe"),
    # "На фото:" / "Na zdjęciu:" ("in the photo:") opens a caption, not a credit
    # (Armenian writes the label's colon as "՝": "Լուսանկարը՝ X"; Khmer as "៖", Ethiopic scripts as "፥" or "፦",
    # Dzongkha and Tibetan as the shad "།": "པར། X")
    # (or a hyphen glued to the label: "फोटो- X")
    _p("labelled", r"(?:^|(?<=[\s.!?\"'”’)։।]))(?<!\b[Нн]а )(?<!\b[Nn]a )(?P<credit>" + _LABEL
       + r"(?:\.?\s*[:՝៖፥፦།]|-(?=\s))\s*[^:]{1,120})$",
       "Crowds gather at the square. Photograph: Jane Roe/Example Agency"),
    # Polish "Fot." (Kashubian "Fòt.") and Indonesian "Dok." / "Doc." (dokumentasi): abbreviated labels closed by a
    # full stop; the credit itself ends no sentence (a dot only inside a name: "uny.ac.id")
    # (and the Italian and French papers' "Ph. Jane Roe", a capital and a name after it: no "Ph.D")
    _p("fot_abbreviation", r"(?:^|(?<=[\s.!?\"”’]))(?P<credit>(?:(?i:f[oòó]t|dok|doc|nuotr|wiz)\.|"
       r"Ph\.(?=\s[A-ZÀ-Þ][a-zà-ÿ]+\s[A-ZÀ-Þ]))\s*"
       r"(?:[^.:]|\.(?=\S)){2,80})$",
       "Zalana ulica po nocnej ulewie. Fot. PAP/Jan Kowalski"),
    # a photo given by someone, after the caption's last sentence: "... in 1974. Photo courtesy of the Roe family"
    # (French Canada's "Photo courtoisie X" too, and Malay "Foto ihsan X": ihsan alone may be a name)
    _p("courtesy_tail", r"(?<=[.!?\"”’])\s+(?P<credit>(?:(?:(?i:photos?|images?|pictures?)\s+)?(?i:courtesy|courtoisie)"
       r"|(?i:foto|gambar)\s+(?i:ihsan)|Picha kwa hisani ya)(?:\s+(?:of|de))?"
       r"\s+[^.!?]{2,80}?)\.?$",
       "The shop on its opening day in 1962. Courtesy of the Roe family"),
    # "Courtesy of X" with its capital, glued to a caption that has no full stop: "... in the afternoon Courtesy of
    # Example Beach Watch" (no sentence goes on "... Courtesy of" in the middle with a capital)
    _p("glued_courtesy", r"(?<=[^\W\d_])\s(?P<credit>Courtesy of (?:the )?[A-ZÀ-Þ][^.!?]{2,60})$",
       "Gulls follow the nets as the tide turns in the afternoon Courtesy of Example Beach Watch"),
    # a news site's domain and its photographer after the last sentence: "... on Tuesday. EXAMPLE.com/JANE ROE"
    _p("domain_slash", r"(?<=[.!?\"”’)])\s+(?P<credit>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}\s?/\s?[^\W\d_][^/.!?]{1,60})$",
       "Warga mengungsi ke posko pada Selasa (12/11/2024). EXAMPLE.com/JANE ROE"),
    # an agency's photo desk in capitals, its photographer and the editor's initials: "ANTARA FOTO/Jane Roe/nym."
    _p("caps_photo_slash", r"(?<=[.!?\"”’)])\s+(?P<credit>(?:[A-Z][A-Z&]+\s){1,2}(?:FOTO|PHOTO|FOTOS|PHOTOS)\s?/"
       r"\s?[^/.!?]{2,60}(?:/[\w.]{1,10})?)$",
       "Warga mengungsi ke posko pada Selasa (12/11/2024). EXAMPLE FOTO/Jane Roe/abc."),
    # a credit in capitals after the caption's last sentence, as Quebec's papers print it: "... soir. PHOTO FOURNIE
    # PAR LA VILLE", "PHOTO JANE ROE, LA PRESSE" (all in capitals: no sentence of a caption runs on so)
    _p("caps_photo_tail", r"(?<=[.!?\"”’)»])\s+(?P<credit>(?:PHOTOS?|FOTOS?|PHOTOGRAPHIE)\s[A-ZÀ-Þ0-9]"
       r"[A-ZÀ-Þ0-9 ,.'’&/()-]{2,80})$",
       "Le marché public lors de son ouverture, en mai 2002. PHOTO ARCHIVES LA TRIBUNE"),
    # the Korean "/사진=뉴스1" ("photo = News1") after the caption, a label and an equals sign after a slash
    _p("slash_labelled", r"\s*/\s*(?P<credit>(?:" + _LABEL + r")(?:\s+(?:" + _LABEL + r"))?\s*[=:：]\s*[^/=:]{1,40})$",
       "관광객들이 기념사진을 찍고 있다. /사진=예시통신"),
    # the Korean "[X 자료사진]" ("X's file photo") or "[X 제공]" ("provided by X") in brackets at the end
    # (the wire's usage note after a full stop: "[X 제공. 재판매 및 DB 금지]", "provided by X. No resale, no DB use")
    _p("korean_bracket", r"\s*[\[(<‹〈](?P<credit>[^\[\]()<>‹›〈〉]{0,30}\s?(?:자료사진|제공|촬영|포토)"
       r"(?:\.\s?재판매 및 DB 금지)?)[\])>›〉]\s*$",
       "해군사관학교 교정. [예시뉴스 자료사진]"),
    # a Korean credit in angle brackets at the end: "... 공개하고 있다. <사진=토론토경찰>", "‹화면 캡처>"
    _p("korean_angle", r"\s*[<‹〈](?P<credit>(?:사진|그래픽|자료|화면|영상)[^<>‹›〈〉]{0,30})[>›〉]\s*$",
       "관계자가 압수한 현금을 공개하고 있다. <사진=예시경찰>"),
    # a Korean credit after a slash closing the caption's last sentence: "... 조감도. /김천시 제공", "... /X 기자",
    # "... /예시신문 DB" (the paper's archive)
    # (a reporter's address may follow, "/X기자 x@example.kr"; a date may close the caption, "... 있다. 2026.10.5 /X")
    _p("korean_slash", r"(?<=[.!?\d가-힣])\s/\s?(?P<credit>[^/]{0,30}?(?:제공|기자|DB|자료사진|촬영)"
       r"(?:\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?)$",
       "직지천 산책로 정비 후 조감도. /김천시 제공"),
    # a Korean reporter's byline after the caption's last sentence: "... 경감. 홍길동 기자" (the reporter took it)
    # (the place before it and an equals sign, as photo desks write it: "... 있다. 천안=홍길동 기자")
    _p("korean_reporter", r"(?<=[.!?])\s(?:/\s?)?(?P<credit>(?:[가-힣]{1,6}=)?[가-힣]{2,4} 기자"
       r"(?:\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?)$",
       "경찰 기자회견에서 발언하는 경감. 홍길동 기자"),
    # who gave a picture, the paper's archive or its graphic, after a Korean caption's last sentence, no slash: "...
    # 걷고 있다. 보성군 제공", "... 모습. 예시일보DB", "... 위치. 예시일보 그래픽"
    _p("korean_provided", r"(?<=[.!?])\s(?P<credit>[^\s.!?/]{1,20}(?:\s[^\s.!?/]{1,20}){0,2}?\s?(?:제공|DB|그래픽))$",
       "관광객들이 녹차밭을 걷고 있다. 보성군 제공"),
    # a Chinese or Japanese picture label glued to the caption's last character, as those scripts write without
    # spaces: "…展区图源：X", "…巡行写真提供：X" (not "来源：", which as often names the story's source)
    _p("cjk_glued_label", r"(?<=[\u3040-\u30ff\u3400-\u9fff。、，）」』])(?P<credit>(?:图源|圖源|图片来源|圖片來源|写真提供|"
       r"写真|撮影|摄影|攝影|供图|供圖)\s?[：:]\s?[^：:\n]{1,60})$",
       "瓷博会主会场的陶瓷展区图源：景德镇市文旅局"),
    # a Taiwanese paper's own file photo after the caption: "… 本報資料照片", "…（本報資料照）"
    _p("paper_file_photo", r"\s?[（(]?(?P<credit>本[報报](?:資料|资料)(?:照片|照|圖|图))[）)]?$",
       "2016年內門宋江陣的大型陣頭踩街。 本報資料照片"),
    # ... and the same "그래픽=X" in brackets: "... 생산량 추이 (그래픽=예시신문)"
    _p("korean_equals_bracket", r"\s*[(\[](?P<credit>(?:사진|그래픽|자료|출처|제공|영상)\s?=\s?[^=()\[\]]{1,30})[)\]]\s*$",
       "마늘 생산량 추이 (그래픽=예시신문)"),
    # an Arabic agency's name alone in brackets after the caption, one word with its article: "... (العُمانية)"
    _p("arabic_agency_bracket", r"\s*\((?P<credit>ال[\u0621-\u064A\u064B-\u065F\u0670]{3,24}|[\u0621-\u064A](?: "
       r"[\u0621-\u064A]){1,3})\)\s*$",
       "أصناف من الرطب في المهرجان (العُمانية)"),
    # a Chinese credit in brackets, who gave the picture: "（受访者供图）" ("picture provided by the interviewee")
    # (a file-picture mark, "(资料图)", stays in the caption, as the labeled pages keep it)
    _p("chinese_provided", r"[（(](?P<credit>[^（）()]{0,20}(?:供图|供圖))[）)]\s*$",
       "米粉店师傅正在熬制卤水。（受访者供图）"),
    # a Japanese chart's source, "X調べ" ("surveyed by X"), in brackets after its caption: "... 推移（市調べ）"
    _p("japanese_survey", r"[（(](?P<credit>[^（）()]{1,20}調べ)[）)]\s*$", "観光客数の推移（市調べ）"),
    # the Korean "그래픽=X 기자" ("graphic = X, reporter"), "사진=X" after the caption's last word
    # (a slash before it: "... 안내도. /그래픽=X 디자인팀")
    _p("korean_equals", r"\s/?(?P<credit>(?:사진|그래픽|자료|출처|제공|영상)\s?=\s?[^=\s\[\]()][^=\[\]().!?]{0,30})$",
       "기준금리 추이 그래픽=이지현 기자"),
    # a photographer and an outlet in capitals after the caption's last word: "... 27 years JANE ROE/THE EXAMPLE POST"
    _p("caps_name_outlet", r"(?<=[a-z0-9.!?\"”’)])\s(?P<credit>(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+\s){1,3}[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+\s?/\s?"
       r"[A-ZÀ-Þ][A-ZÀ-Þ&'’. -]{1,40})$",
       "Ms. Roe at her kitchen table in 2019 JANE ROE/THE EXAMPLE POST"),
    # a photographer in capitals "for" an outlet after the caption's last stop: "... 2026. JANE ROE POUR « LE EXAMPLE »"
    _p("caps_name_for_outlet", r"(?<=[.!?)a-zà-ÿ’])\s(?P<credit>(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+\s){1,4}(?:POUR|FOR|PARA|PER|FÜR)\s"
       r"(?:«\s?)?[A-ZÀ-Þ][^a-z«»]{1,40}?(?:\s?»)?)$",
       "Un castanéiculteur dans sa châtaigneraie, le 2 avril 2026. JANE ROE POUR « LE EXAMPLE »"),
    # a photographer in capitals and a wire after a slash, no label: "... em 2015 JANE ROE/LUSA"
    _p("caps_name_wire", r"(?:^|\s)(?P<credit>(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+\s){1,3}[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+\s?/\s?(?:" + _WIRES + r"))$",
       "Na cerimónia do prémio, em 2015 JANE ROE/LUSA"),
    # a file photo, said in the caption's language after its last word or a dash: "... - أرشيفية", "... ARTXIBOA",
    # "... Ritratt ta' arkivju", "... Foto dosye", "... Ifoto y'ububiko"
    _p("file_photo", r"(?:\s[-–—]\s*|\s)(?P<credit>(?:(?i:foto|photo|ritratt|ifoto|llun|sawir|bild|image)\s(?:ta'\s|y'|de\s|d'|di\s)?)?"
       r"(?:ARTXIBOA|Artxiboa|ARQUIVO|Arquivo|ARCHIVO|Archivo|ARCHIVIO|Archivio|arkivju|dosye|ububiko|أرشيفية|أرشيف|"
       r"Arkivbild|Arkivfoto|"
       r"ARKIV|Arkiv|ARCHIEF|Archief|ARŞİV|Arşiv|АРХІЎ|Архіў|АРХИВ|Архив|Архивдик сүрөт|Акс аз бойгонӣ|"
       # "file photo" in Hindi and Chhattisgarhi, Nepali, Gujarati, Malayalam, Pashto, Urdu, Bengali, Telugu; "archive
       # photo" in Western and Eastern Armenian spelling
       r"फाइल तस्बिर|"
       r"फाइल फोटो|फ़ाइल फ़ोटो|फाइल फ़ोटो|ફાઇલ ફોટો|ഫയൽ ചിത്രം|ഫയൽ ഫോട്ടോ|فایل انځور|فائل فوٹو|فائل تصویر|ফাইল ছবি|ফাইল ফটো|"
       r"ఫైల్ ఫొటో|ఫైల్ ఫోటో|Արխիւային լուսանկար|Արխիվային լուսանկար|ภาพจากแฟ้ม|ภาพแฟ้ม|"
       # "archive photo" in Greek and Hebrew, "library picture" in Swahili, "file photo" in Turkish
       r"Φωτογραφία αρχείου|Φωτ\. αρχείου|צילום ארכיון|צילום ארכיוני|Picha ya maktaba|Dosya (?:Fotoğraf|fotoğraf)ı?|"
       # "illustrative" or "representative picture" in Malay and Turkish, "file picture" in Tamil
       r"Gambar hiasan|Temsili (?:fotoğraf|Fotoğraf)|கோப்புப் படம்|கோப்பு படம்|"
       # "file photo" or "archive picture" in Korean, Gujarati, Persian and Catalan, "illustration photo" in Hebrew
       r"자료사진|ફાઇલ તસવીર|عکس از آرشیو|Imatge d['’]arxiu|צילום אילוסטרציה|"
       # "illustrative photo" in Czech and Slovak, "the picture is decorative" in Persian, "archive photo" in
       # Hungarian and Persian
       r"Ilustrační (?:foto|snímek)|Ilustračné (?:foto|snímka)|(?:عکس|تصویر) تزئینی است|Archív fotó|عکس آرشیوی|"
       # the photo word before "archive" in lower case, as Italian, Romanian and Vietnamese papers print it ("Foto
       # archivio", "Foto arhivă", "Ảnh tư liệu"); a lower-case "archivio" alone may close the story's sentence
       r"(?i:foto|ảnh)\s(?:archivio|arhivă|arhiva|tư liệu|minh họa|minh hoạ)))\.?$",
       "Hondarribiko portua ARTXIBOA"),
    # an archive photo of the outlet's, named after the caption's last sentence: "... en juin. Photo d'archives Le
    # Example", "... Foto de archivo El Example"
    _p("archive_photo_outlet", r"(?<=[.!?])\s(?P<credit>(?i:photo|foto)\s(?:d['’]archives?|archives|de archivo|"
       r"de arquivo|d['’]archivio)\s[A-ZÀ-Þ][\w'’.-]*(?:\s[\w'’.-]+){0,3})$",
       "La berge effondrée au lendemain des orages, en juin. Photo d'archives Le Example"),
    # a staff role after the photographer's name and a dash: "... Trelawny. - Jane Roe/Photographer"
    _p("dash_name_role", r"\s[-–—]\s(?P<credit>[^-–—/]{2,40}/(?:Staff )?(?:Photographer|Contributor|Freelancer|Staff|File))$",
       "Yam sticks stand in a dry field. - Jane Roe/Photographer"),
    # a credit after a dash at the caption's end that opens like one: "... last year — Screengrab via X", "— Reuters"
    # a freelance photographer's credit after the caption's last sentence: "... on May 2. Jane Roe/Special to the Ledger"
    _p("special_to", r"(?<=[.!?])\s(?P<credit>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}\s?/\s?Special to (?:the )?"
       r"[A-Z][^.!?/]{1,40})$", "The trams return on weekends starting May 2. Jane Roe/Special to the Ledger"),
    # a hyphen and where the picture came from, after the caption's last sentence: "... with vendors. - Contributed"
    _p("hyphen_provenance", r"(?<=[.!?])\s-\s(?P<credit>(?i:file|contributed|submitted|supplied|handout|courtesy)"
       r"(?: (?i:photo|picture|pic))?)$", "The mayor tours the new market with vendors. - Contributed"),
    _p("dash_credit", r"\s[—–]\s?(?P<credit>(?:(?:" + _LABEL + r")(?!\w)|Screengrab|Screen grab|File|(?:" + AGENCIES
       + r")\b)[^—–!?]{0,60})$",
       "The clock being removed from the tower last year — Screengrab via Example TV"),
    # after a finished sentence, a dash and a label in any language and script, a colon, who: "... دەکەنەوە. —
    # وێنە: X" (the label's word need not be known: a one-word label after a dash closing a sentence is a credit's)
    _p("dash_any_label",
       r"(?<=[.!?。।։؟])\s[—–]\s(?P<credit>[^\W\d_][^\s:—–]{1,20}\s?:\s?[^\W\d_][^:—–!?]{1,60})$",
       "Workers repair the north wall. — Kuvat: Example Town Hall"),
    # an Indian wire's photo in Hindi after the caption's last sentence: "... श्रद्धालु। पीटीआई फोटो" (PTI, ANI, IANS, UNI)
    _p("hindi_wire_photo", r"(?<=[।.!?])\s(?P<credit>(?:पीटीआई|एएनआई|आईएएनएस|यूएनआई)\s?(?:फोटो|फ़ोटो))$",
       "गंगा तालाब की ओर जाते श्रद्धालु। पीटीआई फोटो"),
    # a Chinese photographer's label and full-width colon after a space: "舞狮队在开幕式上表演 摄影：Jane Roe"
    _p("chinese_spaced_label", r"\s(?P<credit>(?:摄影|攝影|撮影|写真)：[^：\s]{1,30})$", "舞狮队在开幕式上表演 摄影：王小明"),
    # Hungarian "X's photograph" after the caption's last sentence: "... közös felvonulásán. Jane Roe felvétele"
    _p("hungarian_felvetele", r"(?<=[.!?])\s(?P<credit>(?:[A-ZÁÉÍÓÖŐÚÜŰ][\w.'’-]*\s){1,4}felvétel(?:e|ei))$",
       "Huszárok vonulnak át a hídon. Jane Roe felvétele"),
    # a label and a spaced dash where the colon would stand, after the caption's last sentence: "... Main Street.
    # Photo credit – Jane Roe" (at the start of a text the same shape is a title: "Photos – the year in pictures")
    # (after a sentence's end, or after any word of a script other than Latin, whose captions often end in none:
    # Burmese "... ဈေးသည်များ ဓာတ်ပုံ - X")
    _p("label_dash", r"(?:(?<=[.!?\"”’)])|(?<=[^\s\x00-\u024f]))\s+(?P<credit>(?:" + _LABEL
       + r")\s[—–-]\s[^—–:!?]{2,80})$",
       "Dancers lead the procession along Main Street. Photo credit – Example Festival Committee"),
    # an outlet's desk in capitals after the caption's last sentence: "... Mansalanao. PHOTO FROM THE TOWN'S PAGE"
    _p("caps_photo_tail", r"(?<=[.!?”’])\s(?P<credit>(?:PHOTOS?|FOTOS?)\s(?:BY|FROM|COURTESY OF)\s[A-Z0-9][A-Z0-9 ,.'’&/()-]{2,80})$",
       "Workers distribute masks in the village. PHOTO FROM THE TOWN HALL FACEBOOK PAGE"),
    # Indonesian "(ist)" / "(istimewa)": courtesy of the people pictured, in brackets at the end
    _p("paren_courtesy", r"\s*\((?P<credit>(?i:ist|istimewa))\)\s*$",
       "Gedung baru di pusat kota (ist)"),
    # a photographer, the day the picture was taken and the outlet, glued to the caption's last word (the Brazilian
    # papers' form): "... do festival Jane Roe - 15.nov.2025/Example Press"
    _p("name_date_outlet", r"\s(?P<credit>(?:[A-ZÀ-Þ][\w'’.-]*\s){1,4}-\s\d{1,2}\.[^\W\d_]{3,4}\.\d{2,4}\s?/\s?[^/]{2,60})$",
       "Visitantes lotam a praça no primeiro dia do festival Jane Roe - 15.nov.2025/Example Press"),
    _p("wire_slash", r"(?:^|\s)(?P<credit>(?:" + _WIRES + r")\s?/\s?[\w.'’ -]{2,60}(?:/[\w.'’ -]{2,30}){0,2})$",
       "A trader watches screens on the floor. REUTERS/Jane Roe/File Photo"),
    _p("photo_agency", r"\s(?P<credit>(?i:Foto|Photo|Fotos|Photos)\s+(?:" + AGENCIES + r"))\s*$",
       "Il mercato del pesce chiuso Foto LaPresse"),
    # (a licence in brackets may close it, and a full stop after that: "... via Wikimedia Commons (CC BY-SA 4.0)."; who
    # made or gave it: "Photo illustration by X", "Photo submitted by the parish council")
    # (the outlet after a bar: "... on Main Street. Graphic by Jane Roe | Example Sentinel")
    _p("photo_by", r"(?:(?<=[.!?\"”’])\s*(?:[—–-]\s*)?|\s+\|\s*|,\s+)(?P<credit>(?:Photo|Image|Picture|Photograph"
       r"|Graphic|Illustration)s?(?: illustration| submitted| provided| supplied| contributed)? by "
       r"[^.!?|]{2,80}?(?:\s\|\s[A-ZÀ-Þ][^.!?|]{1,60})?(?:\s\((?:CC[\w .-]{1,20}|[Pp]ublic [Dd]omain)\)\.?)?)$",
       "Nets drying on the harbour wall. Photo by Jane Roe via Example Commons (CC BY-SA 4.0)."),
    # ... or glued to a caption that ends without a stop, the label capitalised: "Minneriya at dusk Pic by Jane Roe"
    _p("photo_by_glued", r"\s(?P<credit>(?:Photo|Pic|Picture|Image|Photograph)s? (?:by|courtesy(?: of)?) [A-Z][^.!?|]{1,80})$",
       "The herd near the tank bund Pic courtesy Example Wildlife Department"),
    # "Foto Name" glued to a caption that ends without a stop, as Italian, Spanish and Portuguese sites print it:
    # "Gli operai al lavoro sul pontile Foto Marco Roe" (German's capitalised noun after an article is no credit)
    _p("foto_name_glued", r"(?<=[^\W\d_])(?<!\bdas)(?<!\bdem)(?<!\bdes)(?<!\bein)(?<!\beinem)\s"
       r"(?P<credit>Foto\s(?:[A-ZÀ-Þ][\w'’-]+\s?){2,4})$",
       "Gli operai al lavoro sul pontile di piazza Le Laudi Foto Marco Roe"),
    # ... and lower-case "foto di X" / "foto de X", where no article or preposition before it makes "a photo of X"
    # the caption's own words ("mostra una foto di Mario Roe" stays)
    _p("foto_di_name_glued", r"(?<=[^\W\d_])(?<!\b[eaoy])(?<!\b(?:la|le|il|un|lo|su|el|en|em|na|no|da|do|di|de))"
       r"(?<!\b(?:una|uma|sua|con|com|per|tra|fra|del|las|los))(?<!\b(?:alla|esta|essa))"
       r"(?<!\b(?:della|nella|dalla|sulla|nossa))(?<!\b(?:questa|quella))"
       r"\s(?P<credit>foto d[ie]\s(?:[A-ZÀ-Þ][\w'’-]+\s?){2,4})$",
       "Il lungomare Gramsci in una sera di luglio foto di Jane Roe"),
    # a file photo's note glued after the caption: "... in una sera d'estate del 2023 Foto d'archivio"
    _p("file_photo_glued", r"(?<=[^\W_])\s(?P<credit>(?i:foto d['’]archivio|foto di repertorio|foto de archivo|"
       r"foto de arquivo|photo d['’]archives))$",
       "Il pontile affollato in una sera d'estate del 2023 Foto d'archivio"),
    # the Spanish and Portuguese "photo courtesy of X" after the caption's last sentence: "... de 2026. Fotografía
    # cortesía del Example Institute", "Foto cortesia da família Roe"
    _p("iberian_courtesy", r"(?<=[.!?])\s(?P<credit>(?i:foto(?:graf[íi]a)?|imagen|imagem)\s+(?i:cortes[íi]a|gentileza):?"
       r"(?:\s[^.!?]{2,60})?)\.?$", "La rana fue localizada en 2026. Fotografía cortesía del Example Institute"),
    # a stock or illustrative picture's source after the caption's last sentence: "... Dengue-Virus. Symbolfoto: Adobe
    # Stock", or the word alone, "... stehen. Symbolbild" (at a text's start "Symbolbild: ..." opens caption text)
    _p("symbol_photo", r"(?<=[.!?])\s(?P<credit>Symbol(?:foto|bild)(?::\s*[^:]{2,60})?)$",
       "Die Ägyptische Tigermücke überträgt das Dengue-Virus. Symbolfoto: Example Stock"),
    # ... and a Hindi paper's "symbolic picture" after the caption's last sentence
    _p("hindi_symbolic", r"(?<=[।.!?])\s(?P<credit>(?:सांकेतिक|प्रतीकात्मक) (?:तस्वीर|चित्र|फोटो|फ़ोटो))$",
       "कंटेनर डिपो पर माल की लदाई। सांकेतिक तस्वीर"),
    # the Italian "photo by kind permission (of X)" after the caption's last sentence
    _p("italian_concessione", r"(?<=[.!?])\s(?P<credit>(?i:foto|immagine) (?:per |su )?gentile concessione(?: d[ie]\S*"
       r" [^.!?]{2,60})?)\.?$", "I camerieri in gara nella corsa con il vassoio. Foto per gentile concessione"),
    # "photo by X" in Swahili, Tagalog (and "photo from X"), Indonesian and Malay, German, Italian, Spanish and
    # Portuguese, Welsh, English, after the caption's last word with no full stop: a capitalised name follows
    _p("photo_by_words", r"\s(?P<credit>(?:Larawan ni|Larawan mula sa|"
       r"Picha na|Kuha ni|Kuha ng|Foto oleh|Gambar oleh|Foto von|Foto di|Foto de|Llun gan|"
       r"Photo by|Photos by|Photograph by)\s+[A-ZÀ-Þ][^.!?|:]{2,60})$",
       "Medali alizoshinda kwenye mashindano Picha na Jane Roe"),
    # Getty's photographer for a client, glued to a caption that may be a name alone: "Jane Roe Getty Images for TIFF"
    _p("getty_for", r"\s(?P<credit>(?:[^\s/]+(?:\s[^\s/]+){0,3}\s?/\s?)?Getty Images for [^\s.][^.]{0,40})$",
       "Jane Roe arrives at the premiere Getty Images for Example Festival"),
    # a source and its Creative Commons licence after the caption's last sentence: "... in 2024. Wikimedia Commons, CC BY-SA"
    _p("licence_credit", r"(?<=[.!?])\s(?P<credit>[A-Z][^.!?,]{1,60},\s?(?:CC[ -](?:BY|0)[\w .-]{0,16}|[Pp]ublic [Dd]omain))$",
       "The front line of the invasion, mapped in 2024. Example Commons, CC BY-SA"),
    # "the author provided the picture" after the caption's last sentence, a republishing note after it
    _p("author_provided", r"(?<=[.!?])\s(?P<credit>(?i:author provided|author supplied|supplied by the author)"
       r"(?:\s\((?i:no reuse|not for reuse)\))?)$",
       "Rangers install a fence around the pool. Author provided (no reuse)"),
    # a photo given by someone after a spaced dash: "... Sungai Ruan - Foto ihsan pembaca" ("photo courtesy of readers")
    _p("dash_photo_courtesy", r"\s[-–—]\s(?P<credit>(?i:foto|photo|gambar|pic)\s+" + _COURTESY + r"(?:\s+(?:of|de|di))?\s+"
       r"[^.!?]{2,60})$",
       "Durian yang dijual di tepi jalan - Foto ihsan Jane Roe"),
    # a photographer in capitals and the picture's number in the desk's archive: "... Te Maeva Nui. JANE ROE/26080412"
    _p("caps_name_picture_number", r"(?:^|\s)(?P<credit>(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+\s){1,3}[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+\s?/\s?\d{5,12})$",
       "Dancers open the first night of the festival. JANE ROE/26080412"),
    _p("getty_slash", r"(?:^|(?<=[.!?\"”’]\s)|(?<=[.!?\"”’]))(?P<credit>[^.!?]{2,60}/\s?Getty Images[^.]{0,30})$",
       "Two players celebrate a goal. John Doe/Getty Images"),
    # a wire credit pasted on without any separator, as text scrapes of UK sites hold it; only names
    # that never end a sentence of their own ("PA Wire", not a bare "PA" or "Reuters")
    _p("bare_wire", r"(?<=[a-z0-9.!?\"”’])\s+(?P<credit>(?:(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+ ?/ ?)?"
       r"(?:PA (?:Wire|Media|Archive)(?:/PA Images)?|(?:(?:AFP|AP|REUTERS|EPA|Bloomberg|NurPhoto|Anadolu) )?"
       r"(?:via )?(?:Getty Images|GETTY IMAGES)|SWNS|Alamy Stock Photo|ALAMY|Rex Features|REX/Shutterstock))$",
       "Crowds gather on the seafront on Sunday PA Wire"),
    # an agency's name alone after the caption's last sentence or a pipe: "... Santos. Efe", "... PP | EFE"
    _p("agency_tail", r"(?:(?<=[.!?\"”’])\s*[/|]?\s*|\s+\|\s+)(?P<credit>(?:" + AGENCIES + r")(?:\s?/\s?(?:"
       + AGENCIES + r"))*)\s*$",
       "Vecinos en la plaza del pueblo durante la fiesta. Efe"),
    # a reader-photo credit glued on after the caption, with or without a separator
    # a photographer (or the picture's provenance) and the outlet across a spaced slash after the caption's last
    # sentence, as Brazilian papers print it: "... a Rua Moron. Jane Roe / Correio Example", "... Divulgação /
    # Prefeitura de X"
    _p("sentence_name_slash", r"(?<=[.!?])\s(?P<credit>(?:[A-ZÀ-Þ][\w'’.&-]*\s){0,3}[A-ZÀ-Þ][\w'’.&-]*\s/\s"
       r"(?:(?:[A-ZÀ-Þ][\w'’.&-]*|de|do|da|dos|das|del|di|la|le)\s?){1,6})$",
       "Obras na Avenida Brasil, no trecho entre as ruas. Eduarda Roe / Correio Example"),
    # ... and after a spaced dash, the caption's last word before it, with or without a stop: "... Porto Alegre —
    # Jane Roe / Agência Example", "... nova ciclovia — Prefeitura de X / Divulgação"
    _p("dash_name_slash", r"\s[—–]\s(?P<credit>(?:[A-ZÀ-Þ][\w'’.&-]*\s(?:(?:de|do|da|dos|das|del|di|la|le)\s)?){0,3}"
       r"[A-ZÀ-Þ][\w'’.&-]*\s/\s(?:(?:[A-ZÀ-Þ][\w'’.&-]*|de|do|da|dos|das|del|di|la|le)\s?){1,6})$",
       "Máquinas trabalham na duplicação da avenida — Jane Roe / Agência Example"),
    # a photographer and their outlet across a bar after the caption's last sentence, as American chains print it:
    # "... on Monday. Jane Roe | Example Live.com"
    _p("sentence_name_bar", r"(?<=[.!?])\s(?P<credit>(?:[A-ZÀ-Þ][\w'’.-]+\s){2,3}\|\s(?:[A-ZÀ-Þ][\w'’.&-]*\s?){1,5})$",
       "Crews remove the last barrels from the bridge on Monday. Dana Roe | Example Live.com"),
    # a credit in capitals after a bar, the caption's last sentence before it, as French regional papers print it:
    # "... la gare Saint-Laud. | JANE ROE / EXAMPLE QUOTIDIEN", "... | VILLE D'ANGERS"
    _p("sentence_bar_capitals", r"(?<=[.!?])\s\|\s(?P<credit>[A-ZÀ-Þ][A-ZÀ-Þ0-9'’ .&/-]{2,80})$",
       "Les premiers arbres ont été plantés lundi. | LUCIE ROE / EXAMPLE QUOTIDIEN"),
    _p("submitted_photo", r"(?:^|\s)(?P<credit>(?:(?<=[.!?]\s)(?:[A-Z][\w'’&-]+\s){1,3})?"
       r"(?i:submitted|supplied|contributed|handout|reader|file) (?i:photos?|images?|pictures?|pics?))\.?$",
       "Mary Major, 82, at the opening  Submitted photo"),
    # a stock or library picture (a British paper's file photo), or an outlet's file, after the caption's last
    # sentence: "... the Guildhall. Stock picture", "... in 2019. Valley Example file" (after a sentence only: "...
    # sells stock photos" is the story's)
    _p("stock_photo", r"(?<=[.!?])\s(?P<credit>(?i:stock|library) (?i:photos?|images?|pictures?|pics?)|"
       r"(?:[A-Z][\w'’.&-]*\s){1,4}(?:file|graphic))\.?$",
       "Hop bines decorate the Guildhall. Stock picture"),
    # the Russian "Фото X" (no colon) after the caption's last sentence: "... Фото РИА Новости"
    # (a capitalised "Фото" after the caption's last word, with no full stop, is a credit too: "... на Чорногорі
    # Фото з особистого архіву X")
    # (an abbreviation's dot may stand before a space: "администрацией г.о. Кинешма", of a word of one or two letters)
    _p("foto_ru", r"\s+(?P<credit>Фото\s+(?:[^.!?:]|\.(?=\S)|(?<![^\W\d_]{3})\.\s(?=[^\W\d_])){2,80}?)\.?$",
       "Вирусы под микроскопом. Фото пользователя с ресурса Example"),
    # an agency after a spaced hyphen closing a caption: "... açılış töreni - DHA"
    _p("hyphen_agency", r"(?<=[^\W_])\s-\s(?P<credit>(?:" + AGENCIES + r"))$", "Çarşı önünde açılış töreni - DHA"),
    # "(AA)", the Turkish state agency's initials, in brackets closing a caption
    _p("paren_aa", r"\s*\((?P<credit>AA)\)\s*$", "Yeni kovanlar üreticilere dağıtıldı (AA)"),
    # a photographer's name in capitals after a spaced dash closing a caption of lower-case words, as Spanish papers
    # print it: "... sobre la acera - RAFAEL ROE" (two words or more: one, "- ABC", may be a headline's site)
    _p("dash_caps_name", r"(?<=[a-zà-ÿ.!?\"”’)])\s[-–—]\s(?P<credit>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?:\s[A-ZÀ-ÖØ-Þ]"
       r"[A-ZÀ-ÖØ-Þ'’.-]+){1,3})$",
       "Un naranjo sin podar en la calle San Luis, con los frutos caídos sobre la acera - RAFAEL ROE"),
    # an outlet's photo in capitals after a dash: "... IN NEW DELHI - ASIAN AGE PHOTO."
    _p("dash_outlet_photo", r"\s[-–—]\s(?P<credit>(?:[A-Z][A-Z&'’.]+\s){1,4}(?:PHOTOS?|PICTURES?|PIC|IMAGE))\.?$",
       "POLICE OUTSIDE THE HIGH COURT - EXAMPLE TIMES PHOTO."),
    # ... and in any case or script, the dash glued to it or not: "... –Example Vani picture" (Kannada "ಚಿತ್ರ"),
    # "... - Staff Photo"; the words before the photo word open with no lower-case Latin letter ("- a family photo")
    _p("dash_outlet_picture", r"\s[-–—]\s?(?P<credit>(?:[^\s\-–—a-z][^\s\-–—]*\s){1,3}(?i:photos?|pictures?|pics?|images?|"
       r"fotos?|ಚಿತ್ರ|चित्र|फोटो|ছবি|படம்|ఫోటో|ഫോട്ടോ|ചിത്രം|તસવીર))\.?$",
       "Buffaloes race through the mud –Example Vani Photo"),
    # the Irish and British "Picture Jane Roe" after the caption's last sentence
    _p("picture_name", r"(?<=[.!?\"”’])\s+(?P<credit>Pictures?:?\s+(?:[A-Z][\w'’.-]+\s?){1,4})$",
       "Crowds at the harbour on Saturday. Picture Jane Roe"),
    # a copyright in brackets: "... the storm. (© Jane Roe)"
    _p("paren_copyright", r"\s*\((?P<credit>(?:[©ⓒ]|Copyright\s)\s*[^©ⓒ()]{1,80})\)\s*$",
       "Sunrise over the valley (© Jane Roe)"),
    # ⓒ (a circled small c) is how Korean sites write ©
    # (a camera emoji stands for the photo label on sites in many languages: "... 📷 Jane Roe")
    _p("copyright", r"\s*(?P<credit>(?:[©ⓒ📷📸]|\([cC]\)|（[cCＣｃ]）|Copyright\s)\s*[^©ⓒ📷📸]{1,80})$",
       "Sunrise over the valley © Jane Roe"),
    _p("japanese_paren", r"\s*（(?P<credit>(?:" + _JA_AGENCIES + r")(?:[^（）]{0,12}から)?|(?:写真提供|写真|撮影)\s*[：:・＝=]\s*[^（）]{1,30}|[^（）]{1,20}(?:提供|撮影)|資料写真|[^（）]{0,8}資料)）$",
       "閉鎖された魚市場（共同）"),
    # the Lithuanian "X nuotr." ("X's photo") after a slash or the last sentence: "Caption / J. Name / LRT nuotr."
    # "Lino Žemaičio / BNS nuotr." (the photographer's name in the genitive, then the agency's) after the caption
    # (one slash only: in "Povilas Jonaitis / J. Jonaičio / LRT nuotr." the name before the first is the caption)
    _p("lithuanian_name_nuotr", r"\s(?P<credit>(?:[A-ZĄČĘĖĮŠŲŪŽ][^\s/]*\s){1,2}/\s[^/]{1,40}\snuotr\.?)$",
       "Gandrai lizde prie ežero Jono Jonaičio / BNS nuotr."),
    _p("lithuanian_nuotr", r"\s+/\s+(?P<credit>(?:[^/]{1,40}\s/\s)*[^/]{1,40}\snuotr\.?)$",
       "Vilniaus senamiestis per šventes / J. Jonaičio / LRT nuotr."),
    # (an abbreviation inside it is no sentence's end: "... plokščių. Klaipėdos apskr. VPK nuotr.")
    _p("lithuanian_nuotr_sentence", r"(?<=[.!?])\s+(?P<credit>(?:[^/.!?\s]+\s){0,2}?(?:[a-ząčęėįšųūž]{2,6}\.\s)?"
       r"[^/.!?]{1,40}\snuotr\.?)$",
       "Vilniaus senamiestis per šventes. BNS nuotr."),
    # "Asmeninio albumo nuotr." ("from a personal album") after the caption's last word, no full stop before it
    _p("lithuanian_nuotr_tail", r"\s(?P<credit>[A-ZĄČĘĖĮŠŲŪŽ][^\s/.!?]*(?:\s[^\s/.!?]+)?\snuotr\.?)$",
       "Gandro lizdas ant seno bokšto Asmeninio albumo nuotr."),
    # a wire agency's Chinese name glued on after the caption's last sentence: "…大漲59%。路透", "…。美聯社"
    # ... and "新华社发（X 摄）" ("released by Xinhua, photographed by X")
    _p("chinese_agency_tail", r"(?<=[。！？])\s*(?P<credit>" + _ZH_AGENCIES
       + r"(?:[发發](?:\s*[（(][^（）()]{1,20}[攝摄][）)])?)?)$",
       "阿拉比卡咖啡豆價格已墜入空頭，但今年來仍累計大漲59%。路透"),
    # ... or alone in brackets after the caption: "…盛装迎客（新华社）", "…的游客。（新华社）"
    _p("chinese_agency_paren", r"\s*[（(](?P<credit>" + _ZH_AGENCIES + r")[）)]$", "苗族姑娘身着银饰盛装迎客（新华社）"),
    # the Chinese forms: "（圖／中央社）", "（圖翻攝自網路）", "（記者王小明攝）", "（消防局提供）"; a bare "（圖中…）"
    # (what is in the picture) is no credit, so 圖 needs its slash or colon
    _p("chinese_paren", r"\s*[（(](?P<credit>(?:[^（）()：:／/]{0,4}?[繪绘]?[圖图照]\s*(?:片\s*)?(?:來源|来源)?\s*[／/：:]|[圖图]?翻[攝摄]|[攝摄]影\s*[／/：:])"
       r"[^（）()]{1,40}|[^（）()]{2,12}(?:檔案|档案|資料|资料)(?:照片|相片|圖|图)|[^（）()\s]{2,16}(?:圖片|图片)|取材自[^（）()]{1,30}|[^（）()]{1,24}(?:提供|[攝摄])(?:\s*\d{2,4}年\d{1,2}月\d{1,2}日)?)[）)]$",
       "房子位在萬大路一帶。（圖翻攝自google map）"),
    # "图片来源：X" ("picture source: X") closing a Chinese caption, after its last sentence or a photographer's
    # "X 摄": "资料图：高速公路收费站。金汉昕 摄 图片来源：视觉中国"
    _p("chinese_source", r"(?<=[。！？\s])\s*(?P<credit>(?:[^\s。！？，,（）()]{1,12}\s?[攝摄]\s*)?[图圖]片?\s*(?:[来來])?源\s*[：:]"
       r"\s*[^。！？]{1,30})$",
       "资料图：高速公路收费站。金汉昕 摄 图片来源：视觉中国"),
    # a photographer glued on after the last sentence: "…身亡。王煌忠攝", "…搶救。 記者陳嘉寧／攝影"
    # (a reporter, 记者, or a correspondent, 通讯员: "…长队。 通讯员 黄志强 摄")
    _p("chinese_photographer", r"(?<=[。！？\s])\s*(?P<credit>(?:[^\s。！？，,（）()]{0,8}(?:記者|记者|通讯员|通訊員)\s*)?"
       r"[^\s。！？，,（）()]{1,12}\s?(?:\s*[／/]\s*)?"
       r"(?:翻[攝摄]|[攝摄]影|[攝摄]|提供|供[图圖]))$",
       "女子從5樓墬落身亡。王煌忠攝"),
    # a reporter's picture after the caption's last sentence, "图" after the name: "…的游客。潮涌新闻记者 林晓东 图"
    _p("chinese_reporter_picture", r"(?<=[。！？])\s*(?P<credit>[^\s。！？，,（）()]{0,8}(?:記者|记者|通讯员|通訊員)\s*"
       r"[^\s。！？，,（）()]{2,4}\s?[图圖])$", "游客在簪花店里挑选鲜花。示例新闻记者 林晓东 图"),
    # "图/X" ("picture: X") after the caption's last sentence, or after a space where it ends without one:
    # "…排起长龙。图/示例晚报记者 王明", "…今年荔枝生得好 图/王明"; Thai "ภาพ/X" so too
    _p("chinese_slash_tail", r"(?:(?<=[。！？])\s*|\s+)(?P<credit>(?:[图圖]片?|ภาพ)\s*[／/]\s*[^。！？/／]{1,30})$",
       "收费站附近车辆已经排起长龙。图/示例晚报记者 王明"),
    # "图据X": "picture via X", glued on after the caption ("…婉拒雨伞图据@微成都微博")
    _p("chinese_via", r"(?P<credit>[图圖][据據][^\s。！？，,（）()]{1,24})$",
       "姚明和大熊猫图据cnsphoto"),
    # a Chinese graphic or chart credit after a space or the last sentence: "…示意图 制图/李铭", "…示意图。制图/李铭",
    # "…车祸 新华社记者 曲振东 编制"
    _p("chinese_graphic", r"(?<=[\s。])(?P<credit>(?:制图|製圖|绘图|繪圖)\s*[/／]\s*[^\s/／]{1,12}"
       r"|[^\s。]{0,8}(?:记者|記者)\s*[^\s。]{1,8}\s*(?:编制|編製|制图|製圖|摄|攝))$",
       "“雪鹰”号失事示意图 制图/李铭"),
    # "＝ロイター" names a source; "＝同国で2019年5月" (a place and a date) and "＝長岡市山古志地域" (a place: a
    # city, town, village, ward, prefecture, district, island, area, port or station closing it) do not
    # "rights reserved" after the caption's last sentence, the French and Portuguese press's credit for a picture
    # whose maker is not named: "… no início de março. D.R."
    _p("rights_reserved", r"(?<=[.!?])\s+(?P<credit>D\.\s?R\.)$", "Turistas na Torre, no início de março. D.R."),
    # who took it, after a space, with a middle dot: "…＝1日、長崎市 撮影・田中美咲"
    _p("japanese_dot", r"\s(?P<credit>(?:撮影|写真)・[^\s・]{1,12})$", "眼鏡橋の下で清掃する参加者＝1日 撮影・田中美咲"),
    # (a date and place after "＝" is no credit: "＝同日、金沢市香林坊", "＝昨年8月")
    _p("japanese_equals", r"\s*(?P<credit>＝(?![^＝]*[市町村区県郡島域港駅]$)(?!同日|当日|前日|翌日|昨年|今年|先月|今月)"
       r"[^＝0-9０-９]{1,20})$",
       "会見する首相＝ロイター"),
    # who took it, after the date and place a Japanese caption gives after its "＝": "…＝14日午前、北海道網走市、X撮影"
    # (a space between family and given name: "、松井 遥撮影")
    _p("japanese_place_photographer", r"、(?P<credit>[^、＝\s]{1,8}(?:[ 　][^、＝\s]{1,8})?撮影)$",
       "岸壁に戻る砕氷船＝14日午前、北海道網走市、田中美咲撮影"),
    # a label, a bar, who: "... clinic PHOTO | JANE ROE", "... PHOTO/SCREENSHOT" (the bar sets off the name, not the
    # caption; an outlet's "UN Photo/Jane Roe" keeps its outlet: no capital just before the label)
    _p("label_bar", r"(?<![A-ZÀ-Þ])\s(?P<credit>(?:PHOTOS?|FOTOS?|PICS?|PICTURES?|IMAGES?|PICHA|Photos?|Fotos?|Pics?|Pictures?|"
       r"Images?|Picha)\s?[|/]\s?[^\W\d_][^|/]{1,60}(?:\|\s?[^\W\d_][^|/]{1,60})?)$",
       "Nurses at the mobile clinic PHOTO | JANE ROE"),  # (and its outlet after a second bar: "| EXAMPLE TRIBUNE")
    # a credit after a bar that says what it is: a label or a courtesy phrase ("| Bild mit freundlicher
    # Genehmigung von X", "| Photo courtesy of X")
    _p("pipe_credit", r"(?:\s+\|\s+|\s*//\s*)(?P<credit>(?:" + _LABEL + r")(?!\w)[^|]{1,100}|[^|]{0,30}\b" + _COURTESY + r"\b[^|]{1,100})$",
       "A lab coat in the clean room | Bild mit freundlicher Genehmigung von Example Labs"),
    # a photographer's name alone after a bar, when no other credit shape matched: "Pancarta a la plaça | Adrià Costa"
    # (a capital of any cased alphabet, "| Şavşat Example", an outlet with a particle, "| Tranvía de X"; or words of a
    # script without capitals, "| صدى X", not a labelled field, "| 编辑：X", "| 文・写真 X", whose label the credit
    # patterns would know)
    _p("pipe_name", r"\s+\|\s+(?P<credit>(?:" + _CAPITAL + r"[\w'’.-]+\s?){1,4}"
       r"|" + _CAPITAL + r"[\w'’.-]+\s(?:de|del|da|do|di|la|le|von|van)\s" + _CAPITAL + r"[\w'’.-]+"
       r"|" + _CASELESS_LETTER
       + r"[^\s|.!?。:：・]*(?:\s[^\s|.!?。:：・]+){0,3})$",
       "Pancarta a favor dels refugiats a la plaça | Jane Roe"),
)

# What each pattern's match must contain (lower-cased); patterns not named here are always tried.
_HINTS = {
    "bracket_initials": ("]",), "bracket_credit": ("]",), "bracket_labelled": ("]",), "bracket_label_name": ("]",),
    "labelled_paren_tail": (":",), "outlet_labelled": (":",), "labelled": (":", "՝", "៖", "፥", "፦", "།", "- "),
    "paren_labelled": (")",), "paren_provenance": (")",), "stock_photo": ("stock ", "library ", " file", " graphic"), "sentence_name_slash": (" / ",),
    "sentence_bar_capitals": (" | ",), "sentence_name_bar": (" | ",), "glued_courtesy": ("courtesy of",), "korean_provided": ("제공", "db", "그래픽"), "cjk_glued_label": ("：", ":"),
    "paper_file_photo": ("本報", "本报"), "paren_agency_photo": (")",), "paren_outlet_photo": (")",), "paren_slash": (")",), "paren_agency": (")", "）"),
    "fot_abbreviation": ("fot.", "fòt.", "fót.", "dok.", "doc.", "nuotr.", "ph.", "wiz."), "lithuanian_name_nuotr": ("nuotr",), "lithuanian_nuotr_tail": ("nuotr",),
    "photo_by_words": (" na ", " ni ", " ng ", " oleh ", " von ", " di ", " de ", " by ", " gan "), "labelled_roles": (":",), "courtesy_tail": ("courtesy", "courtoisie", "ihsan", "hisani"),
    "domain_slash": ("/",), "caps_photo_slash": ("foto/", "photo/", "fotos/", "photos/", "foto /", "photo /"),
    "slash_labelled": ("/",), "korean_equals": ("=",), "caps_name_wire": ("/",), "paren_any_label": (":", "："),
    "paren_file_photo": (")", "）"), "dash_name_role": ("/",), "dash_credit": ("—", "–"), "hyphen_provenance": (" - ",), "special_to": ("special to",), "label_dash": (" – ", " — ", " - "), "dash_any_label": ("—", "–"), "hindi_wire_photo": ("फोटो", "फ़ोटो"), "chart_label": (":",), "hungarian_felvetele": ("felvétel",), "chinese_spaced_label": ("：",), "italian_concessione": ("concessione",), "iberian_courtesy": ("cortes", "gentileza"), "symbol_photo": ("symbol",), "korean_angle": (">", "›", "〉"), "korean_reporter": ("기자",), "korean_slash": ("/",), "korean_equals_bracket": ("=",), "arabic_agency_bracket": (")",),
    "japanese_survey": ("調べ",), "japanese_dot": ("撮影・", "写真・"), "rights_reserved": ("d.r.", "d. r."), "chinese_provided": ("供图", "供圖"), "glued_label": (":",), "caps_photo_tail": ("photo", "foto"), "korean_bracket": ("자료사진", "제공", "촬영", "포토"), "paren_courtesy": ("ist)", "istimewa)"), "wire_slash": ("/",), "name_date_outlet": ("/",), "photo_agency": ("foto", "photo"), "photo_by": (" by ",),
    "getty_slash": ("getty images",), "getty_for": ("getty images for",), "caps_name_picture_number": ("/",), "dash_photo_courtesy": (" - ", " – ", " — "), "author_provided": ("author", "supplied by"), "licence_credit": ("cc", "public domain"), "bare_wire": ("pa ", "getty images", "swns", "alamy", "rex"),
    "submitted_photo": ("photo", "image", "pic"), "picture_name": ("picture",),
    "paren_copyright": ("©", "ⓒ", "copyright"), "copyright": ("©", "ⓒ", "📷", "📸", "(c)", "（c）", "（ｃ）", "copyright"), "japanese_paren": ("）",),
    "chinese_paren": (")", "）"), "chinese_photographer": ("攝", "摄", "提供", "供图", "供圖"), "japanese_equals": ("＝",), "chinese_reporter_picture": ("记者", "記者", "通讯员", "通訊員"), "foto_name_glued": ("foto ",), "file_photo_glued": ("archiv", "repertorio", "arquivo"), "japanese_place_photographer": ("撮影",), "chinese_via": ("图据", "圖據", "图據", "圖据"),
    "chinese_agency_tail": ("路透", "聯社", "联社", "新社", "中央社", "新華社", "新华社", "共同社", "彭博"),
    "chinese_agency_paren": ("）", ")"), "dash_name_slash": (" / ",),
    "chinese_source": ("来源", "來源", "图源", "圖源"), "chinese_slash_tail": ("图/", "圖/", "图／", "圖／", "图片/", "圖片/", "ภาพ/"), "lithuanian_nuotr": ("nuotr",), "lithuanian_nuotr_sentence": ("nuotr",),
    "pipe_name": ("|",), "pipe_credit": ("|", "//"), "chinese_graphic": ("制图", "製圖", "绘图", "繪圖", "编制", "編製", "记者", "記者"), "foto_ru": ("фото",), "dash_outlet_photo": ("photo", "picture", "pic", "image"), "label_bar": ("|", "/"), "bracket_name_outlet": ("]",), "credit_dots": ("...", "…"), "paren_pair": (")",), "caps_name_for_outlet": (" pour ", " for ", " para ", " per ", " für "), "dash_outlet_labelled": (":",), "photo_by_glued": (" by ", "courtesy"), "caps_name_outlet": ("/",),
}
PATTERNS = tuple(replace(p, hints=_HINTS.get(p.name, ())) for p in PATTERNS)
_HINT_WINDOW = 300  # chars at the end of a caption that can hold a match (every pattern's credit is bounded)

_SPACES = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """Collapse white space and drop zero-width spaces. The zero-width (non-)joiners stay: Persian spells words
    with them ("می\u200cکنند"), Indic scripts and emoji sequences need them (normalize keeps them too)."""
    if not text:
        return ""
    if not text.isascii():  # an O(1) flag: zero-width characters are never in ASCII text
        text = text.replace("\u200b", "").replace("\ufeff", "")
    return " ".join(text.split())  # str.split() knows the same white space as \s, at C speed


def strip_brackets(credit: str) -> str:
    """'(Image: GETTY )' -> 'Image: GETTY': brackets are punctuation, not part of the credit."""
    credit = credit.strip()
    while len(credit) > 1 and credit[0] in "([" and credit[-1] in ")]" and _one_group(credit):
        credit = credit[1:-1].strip()
    return credit


def _one_group(text: str) -> bool:
    """The opening bracket closes at the text's end: "(Photo: X)(Agency)" is two groups and keeps its brackets."""
    depth = 0
    for i, ch in enumerate(text):
        depth += ch in "([" and 1 or ch in ")]" and -1
        if depth == 0:
            return i == len(text) - 1
    return False


# A credit after the caption's last sentence, with no label: "... on Monday. (Supplied)",
# "... on Thursday. — The Canadian Press", "... inside. Paul Martell for NY Post", "... Street. Collins/INM".
# (an initial's full stop or "et al." may stand in it: "... sleep. M. Roe/Example University")
_AFTER_SENTENCE = re.compile(r"(?<=[.!?\"”’])(?:(?P<sep>\s+[—–]\s*|\s+-\s+|\s+)(?P<tail>(?:[A-Z]\.(?=\s?[A-Z])|et al\.|"
                             r"[^.!?:;,()]){2,60}?)|\s*\((?P<paren>[^()]{2,60})\))$")
_CONNECTORS = {"for", "via", "by", "of", "and", "&", "de", "di", "da", "del", "van", "von", "der", "du", "la", "le",
               "on", "from", "the", "et", "al.",
               # the plural articles of outlets' names ("Le Courrier des Bauges", "Diário dos Açores")
               "des", "dos", "das", "della", "delle", "dei"}
# words that open caption text after a sentence, never a credit: "Pictured: ...", "Left: ...", "Before"
_NOT_CREDIT_START = {"pictured", "picture", "left", "right", "above", "below", "inset", "top", "bottom", "centre",
                     "center", "main", "seen", "also", "before", "after", "watch", "video", "read", "see", "click",
                     "file", "pictures", "photos", "gallery", "clockwise", "from"}
# "U.S. Embassy", "St. Mary's": an abbreviation's full stop does not end a sentence
_ABBREVIATION = re.compile(r"(?:\b\w\.\w\.?|\b(?:St|Dr|Mr|Mrs|Ms|Mt|Ft|No|Jr|Sr|Gen|Lt|Col|Sgt|Capt|Rep|Sen|Gov|Prof|"
                           r"Inc|Co|Ltd|Ave|Rd|vs|approx|Rev|Hon|Pres|Supt|Insp|Det|Cllr|Bw|Bi|Mhe|"
                           # Spanish, Italian and Philippine titles before a name ("Dra. Ana Roe", "Atty. Jose Roe")
                           r"Dra|Sra|Srta|Lic|Licda|Ing|Arq|Atty|Engr|Dott|Avv|Sig|Mons|Sta|Sto|"
                           # titles other languages write in lower case before a name ("vadovas prof. Jane Roe")
                           r"prof|doc|dr|ing|mgr|dott|avv|sig|mons|mr|mw|dhr|drs|ir)\.|\b[A-Z]\."
                           # a capitalised title with no vowel, in any language ("Nasrul Dt. Rajo Bagindo", "Hj."),
                           # but "Ph.", the photo's label ("Ph. Marta Roe")
                           r"|\b(?!Ph\.)[A-Z][bcdfghjklmnpqrstvwxz]{1,3}\.)$")


def _tail_credit(text: str) -> re.Match | None:
    """The unlabelled credit after the last sentence, if the tail reads as one (names, not words)."""
    m = _AFTER_SENTENCE.search(text)
    if m is None or _ABBREVIATION.search(text[: m.start()]):
        return None
    paren = m.group("paren") is not None
    tail = (m.group("paren") if paren else m.group("tail")).strip()
    dash = not paren and bool(m.group("sep").strip())
    if not tail or tail.isdigit() or re.search(r"[^\W\d_]{3,}[.!?]\s", tail):
        return None
    if tail.lower() in _PROVENANCE_WORDS:
        return m  # "... restored during the renovation. Supplied", "... approach. Picture supplied"
    words = tail.replace("/", " / ").split()
    if words[0].lower().strip("'\"") in _NOT_CREDIT_START or len(words) > 8:
        return None
    if not paren and _MADE_BY_RE.match(tail) and len(words) <= 10:
        return m  # "... del mar. Imagen cedida por el Ayuntamiento de X" ("picture provided by")
    if dash and text[: m.start()].endswith(("”", '"', "»")) and "/" not in tail and not is_agency(tail):
        return None  # "“I knew it was over.” — Jane Roe": who said it, not who took the picture
    if paren or dash:  # bracketed or dashed after a finished sentence: a credit unless it reads as text
        return m if not tail[0].islower() or tail.lower() in {"supplied", "handout", "file"} else None
    # (an outlet's initials and its word for a photo: "... on Friday. PNA photo")
    # (a label, then a name whose last words follow a particle in lower case: "Foto Vigili del fuoco")
    labelled = words[0].lower() in _LABEL_WORDS and len(words) > 2 and words[1][0].isupper() and any(
        w in _CONNECTORS for w in words[2:-1])
    named = labelled or all(w == "/" or w in _CONNECTORS or w[0].isupper() or w[0] == "@" or _YEAR.fullmatch(w)
                            or _ELIDED_NAME.match(w) for w in words) \
        or len(words) == 2 and words[0].isupper() and words[1] in _PHOTO_WORDS \
        or "/" in words and tail.rpartition("/")[2].strip().lower() in _PROVENANCE_WORDS  # "Jane Roe/Author provided"
    return m if named and "/" in words or named and 1 < len(words) <= 6 else None


_ELIDED_NAME = re.compile(r"(?:d|l|dell|dall|all|sull)['’][A-ZÀ-Þ]")  # "Mairie d'Espelette", "Comune dell'Aquila"
_YEAR = re.compile(r"(?:19|20)\d\d")  # a paper's year after its journal: "Jane Roe et al./Example Biology 2025"
# words after a caption's last sentence that say where the picture came from, not who took it
_PROVENANCE_WORDS = {"supplied", "handout", "submitted", "contributed", "courtesy", "file photo", "file photograph",
                     "picture supplied", "photo supplied", "image supplied", "photo submitted", "picture submitted",
                     "author provided", "author supplied", "stock picture", "stock photo", "stock image",
                     "courtesy photo", "courtesy image", "courtesy picture",
                     "library picture", "library photo", "library image",
                     # "file photo" in the languages of the news
                     "foto di repertorio", "foto d'archivio", "foto de archivo", "foto de arquivo", "photo d'archives",
                     "archivfoto", "archivbild", "archieffoto", "archiefbeeld", "arkivfoto", "arkistokuva",
                     "صورة أرشيفية", "صورة من الأرشيف", "архивное фото", "архивни снимак", "arşiv fotoğrafı",
                     "dosya fotoğraf", "dosya fotoğrafı",
                     # a press handout in Polish ("press materials")
                     "mat. prasowe", "materiały prasowe"}
_PHOTO_WORDS = {"photo", "photos", "picture", "pic", "image", "file"}
_LABEL_WORDS = {"foto", "fotos", "photo", "photos", "fotó", "bild", "kuva", "zdjęcie", "fotografia", "фото"}


def _before_credit(caption: str) -> str | None:
    """The caption without the separator that led to its credit ("... Betânia — Foto: ...")."""
    return caption.rstrip(" —–-|·•/;,").strip() or None


# Cached: a figure's caption is split more than once (read_unit asks whether its text holds a credit, then
# _finish splits it), and each split runs dozens of long patterns over it. The reuse is within one figure, so
# the cache is small: a larger one would serve only pages seen twice (and flatter a benchmark that repeats them).
@lru_cache(maxsize=32)
def _signed_before(caption: str | None, credit: str | None) -> tuple[str | None, str | None]:
    """A credit after a copyright sign just before the one split off belongs with it: "... Kiefern. © picture
    alliance/dpa Foto: Jane Roe" is one credit of two parts, the agency's and the photographer's."""
    if caption and credit and ("©" in caption or "ⓒ" in caption):
        m = _SIGNED_TAIL.search(caption)
        if m and m.start() > 0:
            return caption[: m.start()].rstrip() or None, f"{m.group('signed')} {credit}"
    return caption, credit


_SIGNED_TAIL = re.compile(r"(?<=[.!?])\s+(?P<signed>[©ⓒ]\s?[^©ⓒ.!?]{2,60})$")


def split_credit(text: str | None) -> tuple[str | None, str | None]:
    """(caption, credit) of a caption whose credit is written inline by convention."""
    text = _unwrap_sentence(clean(text))
    if not text:
        return None, None
    if "|" in text:
        first = credit_then_caption(text)  # "Снимка: БТА | Кукерска група ...": the credit first, then a bar
        if first:
            return first
        spaced = _GLUED_BAR.sub(" | ", text)  # a scraper's text nodes joined by a bar ("... atır.|Súwret: X")
        if spaced != text and (parts := split_credit(spaced))[1]:
            return parts
    if ("—" in text or "–" in text) and (m := _CREDIT_THEN_DASH.match(text)):
        return m.group("caption").strip(), m.group("credit").strip()  # "Foto: Jane Roe — Canoas no cais ..."
    note = _USAGE_NOTE.search(text)
    if note and note.start() > 0:  # a wire's usage note closes the credit: it goes with it, wherever it begins
        caption, credit = split_credit(text[: note.start()])
        if caption and credit and text.startswith(caption):
            return caption, clean(text[len(caption):]).lstrip(" -–—|/")
    tail = text[-_HINT_WINDOW:].lower()
    for pat in PATTERNS:
        if pat.hints and not any(h in tail for h in pat.hints):
            continue
        m = pat.regex.search(text)
        if m and not (m.start() == 0 and _labelled_sentence(text)):
            credit = strip_brackets(clean(m.group("credit")).lstrip("＝")) or None
            return _signed_before(_before_credit(text[: m.start()]), credit)
    m = _tail_credit(text)
    if m:  # (the slash or bar a site sets before the credit is no part of it: "... night. / Example Post")
        return _before_credit(text[: m.start()]), clean(m.group("paren") or m.group("tail")).lstrip("/|·• ") or None
    m = _LEADING_CAPS_CREDIT.match(text) or _LEADING_BRACKET_CREDIT.match(text)
    if m:  # "JANE ROE / EXAMPLE PRESS Physical activity ...": the credit printed before the caption
        return m.group("caption"), m.group("credit")
    return text, None


# a wire's terms of use after its credit: "(Photo by X / AFP) / RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT ...",
# "EFE/ X /SOLO USO EDITORIAL/... (CRÉDITO OBLIGATORIO)"
_USAGE_NOTE = re.compile(r"\s*(?:[-–/]\s*)?(?:RESTRICTED TO EDITORIAL USE|EDITORIAL USE ONLY|FOR EDITORIAL USE ONLY|"
                         r"SOLO USO EDITORIAL|SÓLO USO EDITORIAL|NUR ZUR REDAKTIONELLEN|USAGE ÉDITORIAL|"
                         r"USO EDITORIALE|NO SALES|NO ARCHIVES|MANDATORY CREDIT)\b")


_WRAPPED = re.compile(r"^[(（](?P<inner>[^()（）]+)[)）]$")
_HOLDS_SENTENCE = re.compile(r"[。！？]|[^\W\d_]{2,}[.!?]\s")


def _unwrap_sentence(text: str) -> str:
    """A caption printed whole in brackets, "(… 排起长龙。图/X)": the brackets are the layout's, so the credit
    inside still splits off. A bracketed text that holds no sentence ("(AP Photo/John Doe)") stays."""
    m = _WRAPPED.match(text) if text[:1] in "(（" else None
    return m.group("inner").strip() if m and _HOLDS_SENTENCE.search(m.group("inner")) else text


# a photographer and agency in capitals, with a slash, opening the caption
_LEADING_CAPS_CREDIT = re.compile(r"^(?P<credit>[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{2,40}\s?/\s?[A-ZÀ-Þ][A-ZÀ-Þ.'’ /-]{2,60}?)"
                                  r"\s+(?P<caption>[A-ZÀ-Þ][a-zà-ÿ].{10,})$")


# a labelled credit in brackets opening the caption: "[사진 제공=X] 시민들이 ...", "[Photo: Jane Roe] Crowds ..."
_LEADING_BRACKET_CREDIT = re.compile(r"^[\[【(（](?P<credit>(?:" + _LABEL + r")(?:\s+[^\s=:：\]】)）]{1,8})?\s*[=:：፡]"
                                     r"\s*[^\[\]【】()（）]{1,60}?)\s*[\]】)）]\s*(?P<caption>\S.{5,})$")


# a word of two letters or more ending a sentence (a closing quote or bracket may follow): captions do, credits don't
ENDS_SENTENCE = re.compile(r"[^\W\d_]{2,}[.!?…]['\"”’)]?$")


def _labelled_sentence(text: str) -> bool:
    """"Photo: People shelter in a church after ..." opens a caption with a visible label: a whole text that
    reads as a sentence (a dozen words or more, ending one) is no credit."""
    return len(text.split()) > 12 and bool(ENDS_SENTENCE.search(text))


# "Illustration by ...", "Care of ...", "Submitted photo": a caption box that holds only who made the picture
_MADE = (r"(?:illustrations?|photos?|photographs?|pictures?|pics?|images?|graphics?|artwork|art|drawing|cartoon|"
         r"animation|rendering|map)")
# (the picture's place in the layout may come first, and two kinds joined by a slash: "Cover art/illustration via X")
_MADE_BY = (r"(?:(?i:(?:(?:cover|header|featured?|top|lead|hero|main|banner)\s+)?" + _MADE + r"(?:\s*/\s*" + _MADE
            + r")?\s+(?:(?:is|are)\s+)?(?:by|from|via|courtesy(?:\s+of)?)\s+|(?:courtesy|care)\s+of\s+"
            r"|(?:provided|submitted|supplied|contributed)\s+by\s+)(?=(?:the\s+)?[A-Z@\d])|"
            # "picture provided by" in Spanish and Portuguese: "Imagen cedida por el Ayuntamiento de X"
            r"(?i:imagen|imagem|foto|fotografía|fotografia)\s+(?i:cedida|facilitada|proporcionada|cedida)\s+(?i:por|pela|pelo)\s+"
            r"(?=(?:(?:el|la|los|las|o|a|os|as)\s+)?[A-Z\d])|"
            # ... and in French: "Photo fournie par la Ville de X"
            r"(?i:photo|image)\s+(?i:fournie|transmise|communiquée)\s+par\s+(?=(?:(?:la|le|les|l['’])\s*)?[A-ZÀ-Þ\d])|"
            # an organisation's photographer: "U.S. Navy photo by X", "Herald photo by X"
            r"(?:[A-Z][\w.&'’-]*\s){1,4}(?i:photos?|pictures?|images?)\s+by\s+(?=[A-Z])|"
            r"(?i:(?:submitted|supplied|contributed|handout|file|reader)\s+(?:photos?|images?|pictures?|pics?)$))")
# a photographer on assignment: "Jane Roe for The Example Times", "Jane & John Roe for EXAMPLE"
_FOR_OUTLET = (r"[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|&|and)){1,5}\s(?:for|für|pour|para|per|voor)\s(?:the\s)?"
               r"[A-Z][\w'’.&-]*(?:\s[A-Z][\w'’.&-]*){0,3}$")
_FOR_OUTLET_RE = re.compile(_FOR_OUTLET)
_MADE_BY_RE = re.compile(_MADE_BY)
# "Image source, Getty Images": the line a template shows before the caption, in the languages it is published in
_SOURCE_WORDS = (r"(?i:image source|oríṣun àwòrán|asalin hoton|chanzo cha picha|sawirka|ምንጭ|مصدر الصورة|منبع تصویر|"
                 r"تصویر کا ذریعہ|इमेज स्रोत|ছবির উৎস|பட மூலாதாரம்|источник изображения|джерело фото|fonte da imagem|madda suuraa|"
                 r"fuente de la imagen|source de l'image|د انځور سرچینه|fotoğraf kaynağı|nguồn hình ảnh|sumber gambar|"
                 r"사진 출처|izvor fotografije|şəklin mənbəyi|surat manbasi|сүрөттүн булагы|wia dem take foto|"
                 r"तस्बिरको स्रोत|फोटो स्रोत|ઇમેજ સ્રોત|ਤਸਵੀਰ ਸਰੋਤ|ఫొటో సోర్స్|画像提供|图像来源|ที่มาของภาพ|автор фото)")
# the same template's source line as the text of a page prints it, over its caption line: its credit, the label gone
HIDDEN_SOURCE = re.compile(r"^" + _SOURCE_WORDS + r"\s*[,،，:]\s*(?P<credit>\S.{0,100}?)\s*$")
_CREDIT_LIKE = re.compile(r"^(?:" + _LABEL + r"(?!\w)|[©ⓒ📷📸]|\(c\)|" + _MADE_BY + r"|" + _SOURCE_WORDS
                          + r",|.*\b(?:" + AGENCIES
                          + r")\b|[^.]{2,50}\s?[/•|]\s?[^.]{2,50}$|" + _FOR_OUTLET
                          + r"|.*\b(?i:file|staff|archive) (?i:photos?|pictures?|images?)$)")


_CREDIT_START = re.compile(r"^(?:(?:" + _LABEL + r")(?!\w)|[©ⓒ📷📸]|\(c\)|" + _MADE_BY + ")")


_AGENCY = re.compile(r"(?:" + AGENCIES + r")")


def is_agency(text: str) -> bool:
    """A news or picture agency's name alone ("EFE", "Getty Images")."""
    return bool(_AGENCY.fullmatch(text))


_LABEL_AT_END = re.compile(r"(?:^|(?<=\s))(?:" + _LABEL + r")\s*:$")


def label_at_end(text: str) -> re.Match | None:
    """A credit label left at the end of a caption whose credit sits in its own element ("... Photographer:")."""
    return _LABEL_AT_END.search(text)


def starts_like_credit(text: str) -> bool:
    """Text opening the way credits do ("Photo ...", "Foto:", "©", "Illustration by ...")."""
    return bool(_CREDIT_START.match(text))


def for_outlet(text: str) -> bool:
    """A photographer on assignment, names and all: "Jane Roe for The Example Times"."""
    return bool(_FOR_OUTLET_RE.fullmatch(text.strip()))


def looks_like_credit(text: str) -> bool:
    """A short text that reads as a photo credit (a hashed-class span after the caption)."""
    text = strip_brackets(clean(text))
    return 0 < len(text.split()) <= 10 and not text.endswith((".", "?", "!")) and bool(_CREDIT_LIKE.match(text))


_NAME = r"[A-Z][\w'’.&-]*"
# a name's lower-case particles ("Abílio Soares da Costa", "Jan van der Berg") where a credit lists names
_NAME_PART = r"(?:[A-Z][\w'’.&-]*|(?:da|de|do|dos|das|di|del|della|van|von|der|den|du|le|la|bin|al|el)(?=\s))"
_SOURCE_COMMA = _SOURCE_WORDS + r"[,،，]\s*\S.{1,60}"  # (the Arabic script's comma and the full-width one too)
# (a line in capitals that says whose photo it is: "PHOTO FOURNIE PAR LA VILLE", "PHOTO JANE ROE, LA PRESSE";
# names split by slashes or by one bullet: "Jane Roe/Reuters", "Jane Roe • Associated Press", where bullets
# between every word would be a list of tags, or by one bar: "Jane Roe | Staff Photographer"; an agency, a colon and
# its photographer: "Reuters: Jane Roe"; an outlet's file or staff photo: "Ledger file photo")
_BARE = re.compile(r"^(?:(?:" + _LABEL + r")\.?\s*[:：].+|(?:" + AGENCIES + r")\s?:\s?(?:" + _NAME + r"\s?){1,4}|(?:"
                   + _NAME + r"\s){1,3}(?i:file|staff|archive)\s(?i:photos?|pictures?|images?)|Фото\s.+|" + _SOURCE_COMMA + r"|(?:PHOTOS?|FOTOS?)\s[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9 ,.'’&/()-]{2,80}|[©ⓒ📷📸].+|" + _MADE_BY + r".*|(?:" + _NAME + r"\s?){1,4}(?:\s?(?:/|•(?!.*•)|\|(?!.*\|))\s?(?:" + _NAME_PART
                   + r"\s?){1,5}){1,3}"
                   r"(?:\s?via \w+(?: \w+)?|\s(?:file|file photo|archive|archives|images|photos|staff(?: photo| photographer)?))?|(?:" + _NAME + r"[,.]?\s){0,3}(?:" + AGENCIES + r")(?:\s(?:Images|Photos?|Pictures|[Ff]ile|via \w+|Ajansı|Agency|Agence|Agentur|Agencia|Agenzia|Press)){0,2})$")


_CREDIT_OPENING = re.compile(r"^(?:(?:photo|image|picture) )?credits?\s*:\s*\S", re.I)
# a caption box that shows the credit first and the caption after a bar: "Photo credit: Jane Roe | A boat ..."
_CREDIT_THEN_BAR = re.compile(r"^(?P<credit>(?:(?:" + _LABEL + r")\s*:|(?i:(?:photo|image|picture) credits?\s*:)"
                              r"|(?:PHOTOS?|FOTOS?)\s(?=[A-ZÀ-Þ0-9])|" + _SOURCE_WORDS + r",|(?i:photo(?:graph)?s? by)\s)[^|]{1,80}?)"
                              r"\s+\|\s+(?P<caption>[^|]{10,})$")


_GLUED_BAR = re.compile(r"(?<=\S)\|(?=\S)")
# a labelled credit of a few words, then a long dash, then the caption
_CREDIT_THEN_DASH = re.compile(r"^(?P<credit>(?:" + _LABEL + r")\s*:\s*[^\W\d_][^—–:|.!?]{1,60}?)\s+[—–]\s+"
                               r"(?P<caption>[^—–]{10,})$")


def credit_then_caption(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a box that opens with a labelled credit and gives the caption after a bar, or with a
    credit that reads as one alone ("Jane Roe | Staff Photographer | Caption": the longest such opening)."""
    m = _CREDIT_THEN_BAR.match(text)
    if m:
        return m.group("caption").strip(), m.group("credit").strip()
    bars = [i for i, ch in enumerate(text) if ch == "|"]
    for i in reversed(bars):
        head, rest = text[:i].strip(), text[i + 1:].strip()
        if len(rest.split()) >= _MIN_CAPTION_AFTER_BAR and is_bare_credit(head) and not is_bare_credit(rest):
            return rest, head
    return None


_MIN_CAPTION_AFTER_BAR = 4


# a site's domain ("Example-Live.ru"), not a file's name ("IMG_2041.JPG")
_DOMAIN = re.compile(r"(?!.*\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic|pdf|mp4|mov|html?|php|aspx?)$)"
                     r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.I)
_DOMAIN_NAME = re.compile(_DOMAIN.pattern + r"\s?/\s?[^\W\d_][^/.!?]{1,60}", re.I)
_ABBREVIATED_LABEL = re.compile(r"(?:(?i:f[oòó]t|dok|doc|phot|zdj|wiz)|Ph)\.\s*\S.{1,80}$")


def in_own_brackets(text: str, credit: str) -> bool:
    """The credit alone in the brackets that close the text: "... (Source: X)", "…の様子（X市提供）", not "(This story
    ... Source: X)"."""
    m = re.search(r"[(（]\s*" + re.escape(credit.rstrip(".")) + r"\.?\s*[)）]\s*$", text)
    return m is not None and m.start() > 0


def made_by(credit: str) -> bool:
    """A credit that says who made or gave the picture: "Photo by Jane Roe", "Courtesy of X", "Supplied by X"."""
    return bool(_MADE_BY_RE.match(credit))


def abbreviated_label(credit: str) -> bool:
    """A credit under an abbreviated label: "Fot. Jane Roe", "Dok. X", "Ph. Jane Roe"."""
    return bool(_ABBREVIATED_LABEL.match(credit))


def names_provenance(credit: str) -> bool:
    """A credit that says where the picture came from or who took it by role, not only a name: "Contributed",
    "File", "Karl Roe/Photographer", "Jane Roe/Staff Photographer"."""
    low = credit.strip().lower()
    return low in _PROVENANCE_WORDS or bool(_ARCHIVE.fullmatch(low)) or bool(_ROLE_AFTER_SLASH.search(low)) \
        or bool(re.fullmatch(_FILE_PHOTO_IN_BRACKETS, credit.strip())) or bool(_OUTLET_FILE.fullmatch(credit.strip()))


_ROLE_AFTER_SLASH = re.compile(r"/\s*(?:(?:staff\s+|chief\s+|senior\s+)?photographer$|special to\b)")
# "file" or "archive" alone or after the photo word, in the languages of the news: "Archivio", "Foto arhivă", "Ảnh tư
# liệu"
_ARCHIVE = re.compile(r"(?:(?:foto|photo|ảnh|bild)\s)?(?:file|" + _ARCHIVE_WORDS + r"|tư liệu|minh họa|minh hoạ|"
                      r"أرشيفية|أرشيف|ภาพจากแฟ้ม|ภาพแฟ้ม)")
# an outlet's own archive picture or graphic: "Example Ledger file photo", "Valley Example file", "Example Ledger
# graphic" (not "staff": "By Example staff" is a byline)
_OUTLET_FILE = re.compile(r"(?:" + _NAME + r"\s){1,4}(?:file|archive|graphic)(?:\s(?i:photos?|pictures?|images?))?")


def is_bare_credit(text: str | None) -> bool:
    """A caption slot holding only a credit ("Jane Roe/Reuters", "Getty Images", "Foto: dpa", "- Source: AP",
    "@Jane Roe/Agency")."""
    text = strip_brackets(clean(text).lstrip("-–—|· ").removeprefix("@"))
    if _CREDIT_OPENING.match(text):
        return True  # "Credit: Jane Roe; Source: ..." however long: the box says what it holds
    if text.lower() in _PROVENANCE_WORDS or text.partition("/")[0].strip().lower() in _PROVENANCE_WORDS:
        return True  # "Handout", "Supplied", "Contributed / City of X": where the picture came from, all it says
    if _DOMAIN.fullmatch(text) or _ABBREVIATED_LABEL.match(text) or _DOMAIN_NAME.fullmatch(text):
        # a site's domain alone ("Example-Live.ru"), or with its photographer ("EXAMPLE.COM/JANE ROE"), "fot. Jane
        # Roe": where the picture came from
        return True
    if "|" in text and len(text.partition("|")[0].split()) < 2:
        return False  # a bar after one word is a menu's ("Sports | Weather"); a credit's follows a full name
    return looks_like_credit(text) and bool(_BARE.match(text))

