"""Boilerplate lines of plain-text scrapes: the pattern table text.py matches whole lines against.

Each pattern is matched against a whole line, lower-cased and with decoration trimmed. The kind says what
the line does to the scan: "ad" and "more" lines end an inserted story. A heading over a list of links (related
articles, sponsored links) makes the headline-like lines under it boilerplate too (`heads_link_list`). None of them
is ever a caption or a body paragraph.
"""
from __future__ import annotations

import re

TRIM = " -–—•*|[]()<>.…:·=_#~"

# a whole line that only says "advertisement" (is_ad_label, boilerplate_kind match the full line, so a body
# sentence that mentions advertising stays): Japanese 広告, Chinese 广告 (simplified) and 廣告 (traditional),
# Arabic إعلان and its plural إعلانات
_AD_WORDS = (r"advertisements?|advertising|advert|ads?|anzeigen?|werbung|publicit[ée]s?|publicidad|"
             r"publicidade|anuncios?|pubb?licit[àa]|annunci[oi]|reclame|reclama|advertentie|reklam[ae]?|annons|"
             r"mainos|реклама|広告|广告|廣告|광고|إعلان(?:ات)?|اعلان|آگهی|اشتہار|פרסומת|διαφήμιση|विज्ञापन|বিজ্ঞাপন|"
             r"விளம்பரம்|โฆษณา|quảng cáo|iklan|reclamă|hirdetés|annonse|oglas|inzerce|patalastas|tangazo|"
             r"publicitat|advertensie|reklaam|reklāma|reklamë|жарнама|რეკლამა|գովազդ|ማስታወቂያ|talla|сурталчилгаа|fógra|"
             r"ڕیکلام|ریکلام|ໂຄສະນາ|ពាណិជ្ជកម្ម|ကြော်ငြာ|වෙළඳ දැන්වීම|"
             r"ਇਸ਼ਤਿਹਾਰ|പരസ്യം|ಜಾಹೀರಾತು|sanas|hysbyseb|bruderezh|ussassaarut|اشتهار|ئېلان|anúnsiu|dawurobɔ|pariwara|जायरात|reklámma|ཁྱབ་བསྒྲགས།?|sponsored(?: (?:content|links?|stories|post|by .{1,40}))?|"
             r"paid (?:content|post|partnership)|promoted(?: (?:content|stories))?|gesponsert|sponsoris[ée]")
AD_LABEL_RE = re.compile(r"(?:" + _AD_WORDS + r")", re.I)


def is_ad_label(text: str | None) -> bool:
    """A caption that only says "Advertisement" / "Anzeige" / "Reklama": the picture is a (house) ad."""
    return bool(text) and AD_LABEL_RE.fullmatch(text.strip(TRIM).lower()) is not None


_AD_HEAD = re.compile(r"^(?P<head>[^–—|:\-]{2,30}?)\s*(?:[–—|:]|\s-\s)\s*\S")


def opens_with_ad_label(text: str | None) -> bool:
    """A caption that opens with an ad's label before its advertiser's words ("Hirdetés – Duna Bank: ...",
    "Anzeige: ...", "Advertisement | ...")."""
    m = _AD_HEAD.match(text.strip()) if text else None
    return m is not None and is_ad_label(m.group("head"))


# a call to action: what a promotion asks of the reader (a news photo's caption describes, it does not ask)
CALL_TO_ACTION_RE = re.compile(
    r"\b(?:subscribe (?:to|now|today|here)|sign up (?:for|to|now|today|here)|get our (?:free )?newsletter|"
    r"join our (?:newsletter|mailing list)|download (?:our|the) app|buy (?:now|it here|tickets)|shop now|"
    r"order (?:now|your copy)|(?:jetzt|hier) (?:abonnieren|bestellen|anmelden)|abonnieren sie|abonnez-vous|"
    r"inscrivez-vous|suscr[ií]bete|abb?onati|assine (?:já|agora)|follow us (?:on|at)|s[ií]guenos|siga-nos|"
    r"suivez-nous|folgen sie uns|подписывайтесь|подпишитесь|تابعونا|ikuti kami|bizi takip edin)\b", re.I)


def asks_to_act(text: str | None) -> bool:
    """Text that asks the reader to subscribe, sign up or buy."""
    return bool(text) and CALL_TO_ACTION_RE.search(text) is not None


# a paywall or fundraising plea: no caption of a news photo says this, with or without a link
PLEA_RE = re.compile(r"\b(?:unlock (?:this|the full) (?:article|story)|donate (?:now|today|here)|"
                     r"(?:make|give) a (?:donation|gift)|every dollar you give|"
                     r"support (?:our|independent) (?:journalism|newsroom|reporting)|"
                     r"become a (?:member|subscriber|supporter))\b", re.I)


def pleads(text: str | None) -> bool:
    """Text that asks the reader to pay for the article or give to the newsroom."""
    return bool(text) and PLEA_RE.search(text) is not None


# the site's own service text next to a picture (a sign-up overlay, a comments button): no news photo's caption
SERVICE_TEXT_RE = re.compile(r"\b(?:terms of (?:use|service)|privacy policy|subscribing to (?:a|our|the) newsletter|"
                             r"join the (?:discussion|conversation)|(?:leave|post|add) a comment|"
                             r"must (?:log|sign) in|(?:log|sign) in to (?:use|comment|save|continue)|"
                             # a QR code to follow the site, a "stay informed" box: "扫描…二维码", "Будьте в курсе"
                             r"scan the qr code|будьте в курсе|"
                             # a notice to readers of old browsers
                             r"(?:upgrade|update) your (?:web )?browser|your browser is (?:out of date|not supported))"
                             # ... or "click the blue words to follow us", as a Chinese account's post closes
                             r"\b|二维码|二維碼|点击(?:上方)?蓝字|點擊(?:上方)?藍字", re.I)
# text beside a photo that speaks of the site or the story, not of the picture (the photo stays): a call for
# readers' pictures ("Send us your photos", "Masz zdjęcie? Wyślij"), a note on where the story ran, a link onward
ASIDE_RE = re.compile(r"\b(?:(?:send|submit|upload) (?:us )?your (?:photos?|pictures?|images?)|"
                      r"masz zdjęcie|wyślij (?:nam )?(?:swoje )?zdjęci[ea]|"
                      r"this (?:article|story) (?:was (?:originally |first )?published|(?:also |originally |first )"
                      r"appeared)|learn more\s*[>»›]*$)|点击进入|了解更多|點擊進入", re.I)


def is_aside(text: str | None) -> bool:
    """Text beside a picture about the site or the story (a call for readers' pictures, where the story ran,
    "learn more"): a widget's line, not a caption."""
    return bool(text) and ASIDE_RE.search(text) is not None


def is_service_text(text: str | None) -> bool:
    """Text of the site's services (terms of use, a newsletter sign-up, a comments button)."""
    return bool(text) and SERVICE_TEXT_RE.search(text) is not None


_MORE_TAIL = r"(?:\s*(?:from|on|at|in|:)\s*.{0,200})?"
_AGENCY = (r"getty images|getty|reuters|afp|ap photo|ap|pa|pa wire|pa media|epa|shutterstock|alamy|rex features|"
           r"rex|dpa|ansa|efe|swns|xinhua|imago|picture alliance|europa press|lapresse|abaca|sipa")
_COMMENT_WORDS = r"comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|coment[aá]rios"
_SHARE_WORDS = r"shares?|teilen|partager|compartir|condividi|delen|compartilhar|compartilhe"
_NETWORKS = r"facebook|twitter|x|whatsapp|e-?mail|pinterest|linkedin|messenger|telegram|reddit|flipboard"

# a heading over a list of links: the headline-like lines under it are links, not body (see text.py)
LINK_LIST_RE = re.compile(
    r"(?:related|more|similar) (?:articles?|stories|content|posts|news|links)|sponsored links?|"
    r"you (?:may|might) (?:also )?like|recommended(?: for you| stories)?|most (?:read|popular|viewed)|"
    r"trending(?: now| stories)?|top stories|more from .{2,40}|from around the web|"
    r"noticias relacionadas|te puede interesar|mehr zum thema|das könnte sie auch interessieren|"
    r"lesen sie auch|à lire aussi|lire aussi|sur le même sujet|leggi anche|potrebbe interessarti|"
    r"articoli correlati|related|also read|sponsored(?: links?| stories| content)?|promoted stories|"
    r"don[’']?t miss(?: this| these)?|nicht verpassen|à ne pas manquer|no te (?:lo )?pierdas|da non perdere|"
    # ("read also" and "related news" over a list of links, in more of the languages of the news)
    r"leia (?:também|mais)|notícias relacionadas|baca juga|berita terkait|читайте также|смотрите также|по теме|"
    r"читайте також|дивіться також|за темою|"
    r"اقرأ أيضا[ًً]?|veja também|ver también|voir aussi|siehe auch|"
    r"ये भी पढ़ें|यह भी पढ़ें|関連ニュース|関連記事|相关新闻|相關新聞|相关阅读|관련 ?기사|ilgili haberler|xem thêm", re.I)

# a video's title under its label, in a dozen scripts ("Video: The old ships of the harbour (2:05)", "WATCH | Waves
# crash over the seawall"): the line a page prints over or under a clip, never a photo's caption
VIDEO_TITLE = (r"(?:video|vidéo|vídeo|видео|відео|wideo|ვიდეო|فيديو|וידאו|動画|视频|視頻|동영상|watch)\s?[:：|–—]\s*"
               r"\S.{0,200}|[▶►▷]\uFE0F?\s*\S.{0,200}")  # (a play sign opening the line: "▶ Watch it on ...")

# a gallery's buttons between its pictures ("Vorheriges Bild / Nächstes Bild", "Previous image Next image"): a
# picture on each side of them, its caption with it
_GALLERY_BUTTON = (r"(?:(?:previous|prev|next) (?:image|photo|picture|slide)|(?:vorheriges|nächstes) (?:bild|foto)|"
                   r"(?:image|photo|diapositive) (?:précédente|suivante)|(?:foto|imagen) (?:anterior|siguiente)|"
                   r"(?:foto|immagine) (?:precedente|successiva)|(?:предыдущее|следующее) (?:фото|изображение)|"
                   r"(?:önceki|sonraki) (?:fotoğraf|resim)|(?:poprzednie|następne) zdjęcie|(?:이전|다음) 사진|"
                   r"(?:前|次)の(?:写真|画像)|上一张|下一张|上一張|下一張)")
GALLERY_CONTROL = rf"(?:{_GALLERY_BUTTON}(?:\s*[|/·]?\s*{_GALLERY_BUTTON})?)"
# the line a page prints over a picture to open it larger ("Enlarge this image", "拡大する", "点击放大"): the picture
# stands there, and the line under it is its caption
# (and the caption's own buttons over it, "Show Caption" then "Hide Caption", as a chain's pages print them)
PICTURE_CONTROL = (r"(?:(?:click (?:to|here to) )?enlarge(?: this)?(?: (?:image|photo|picture))?|拡大する|画像を拡大|"
                   r"(?:show|hide) caption|"
                   r"点击放大|點擊放大|点击查看大图|사진 ?확대|ampliar(?: (?:imagen|foto))?|agrandir(?: l'image| la photo)?|"
                   r"bild vergrößern|ingrandisci(?: (?:immagine|foto))?|увеличить(?: фото)?|" + GALLERY_CONTROL + ")")

BOILERPLATE: tuple[tuple[str, str], ...] = (
    ("ad", _AD_WORDS),
    ("ad", r"(?:the )?(?:story|article|text|content) continues (?:below|after)"
           r"(?: (?:this |the )?(?:advertisement|ad))?"),
    ("ad", r"continue reading (?:the (?:main )?story|below)(?: (?:the )?(?:advertisement|ad))?"),
    ("ad", r"scroll (?:down )?to continue(?: with content| reading)?|weiter nach der anzeige"),
    # "the story continues" in Turkish, Indonesian, Vietnamese: the line a site puts where an ad was cut out
    ("ad", r"haberin devamı|devamı (?:aşağıda|reklamdan sonra)|lanjutkan membaca|nội dung tiếp theo"),
    # "the story goes on after the ad" in French, German, Spanish, Italian, Portuguese
    ("ad", r"(?:lire )?la suite après (?:la |cette )?publicit[ée]|l'article continue (?:sous|après) (?:la|cette) publicit[ée]"
           r"|weiter nach der werbung|der artikel wird nach der anzeige fortgesetzt"
           r"|el art[íi]culo contin[úu]a (?:después del|tras el) anuncio|continua (?:dopo la|a leggere dopo la) pubblicit[àa]"
           r"|continua (?:após|depois d)a publicidade"),
    ("ad", r"advertise with (?:us|[\w.&' -]{2,30})\.?"),
    ("ad", r"(?:advertisement|ad|anzeige|werbung|publicit[ée]|publicidad)\W+(?:scroll|continue|story|article|"
           r"weiter|suite|sigue).{0,60}"),
    ("more", r"(?:read|see|view) (?:more|also|the full (?:story|article))" + _MORE_TAIL),
    ("more", r"(?:related|also read|more|mehr|à lire aussi|lire aussi|m[aá]s informaci[oó]n)\s*:.{0,200}"),
    ("more", r"continue reading" + _MORE_TAIL + r"|click here to read more.{0,100}"),
    # "related reading: <another story>" in Chinese, Japanese and Korean
    ("more", r"(?:相关阅读|相關閱讀|延伸阅读|延伸閱讀|相关新闻|相關新聞|関連記事|関連ニュース|관련 ?기사)\s*[:：]\s*.{1,200}"),
    ("more", VIDEO_TITLE),  # a video's title under its label ("Video: ...", "WATCH | ..."): other content, no photo's
    # the site's rights notice on a line of its own, opened by its copyright mark ("<저작권자 © X, 무단 전재 및 재배포
    # 금지>", "© 2026 X. All rights reserved.", "版权所有 ©"): the page's furniture
    ("share", r"[<(\[]?\s*(?:저작권자\s*)?(?:©|ⓒ|\(c\)|copyright|版权所有|版權所有)[^\n]{0,120}"
              r"(?:rights reserved|무단\s?전재|재배포\s?금지|禁止转载|禁止轉載|無断転載|droits réservés|derechos reservados"
              r"|rechte vorbehalten|diritti riservati|direitos reservados)[^\n]{0,60}"),
    ("more", r"(?:lesen sie (?:mehr|weiter|auch)|mehr lesen|weiterlesen|mehr dazu)"
             r"(?:\s*(?:auf|bei|unter|:)\s*.{0,200})?"),
    ("more", r"(?:lire (?:la suite|plus|aussi)|en savoir plus)(?:\s*(?:sur|de|à|:)\s*.{0,200})?"),
    ("more", r"(?:leer m[aá]s|seguir leyendo|sigue leyendo|lea tambi[ée]n)(?:\s*(?:en|de|:)\s*.{0,200})?"),
    ("more", r"(?:leggi (?:di più|tutto|anche)|continua a leggere)(?:\s*(?:su|di|:)\s*.{0,200})?"),
    ("more", r"(?:lees (?:meer|ook)|leia (?:mais|também)|czytaj (?:więcej|też|także))"
             r"(?:\s*(?:op|em|na|:)\s*.{0,200})?"),
    # Nordic, Finnish, Estonian, Khmer, Lao, Thai "read also/more: <a story's title>"
    ("more", r"(?:les (?:òg|også|meir|mer)|läs (?:också|mer)|læs (?:også|mere)|lue (?:myös|lisää)|loe (?:ka|edasi)|"
             r"អានបន្ថែម|ອ່ານຕື່ມ|อ่านเพิ่มเติม|อ่านต่อ)\s*[:៖：]\s*.{0,200}"),
    # "read also: <a story's title>" in more languages (Indonesian, Vietnamese, Russian, Ukrainian, Arabic, Hindi,
    # Turkish)
    ("more", r"(?:baca juga|simak juga|xem thêm|đọc thêm|читайте также|смотрите также|читайте також|дивіться також|"
             r"اقرأ أيضا[ًً]?|ये भी पढ़ें|"
             r"यह भी पढ़ें|ayrıca (?:okuyun|bakınız)|"
             # Somali, Malagasy, Cebuano, Sundanese
             r"akhri sidoo kale|vakio koa|basaha usab|baca oge)(?:\s*:\s*.{0,200})?"),
    ("nav", r"(?:prev|next|previous)\b.{0,300}\btrends now"),
    ("nav", r"(?:previous|next) (?:article|story|post|page)\b.{0,200}"),
    ("nav", r"prev|previous|next|older|newer|zurück|weiter|précédent|suivant|anterior|siguiente|precedente|"
            r"successivo|\d{1,3}(?:\s*(?:/|of|von|de|di)\s*\d{1,3})?|\+\s?\d{1,3}"),
    # counters and share buttons: "Comments 214", "12 shares", "Compartir en Facebook"
    ("share", r"(?:view |show |read )?(?:\d[\d,.]*k?\s*)?(?:" + _COMMENT_WORDS + r"|" + _SHARE_WORDS + r")"
              r"(?:\s*\(?\d[\d,.]*k?\)?)?"),
    ("share", r"(?:" + _SHARE_WORDS + r"|share|teilen) (?:on|via|with|to|en|sur|auf|su|per|no|op) (?:" + _NETWORKS
              + r")\b.{0,20}"),
    # (and a blog's sharing and liking widgets' headings, "Share this:", "Like this:")
    ("share", r"share (?:this|the) (?:article|story|page|post)|share or comment on this article|tweet|print|e-?mail|"
              r"share this|like this|"
              r"whatsapp|facebook|twitter|pinterest|linkedin|artikel teilen|partager cet article|"
              r"compartir este art[ií]culo|condividi questo articolo"),
    ("share", r"share (?:on|via|with|to) .{0,40}"),
    ("share", r"(?:follow us on|sign up (?:for|to)|subscribe to|get our free) [^.!?]{0,80}"),
    ("share", r"@[\w.]{2,30}"),  # an author's social handle under the byline
    ("share", r"\d{1,2} min(?:ute)?s? read|lesezeit:? \d{1,2} min(?:uten)?|lecture:? \d{1,2} min"),
    ("share", r"your browser does not support (?:iframes|the video tag|video)|video (?:player )?(?:is )?loading"),
    # a credit printed on its own line, once or twice, or a wire agency tag: never a caption
    ("credit", r"(?:image|photo|picture|pic|photograph|foto|bild|credit|image credit|photo credit|quelle|source|"
               r"cr[ée]dit|fuente)s?\s*:\s*\S+(?:\s+\S+){0,3}|"
               r"(?:(?:photo|foto|bild|image|picture)s?\s+)?\(?(?:" + _AGENCY + r")(?:\s*/\s*[^.!?:]{0,40})?\)?"),
    ("credit", r"\(?(?:additional )?(?:reporting|writing|editing|compiled|research) by .{2,160}"),
    # a picture's own controls, as a page's text carries them: "Enlarge this image", "hide caption", "toggle caption"
    ("share", r"(?:hide|show|toggle|close|expand) (?:the )?captions?|" + PICTURE_CONTROL),
    ("share", r"more on this story|loading|click to (?:enlarge|expand)|scroll down for (?:video|videos|more)|"
              r"view (?:gallery|comments)|(?:play|watch|replay)(?: (?:video|now))?|"
              r"video|image|photo|gallery|back to top"),
    # a gallery's own heading over its pictures ("Bildergalerie: The fair in pictures (7 Bilder)", "Photo gallery |
    # ..."): the pictures' captions follow, the heading is none
    ("share", r"(?:photo ?gallery|image gallery|bildergalerie|fotogalerie|fotostrecke|galerie photos?|"
              r"galer[ií]a(?: de fotos| fotogr[aá]fica)?|fotogaleria|galleria fotografica|фотогалерея|фоторепортаж)"
              r"\s*[:：|–—-]\s*.{1,150}|.{1,150}\(\d{1,3} (?:bilder|fotos|photos|images|pictures|immagini|фото)\)"),
)
# All of them as one alternation, a named group a pattern: fullmatch backtracks into the next branch until one
# matches the whole line, so the first pattern in BOILERPLATE that matches wins, in one call instead of two
# dozen (every paragraph of every page is tested)
_ANY_BOILER = re.compile("|".join(f"(?P<b{i}>{pattern})" for i, (_, pattern) in enumerate(BOILERPLATE)), re.I)
# "PREV: headline" / "NEXT headline": the capitals tell the link from a sentence starting "Next year ..."
NAV_CAPS_RE = re.compile(r"(?:PREV|NEXT|PREVIOUS)\b\s*[:»›>|-]?\s*[^.]{0,300}")
SITE_RE = re.compile(r"^(?:read more|continue reading|lesen sie mehr|lire la suite|leer m[aá]s|leggi di più)"
                     r"\s+(?:from|on|at|auf|sur|en|su)\s+(?:the\s+)?([\w.-]{2,60})", re.I)
# byline and date lines near the top ("By JANE DOE FOR MAILONLINE", "Published: 09:14 BST, 14 May 2023")
BYLINE_RE = re.compile(r"(?:by|von|par|por|di|door|from)\s+[^.!?]{2,80}", re.I)
BYLINE_MAX_WORDS = 8
DATELINE_RE = re.compile(r"(?:published|updated|last updated|posted|veröffentlicht|aktualisiert|publié|mis à jour|"
                         r"publicado|actualizado|pubblicato|aggiornato)\b.{0,120}", re.I)
DATELINE_MAX_WORDS = 20
# the line naming the story's editor, as Chinese and Japanese sites close a story, and its like elsewhere
STAFF_LINE = re.compile(r"(?:责任编辑|責任編輯|编辑|編輯|责编|審核|审核|校对|編集|Editor|Edited by|Redakteur(?:in)?|"
                        r"Redacción|Redação|Rédaction|Редактор)\s?[:：]", re.I)
# a month's name, short or whole, with the day and the year, either way round: "Sept. 16, 2025", "16. září 2025"
WORDED_DATE = re.compile(r"[^\W\d_]{3,12}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\.?\s[^\W\d_]{3,12}\.?,?\s\d{4}")


_BYLINE_WORD = re.compile(r"(?:by|von|par|por|di|door|av|af|od)\s+", re.I)
_DATE_OR_TIME = re.compile(r"\d{1,2}[.:/]\d{1,2}")


def is_byline(text: str | None) -> bool:
    """An author line ("Von Jane Roe, Redakteurin 06.11.2025, 17:06 Uhr", "By Jane Roe, Staff Writer"):
    under an author's portrait it is no caption, and the portrait is no news photo."""
    m = _BYLINE_WORD.match(text or "")
    if m is None or not text[m.end():m.end() + 1].isupper():
        return False
    return bool(_DATE_OR_TIME.search(text)) or (len(text.split()) <= 5 and "," in text)


def meta_line(text: str) -> bool:
    """A byline or a publication date line."""
    words = len(text.split())
    return bool(BYLINE_RE.fullmatch(text) and words <= BYLINE_MAX_WORDS
                or DATELINE_RE.fullmatch(text) and words <= DATELINE_MAX_WORDS)


# a leading marker that introduces a caption printed once ("Pictured: ..."); the marker is not caption text
MARKER_RE = re.compile(
    r"^(?:pictured(?:[ ,]+(?:above|below|left|right|top|bottom|here|inset|centre|center|main|from left))*|"
    r"above|below|left|right|top|bottom|inset|im bild|auf dem bild|auf den bildern|sur (?:la|cette) photo|ci-dessus|"
    r"en la (?:imagen|foto|fotograf[ií]a)|nella foto|nell'immagine|na foto|op de foto|photo|image|foto|bild)"
    r"\s*:\s*"
    # the triangle a Chinese paper sets before the line under its picture ("▲11日晚，市民在摊位间穿行。")
    r"|^[▲△]\s*", re.I)


def boilerplate_kind(text: str) -> str:
    """"ad" | "more" | "nav" | "share" | "credit" when the line is boilerplate, else ""."""
    if len(text) > 400:
        return ""
    core = text.strip(TRIM).strip()
    if not core and text.strip():
        return "share"  # a line of dots or dashes: a separator
    m = _ANY_BOILER.fullmatch(core)
    if m:
        return BOILERPLATE[int(m.lastgroup[1:])][0]
    if NAV_CAPS_RE.fullmatch(text.strip()):
        return "nav"
    return "share" if LINK_LIST_RE.fullmatch(core) else ""


def heads_link_list(text: str) -> bool:
    """"Related articles", "Sponsored links", "Lesen Sie auch": a heading over a list of links."""
    return len(text) <= 60 and bool(LINK_LIST_RE.fullmatch(text.strip(TRIM).strip()))
