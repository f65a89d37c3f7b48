"""Adversarial markup families the real dev pages do not cover, one small made-up page each.

The captions and names are invented; the structure and class names follow what each CMS or wire
template emits. Each family lists the expected (src, caption, credit) of every kept figure, in order.
"""
from dataclasses import dataclass

import pytest

from corpus.config import ExtractConfig
from corpus.extract.html import extract_html, figure_rows
from corpus.records import RawDoc, SourceRef
from corpus.rejects import Ledger

PARA = ("<p>The harbour board met on Tuesday evening to decide how the old fish market should be rebuilt "
        "after the winter storms, and the vote was closer than anyone had expected.</p>")
BODY = PARA * 4


@dataclass
class Family:
    name: str
    article: str  # article inner HTML; "{BODY}" marks where the story paragraphs go
    expected: list  # [(src, caption, credit)]
    head: str = ""
    url: str = "https://news.example.com/2024/05/harbour.html"
    lang: str = "en"


def build(f: Family) -> bytes:
    return (f"<!doctype html><html lang='{f.lang}'><head><meta charset='utf-8'><title>Harbour</title>{f.head}"
            f"<link rel='canonical' href='{f.url}'></head><body>"
            f"<header class='site-header'><a href='/'><img src='/assets/logo.png' alt='Example'></a></header>"
            f"<nav class='main-nav'><ul><li><a href='/world'>World</a></li></ul></nav>"
            f"<main><article><h1>Harbour market to be rebuilt</h1>{f.article.replace('{BODY}', BODY)}</article></main>"
            f"<footer><p>Example News Ltd. All rights reserved. Registered in the example county.</p></footer>"
            f"</body></html>").encode("utf-8")


def rows(f: Family) -> list[tuple]:
    ledger = Ledger()
    art = extract_html(RawDoc(SourceRef(f"{f.name}.html"), "html", build(f), url=f.url), ExtractConfig(), ledger)
    assert not ledger.unbalanced()
    return [(r["src"], r["caption"], r["credit"]) for r in figure_rows(art, f.name)]


WP = "https://news.example.com/wp-content/uploads/2024/05"
LINKED_SLIDE = ("<li><a href='/news/2014-12-06/quay{n}jpg/59{n}'><img src='/news/image/59{n}-3x2.jpg' alt='Quay {n}'>"
                "</a><a href='/news/2014-12-06/quay{n}jpg/59{n}' class='inline-caption'><strong> Photo:</strong> Boats "
                "are pulled up the slipway number {n} before the storm reaches the harbour. <span class='source'>"
                "(Reuters: Jane Roe)</span></a></li>")

FAMILIES = [
    Family("wordpress_div_wp_caption",
           f"<div class='entry-content'><div id='attachment_812' style='width: 1034px' class='wp-caption aligncenter'>"
           f"<img aria-describedby='caption-attachment-812' decoding='async' class='size-large wp-image-812' "
           f"src='{WP}/market-1024x683.jpg' width='1024' height='683' srcset='{WP}/market-1024x683.jpg 1024w, "
           f"{WP}/market-300x200.jpg 300w' sizes='(max-width: 1024px) 100vw, 1024px'>"
           f"<p id='caption-attachment-812' class='wp-caption-text'>Stalls at the old fish market before the storm. "
           f"Photo: Jane Roe</p></div>{{BODY}}</div>",
           [(f"{WP}/market-1024x683.jpg", "Stalls at the old fish market before the storm.", "Photo: Jane Roe")]),
    Family("wordpress_figure_wp_caption",
           f"<div class='entry-content'>{{BODY}}<figure id='attachment_90' aria-describedby='caption-attachment-90' "
           f"style='width: 800px' class='wp-caption alignnone'><img loading='lazy' class='size-full wp-image-90' "
           f"src='{WP}/pier.jpg' width='800' height='533'><figcaption id='caption-attachment-90' "
           f"class='wp-caption-text'>The pier after the second storm (John Doe/Harbour Times)</figcaption></figure></div>",
           [(f"{WP}/pier.jpg", "The pier after the second storm", "John Doe/Harbour Times")]),
    Family("gutenberg_block_image",
           f"<div class='entry-content wp-block-post-content'>{{BODY}}<figure class='wp-block-image size-large'>"
           f"<img decoding='async' width='1024' height='576' src='{WP}/crane-1024x576.jpg' class='wp-image-7'>"
           f"<figcaption class='wp-element-caption'>A crane lifts the first roof beam into place</figcaption></figure>"
           f"<figure class='wp-block-image aligncenter is-resized'><img src='{WP}/beam.jpg' alt='' class='wp-image-8'>"
           f"</figure></div>",
           [(f"{WP}/crane-1024x576.jpg", "A crane lifts the first roof beam into place", None),
            (f"{WP}/beam.jpg", None, None)]),
    Family("ap_news",
           "<div class='Page-lead'><figure class='Figure'><picture><source type='image/webp' "
           "srcset='https://dims.apnews.com/dims4/default/1a2b3c/2147483647/strip/true/crop/5000x3333+0+0/resize/599x399!/format/webp/quality/90/?url=https%3A%2F%2Fassets.apnews.com%2Fab%2Fcd%2Fmarket.jpg 599w'>"
           "<img class='Image' alt='Market' width='599' height='399' "
           "src='https://dims.apnews.com/dims4/default/1a2b3c/2147483647/strip/true/crop/5000x3333+0+0/resize/599x399!/quality/90/?url=https%3A%2F%2Fassets.apnews.com%2Fab%2Fcd%2Fmarket.jpg'>"
           "</picture><figcaption class='Figure-caption'><div class='CarouselSlide-infoDescription'>"
           "<p>Traders carry crates past the damaged market hall, Monday, May 6, 2024. (AP Photo/John Doe, File)</p>"
           "</div></figcaption></figure></div><div class='RichTextStoryBody RichTextBody'>{BODY}</div>",
           [("https://dims.apnews.com/dims4/default/1a2b3c/2147483647/strip/true/crop/5000x3333+0+0/resize/599x399!/quality/90/?url=https%3A%2F%2Fassets.apnews.com%2Fab%2Fcd%2Fmarket.jpg",
             "Traders carry crates past the damaged market hall, Monday, May 6, 2024.", "AP Photo/John Doe, File")]),
    Family("reuters",
           "<div class='article-body__content'><figure><div data-testid='Image'><img "
           "src='https://www.reuters.com/resizer/v2/ABCD1234.jpg?auth=f00&amp;width=1080&amp;quality=80' "
           "srcset='https://www.reuters.com/resizer/v2/ABCD1234.jpg?auth=f00&amp;width=640&amp;quality=80 640w'></div>"
           "<figcaption data-testid='primary-image-caption'><span>A worker repairs a net at the harbour in Example "
           "City, May 2, 2024. REUTERS/Jane Roe/File Photo</span> <a href='https://www.reutersagency.com/licensing'>"
           "Purchase Licensing Rights</a></figcaption></figure>{BODY}"
           "<figure><div data-testid='Image'><img src='https://www.reuters.com/resizer/v2/EFGH5678.jpg?auth=f11'></div>"
           "<figcaption><span class='caption'>Fishing boats wait out the storm</span> <span class='credit'>Reuters"
           "</span></figcaption></figure></div>",
           [("https://www.reuters.com/resizer/v2/ABCD1234.jpg?auth=f00&width=1080&quality=80",
             "A worker repairs a net at the harbour in Example City, May 2, 2024.", "REUTERS/Jane Roe/File Photo"),
            ("https://www.reuters.com/resizer/v2/EFGH5678.jpg?auth=f11", "Fishing boats wait out the storm", "Reuters")]),
    Family("cnn",
           "<div class='article__content'><div data-component-name='image' class='image image__lede'>"
           "<div class='image__container'><picture class='image__picture'><source media='(min-width: 1280px)' "
           "srcset='https://media.example-cnn.com/api/v1/images/stellar/prod/harbour-lede.jpg?c=16x9&amp;q=h_720,w_1280,c_fill'>"
           "<img src='https://media.example-cnn.com/api/v1/images/stellar/prod/harbour-lede.jpg?c=16x9&amp;q=w_850,c_fill' "
           "alt='Harbour' class='image__dam-img' onload='this.classList.remove(\"image__dam-img--loading\")'></picture>"
           "</div><div class='image__metadata'><div itemprop='caption' class='image__caption attribution'>"
           "<span data-editable='metaCaption' class='inline-placeholder'>Rescue crews search the flooded market on "
           "Tuesday.</span></div><figcaption class='image__credit'>Jane Roe/Reuters</figcaption></div></div>"
           "<div class='paragraph-wrapper'>{BODY}</div></div>",
           [("https://media.example-cnn.com/api/v1/images/stellar/prod/harbour-lede.jpg?c=16x9&q=w_850,c_fill",
             "Rescue crews search the flooded market on Tuesday.", "Jane Roe/Reuters")]),
    Family("al_jazeera",
           "<figure class='article-featured-image'><div class='responsive-image'><img loading='lazy' "
           "src='/wp-content/uploads/2024/05/harbour-1715000000.jpg?resize=770%2C513&amp;quality=80' alt=''></div>"
           "<figcaption class='article-featured-image__caption'>People inspect the damage at the harbour in Example "
           "City [Jane Roe/AFP]</figcaption></figure><div class='wysiwyg wysiwyg--all-content'>{BODY}"
           "<figure class='wp-block-image size-arc-image-770'><img src='/wp-content/uploads/2024/05/boats.jpg?w=770' "
           "alt=''><figcaption class='wp-element-caption'>Boats are pulled ashore [John Doe/Al Example]</figcaption>"
           "</figure></div>",
           [("/wp-content/uploads/2024/05/harbour-1715000000.jpg?resize=770%2C513&quality=80",
             "People inspect the damage at the harbour in Example City", "Jane Roe/AFP"),
            ("/wp-content/uploads/2024/05/boats.jpg?w=770", "Boats are pulled ashore", "John Doe/Al Example")]),
    Family("spiegel",
           "<section class='relative'><figure class='relative'><div class='relative'><picture>"
           "<img data-image-el='img' src='https://cdn.prod.www.example-spiegel.de/images/6b1f-0001_w948_r1.77_fpx44_fpy55.jpg' "
           "srcset='https://cdn.prod.www.example-spiegel.de/images/6b1f-0001_w488_r1.77_fpx44_fpy55.jpg 488w' "
           "width='948' height='533' alt='Hafen'></picture></div><figcaption class='w-full'>"
           "<div class='font-sansUI'><p>Fischer reparieren nach dem Sturm ihre Netze</p></div>"
           "<span class='font-sansUI text-shade-dark'>Foto: Jane Roe / dpa</span></figcaption></figure></section>"
           "<div class='RichText'>{BODY}</div>",
           [("https://cdn.prod.www.example-spiegel.de/images/6b1f-0001_w948_r1.77_fpx44_fpy55.jpg",
             "Fischer reparieren nach dem Sturm ihre Netze", "Foto: Jane Roe / dpa")], lang="de"),
    Family("sueddeutsche_zeit",
           "<div class='article-body'><figure class='article__media'><div class='article__media-container'>"
           "<img class='article__media-item' src='https://img.example-zeit.de/2024-05/hafen/wide__820x461' "
           "alt=''></div><figcaption class='figure__caption'><span class='figure__text'>Der alte Fischmarkt im "
           "Hafen</span> <span class='figure__copyright' itemprop='copyrightHolder'>© Jane Roe/dpa</span>"
           "</figcaption></figure>{BODY}<figure class='sz-article-figure'><img "
           "src='https://www.example-sz.de/image/sz.1.9000001?w=1024' alt=''><figcaption><p class='css-1x2y3z'>"
           "Netze trocknen auf der Mole. (Foto: dpa)</p></figcaption></figure></div>",
           [("https://img.example-zeit.de/2024-05/hafen/wide__820x461", "Der alte Fischmarkt im Hafen", "© Jane Roe/dpa"),
            ("https://www.example-sz.de/image/sz.1.9000001?w=1024", "Netze trocknen auf der Mole.", "Foto: dpa")],
           lang="de"),
    Family("le_monde_figaro",
           "<section class='article__content'><figure class='article__media'><picture class='article__media'>"
           "<source srcset='https://img.example-lemonde.fr/2024/05/06/0/0/4000/2667/664/0/75/0/a1b2c3_1.jpg 664w' "
           "media='(min-width: 576px)'><img src='https://img.example-lemonde.fr/2024/05/06/0/0/4000/2667/664/0/75/0/a1b2c3_1.jpg' "
           "alt=''></picture><figcaption class='article__legend' aria-hidden='true'>Le vieux marché aux poissons, "
           "à Exempleville, le 6 mai 2024. <span class='article__credit' aria-hidden='true'>JANE ROE / AFP</span>"
           "</figcaption></figure>{BODY}<figure class='fig-media'><img "
           "src='https://i.example-figaro.fr/abc/0x0:1280x720/680x0/filters:quality(70)/port.jpg' alt=''>"
           "<figcaption class='fig-media__legend'>Le port après la tempête. Photo : John Doe / AFP</figcaption>"
           "</figure><figure class='fig-media'><img src='https://i.example-figaro.fr/def/quai.jpg' alt=''>"
           "<figcaption class='fig-media__legend'>Les pêcheurs sur le quai © AFP</figcaption></figure></section>",
           [("https://img.example-lemonde.fr/2024/05/06/0/0/4000/2667/664/0/75/0/a1b2c3_1.jpg",
             "Le vieux marché aux poissons, à Exempleville, le 6 mai 2024.", "JANE ROE / AFP"),
            ("https://i.example-figaro.fr/abc/0x0:1280x720/680x0/filters:quality(70)/port.jpg",
             "Le port après la tempête.", "Photo : John Doe / AFP"),
            ("https://i.example-figaro.fr/def/quai.jpg", "Les pêcheurs sur le quai", "© AFP")], lang="fr"),
    Family("el_pais",
           "<div class='a_c clearfix' data-dtm-region='articulo_cuerpo'><figure class='a_m a_m-h'><span class='a_m_w'>"
           "<img src='https://imagenes.example-elpais.com/resizer/abc=/414x0/puerto.jpg' width='414' height='233' "
           "alt=''></span><figcaption class='a_m_p'><span>Pescadores en el puerto, este lunes.</span>"
           "<span class='a_m_m'>Jane Roe (EFE)</span></figcaption></figure>{BODY}<figure class='a_m'>"
           "<img src='https://imagenes.example-elpais.com/resizer/def=/414x0/mercado.jpg' alt=''>"
           "<figcaption class='a_m_p'>El mercado cerrado tras el temporal. FOTO: JOHN DOE (EFE)</figcaption>"
           "</figure></div>",
           [("https://imagenes.example-elpais.com/resizer/abc=/414x0/puerto.jpg", "Pescadores en el puerto, este lunes.",
             "Jane Roe (EFE)"),
            ("https://imagenes.example-elpais.com/resizer/def=/414x0/mercado.jpg", "El mercado cerrado tras el temporal.",
             "FOTO: JOHN DOE (EFE)")], lang="es"),
    Family("corriere",
           "<div class='content'><div class='media-news__image'><img src='https://images2.example-corriere.it/porto.jpg' "
           "alt=''><p class='media-news__caption'>Il porto dopo la mareggiata (Foto Ansa)</p></div>{BODY}"
           "<figure class='is-image'><img src='https://images2.example-corriere.it/mercato.jpg' alt=''><figcaption>"
           "Il mercato del pesce chiuso Foto LaPresse</figcaption></figure></div>",
           [("https://images2.example-corriere.it/porto.jpg", "Il porto dopo la mareggiata", "Foto Ansa"),
            ("https://images2.example-corriere.it/mercato.jpg", "Il mercato del pesce chiuso", "Foto LaPresse")],
           lang="it"),
    Family("japanese",
           "<div class='article-body'><figure class='photo'><img src='https://www.example-nikkei.jp/img/minato.jpg' "
           "alt=''><figcaption>被害を受けた漁港＝ロイター</figcaption></figure>"
           + "<p>嵐の後、港の市場の再建について委員会が火曜日の夜に会合を開き、予想以上に接戦となった投票で計画が承認された。</p>" * 4
           + "<figure class='photo'><img src='https://www.example-kyodo.jp/img/ichiba.jpg' alt=''>"
           "<figcaption>閉鎖された魚市場（共同）</figcaption></figure>"
           "<figure class='photo'><img src='https://www.example-jiji.jp/img/fune.jpg' alt=''>"
           "<figcaption>港に戻った漁船（時事）</figcaption></figure></div>",
           [("https://www.example-nikkei.jp/img/minato.jpg", "被害を受けた漁港", "ロイター"),
            ("https://www.example-kyodo.jp/img/ichiba.jpg", "閉鎖された魚市場", "共同"),
            ("https://www.example-jiji.jp/img/fune.jpg", "港に戻った漁船", "時事")], lang="ja"),
    Family("medium",
           "<section><div class='ch bg fz ga gb gc'>{BODY}<figure class='mm mn mo mp mq mr mj mk paragraph-image'>"
           "<div role='button' tabindex='0' class='ms mt ed mu bg mv'><div class='mj mk ml'><picture>"
           "<source srcset='https://miro.example-medium.com/v2/resize:fit:640/format:webp/1*AbCdEf.jpeg 640w, "
           "https://miro.example-medium.com/v2/resize:fit:1400/format:webp/1*AbCdEf.jpeg 1400w' type='image/webp'>"
           "<source data-testid='og' srcset='https://miro.example-medium.com/v2/resize:fit:640/1*AbCdEf.jpeg 640w, "
           "https://miro.example-medium.com/v2/resize:fit:1400/1*AbCdEf.jpeg 1400w'>"
           "<img alt='' class='bg mw mx c' width='700' height='467' loading='eager' role='presentation'></picture>"
           "</div></div><figcaption class='my mz na mj mk nb nc be b bf z dt' data-selectable-paragraph=''>"
           "Nets drying on the harbour wall. Photo by <a href='https://unsplash.com/@janeroe' class='af nd' "
           "rel='noopener ugc nofollow' target='_blank'>Jane Roe</a> on <a href='https://unsplash.com' "
           "class='af nd'>Unsplash</a></figcaption></figure></div></section>",
           [("https://miro.example-medium.com/v2/resize:fit:640/format:webp/1*AbCdEf.jpeg",
             "Nets drying on the harbour wall.", "Photo by Jane Roe on Unsplash")]),
    Family("substack",
           "<div class='available-content'><div class='body markup' dir='auto'>{BODY}"
           "<div class='captioned-image-container'><figure><a class='image-link image2 is-viewable-img' "
           "target='_blank' href='https://substackcdn.com/image/fetch/f_auto,q_auto:good/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fab12_1024x683.jpeg' "
           "data-component-name='Image2ToDOM'><div class='image2-inset'><picture><source type='image/webp' "
           "srcset='https://substackcdn.com/image/fetch/w_424,c_limit,f_webp,q_auto:good/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fab12_1024x683.jpeg 424w' "
           "sizes='100vw'><img src='https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto,q_auto:good/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fab12_1024x683.jpeg' "
           "width='1024' height='683' class='sizing-normal' alt='' loading='lazy'></picture>"
           "<div class='image-link-expand'><div class='pencraft pc-display-flex'><button tabindex='0' "
           "class='pencraft pc-reset icon-container restack-image' type='button'><svg></svg></button></div></div>"
           "</div></a><figcaption class='image-caption'>The harbour at low tide, a week after the storm.</figcaption>"
           "</figure></div>" + PARA + "</div></div>",
           [("https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto,q_auto:good/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fab12_1024x683.jpeg",
             "The harbour at low tide, a week after the storm.", None)]),
    Family("getty_embed",
           "<div class='story'>{BODY}<div class='getty embed image' style='background-color:#fff;display:inline-block;'>"
           "<div style='padding:0;margin:0;text-align:left;'><a href='https://www.gettyimages.com/detail/1234567890' "
           "target='_blank' style='color:#a7a7a7;text-decoration:none;'>Embed from Getty Images</a></div>"
           "<div style='overflow:hidden;position:relative;height:0;padding:80% 0 0 0;width:100%;'><iframe "
           "src='//embed.gettyimages.com/embed/1234567890?et=AbC&amp;tld=com&amp;sig=xyz&amp;caption=true' "
           "width='594' height='475' scrolling='no' frameborder='0'></iframe></div></div>"
           "<figure class='inline-image'><img src='/media/harbour-wall.jpg'><figcaption>The harbour wall was "
           "breached in two places</figcaption></figure></div>",
           [("/media/harbour-wall.jpg", "The harbour wall was breached in two places", None)]),
    Family("social_embeds",
           "<div class='story'>{BODY}<blockquote class='twitter-tweet' data-lang='en'><p lang='en' dir='ltr'>"
           "The sea wall is gone. Never seen anything like it <a href='https://t.co/abc'>pic.twitter.com/abc</a></p>"
           "&mdash; Jane Roe (@janeroe) <a href='https://twitter.com/janeroe/status/1'>May 6, 2024</a></blockquote>"
           "<div class='embed embed--instagram'><blockquote class='instagram-media' "
           "data-instgrm-permalink='https://www.instagram.com/p/Abc/' data-instgrm-version='14'><div><a "
           "href='https://www.instagram.com/p/Abc/'><div><img src='https://scontent.cdninstagram.com/v/t51/abc.jpg' "
           "alt=''></div><p>A post shared by Harbour Life (@harbourlife)</p></a></div></blockquote></div>"
           "<div class='twitter-tweet twitter-tweet-rendered'><div class='tweet-media'><img "
           "src='https://pbs.twimg.com/media/AbCdEf.jpg?format=jpg&amp;name=small'></div><p>Storm damage this "
           "morning, the whole front is flooded</p></div>" + PARA + "</div>",
           []),
    Family("ghost",
           "<section class='gh-content gh-canvas'>{BODY}<figure class='kg-card kg-image-card kg-card-hascaption'>"
           "<img src='https://harbour.example.ghost.io/content/images/2024/05/market.jpg' class='kg-image' alt='' "
           "loading='lazy' width='2000' height='1333' srcset='https://harbour.example.ghost.io/content/images/size/w600/2024/05/market.jpg 600w, "
           "https://harbour.example.ghost.io/content/images/2024/05/market.jpg 2000w' sizes='(min-width: 720px) 720px'>"
           "<figcaption><span style='white-space: pre-wrap;'>The market hall roof, seen from the quay</span>"
           "</figcaption></figure><figure class='kg-card kg-gallery-card kg-width-wide kg-card-hascaption'>"
           "<div class='kg-gallery-container'><div class='kg-gallery-row'><div class='kg-gallery-image'>"
           "<img src='https://harbour.example.ghost.io/content/images/2024/05/net-one.jpg' width='1200' height='800' "
           "loading='lazy' alt=''></div><div class='kg-gallery-image'><img "
           "src='https://harbour.example.ghost.io/content/images/2024/05/net-two.jpg' width='1200' height='800' "
           "loading='lazy' alt=''></div></div></div><figcaption><span>Nets hung out to dry after the storm</span>"
           "</figcaption></figure></section>",
           [("https://harbour.example.ghost.io/content/images/2024/05/market.jpg",
             "The market hall roof, seen from the quay", None),
            ("https://harbour.example.ghost.io/content/images/2024/05/net-one.jpg",
             "Nets hung out to dry after the storm", None),
            ("https://harbour.example.ghost.io/content/images/2024/05/net-two.jpg",
             "Nets hung out to dry after the storm", None)]),
    Family("drupal_fields",
           "<div class='node__content clearfix'><div class='field field--name-field-image field--type-image "
           "field--label-hidden field__item'><img loading='lazy' "
           "src='/sites/default/files/styles/large/public/2024-05/market.jpg?itok=AbC123' width='480' height='320' "
           "alt='Market' typeof='foaf:Image' class='image-style-large'></div><div class='field "
           "field--name-field-caption field--type-string field--label-hidden field__item'>The market hall on the "
           "morning after the storm</div><div class='field field--name-field-image-credit field--type-string "
           "field--label-hidden field__item'>Jane Roe</div><div class='clearfix text-formatted field "
           "field--name-body field--type-text-with-summary field--label-hidden field__item'>{BODY}{BODY}</div></div>",
           [("/sites/default/files/styles/large/public/2024-05/market.jpg?itok=AbC123",
             "The market hall on the morning after the storm", "Jane Roe")]),
    Family("arc_xp",
           "<div class='article-body'>{BODY}<figure class='wpds-c-ghMkze'><div class='wpds-c-kgWsbh'><img "
           "src='https://www.example-post.com/wp-apps/imrs.php?src=https://arc-anglerfish.s3.amazonaws.com/public/MARKETABC.jpg&amp;w=916' "
           "alt='' width='916' height='611'></div><figcaption class='wpds-c-hnydyg'><span>Crews clear debris from "
           "the market on Tuesday. </span><span class='wpds-c-jJMbMo'>(Jane Roe/The Example Post)</span>"
           "</figcaption></figure>" + PARA + "<figure class='wpds-c-ghMkze'><div class='wpds-c-kgWsbh'><img "
           "src='https://www.example-post.com/wp-apps/imrs.php?src=https://arc-anglerfish.s3.amazonaws.com/public/QUAYDEF.jpg&amp;w=916' "
           "alt=''></div><figcaption class='wpds-c-hnydyg'><span>The quay at dusk. </span><span "
           "class='wpds-c-jJMbMo'>Photo: John Doe/The Example Post</span></figcaption></figure></div>",
           [("https://www.example-post.com/wp-apps/imrs.php?src=https://arc-anglerfish.s3.amazonaws.com/public/MARKETABC.jpg&w=916",
             "Crews clear debris from the market on Tuesday.", "Jane Roe/The Example Post"),
            ("https://www.example-post.com/wp-apps/imrs.php?src=https://arc-anglerfish.s3.amazonaws.com/public/QUAYDEF.jpg&w=916",
             "The quay at dusk.", "Photo: John Doe/The Example Post")]),
    Family("bbc_new",
           "<div data-component='image-block' class='sc-18fde0d6-0'><figure><div class='sc-a34861b-0 efFcac'>"
           "<span class='sc-a34861b-1 jxzoZe'><span class='sc-a34861b-2 bmEcxH visually-hidden'>Image source, </span>Getty Images"
           "</span><img sizes='(min-width: 1280px) 50vw, 100vw' "
           "srcset='https://ichef.example-bbci.co.uk/news/240/cpsprodpb/1a2b/live/harbour.jpg.webp 240w, "
           "https://ichef.example-bbci.co.uk/news/800/cpsprodpb/1a2b/live/harbour.jpg.webp 800w' "
           "src='https://ichef.example-bbci.co.uk/news/480/cpsprodpb/1a2b/live/harbour.jpg.webp' width='976' "
           "height='549' alt='Boats'></div><figcaption class='sc-8a068d35-0 hYRqWE'><span class='sc-8a068d35-1 "
           "visually-hidden'>Image caption, </span>Boats were thrown onto the quay by the waves</figcaption></figure>"
           "</div><div data-component='text-block'>{BODY}</div>",
           [("https://ichef.example-bbci.co.uk/news/480/cpsprodpb/1a2b/live/harbour.jpg.webp",
             "Boats were thrown onto the quay by the waves", "Getty Images")]),
    Family("guardian_new",
           "<div id='maincontent' class='article-body-commercial-selector article-body-viewer-selector dcr-1tmfl4u'>"
           "<figure id='a1b2' data-spacefinder-role='inline' class='dcr-173mewl'><div class='dcr-1t8m8f5'><picture "
           "class='dcr-evn1e9'><source srcset='https://i.example-guim.co.uk/img/media/abc123/0_0_5000_3000/master/5000.jpg?width=620&amp;dpr=2&amp;s=none&amp;crop=none' "
           "media='(min-width: 660px)'><img alt='Quay' src='https://i.example-guim.co.uk/img/media/abc123/0_0_5000_3000/master/5000.jpg?width=445&amp;dpr=1&amp;s=none&amp;crop=none' "
           "width='445' height='267.125' loading='lazy' class='dcr-4zleql'></picture></div><figcaption "
           "class='dcr-1hmlsv'><span class='dcr-1inf02i'><svg width='18' height='13'></svg></span>Waves break over "
           "the quay on Monday.<span class='dcr-1qvd3m6'>Photograph: Jane Roe/Reuters</span></figcaption></figure>"
           "{BODY}</div>",
           [("https://i.example-guim.co.uk/img/media/abc123/0_0_5000_3000/master/5000.jpg?width=445&dpr=1&s=none&crop=none",
             "Waves break over the quay on Monday.", "Photograph: Jane Roe/Reuters")]),
    Family("gallery_data_caption",
           "<div class='story-body'>{BODY}<div class='gallery' data-gallery-id='77'><div class='gallery__track'>"
           "<div class='gallery__slide' data-caption='The flooded market hall (Jane Roe/Example News)'>"
           "<img class='lazyload' src='/static/blank.gif' data-src='/galleries/77/one.jpg'>"
           "<span class='gallery__counter'>1/12</span></div>"
           "<div class='gallery__slide' data-caption='Volunteers fill sandbags (John Doe/Example News)'>"
           "<img class='lazyload' src='/static/blank.gif' data-src='/galleries/77/two.jpg'>"
           "<span class='gallery__counter'>2/12</span></div></div></div></div>",
           [("/galleries/77/one.jpg", "The flooded market hall", "Jane Roe/Example News"),
            ("/galleries/77/two.jpg", "Volunteers fill sandbags", "John Doe/Example News")]),
    Family("picture_avif_lazy_srcset",
           "<div class='article__body'><figure class='media'><picture><source type='image/avif' "
           "data-srcset='/img/quay-800.avif 800w, /img/quay-1600.avif 1600w'><source type='image/webp' "
           "data-srcset='/img/quay-800.webp 800w, /img/quay-1600.webp 1600w'><img class='lazyload' "
           "src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-srcset='/img/quay-800.jpg 800w, "
           "/img/quay-1600.jpg 1600w' data-sizes='auto' alt=''></picture><figcaption class='media__caption'>The quay "
           "under repair <span class='media__credit'>Photo: Jane Roe</span></figcaption></figure>{BODY}</div>",
           [("/img/quay-800.jpg", "The quay under repair", "Photo: Jane Roe")]),
    Family("image_link_to_full_size",
           "<div class='post-body'>{BODY}<div class='image'><a href='/uploads/full/market-hall.jpg' "
           "class='lightbox' data-lightbox='story'><img src='/uploads/thumb/market-hall-600.jpg' width='600' "
           "height='400'></a><div class='image-caption'>The market hall from the harbour side</div></div></div>",
           [("/uploads/thumb/market-hall-600.jpg", "The market hall from the harbour side", None)]),
    Family("caption_sibling_after_figure",
           "<div class='article-text'>{BODY}<figure class='image'><img src='/photos/net-mender.jpg' width='800' "
           "height='533'></figure><p class='caption'>A net mender at work on the quay. Photo: Jane Roe</p>"
           + PARA + "</div>",
           [("/photos/net-mender.jpg", "A net mender at work on the quay.", "Photo: Jane Roe")]),
    Family("caption_above_image",
           "<div class='article-text'>{BODY}<div class='article-image'><div class='caption-top'>Before the storm: "
           "the market in April</div><img src='/photos/market-april.jpg' width='800' height='533'></div></div>",
           [("/photos/market-april.jpg", "Before the storm: the market in April", None)]),
    Family("icons_and_avatar_only",
           "<div class='author-card'><img src='/people/jane-roe.jpg' class='author-photo' width='80' height='80'>"
           "<span class='author-name'>Jane Roe</span></div><div class='meta'><img src='/static/clock.svg'> 5 min "
           "read</div><div class='article-text'>{BODY}<p>Reactions poured in <img class='emoji' role='img' "
           "alt='😀' src='https://s.w.org/images/core/emoji/14.0.0/72x72/1f600.png'> from every corner of the "
           "town, and the mayor thanked the volunteers for their long nights on the quay.</p>"
           "<p><img src='/img/flags/de.png' width='16' height='11'> German visitors helped too, as they had "
           "done after the floods of the previous decade.</p></div>",
           []),
    Family("live_blog",
           "<div class='liveblog'>"
           "<article class='liveblog-post' id='p1'><time>10:02</time><p>The harbour board has opened the meeting "
           "and the chair read out the engineers' report on the sea wall in full.</p><blockquote "
           "class='twitter-tweet'><p>Packed room at the harbour board tonight</p>&mdash; Jane Roe (@jr)</blockquote>"
           "</article>"
           "<article class='liveblog-post' id='p2'><time>10:15</time><figure><img "
           "src='https://cdn.example.com/live/quay-1015.jpg'><figcaption>Residents queue outside the hall "
           "(Reuters)</figcaption></figure><p>Residents queued outside for an hour before the doors opened, "
           "and many of them had brought their own flasks of tea.</p></article>"
           "<article class='liveblog-post' id='p3'><time>10:31</time><p>The first vote, on the budget, passed "
           "narrowly; the second vote on the design is expected within the hour.</p><div class='embed "
           "embed--youtube'><iframe src='https://www.youtube.com/embed/abc'></iframe></div></article>"
           "<article class='liveblog-post' id='p4'><time>10:48</time><p>Engineers say the rebuild could start in "
           "the autumn if the money from the regional fund arrives on time this summer.</p><figure><img "
           "src='https://cdn.example.com/live/plan-1048.jpg'><figcaption>The plan shown to the board. Photo: "
           "Example Council</figcaption></figure></article>"
           "<article class='liveblog-post' id='p5'><time>11:05</time><p>That is all from the meeting tonight; "
           "thank you for following along with our coverage of the harbour board.</p></article></div>",
           [("https://cdn.example.com/live/quay-1015.jpg", "Residents queue outside the hall", "Reuters"),
            ("https://cdn.example.com/live/plan-1048.jpg", "The plan shown to the board.", "Photo: Example Council")]),
    Family("npr_credit_caption",
           "<div id='storytext' class='storytext'><div class='bucketwrap image large'><div class='imagewrap'>"
           "<img src='https://media.example-npr.org/assets/img/2024/05/06/harbour_wide-abc.jpg?s=1100&amp;c=85&amp;f=jpeg' "
           "class='img' alt=''></div><div class='credit-caption'><div class='caption-wrap'><div class='caption' "
           "aria-label='Image caption'><p>Volunteers stack sandbags along the quay on Sunday.<b class='hide-caption'>"
           "<b>hide caption</b></b></p></div><b class='toggle-caption'><b>toggle caption</b></b></div>"
           "<span class='credit' aria-label='Image credit'>Jane Roe/NPR</span></div></div>{BODY}</div>",
           [("https://media.example-npr.org/assets/img/2024/05/06/harbour_wide-abc.jpg?s=1100&c=85&f=jpeg",
             "Volunteers stack sandbags along the quay on Sunday.", "Jane Roe/NPR")]),
    Family("nyt_hashed_classes",
           "<section name='articleBody'><div class='StoryBodyCompanionColumn'><div class='css-53u6y8'>{BODY}</div>"
           "</div><div class='css-79elbk' data-testid='photoviewer-wrapper'><figure aria-label='media' role='group' "
           "class='css-1dyvd6n'><div data-testid='imageContainer-children-Image'><picture><source "
           "media='(max-width: 599px)' srcset='https://static01.example-nyt.com/images/2024/05/06/multimedia/06harbour-abcd-mobileMasterAt3x.jpg?quality=75&amp;auto=webp&amp;disable=upscale'>"
           "<img alt='' class='css-rq4mmj' src='https://static01.example-nyt.com/images/2024/05/06/multimedia/06harbour-abcd-articleLarge.jpg?quality=75&amp;auto=webp&amp;disable=upscale' "
           "srcset='https://static01.example-nyt.com/images/2024/05/06/multimedia/06harbour-abcd-superJumbo.jpg?quality=75&amp;auto=webp 2048w' "
           "sizes='((min-width: 600px) and (max-width: 1004px)) 84vw, (min-width: 1005px) 60vw, 100vw' "
           "decoding='async' width='600' height='400'></picture></div><figcaption class='css-1l44abu ewdxa0s0'>"
           "<span class='css-jevhq9 e13ogyst0'>The sea wall gave way in two places overnight.</span><span "
           "class='css-cnj6d5 e1z0qqy90'><span class='css-1ly73wi e1tej78p0'>Credit...</span><span>Jane Roe for "
           "The Example Times</span></span></figcaption></figure></div></section>",
           [("https://static01.example-nyt.com/images/2024/05/06/multimedia/06harbour-abcd-articleLarge.jpg?quality=75&auto=webp&disable=upscale",
             "The sea wall gave way in two places overnight.", "Jane Roe for The Example Times")]),
    Family("vox_chorus_cite",
           "<div class='c-entry-content'><figure class='e-image e-image--hero'><span class='e-image__inner'>"
           "<span class='e-image__image' data-original='https://cdn.example-vox.com/uploads/chorus_image/image/1/quay.0.jpg'>"
           "<picture class='c-picture'><source srcset='https://cdn.example-vox.com/thumbor/abc=/0x0:4000x2667/1200x800/filters:focal(1680x1014:2320x1654)/cdn.example-vox.com/uploads/chorus_image/image/1/quay.0.jpg 1200w' "
           "sizes='(min-width: 1221px) 846px'><img src='https://cdn.example-vox.com/thumbor/def=/0x0:4000x2667/1200x800/cdn.example-vox.com/uploads/chorus_image/image/1/quay.0.jpg' "
           "alt=''></picture></span></span><span class='e-image__meta'><figcaption>Boats stacked on the quay "
           "after the storm.</figcaption><cite>Photo by Jane Roe/Getty Images</cite></span></figure>{BODY}</div>",
           [("https://cdn.example-vox.com/thumbor/def=/0x0:4000x2667/1200x800/cdn.example-vox.com/uploads/chorus_image/image/1/quay.0.jpg",
             "Boats stacked on the quay after the storm.", "Photo by Jane Roe/Getty Images")]),
    Family("figure_credit_div_in_figcaption",
           "<div class='story-stack'>{BODY}<figure class='figure'><div class='figure-content'><img "
           "class='image' src='https://ca-times.example.com/dims4/default/abc/2147483647/strip/true/crop/2048x1365+0+0/resize/1200x800!/quality/75/?url=https%3A%2F%2Fexample-brightspot.s3.amazonaws.com%2Fquay.jpg' "
           "alt=''></div><figcaption class='figure-caption'><div class='figure-caption-text'><p>The market hall, "
           "photographed from a drone.</p></div><div class='figure-credit'>(Jane Roe / Example Times)</div>"
           "</figcaption></figure></div>",
           [("https://ca-times.example.com/dims4/default/abc/2147483647/strip/true/crop/2048x1365+0+0/resize/1200x800!/quality/75/?url=https%3A%2F%2Fexample-brightspot.s3.amazonaws.com%2Fquay.jpg",
             "The market hall, photographed from a drone.", "Jane Roe / Example Times")]),
    Family("blogger_table_caption",
           "<div class='post-body entry-content'>{BODY}<table align='center' cellpadding='0' cellspacing='0' "
           "class='tr-caption-container' style='margin-left: auto; margin-right: auto;'><tbody><tr><td "
           "style='text-align: center;'><a href='https://blogger.example.com/img/b/R29v/s1600/quay.jpg' "
           "style='margin-left: auto; margin-right: auto;'><img border='0' data-original-height='1200' "
           "data-original-width='1600' height='300' src='https://blogger.example.com/img/b/R29v/s400/quay.jpg' "
           "width='400'></a></td></tr><tr><td class='tr-caption' style='text-align: center;'>The quay at low "
           "tide last Sunday</td></tr></tbody></table></div>",
           [("https://blogger.example.com/img/b/R29v/s400/quay.jpg", "The quay at low tide last Sunday", None)]),
    Family("credit_only_figcaption",
           "<div class='article-body'><figure class='lead'><img src='/media/lead-quay.jpg' alt='The quay after "
           "the storm, with boats thrown onto the road'><figcaption>Jane Roe/Reuters</figcaption></figure>{BODY}"
           "<figure><img src='/media/pier.jpg' alt=''><figcaption><span class='credit'>Getty Images</span>"
           "</figcaption></figure></div>",
           [("/media/lead-quay.jpg", None, "Jane Roe/Reuters"), ("/media/pier.jpg", None, "Getty Images")]),
    # camelCase class words: the credit's class says "imgSource" (batch 12)
    Family("camel_case_credit_class",
           "<div class='post__featuredImage'><img src='/media/quay.jpg' alt='The quay'></div>"
           "<div class='post__featuredImageSource'><span class='a-imgSource'>harbour.example</span></div>"
           "<div class='article-body'>{BODY}</div>",
           [("/media/quay.jpg", None, "harbour.example")]),
    # a caption box that only says "click to enlarge" (in Hungarian) holds no caption (batch 12)
    Family("click_to_enlarge_only",
           "<div class='article-body'>{BODY}<div class='image'><img src='/media/map.png' alt='Map'>"
           "<div class='caption'>Klikk a nagyításhoz!</div></div>" + PARA + "</div>",
           [("/media/map.png", None, None)]),
    # an old layout table: the picture in one row, its caption and credit in the next (batch 12)
    Family("layout_table_caption_row",
           "<div class='article-body'>" + PARA + "<table class='article-image left'><tbody><tr><td>"
           "<img src='/media/award.jpg' alt=''></td></tr><tr><td><p>The mayor hands over the harbour award in "
           "the town hall. Fotó: MTI</p></td></tr></tbody></table>{BODY}</div>",
           [("/media/award.jpg", "The mayor hands over the harbour award in the town hall.", "Fotó: MTI")]),
    # small print set by a utility class right after the lead, in brackets: a credit (batch 12)
    Family("utility_small_print_credit",
           "<header><a class='section-name' href='/media'>Media</a><div class='featured-image relative'>"
           "<img src='/media/studio.png' alt='A talk show'>"
           "<button class='zoom'>+</button></div><p class='text-xs text-grey leading-tight text-right mt-1'>"
           "[Screenshot/Example TV]</p></header><div class='article-body'>{BODY}</div>",
           [("/media/studio.png", None, "Screenshot/Example TV")]),
    # a caption-classed box holding the picture and its caption as loose text (batch 12)
    Family("caption_box_with_loose_text",
           "<div class='article-body'>" + PARA + "<div class='newsdetail-image-caption'><img src='/media/actor.jpg' "
           "alt=''>The actor at the premiere of his second film/©Example.com/Jane Roe</div>{BODY}</div>",
           [("/media/actor.jpg", "The actor at the premiere of his second film", "©Example.com/Jane Roe")]),
    # the picture, a name in its own element, then the caption as loose text (batch 12)
    Family("credit_element_then_loose_caption",
           "<div class='article-body'><div class='photo'><img src='/media/arms.jpg' alt=''><span class='pb_10 "
           "author'>EXAMPLE.COM/JANE ROE</span> Police hand over the seized rifles to the prosecutors on "
           "Wednesday</div>{BODY}</div>",
           [("/media/arms.jpg", "Police hand over the seized rifles to the prosecutors on Wednesday",
             "EXAMPLE.COM/JANE ROE")]),
    # Indonesian caption class ("deskripsi") and the "Doc." credit label (batch 12)
    Family("deskripsi_class_doc_credit",
           "<div class='article-body'><div class='single-img'><img src='/media/rector.jpg' alt=''></div>"
           "<div class='deskripsi'>The rector opens the games between the universities. Doc. campus.example.ac.id "
           "NEWS ONLINE</div>{BODY}</div>",
           [("/media/rector.jpg", "The rector opens the games between the universities.",
             "Doc. campus.example.ac.id NEWS ONLINE")]),
    # "(ist)": Indonesian "istimewa", courtesy of the people pictured; a "photodesc" caption box (batch 12)
    Family("photodesc_class_ist_credit",
           "<div class='thumbcontainer'><img src='/media/phone.jpg' alt='Phone'></div>"
           "<div class='photodesc'>The new phone and its smaller sibling (ist)</div>"
           "<div class='article-body'>{BODY}</div>",
           [("/media/phone.jpg", "The new phone and its smaller sibling", "ist")]),
    # a picture widget whose credit sits on the picture and whose caption is the box after it (batch 12)
    Family("credit_on_picture_caption_after",
           "<div class='img-detail'><div class='cap-foto'>Agency/Jane Roe</div><img src='/media/actress.jpg' "
           "alt=''></div><div class='wp-cap'><div class='caption'>The actress at the film festival</div></div>"
           "<div class='article-body'>{BODY}</div>",
           [("/media/actress.jpg", "The actress at the film festival", "Agency/Jane Roe")]),
    # a media slot named "foto-video" holds the lead picture; it is no player (batch 12)
    Family("foto_video_media_slot",
           "<div class='field field-name-field-media-index-foto-video'><div class='field-name-field-media-image'>"
           "<img src='/media/vote.jpg' alt=''></div><div class='imagetext-wrapper'><div class='field'>Fotó: "
           "Jane Roe/Example</div></div></div><div class='article-body'>{BODY}</div>",
           [("/media/vote.jpg", None, "Fotó: Jane Roe/Example")]),
    # the dash that set off a credit element is no part of the caption, nor is the wire credit before it
    Family("dash_before_credit_element",
           "<div class='article-body'><figure><img src='/media/refinery.jpg' alt=''><figcaption>"
           "<span class='caption__text'>The refinery at dawn on Sunday. (AP Photo/Jane Roe) <span>- </span>"
           "<span class='caption__credit'>AP Photo</span></span></figcaption></figure>{BODY}</div>",
           [("/media/refinery.jpg", "The refinery at dawn on Sunday.", "AP Photo")]),
    # a gallery inside the story whose slides link to their photo pages, each with its own caption element
    # that opens with a visible "Photo:" label (batch 13)
    Family("in_body_gallery_of_linked_slides",
           "<div class='article section'>" + PARA + "<div class='inline-content gallery'><ul class='slides'>"
           + "".join(LINKED_SLIDE.format(n=n) for n in range(1, 4)) + "</ul></div>{BODY}</div>",
           [(f"/news/image/59{n}-3x2.jpg", f"Photo: Boats are pulled up the slipway number {n} before the storm "
             "reaches the harbour.", "Reuters: Jane Roe") for n in range(1, 4)]),
    # the Chinese CMS convention: the picture in one paragraph, its caption centred in the next, or opening
    # with the label 资料图 ("file picture"), the photographer glued on after the last sentence (batch 13)
    Family("centred_chinese_caption",
           "<div class='article-body'>" + PARA + "<div class='left_ph'><img src='/media/hall.jpg' alt=''></div>"
           "<div class='left_pt'><div style='text-align:center;'>图为开通仪式现场。　陈超　摄</div></div>{BODY}</div>",
           [("/media/hall.jpg", "图为开通仪式现场。", "陈超 摄")], lang="zh"),
    Family("file_picture_label",
           "<div class='a-con'>" + PARA + "<p><img src='/media/toll.jpg'></p><p>资料图：高速公路收费站。</p>{BODY}</div>",
           [("/media/toll.jpg", "资料图：高速公路收费站。", None)], lang="zh"),
    # a gallery counter opening the caption ("1 ZDJĘCIE", "圖片 1 / 2") is UI text (batch 13)
    Family("gallery_counter_before_caption",
           "<div class='article-body'><figure><img src='/media/scarf.jpg' alt=''><figcaption>1 ZDJĘCIE Work on the "
           "scarf began in February.</figcaption></figure>{BODY}</div>",
           [("/media/scarf.jpg", "Work on the scarf began in February.", None)], lang="pl"),
    # an image "label" box under the picture holds its caption; a centred paragraph after a centred picture is
    # its caption (batch 14)
    Family("image_label_class",
           "<div class='article'><div class='article_cut'><div class='article_cut_image'><img src='/img/main.jpg' "
           "alt=''></div><div class='article_cut_image_label'> The coach starts the morning with a run. Фото: "
           "Example FC </div><div class='article_cut_text'>The club's coach talks about food, sleep and the long "
           "season ahead in a conversation with our reporter.</div></div>{BODY}</div>",
           [("/img/main.jpg", "The coach starts the morning with a run.", "Фото: Example FC")]),
    Family("centred_paragraph_caption",
           "<div class='article-body'><p style='text-align: center'><img src='/pic/check.jpg' width='600'></p>"
           "<p style='text-align: center'>　多部门联合对经营点进行检查 (通讯员林宇 摄)</p>{BODY}</div>",
           [("/pic/check.jpg", "多部门联合对经营点进行检查", "通讯员林宇 摄")], lang="zh"),
    Family("credit_then_caption_after_bar",
           "<div class='article-body'><div class='photo'><img src='/img/day.jpg' alt=''><div class='caption'>"
           "Photo credit: Jane Roe | A resident attends the day programme at the foundation.</div></div>{BODY}</div>",
           [("/img/day.jpg", "A resident attends the day programme at the foundation.", "Photo credit: Jane Roe")]),
    # a picture box holding the picture and one run of loose text after it; a "pictext" caption class (batch 15)
    Family("picture_box_with_loose_line",
           "<div class='post'><div class='photo'><img class='limg' src='/pic/rabies.jpg' alt=''> Вирусы под "
           "микроскопом. Фото пользователя с ресурса Example <div class='clear'></div></div><h1>Title</h1>{BODY}</div>",
           [("/pic/rabies.jpg", "Вирусы под микроскопом.", "Фото пользователя с ресурса Example")], lang="ru"),
    # ... but text flowing around a floated picture is the story's
    Family("floated_picture_text_is_story",
           "<div class='post'><div class='lead'><img style='float: left; margin: 8px' src='/pic/crash.jpg' alt=''>"
           "The president offered his condolences to the families of the dead.</div>{BODY}</div>",
           [("/pic/crash.jpg", None, None)]),
    # a standfirst in a column beside the lead picture (a left margin as wide as the picture) is no caption
    Family("standfirst_beside_the_picture",
           "<div class='intro'><div class='pre_photo' style='width:245px;'><img src='/news/photo_big.jpg' "
           "style='width:245px;height:172px;' alt=''></div><div style='margin-left:255px;'><p>School sport gets "
           "easier. A new programme starts in September.</p></div></div><div class='news'>{BODY}</div>",
           [("/news/photo_big.jpg", None, None)]),
    # batch 17: a "picIntro" caption box; a line centred by the align attribute; "buy this picture" in Russian
    Family("pic_intro_class",
           "<div id='artical_real'><p class='detailPic'><img src='/ent/pic.jpg' alt=''></p><p class='picIntro'>"
           "<span>郭德纲(资料图)</span></p>{BODY}</div>",
           [("/ent/pic.jpg", "郭德纲(资料图)", None)], lang="zh"),
    Family("align_center_caption",
           "<div class='article-body'><div align='center'><img src='/pic/meeting.jpg' alt=''></div>"
           "<p align='center'>1月15日，体育工作会议在南昌召开。</p>{BODY}</div>",
           [("/pic/meeting.jpg", "1月15日，体育工作会议在南昌召开。", None)], lang="zh"),
    Family("buy_this_picture_ui_text",
           "<div class='article-body'><div class='photo'><img src='/img/lead.jpg' alt=''><div class='copyright'>"
           "© Example Agency. Jane Roe | Купить иллюстрацию</div></div>{BODY}</div>",
           [("/img/lead.jpg", None, "© Example Agency. Jane Roe")], lang="ru"),
    Family("pictext_class",
           "<div class='article-body'><div class='pic'><img src='/pic/truck.jpg' alt=''></div><p class='pictext'>"
           "12月15日，消防车停在中心外。</p><p>另一段。</p>{BODY}</div>",
           [("/pic/truck.jpg", "12月15日，消防车停在中心外。", None)], lang="zh"),
    # batch 19: a camel-case icon file (a camera icon before a gallery link) in the caption box is no second
    # picture of the widget, so the box stays the caption of the one photo
    # batch 19: a credit line outside the caption box that opens with its label, unmarked by class
    Family("labelled_credit_line_beside_caption_box",
           "<div class='story'><div class='heroVert'><div id='vertImage'><img src='/images/420x459/quay.jpg' "
           "width='420' height='459' alt=''></div><div class='imageDescriptionContainer'><div class='imageDescription'>"
           "<p>Boats wait at the quay for the storm to pass.</p></div><div class='purchase'><p>Photo: <strong>Jane "
           "Roe • Example Press</strong>, </p><p><img class='iconImage' src='/design/cameraIcon.png' alt=''><a href='/galleries/'>"
           "Photo galleries</a></p></div></div></div>"
           "{BODY}</div>",
           [("/images/420x459/quay.jpg", "Boats wait at the quay for the storm to pass.",
             "Photo: Jane Roe • Example Press")]),
    Family("icon_in_caption_box",
           "<div class='story'><div class='heroWrapper'><div id='lead'><img src='/images/420x459/harbour.jpg' "
           "width='420' height='459' alt=''></div><div class='imageDescriptionContainer'><div class='imageDescription'>"
           "<p>Boats wait at the quay for the storm to pass.</p></div><div class='purchasePhoto'><p class='photoCredit'>"
           "Photo: Jane Roe</p><p><img class='iconImage' src='/design/whiteCameraIcon.png' alt='Camera'><a "
           "href='/galleries/'>Photo galleries</a></p></div></div></div>{BODY}</div>",
           [("/images/420x459/harbour.jpg", "Boats wait at the quay for the storm to pass.", "Photo: Jane Roe")]),
    # batch 20: a unit whose caption is the other text of the element holding its credit: loose text after a
    # <cite>, or a small line with the credit span inside it; a dateline beside a byline is no caption
    Family("cite_credit_then_loose_caption",
           "<div class='story'>" + PARA + "<div class='inline-image'><div style='width:200px'><a class='enlarge' "
           "href='/photo/quay_400.jpg'>[+] Enlarge<img src='/photo/quay_200.jpg' width='200' height='300' alt=''></a>"
           "<div><cite>Example Press/Jane Roe</cite>The old quay has been closed since the winter storms.</div></div>"
           "</div>{BODY}</div>",
           [("/photo/quay_200.jpg", "The old quay has been closed since the winter storms.", "Example Press/Jane Roe")]),
    Family("credit_span_inside_small_line",
           "<div class='story'><div class='thumbnail' style='width: 400px;'><div class='holder'><table><tr><td>"
           "<img src='/img/quay/400x304' width='400' height='304' alt=''><p class='small'>Divers inspect the pier "
           "before the market reopens. <span class='credit'>(<span class='photographer'>Posted by harbourboard</span>"
           " / May 15, 2013)</span></p></td></tr></table></div></div>{BODY}</div>",
           [("/img/quay/400x304", "Divers inspect the pier before the market reopens.",
             "Posted by harbourboard / May 15, 2013")]),
    Family("dateline_beside_byline_is_no_caption",
           "<div class='story'><div class='lead'><img src='/img/quay-lead.jpg' width='800' height='500' alt=''>"
           "<div class='meta'>10.1.2020 | 17:03 | <span class='author'>HARBOURTEAM</span></div></div>{BODY}</div>",
           [("/img/quay-lead.jpg", None, None)]),
    # batches 19 and 20: the site's service pictures inside the story's column (a sign-up overlay, a comments
    # button, a comment form's captcha) with their text are no captioned photos
    Family("service_pictures_are_not_photos",
           "<div class='story'><p><img src='/img/quay-lead.jpg' width='800' height='500' alt=''></p>{BODY}"
           "<div id='overlay'><img src='/img/signup_overlay_thanks.png'><div class='nl_text'>Subscribing to a "
           "newsletter constitutes acceptance of our <a href='/terms'>Terms of Use</a>.</div></div>"
           "<div class='talk'><img src='/img/bubble.gif'><p class='caption'>Join the Discussion</p></div>"
           "<form action='/comment'><p><img src='/captcha.php' alt=''></p><p class='small'>Copy the code shown in the "
           "picture above</p><input name='code'></form><div class='feeds'><a href='/rss'><img src='/img/rss.gif'>"
           "</a><p class='caption'>Stay up to date with the harbour news from our feeds</p></div></div>",
           [("/img/quay-lead.jpg", None, None)]),
    # batch 19: itemprop="description" of the article's item is its summary, of an image's item its caption
    Family("article_description_is_no_caption",
           "<div itemscope itemtype='http://schema.org/BlogPosting'><section class='head'><div class='excerpt' "
           "itemprop='description'><span>Summary:</span><p>The harbour board will decide on Tuesday how the old fish "
           "market is rebuilt after the storms.</p></div><div class='picture-box'><img src='/img/quay-300x200.jpg' "
           "width='300' height='200' alt=''><div class='attribution'>photo: Jane Roe</div></div></section>"
           "<section itemprop='articleBody'>{BODY}</section></div>",
           [("/img/quay-300x200.jpg", None, "photo: Jane Roe")],
           head="<meta property='og:image' content='https://news.example.com/img/quay-300x200.jpg'>"),
    Family("image_object_description_is_its_caption",
           "<div class='story'><div itemscope itemtype='http://schema.org/ImageObject'><img itemprop='contentUrl' "
           "src='/img/quay-wide.jpg' width='800' height='500' alt=''><p itemprop='description'>Boats wait at the "
           "quay for the storm to pass.</p></div>{BODY}</div>",
           [("/img/quay-wide.jpg", "Boats wait at the quay for the storm to pass.", None)]),
    # batch 20: after a story with no picture, pictures outside it are judged as after any other story: an
    # uncaptioned one is no photo of it, a list of cards with teaser text cut short is a listings widget, and
    # a credited picture (a listicle's item) stays
    Family("after_a_text_only_story",
           "<div class='story-body'>{BODY}</div><div class='box'><img src='/img/promo-wide.jpg' width='300' "
           "height='200' alt=''></div>"
           "<div class='homes'><div class='home'><div class='pic'><img src='/listings/1001.jpg'></div><div class='desc'>"
           "<a href='https://homes.example.com/1001'>12 Quay St.</a> 4 bed, 2 bath. Stunning harbour view...</div>"
           "</div><div class='home'><div class='pic'><img src='/listings/1002.jpg'></div><div class='desc'>"
           "<a href='https://homes.example.com/1002'>3 Dock Rd.</a> 3 bed, 1 bath. Charming cottage near the…</div>"
           "</div><div class='home'><div class='pic'><img src='/listings/1003.jpg'></div><div class='desc'>"
           "<a href='https://homes.example.com/1003'>9 Pier Ln.</a> 2 bed, 1 bath. Recently renovated with...</div>"
           "</div></div>"
           "<div class='item'><img src='/img/sofa.jpg' width='600' height='400' alt=''><span class='credit'>Jane Roe "
           "Studio</span></div>",
           [("/img/sofa.jpg", None, "Jane Roe Studio")]),
    # batch 20: a label word as the credit element's own text, the name in a span inside it
    Family("credit_label_word_before_name_span",
           "<div class='story'><div class='image-single'><img src='/img/quay-wide.jpg' width='800' height='500' "
           "alt=''><div class='image-meta'><div class='si-credit'>Credit <span>Jane Roe / Example Press</span></div>"
           "<div class='si-caption'>Boats wait at the quay for the storm to pass.</div></div></div>{BODY}</div>",
           [("/img/quay-wide.jpg", "Boats wait at the quay for the storm to pass.", "Jane Roe / Example Press")]),
    # batch 20: a span whose data-image names the picture a script loads (no img in the markup); a data-image
    # that names no URL ("true", a fragment of HTML) is no picture
    Family("data_image_span",
           "<div class='story'><div id='top_images'><div><span class='resimg photo-large' data-image="
           "'https://media.example.com/photo/1647-main.jpg' data-position='article-main'>Quay-Boats</span></div>"
           "<div class='Caption'>Boats wait at the quay for the storm to pass. <em>(Example Press)</em></div></div>"
           "<div data-image='true' class='flag'>x</div>{BODY}</div>",
           [("https://media.example.com/photo/1647-main.jpg", "Boats wait at the quay for the storm to pass.",
             "Example Press")]),
    # batches 13 and 17: a tool's log-in notice on its button is the site's service text; a call for readers'
    # pictures under a photo is no caption of it (the photo stays)
    Family("log_in_notice_and_reader_call",
           "<div class='story'><p><img src='/img/quay-lead.jpg' width='800' height='500' alt=''></p><p class='small'>"
           "Have a picture of the storm? Send us your photos</p>{BODY}<div class='bubble'><img src='/img/close.gif' "
           "width='60' height='60'><p class='caption'>You must log in to use Clip and Save</p></div></div>",
           [("/img/quay-lead.jpg", None, None)]),
    # batch 21: a standfirst set as a heading under the lead picture, the picture's alt repeating it
    Family("heading_standfirst_repeating_alt",
           "<div class='story'><div id='lead'><img src='/img/quay-lead.jpg' width='650' height='550' alt='The market "
           "will reopen in spring, the board decided.'></div><div class='clr'></div><h2 class='lead'><span>The market "
           "will reopen in spring, the board decided.</span></h2>{BODY}</div>",
           [("/img/quay-lead.jpg", None, None)]),
    # batch 21: beside a floated picture, a bold lead sentence the story runs on from is the story's; a styled
    # line in a block of its own after it, the story's paragraphs below, is the caption
    Family("floated_picture_bold_lead_runs_on",
           "<div class='story'><table><tr><td><img src='/news/quay-web.jpg' align='left' alt='Quay'><b>The harbour "
           "board met on Tuesday to decide how the old fish market is rebuilt after the storms.</b><br><br>The vote "
           "was closer than anyone had expected, members said after the meeting.<br><br>" + PARA[3:-4] +
           "</td></tr></table>{BODY}</div>",
           [("/news/quay-web.jpg", None, None)]),
    Family("floated_picture_caption_block",
           "<div class='story'><img width='222' src='/news/quay-222.jpg' align='left'><p class='p2'><font class='blue'>"
           "■ Boats wait at the quay for the storm to pass.</font></p>{BODY}</div>",
           [("/news/quay-222.jpg", "■ Boats wait at the quay for the storm to pass.", None)]),
    # batches 11 and 15: a QR code to follow the site is no photo; a note on where the story ran is no caption
    # of the picture beside it (the picture stays)
    Family("qr_code_and_publication_note",
           "<div class='story'>{BODY}<figure><img src='/img/cover-issue.jpg' width='600' height='800' alt=''>"
           "<figcaption class='caption'>This article was published with the title \u201cQuay Life\u201d in Example "
           "Monthly.</figcaption></figure><div class='follow'><img src='/img/wechat-qr.png' width='200' height='200'>"
           "<p class='caption'>欢迎扫描左方二维码关注我们的官方微信</p></div></div>",
           [("/img/cover-issue.jpg", None, None)]),
    # batch 13: an author box named in French or German ("auteur", "autor") holds a portrait and a bio, no photo
    Family("author_box_in_other_languages",
           "<div class='story'><p><img src='/img/quay-lead.jpg' width='800' height='500' alt=''></p>{BODY}"
           "<div id='actu_auteur'><img src='/images/team/jane.jpg' alt='Jane Roe'><span class='credit'>Jane Roe</span>"
           "<p class='caption'>Journaliste spécialisée dans la vie du port depuis dix ans.</p></div>"
           "<div class='autor-info-card'><img src='/img/autoren/max.png' width='143' height='143' alt='Max Muster'>"
           "<p class='caption'>Hafen und Markt, das ist meins.</p></div></div>",
           [("/img/quay-lead.jpg", None, None)], lang="fr"),
    # batch 8: a gallery slide's caption box holds a full and a truncated copy of the caption (one shown per screen
    # size): one caption; a caption that repeats its words in one line stays as published
    Family("full_and_truncated_caption_copies",
           "<div class='story'>{BODY}<ul class='gallery'><li class='item'><div class='img-wrap'><img "
           "src='/photos/quay/920x920.jpg' alt=''></div><div class='caption'><div class='caption-full'><div><strong>"
           "Quay Fish Market</strong></div><div>12 Harbour Street</div></div><div class='caption-truncated'><div><strong>"
           "Quay Fish Market</strong></div><div>12 Harbour Street</div></div><span class='credit'>Photo: JANE ROE</span>"
           "</div></li></ul></div>",
           [("/photos/quay/920x920.jpg", "Quay Fish Market 12 Harbour Street", "Photo: JANE ROE")]),
    # batch 16: the site's name spaced out beside the picture (a watermark line) is no caption
    Family("site_name_beside_picture",
           "<div class='story'><p style='text-align: center'><img src='/uploads/quay-2.jpg' width='448' "
           "height='672' alt=''> <span class='wm'>Example Home Net</span></p>{BODY}</div>",
           [("/uploads/quay-2.jpg", None, None)],
           head="<meta property='og:site_name' content='ExampleHome Net'>"),
    # batch 22: <image> is read as <img> by a browser's parser (libxml2 keeps the tag); an SVG's <image> is none
    Family("image_tag_outside_svg",
           "<div class='story'>{BODY}<div class='image right third'><p><image alt='Jane Roe.' width='150' "
           "height='159' src='/assets/news/4308/third_jane-roe.jpg'></p><p class='caption'>Jane Roe at the harbour. "
           "</p><p class='photocred'>PHOTO: EXAMPLE PARTY</p></div>" + PARA + "<svg width='600' height='400'><image "
           "href='/assets/news/chart-harbour.png' width='600' height='400'/></svg></div>",
           [("/assets/news/4308/third_jane-roe.jpg", "Jane Roe at the harbour.", "PHOTO: EXAMPLE PARTY")]),
    # batch 22: a Polish caption box ("podpis zdjęcia") with its copyright in brackets after the caption's span
    Family("podpis_with_bracketed_copyright",
           "<div class='fotoK2 ramka'><img src='/g/lazy_bg.png' data-original='/k/r/5/4f0ad16719055_k2.jpg' "
           "alt='Quay' class='k2 lazy'><p class='podpisZdjecia'><span>Boats on the quay after the storm.</span>   "
           "(&copy; Jane Roe)   </p></div><section class='story'>{BODY}</section>",
           [("/k/r/5/4f0ad16719055_k2.jpg", "Boats on the quay after the storm.", "© Jane Roe")]),
    # batch 22: a pager's and an enlarge button's images beside a gallery's photo are controls, not pictures
    Family("pager_controls_beside_photo",
           "<div class='story'>{BODY}<div class='album'><a href='/media/quay-large.jpg'><img "
           "src='/images/album/enlargePhotoBtn.gif'></a><img src='/media/quay-large.jpg' width='480' height='344' "
           "alt=''><div class='pager'><img src='/images/album/pageNumberLeft.gif'><img "
           "src='/images/album/leftArrow.gif'><img src='/images/album/ico_share.gif'></div></div>" + PARA + "</div>",
           [("/media/quay-large.jpg", None, None)]),
    # batch 22: a gallery's slides, each an uncaptioned picture in a list item, with their captions in a list of
    # their own below (one entry per slide, in order; an empty entry, repeats); the pager's numbers are no captions
    Family("gallery_caption_rail",
           "<div class='story'>{BODY}<div class='gallery'><div class='slides'><ul>"
           + "".join(f"<li><img src='/media/slide-{n}.jpg' alt='' class='photo'></li>" for n in range(1, 5))
           + "</ul></div><div class='pager'>" + "".join(f"<button>{n}</button>" for n in range(1, 5)) + "</div>"
           "<div class='descriptions'><div class='each'><p>The old market hall before the demolition began on "
           "Monday. (JANE ROE/Example Sun)</p></div><div class='each'><p>Workers watch the wrecking ball from the "
           "quay.</p></div><div class='each'></div><div class='each'><p>The old market hall before the demolition "
           "began on Monday. (JANE ROE/Example Sun)</p></div></div></div>" + PARA + "</div>",
           [("/media/slide-1.jpg", "The old market hall before the demolition began on Monday.", "JANE ROE/Example Sun"),
            ("/media/slide-2.jpg", "Workers watch the wrecking ball from the quay.", None),
            ("/media/slide-3.jpg", None, None),
            ("/media/slide-4.jpg", "The old market hall before the demolition began on Monday.",
             "JANE ROE/Example Sun")]),
    # ... and a list of links to other stories after a gallery, entry for entry as many, is no caption list
    Family("gallery_then_story_links",
           "<div class='story'>{BODY}<div class='gallery'><ul>"
           + "".join(f"<li><img src='/media/slide-{n}.jpg' alt=''></li>" for n in range(1, 4))
           + "</ul><ul class='more'>" + "".join(f"<li><a href='/news/{n}'>Harbour board story number {n} of the "
                                                f"week</a></li>" for n in range(1, 4)) + "</ul></div>" + PARA
           + "</div>",
           [(f"/media/slide-{n}.jpg", None, None) for n in range(1, 4)]),
    # batch 22: cards linking to other stories' photo pages ("/photo/....shtml") under a text-only story are teasers,
    # while a picture of the story linking to its own photo page is kept
    Family("cards_linking_to_photo_pages",
           "<div class='story'><a class='enlarge' href='/photo/harbour-market-at-dawn/3337.html'><img "
           "src='/image/i1AvF8AB.jpg' alt=''></a><p class='caption'>The harbour market at dawn.</p>{BODY}</div>"
           "<div class='ft'><ul class='clearfix'>"
           + "".join(f"<li><a href='http://finance.example.com/news/photo/2012/12/28/1420{n}.shtml'><img width='120' "
                     f"height='90' alt='Story {n}' src='/photos/album/s120x90/card{n}.jpg'><em>What the ministers "
                     f"earn, story {n}</em></a></li>" for n in range(1, 5)) + "</ul></div>",
           [("/image/i1AvF8AB.jpg", "The harbour market at dawn.", None)]),
    # batch 23: a picture linking to a viewer page whose query holds its large version, its alt text printed
    # after a line break as the paragraph's last line: the caption (was: a link away, so no picture at all)
    Family("viewer_link_alt_after_break",
           "<div class='story'>{BODY}<p style='text-align: center'><a target='_blank' href='http://www.example.com/"
           "images/html/viewpic.htm?http://img0.example.com/news/1201/17/2655524_1227.jpg&amp;namecode=news'><img "
           "alt='The harbour ferry at dawn' src='http://img0.example.com/news/1201/17/2655524_1227_thumb.jpg'></a><br>"
           "The harbour ferry at dawn</p>" + PARA + "</div>",
           [("http://img0.example.com/news/1201/17/2655524_1227_thumb.jpg", "The harbour ferry at dawn", None)]),
    # batch 23: a notice to readers of old browsers beside an image is the site's service text, not a caption
    Family("browser_notice_beside_picture",
           "<div class='story'>{BODY}<div class='notice'><img src='/images/1409914800.png' width='300' height='120'>"
           "<p class='caption'>Please upgrade your browser</p></div>" + PARA + "</div>",
           []),
    # batch 23: a comment form's captcha inside the story's column is no picture; a form holding the whole story
    # (an ASP.NET page) says nothing about the pictures in it
    Family("captcha_in_comment_form",
           "<div class='news_page'><p><img src='/news/img91163177.jpg' width='400' height='300'></p>{BODY}"
           "<div class='answer'><form action='/comment' method='post'><table><tr><td><img "
           "src='../../scripts/aspam_image.php' width='120' height='60'></td><td><input name='code'></td></tr></table>"
           "</form></div></div>",
           [("/news/img91163177.jpg", None, None)]),
    Family("story_inside_page_form",
           "<form id='aspnetForm' action='default.aspx' method='post'><div class='story'><p><img "
           "src='/news/quay-2012.jpg' width='400' height='300'></p>{BODY}</div></form>",
           [("/news/quay-2012.jpg", None, None)]),
    # batch 23: a labelled credit line, a line break, then the caption, in one paragraph under the picture
    Family("credit_line_break_caption",
           "<h1>Bunt</h1><div class='photo'><img src='http://static.example.ru/news/079/db0b2efc_big.jpg' width='225' "
           "height='168' alt='Bunt'><p>Фото: <a href='/go.php?http://site.example.ua/x.html'>site.example.ua</a><br>"
           "В Днепропетровске – бунт против закрытия больницы</p></div>{BODY}",
           [("http://static.example.ru/news/079/db0b2efc_big.jpg", "В Днепропетровске – бунт против закрытия больницы",
             "Фото: site.example.ua")], lang="ru"),
    # batch 24: the story's bold lead in the paragraph of a floated picture (no text after it there) is no caption
    Family("bold_lead_in_floated_picture_paragraph",
           "<div class='story'><p><a href='/uploads/2012-01/1326799897_quay.jpg' onclick='return hs.expand(this)'>"
           "<img align='left' src='/uploads/2012-01/thumbs/1326799897_quay.jpg' alt='Three ways to rebuild a market'>"
           "</a><strong>Most towns rebuild a market only once a century. But how do they choose the design?</strong>"
           "</p>{BODY}</div>",
           [("/uploads/2012-01/thumbs/1326799897_quay.jpg", None, None)]),
    # ... nor is a row of share buttons after a gallery, as many as its slides
    Family("gallery_then_share_buttons",
           "<div class='story'>{BODY}<div class='gallery'><ul>"
           + "".join(f"<li><img src='/media/slide-{n}.jpg' alt=''></li>" for n in range(1, 4))
           + "</ul><div class='tools'><button>Share on Facebook</button><button>Share on Twitter</button>"
             "<button>Send by email to a friend</button></div></div>" + PARA + "</div>",
           [(f"/media/slide-{n}.jpg", None, None) for n in range(1, 4)]),
    # batch 16: a picture box holding the picture, the caption as loose text and a classed credit span
    Family("loose_caption_beside_classed_credit",
           "<div id='newsAddContent'><div class='articleFoto'><div><img src='http://img.example.pl/nimg/p/2/"
           "Quay_5557817.jpg' alt='The quay after the storm'></div>The quay after the storm, seen from the harbour "
           "wall <span class='fotoSource'>/&copy; Example Media</span></div>{BODY}</div>",
           [("http://img.example.pl/nimg/p/2/Quay_5557817.jpg", "The quay after the storm, seen from the harbour wall",
             "© Example Media")]),
    # batch 17: "资料图" ("file photo") closing the line after the picture marks its caption: after a line break
    # (the line ended by the next paragraph), or alone as loose text after the picture's paragraph
    Family("file_photo_marker_after_break",
           "<table><tr><td id='artibody'><img alt='范冰冰自称愿再加悬赏。(资料图)' src='/gn/images/2012/1/17/3130697.jpg'>"
           "<br>范冰冰表态支持韩寒。(资料图)<p></p>" + PARA * 4 + "</td></tr></table>",
           [("/gn/images/2012/1/17/3130697.jpg", "范冰冰表态支持韩寒。(资料图)", None)], lang="zh"),
    Family("file_photo_marker_as_loose_text",
           "<div class='content'><p align='center'><img border='0' alt='汽车三包规定再征意见' width='550' height='486' "
           "src='/uploads/allimg/120117/1958480.jpg'></p>资料图<p>&nbsp;</p>{BODY}</div>",
           [("/uploads/allimg/120117/1958480.jpg", "资料图", None)], lang="zh"),
    # batch 25: a slider of other stories above the story, each slide's caption opening with a link to its story,
    # is no set of lead pictures
    Family("slider_of_other_stories",
           "<div class='slider-container'><ul id='slider23'>"
           + "".join(f"<li><img src='/images/stories/slide{n}.jpg' alt='Story {n}'><div class='slide-desc'><div "
                     f"class='slide-title'><a href='/index.php?option=com_content&amp;id={n}'>Harbour story {n}</a>"
                     f"</div>What to pack before the ferry leaves, part {n}</div></li>" for n in range(1, 4))
           + "</ul></div><div class='story'><p><img src='/images/stories/quay-lead.jpg' width='400' height='300'></p>"
             "{BODY}</div>",
           [("/images/stories/quay-lead.jpg", None, None)]),
    # batch 25: the line under the picture shows its title attribute (it has no alt): the template's caption
    Family("title_printed_under_picture",
           "<div class='story'>{BODY}<div style='float:left; width:200px;'><a href='#' onclick='open(\"/popup.php?"
           "image=files/pr/2_1326747526.jpg\"); return false;'><img border='0' title='Boats wait at the quay for the "
           "storm to pass' src='/files/pr/mid_thumbs/2_1326747526.jpg' width='200'><br><span style='float:left;'>Boats "
           "wait at the quay for the storm to pass</span></a></div>" + PARA + "</div>",
           [("/files/pr/mid_thumbs/2_1326747526.jpg", "Boats wait at the quay for the storm to pass", None)]),
    # batch 26: an italic date and time under the lead picture is a dateline, not a caption
    Family("dateline_under_picture",
           "<div class='news'><img src='/img/news/2011/12/09/26578_s.jpg' alt='Harbour market to be rebuilt'>"
           "<p class='date'><i>10:11 09 декабря 2011</i></p><h2>Harbour market to be rebuilt</h2>{BODY}</div>",
           [("/img/news/2011/12/09/26578_s.jpg", None, None)]),
    Family("alt_and_title_only",
           "<div class='article-body'>{BODY}<p><img src='/media/quay-wide.jpg' alt='Boats on the quay after the "
           "storm' title='Boats on the quay after the storm' width='800' height='500'></p>" + PARA + "</div>",
           [("/media/quay-wide.jpg", None, None)]),
    # the story's summary set as the line under its lead picture: a standfirst, not the picture's caption
    Family("summary_line_under_lead_picture",
           "<div class='entext'><p class='f_center'><img src='/img/2015/06/19/market_550.jpg' alt='旧鱼市场'><br></p>"
           "<p><font face='宋体'>[摘要：港务委员会周二晚投票决定重建在冬季风暴中受损的旧鱼市场。]</font></p>{BODY}</div>",
           [("/img/2015/06/19/market_550.jpg", None, None)], lang="zh"),
    Family("summary_label_in_english_under_picture",
           "<div class='story'><div class='pic'><img src='/img/2024/05/market-lead.jpg' alt='The old fish market'>"
           "</div><p><em>Summary: the harbour board voted on Tuesday to rebuild the old fish market.</em></p>"
           "{BODY}</div>",
           [("/img/2024/05/market-lead.jpg", None, None)]),
    # a theme's banner with a label beside it, and a plugin's rating stars, in the article column: the CMS keeps
    # them in its themes/plugins folders, where no uploaded picture lives
    Family("theme_and_plugin_images_in_the_column",
           "<div class='coverage-banner'><div class='coverage-image'><img src='https://cdn.example.net/wp-content/"
           "themes/harbourpress/img/studio.png'></div><div class='coverage-header'><label>Coverage from our "
           "harbour studio</label></div></div><div class='post-content'><figure class='wp-caption'>"
           f"<img src='{WP}/market.jpg'><figcaption>Stalls at the old fish market.</figcaption></figure>{{BODY}}"
           "<div class='post-ratings'><img src='/wp-content/plugins/wp-postratings/images/stars/rating_on.gif'"
           " alt='1 Star'><img src='/wp-content/plugins/wp-postratings/images/stars/rating_off.gif' alt='2 Stars'>"
           "</div></div>",
           [(f"{WP}/market.jpg", "Stalls at the old fish market.", None)]),
    # the story's lead set in bold under its picture, the story running on in the next paragraph: no caption;
    # a bold line under the next picture is its caption
    Family("lead_in_bold_under_the_picture",
           "<div id='arttext' class='text'><h1>Harbour market to be rebuilt</h1><div class='PHOTOmain'>"
           "<a href='/images/low/market.JPG' rel='lightbox-group1'><img src='/images/engine/market_type12128.jpg' "
           "alt='Harbour market to be rebuilt'></a></div><p><strong>For years the town has argued over whether the "
           "old fish market should be rebuilt where it stood, and on Tuesday the harbour board finally decided.</strong>"
           "</p>{BODY}<div class='PHOTO'><img src='/images/engine/quay_type12128.jpg'></div><p><strong>Boats on the "
           "quay the morning after the storm.</strong></p>" + PARA + "</div>",
           [("/images/engine/market_type12128.jpg", None, None),
            ("/images/engine/quay_type12128.jpg", "Boats on the quay the morning after the storm.", None)]),
    # another story's teaser box set inside the story: its picture, its headline and its "read more" all link to
    # that story; the lead under the picture is the teaser's, not a caption
    Family("teaser_box_inside_the_story",
           "<div class='text textContent'>" + PARA + "<div class='embed embedRight'><div class='boxHeader'><h2>"
           "<a href='https://news.example.com/2024/05/quay-repairs.html'>Quay repairs to start in June</a></h2></div>"
           "<div class='boxBody'><div class='thumbnail'><a href='https://news.example.com/2024/05/quay-repairs.html'>"
           "<img src='/img/2024/05/quay-repairs-C102.jpg' alt='Quay repairs to start in June'></a></div>"
           "<div class='lead'><p>The council will begin repairing the north quay in June, three months later than "
           "planned. <a href='https://news.example.com/2024/05/quay-repairs.html' class='seeMore'>read more</a></p>"
           "</div></div></div>{BODY}</div>",
           []),
    # a picture framed by a one-cell table inside a photo box, linking to a viewer page, its caption the plain
    # line under the table (a 2013 Japanese portal's layout)
    Family("picture_in_one_cell_table_with_line_under_it",
           "<div class='detail-wrap'><div class='photos-left'><div class='photos-main'><table class='photoBg'><tbody>"
           "<tr><td><a href='/hl?a=20240507-0009-pol.view-000'><img src='https://img.example.jp/amd/0009-000-1-view.jpg'"
           " width='186' height='200' alt='Harbour market'></a></td></tr></tbody></table>"
           "<p class='photoOffer'>Can the market reopen before the summer season?</p></div></div>"
           "<p class='detailText'>" + "The harbour board met on Tuesday evening to decide how the old fish market "
           "should be rebuilt.<br>" * 4 + "</p></div>",
           [("https://img.example.jp/amd/0009-000-1-view.jpg", "Can the market reopen before the summer season?", None)]),
    # the headline overlaid on the lead picture, in the picture's box beside its credit: no caption, the credit stays
    Family("headline_overlaid_on_the_lead_picture",
           "<div class='article-header'><div class='header-image'><div class='item-image'><img "
           "src='https://media.example.nl/m/kl2x_wd640.jpg/market.jpg' alt='Harbour market to be rebuilt'></div></div>"
           "<div class='image-overlay'><div class='title'><h1 class='fluid'>Harbour market to be rebuilt</h1></div>"
           "<div class='copyright'><span>Foto: <span class='photographer'>ANP</span></span></div></div></div>"
           "<div class='article-body'>{BODY}</div>",
           [("https://media.example.nl/m/kl2x_wd640.jpg/market.jpg", None, "Foto: ANP")]),
    # ... while a line under the picture that repeats the headline is the editor's caption
    Family("caption_line_repeating_the_headline",
           "<h1>Harbour market to be rebuilt</h1><div class='photo' id='article_photo_1'>"
           "<img src='https://static.example.ua/news/079/market_big.jpg' alt='Harbour market to be rebuilt'>"
           "<p>Фото: <a href='/go.php?https://tv.example.ua/story'>tv.example.ua</a><br>Harbour market to be rebuilt"
           "</p></div>{BODY}",
           [("https://static.example.ua/news/079/market_big.jpg", "Harbour market to be rebuilt",
             "Фото: tv.example.ua")]),
    # the caption in a classed line under the picture, then a line of the same class that is a related story's link
    Family("related_link_in_a_second_caption_line",
           "<div id='artical_real'><p class='detailPic'><img alt='' src='https://res.example.com/2012/0112/market.jpg'>"
           "</p><p class='picIntro'><span>The old fish market (file photo)</span></p><p class='picIntro'><span>Related "
           "&lt;&lt;&lt;<a href='https://news.example.com/photo/detail_2012_01/10/11882758_0.shtml'>Harbour board "
           "members argue over the market's future [photos]</a></span></p>{BODY}</div>",
           # ("(file photo)" closing it is its provenance, a credit, as the blind scrape sets label it)
           [("https://res.example.com/2012/0112/market.jpg", "The old fish market", "file photo")]),
    # a category badge set over the lead picture ("Video games"): the picture's only line, and no caption
    Family("category_badge_over_the_lead_picture",
           "<div class='container_main_image_article'><img src='//cdn.example.com/images/bd/wide-media/5920.jpg' "
           "alt='dedicated picture' class='dedicated'><div class='mask_grey'></div><div class='thumb-cat-container'>"
           "<span class='thumbnail_categorie culture-bgcolor'>Video games</span></div></div>"
           "<div class='article_content'>{BODY}</div>",
           [("//cdn.example.com/images/bd/wide-media/5920.jpg", None, None)]),
    # an author's box after the story: the line under the portrait repeats its alt (the author's handle)
    Family("author_box_line_repeats_alt",
           "<div class='entext'>{BODY}</div><div class='con_2'><div class='con2_r0'>"
           "<p class='col1r0_img'><img src='/img/authors/harbourwatcher.jpg' alt='harbourwatcher'></p>"
           "<p class='con2_author'>harbourwatcher</p><div class='col1r0_txt'><p>Writes about ports and fishing.</p>"
           "</div></div></div>",
           []),
]


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_family(family):
    assert rows(family) == family.expected


def test_base_href_resolves_relative_urls():
    f = Family("base_href", "<div class='story'>{BODY}<figure><img src='images/quay.jpg'><figcaption>The quay"
               "</figcaption></figure></div>", [], head="<base href='https://static.example.org/news/'>",
               url="https://news.example.com/2024/05/harbour.html")
    ledger = Ledger()
    art = extract_html(RawDoc(SourceRef("b.html"), "html", build(f), url=f.url), ExtractConfig(), ledger)
    (fig,) = art.figures
    assert fig.src == "images/quay.jpg"
    assert fig.url == "https://static.example.org/news/images/quay.jpg"


def test_families_cover_at_least_twenty_markups():
    assert len(FAMILIES) >= 20 and len({f.name for f in FAMILIES}) == len(FAMILIES)


def test_story_in_text_runs_beside_short_paragraphs():
    """A story set as text runs between <br>s whose only <p>s are an editor's line and a copyright: the runs
    are the body (was: the page was refused as having too little body text)."""
    runs = "<br><br>".join(["The harbour board met on Tuesday evening to decide how the old fish market should be "
                            "rebuilt after the winter storms."] * 4)
    f = Family("text_runs", "<div class='article-body' itemprop='articleBody'><div class='pic'><img "
               "src='/media/ash.jpg' alt=''><div class='caption'>Ash over the harbour on Thursday.</div></div>"
               + runs + "<p>Editor: Jane Roe</p><p>COPYRIGHT 2015</p></div>", [])
    ledger = Ledger()
    art = extract_html(RawDoc(SourceRef("r.html"), "html", build(f), url=f.url), ExtractConfig(), ledger)
    assert len(art.paragraphs) == 4 and [x.caption for x in art.figures] == ["Ash over the harbour on Thursday."]


def _page_rows(html: str, url: str = "https://news.example.com/2018/02/19/market.html") -> list[tuple]:
    art = extract_html(RawDoc(SourceRef("p.html"), "html", html.encode("utf-8"), url=url), ExtractConfig(), Ledger())
    return [(r["src"], r["caption"], r["credit"]) for r in figure_rows(art, "p")]


_STORY = "<p>The harbour board met on Tuesday evening to decide how the old fish market should be rebuilt.</p>" * 4


def _article_rows(inner: str) -> list[tuple]:
    """The rows of a page whose <article> holds the headline "Harbour market", then inner."""
    return _page_rows(f"<html><head><title>Harbour</title></head><body><article><h1>Harbour market</h1>{inner}"
                      "</article></body></html>")


def test_banner_in_the_site_masthead_is_no_picture_of_the_story():
    """The site's own <header> (a banner linking to an event, the site's tagline under it) is chrome; a header
    that holds the story's headline is the story's, and its picture stays."""
    story = "<p>" + "The harbour board met on Tuesday evening to decide how the old fish market should be rebuilt. " * 6
    masthead = ("<header class='masthead'><div class='bannerDesktop'><a href='https://news.example.com/events/workshops/'>"
                "<img src='https://cdn.example.com/uploads/2018/03/Desktop-Banner-1582x240.jpg'></a></div>"
                "<div><a class='wordmark' href='/'></a><p class='subtitle'>the home of harbour news</p></div></header>")
    hero = ("<header class='hero'><h1>Harbour market to be rebuilt</h1><img src='https://cdn.example.com/uploads/2018/02/"
            "market.jpg'><p class='caption'>Stalls at the old fish market.</p></header>")
    head = "<head><title>Harbour market to be rebuilt | Example</title></head>"
    rows = _page_rows(f"<html>{head}<body>{masthead}<div class='post'>{hero}<div class='text'>{story}</p></div></div>"
                      "</body></html>")
    assert rows == [("https://cdn.example.com/uploads/2018/02/market.jpg", "Stalls at the old fish market.", None)]


def test_chinese_story_in_text_runs_is_found():
    """A Chinese story set as text runs between <br>s, no <p> on the page: its runs have no spaces between words,
    and the page is an article all the same (was: refused as having no paragraph text)."""
    run = "高雄電影節今日在大東藝術文化中心開幕，多部影片的導演與劇組受邀出席，並為氣爆的罹難者及家屬祈福。"
    f = Family("cjk_text_runs", "<div class='news_area'><div class='pic'><img src='/media/news/festival.jpg'>"
               "</div><div class='word'>" + "<br><br>".join([run] * 4) + "</div></div>", [], lang="zh")
    art = extract_html(RawDoc(SourceRef("zh.html"), "html", build(f), url=f.url), ExtractConfig(), Ledger())
    assert len(art.paragraphs) == 4 and art.paragraphs[0] == run
    assert [x.src for x in art.figures] == ["/media/news/festival.jpg"]


def test_story_in_text_runs_beside_a_long_notice():
    """A story set as text runs between <br>s after its headline, and one long <p> (a cookie notice) at the page's
    end: the runs are the story (was: the notice won the paragraph vote and was the article's only paragraph;
    on a real page its picture, far from the notice, was lost too)."""
    runs = "<br><br>".join(["The harbour board met on Tuesday evening to decide how the old fish market should be "
                            "rebuilt after the winter storms."] * 6)
    notice = "<div class='tooltip'><p>" + "This site stores cookies on your computer to remember your settings. " * 7 \
        + "</p><a href='#' class='close'>OK</a></div>"
    page = ("<!doctype html><html><head><title>Harbour</title></head><body><div class='page'><div class='main'>"
            "<div class='article'><h1>Harbour market to be rebuilt</h1><div class='pic'><img src='/media/ash.jpg' "
            f"alt=''><p class='caption'>Ash over the harbour.</p></div><section class='text'>{runs}</section>"
            f"</div></div></div><div class='bar'><div class='box'>{notice}</div></div></body></html>")
    art = extract_html(RawDoc(SourceRef("n.html"), "html", page.encode()), ExtractConfig(), Ledger())
    assert len(art.paragraphs) == 6 and not any("cookies" in p for p in art.paragraphs)
    assert [(x.src, x.caption) for x in art.figures] == [("/media/ash.jpg", "Ash over the harbour.")]


def test_story_in_text_runs_after_a_standfirst():
    """A one-line standfirst in a <p> above a story set as text runs: the runs, though they come second, are the
    story (a standfirst is shorter than any story in <p>s)."""
    runs = "<br><br>".join(["The harbour board met on Tuesday evening to decide how the old fish market should be "
                            "rebuilt after the winter storms."] * 6)
    page = ("<!doctype html><html><head><title>Harbour</title></head><body><div class='head'><h1>Harbour market</h1>"
            "<p>The old fish market will be rebuilt after a close vote of the harbour board on Tuesday evening, its chair "
            "said.</p><span>May 2</span></div>"
            "<div class='doc'><div class='pic'><img src='/media/ash.jpg' alt=''><span class='caption'>Ash over the "
            f"harbour.</span></div>{runs}</div></body></html>")
    art = extract_html(RawDoc(SourceRef("s.html"), "html", page.encode()), ExtractConfig(), Ledger())
    assert len(art.paragraphs) >= 6 and [(x.src, x.caption) for x in art.figures] == [("/media/ash.jpg",
                                                                                      "Ash over the harbour.")]


def test_comments_in_text_runs_after_a_short_story():
    """A short story in <p>s followed by readers' comments set as text runs: the story stays the body, so the
    picture in it is kept and a picture among the comments is not."""
    comment = "<div class='commentBody'>" + "<br><br>".join(
        ["Actually the car analogy was spot on, and the board should have listened to the fishermen first."] * 8) \
        + "<img src='/media/comment-upload.jpg' alt='' width='400' height='300'></div>"
    page = ("<!doctype html><html><head><title>Harbour</title></head><body><h1>Harbour market to be rebuilt</h1>"
            f"<div class='storyBody'><img src='/media/quay.jpg' alt='' width='620' height='400'>{PARA * 3}</div>"
            f"<div class='comments'>{comment}</div></body></html>")
    art = extract_html(RawDoc(SourceRef("c.html"), "html", page.encode()), ExtractConfig(), Ledger())
    assert [x.src for x in art.figures] == ["/media/quay.jpg"]


def test_photo_story_slides_beside_the_lead():
    """A photo story set outside its short text column: the first slide is the og:image, the others are
    figures of the same shape beside it, each captioned. All are the article's; an uncaptioned figure of the
    same shape is not taken on that ground."""
    slide = ("<figure class='gallery--item'><a href='#'><img src='/img/blank.png' data-original='/media/s{n}.jpg' "
             "alt=''></a><figcaption class='gallery--item__caption'>Slide {n} of the harbour at night.</figcaption>"
             "</figure>")
    gallery = "".join(slide.format(n=n) for n in range(1, 4)) + ("<figure class='gallery--item'><a href='#'><img "
                                                                 "src='/media/s9.jpg' alt=''></a></figure>")
    page = (f"<!doctype html><html><head><meta property='og:image' content='https://news.example.com/media/s1.jpg'>"
            f"<title>Harbour</title></head><body><div class='photo-page'><div class='a'><div class='b'><div class='c'>"
            f"<div class='gallery'>{gallery}</div></div></div></div></div>"
            f"<div class='columns'><div class='text-column'><h1>Harbour at night</h1><div class='inner'><div "
            f"class='read'><div class='text'><div class='story'>{PARA * 2}</div></div></div></div></div></div>"
            f"</body></html>")
    ledger = Ledger()
    art = extract_html(RawDoc(SourceRef("g.html"), "html", page.encode(), url="https://news.example.com/g.html"),
                       ExtractConfig(), ledger)
    assert [(x.src, x.caption) for x in art.figures] == [
        (f"/media/s{n}.jpg", f"Slide {n} of the harbour at night.") for n in range(1, 4)]



def _ld_page(shown: str) -> Family:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"image": {"@type": "ImageObject", "url": "https://news.example.com/media/deals.jpg", '
          '"caption": "Dealmakers shake hands over the harbour contract"}}</script>')
    return Family("json_ld_caption", "<div class='lead'><img src='https://news.example.com/media/deals.jpg' "
                  "alt='Dealmakers shake hands over the harbour contract'></div>" + shown
                  + "<div class='article-body'>{BODY}</div>", [], head=ld)


def test_json_ld_caption_only_when_the_page_shows_it():
    """A JSON-LD ImageObject caption is taken only when the page shows that text (CMSs fill it with the alt
    text or a summary nobody sees); shown in an element the structure does not tie to the picture, it is."""
    assert rows(_ld_page("")) == [("https://news.example.com/media/deals.jpg", None, None)]
    shown = "<div class='lead-note'><span>Dealmakers shake hands over the harbour contract</span></div>"
    assert rows(_ld_page(shown)) == [("https://news.example.com/media/deals.jpg",
                                      "Dealmakers shake hands over the harbour contract", None)]


def test_table_of_teasers_gives_no_captions():
    """Thumbnails in a table whose next cell holds a headline link, a date and a teaser: no caption rows
    (batch 16; a caption row of an old layout table holds no link)."""
    row = ("<tr><td class='photo'><img src='/news/images/{n}_small.jpg' width='85px' height='64px'></td><td "
           "class='content'><a href='/news/show/{n}'>Another story number {n} from the region</a> <span "
           "class='date'>05/04, 12:30</span><div>A short teaser of the other story.</div></td></tr>")
    f = Family("teaser_table", "<div class='article-body'>{BODY}<div class='more'>Other news</div><table "
               "class='news-list'>" + "".join(row.format(n=n) for n in range(3)) + "</table></div>", [])
    assert all(caption is None for _, caption, _ in rows(f))



def test_site_names_come_from_og_site_name_and_the_title_tail():
    from corpus.extract.html import _site_names

    assert _site_names("Example News", "Harbour market to be rebuilt | Example Daily") == {"examplenews", "exampledaily"}
    assert _site_names(None, "加拿大邮局开卖龙年邮票_加拿大家园网") == {"加拿大家园网"}
    assert _site_names(None, "Harbour market to be rebuilt") == set()  # no separator: all of it is the headline


def test_watermarks_hidden_between_picture_and_caption():
    """Short texts a page hides against copying, between each picture and its caption (a class that a style
    sheet set in the story sets to display:none, or white <font>), are no caption and no body text: the centred
    line under the picture is (was: the watermark became the caption, or the real caption was lost)."""
    story = _STORY
    pics = ("<p style='text-align:center'><img src='/uploads/market.jpg'> <div class='wm7'>site.example</div></p>"
            "<p style='text-align:center'>Stalls at the old fish market on Tuesday. <span class='wm7'>site</span></p>"
            "<p style='text-align:center'><img src='/uploads/boats.jpg'> <font color='#FFFFFF'>site.example</font></p>"
            "<p style='text-align:center'>Boats in the harbour after the storm.</p>")
    # hidden only on narrow screens: stays
    css = "<style>.wm7 { display: none; } @media (max-width: 400px) { .wide { display:none } }</style>"
    page = (f"<html><head><title>Harbour</title></head><body><div class='article'>{css}"
            f"<h1>Harbour market to be rebuilt</h1>{pics}{story}<p class='wide'>Filed from the harbour today.</p>"
            "</div></body></html>")
    art = extract_html(RawDoc(SourceRef("w.html"), "html", page.encode()), ExtractConfig(), Ledger())
    assert not any("site" in p for p in art.paragraphs) and "Filed from the harbour today." in art.paragraphs
    rows = _page_rows(page)
    assert rows == [("/uploads/market.jpg", "Stalls at the old fish market on Tuesday.", None),
                    ("/uploads/boats.jpg", "Boats in the harbour after the storm.", None)]


def test_caption_in_an_overflow_utility_class_is_shown():
    """A caption span classed with an abbreviated overflow utility ("oy-hidden": clip what overflows) is shown,
    not hidden (was: every caption of a slideshow but the first was read as hidden text and lost)."""
    story = _STORY
    slides = "".join(f"<figure class='rel m0'><picture><img src='/photos/{n}.jpg' alt=''></picture><figcaption>"
                     f"<span class='fs14 c-gray700 oy-hidden mh104px'><span>{text}</span></span>"
                     "<span class='fs13 block'><span>Jane Roe/The Example</span></span></figcaption></figure>"
                     for n, text in ((1, "Stalls at the old fish market."), (2, "Boats in the harbour.")))
    rows = _page_rows("<html><head><title>Harbour</title></head><body><article><h1>Harbour market to be rebuilt</h1>"
                      f"<div class='gallery ox-hidden'>{slides}</div>{story}</article></body></html>")
    assert rows == [("/photos/1.jpg", "Stalls at the old fish market.", "Jane Roe/The Example"),
                    ("/photos/2.jpg", "Boats in the harbour.", "Jane Roe/The Example")]


def test_picture_linking_to_its_attachment_page_is_the_story_s():
    """A CMS links a story's picture to the picture's own viewer page (WordPress: rel="attachment"): that is no
    teaser linking to another story (was: dropped as "image linking to another page", its credit lost); a
    picture linking to another page without that mark still goes."""
    story = _STORY
    box = ("<div class='wp-caption alignright'><a href='https://news.example.com/2018/02/19/market/{name}/' "
           "{rel}><img src='/wp-content/uploads/2018/02/{name}.jpg' width='595' height='397'></a>"
           "<p class='wp-caption-text'>Courtesy of Example Wire</p></div>")
    rows = _page_rows("<html><head><title>Harbour</title></head><body><article><h1>Harbour market to be rebuilt</h1>"
                      + box.format(name="market", rel="rel='attachment wp-att-59943'") + story
                      + box.format(name="other", rel="") + "</article></body></html>")
    assert rows == [("/wp-content/uploads/2018/02/market.jpg", None, "Courtesy of Example Wire")]


def _report_rows(lines: list[str]) -> list[tuple]:
    story = _STORY
    pics = "".join(f"<p><span class='img_wrapper'><img src='/img/{n}.jpg'><span class='after_img'>{line}</span>"
                   "</span></p>" for n, line in enumerate(lines))
    return _page_rows(f"<html><head><title>Harbour</title></head><body><article><h1>Harbour market to be rebuilt</h1>"
                      f"{story}{pics}</article></body></html>")


def test_repeated_caption_lines_of_a_photo_report_stay():
    """A photo report gives each picture its own line beside it, some lines alike ("The march in the city." under
    many pictures): with several different lines on the page they are the pictures' captions (was: every line
    three or more pictures share was dropped as a gallery's title)."""
    march = "The march in the city. © Jane Roe/Example Agency"
    lines = [march, "Stalls at the old market. © John Doe/Example", march, "Boats in the harbour. © Jane Roe/Example",
             march, "The mayor speaks. © Jane Roe/Example", "Flags on the quay. © John Doe/Example"]
    rows = _report_rows(lines)
    assert [r[1] for r in rows] == [line.split(" ©")[0] for line in lines]


def test_one_line_beside_every_picture_is_a_title_not_a_caption():
    """The same line beside every picture, and no other line, is a gallery's or section's title."""
    rows = _report_rows(["Photos of the week"] * 4)
    assert [r[1] for r in rows] == [None] * 4 and len(rows) == 4


def test_declared_body_set_one_div_a_paragraph():
    """A story set one <div> a paragraph, in the element the page declares its article body
    (itemprop="articleBody"), while the only <p>s are a side column's: the declared body is the story, its
    blocks its paragraphs, its picture kept (was: the side column was read as the body and the story's
    pictures dropped as outside it)."""
    sentence = "The harbour board met on Tuesday evening to decide how the old fish market should be rebuilt. "
    story = "".join(f"<div style='text-align: justify;'><span>{sentence * 3}</span></div><div><br></div>"
                    for _ in range(6))
    pic = ("<div class='separator'><a href='https://img.example.com/s1075/market.png'>"
           "<img src='https://img.example.com/w400-h145/market.png' width='400' height='145'></a></div>")
    side = "<aside><div class='widget'>" + "<p>A column on other things, set in its own paragraph here.</p>" * 8 \
        + "</div></aside>"
    page = ("<html><head><title>Harbour</title></head><body><div class='main'><h3>Harbour market</h3>"
            f"<div class='post-body' itemprop='description articleBody'>{story[:len(story) // 2]}{pic}"
            f"{story[len(story) // 2:]}</div></div>{side}</body></html>")
    art = extract_html(RawDoc(SourceRef("b.html"), "html", page.encode()), ExtractConfig(), Ledger())
    assert [f.src for f in art.figures] == ["https://img.example.com/w400-h145/market.png"]
    assert len(art.paragraphs) == 6 and all(p.startswith("The harbour board") for p in art.paragraphs)
    assert art.figures[0].position == 3


def test_numbered_figure_line_above_the_picture_is_its_caption():
    """A caption set above its picture with a numbered figure label ("Figure 1 - ..."), as technical writing
    does, is the picture's caption; an ordinary line above a picture is not (was: no caption)."""
    sentence = "The harbour board met on Tuesday evening to decide how the old fish market should be rebuilt. "
    para = f"<p>{sentence * 3}</p>"
    pic = "<div class='separator'><a href='/uploads/s1075/map-{n}.png'><img src='/uploads/w400/map-{n}.png' width='400'></a></div>"
    story = (para * 2 + "<div><p>" + sentence + "</p><span><br><b><i>Figure 1 - </i></b></span>"
             "<span><b><i>Stalls of the old market</i></b></span></div><div><br></div>"
             "<div><span><b>" + pic.format(n=1) + "</b></span></div>" + para * 2
             + "<div><b>Boats in the harbour at dawn</b></div>" + pic.format(n=2) + para * 2)
    rows = _article_rows(story)
    assert rows == [("/uploads/w400/map-1.png", "Figure 1 - Stalls of the old market", None),
                    ("/uploads/w400/map-2.png", None, None)]


def test_caption_line_named_for_its_credit_is_read_inside():
    """A caption line whose wrapper is named for the credit ("captionLine mediaBox__copyright") but holds a
    caption element and a credit element: caption and credit are read apart (was: the whole line was the
    credit and the picture had no caption)."""
    story = _STORY
    fig = ("<figure class='copytext__box'><div class='copytext__box__picture'><img src='/img/market.jpg'></div>"
           "<div class='mediaBox'><div class='copytext__captionLine mediaBox__copyright'>"
           "<span class='figcaption'>Stalls at the old fish market. </span>"
           "<span class='figcaption__copyright'>Bild &copy; Jane Roe (hr) </span></div></div></figure>")
    rows = _article_rows(story + fig + story)
    assert rows == [("/img/market.jpg", "Stalls at the old fish market.", "Bild © Jane Roe (hr)")]


def test_picture_widget_whose_second_line_is_a_short_source():
    """A picture widget (the picture, then two lines under it) whose second line can only be a source, a short
    capitalised name ("ES", "The Example Standard"), gives caption and credit (was: neither, the second line
    not being a known credit shape); a second line that is a link ("Subscribe") gives nothing."""
    story = _STORY
    widget = ("<div class='sc-a1'><div class='sc-b2'><picture><img src='/img/{n}.jpg' width='960'></picture></div>"
              "<div class='sc-c3'>{line}</div><div class='sc-d4'>{second}</div></div>")
    rows = _article_rows(story + widget.format(n=1, line="Former harbour master Jane Roe", second="ES") + story
                         + widget.format(n=2, line="Thank you for reading the Example Standard today",
                                         second="<a href='/subscribe'>Subscribe</a>") + story)
    assert rows[0] == ("/img/1.jpg", "Former harbour master Jane Roe", "ES")
    assert rows[1][1:] == (None, None)


def test_footnote_marks_and_view_large_link_are_no_caption_text():
    """A magazine figcaption that carries print footnote numbers (<sup><a href="#4">4</a></sup>) and a link to
    the picture's large version, "(View large version)": neither is caption text, and the "(Image credit: X)"
    before them is the credit (was: caption "… (Image", credit "credit: X14 5) (View large version6)")."""
    story = _STORY
    fig = ("<figure><a href='/img/market-large.jpg'><img src='/img/market.jpg'></a>"
           "<sup class='po'><a href='#4'>4</a></sup><figcaption>Stalls at the old fish market. (Image credit: "
           "<a href='https://photos.example.org/'>Jane Roe</a><sup class='po'><a href='#14'>14</a></sup>) "
           "(<a href='/img/market-large.jpg'>View large version</a><sup class='po'><a href='#6'>6</a></sup>)"
           "</figcaption></figure>")
    rows = _article_rows(story + fig + story)
    assert rows == [("/img/market.jpg", "Stalls at the old fish market.", "Image credit: Jane Roe")]


def test_hero_whose_figcaption_holds_only_the_credit_is_kept():
    """A drawing above the story, in a block named like a list ("image-modal"), whose figcaption says only who
    drew it ("Tegning: Jane Roe"): a picture of the story with that credit, as a captioned one is (was: dropped as
    a related thumbnail once its figcaption read as a credit)."""
    story = _STORY
    hero = ("<section class='article__top'><div class='article__image image-modal'><figure class='media'>"
            "<img srcset='/img/drawing-960 960w' alt=''><figcaption><p>Tegning: Jane Roe</p></figcaption>"
            "</figure></div></section>")
    rows = _page_rows(f"<html><head><title>Harbour</title></head><body><main>{hero}<article><h1>Harbour market</h1>"
                      f"{story}</article></main></body></html>")
    assert rows == [("/img/drawing-960", None, "Tegning: Jane Roe")]


def test_show_more_button_after_a_glued_credit_is_no_caption_text():
    """A caption whose credit is glued on after its last sentence, then a "show more" button that unfolds it
    ("Vis mere"): the button is UI text, and the credit splits off (was: neither, the button's words ending
    the caption)."""
    story = _STORY
    fig = ("<figure class='article-image-main'><a href='/img/market.jpg' class='gallery-item'><img src='/img/market.jpg'>"
           "</a><figcaption class='image-caption'><span class='caption-text'>Stalls at the old fish market on a "
           "rainy morning. Jane Roe/Reuters </span><a class='image-caption-btn'>Vis mere</a></figcaption></figure>")
    rows = _article_rows(story + fig + story)
    assert rows == [("/img/market.jpg", "Stalls at the old fish market on a rainy morning.", "Jane Roe/Reuters")]


def test_contributor_element_beside_the_picture_is_its_credit():
    """The photographer's name in an element named for the picture's contributor, after a camera icon and with
    no label ("Jane Roe"): the picture's credit, not its caption (was: read as the caption)."""
    story = _STORY
    top = ("<div class='c-media-top-image'><div class='c-media-top-image__image'><img src='/img/market.jpg'></div>"
           "<div class='c-media-top-image__meta'><div class='c-media-top-image__contributor'><p><span "
           "aria-hidden='true' class='icon icon-camera'></span>Jane Roe</p></div></div></div>")
    rows = _article_rows(top + story)
    assert rows == [("/img/market.jpg", None, "Jane Roe")]


def test_text_link_with_a_preview_picture_is_no_picture_of_the_story():
    """Glossary links in the story's text that carry a picture for a hover card (<a data-image="…" data-url="…">
    Pluto</a>) are words, not pictures of the story (was: one picture a link, its src the linked page)."""
    story = _STORY
    linked = ("<p>Beyond <a tooltip href='/definitions/pluto-3691/' class='tooltip-link' data-title='Pluto' "
              "data-image='https://cdn.example.org/img/pluto.jpg' data-url='/definitions/pluto-3691/'>"
              "<span class='link-wrapper'>Pluto</span></a> the survey found a dwarf planet far out in the dark.</p>")
    fig = "<figure><img src='/img/farout.jpg'><figcaption>The dwarf planet seen by the survey.</figcaption></figure>"
    rows = _page_rows(f"<html><head><title>Far out</title></head><body><article><h1>Far out</h1>{story}{linked}{fig}"
                      f"{story}</article></body></html>")
    assert rows == [("/img/farout.jpg", "The dwarf planet seen by the survey.", None)]


def test_credit_line_that_names_the_photographer_in_bold_before_a_bar():
    """A credit line under the picture that gives the photographer in bold, then a bar, then the caption
    ("<strong>Jane Roe</strong> | Stalls at the old fish market"): credit and caption apart (was: all of it the
    caption)."""
    story = _STORY
    lead = ("<img src='/img/market-730x524.jpg' class='img-fluid wp-post-image' alt='market'>"
            "<div class='row credit-photoleyends py-1'><i class='fas fa-camera'><small class='textcreditlegend'>"
            "<strong>Jane Roe</strong> | Stalls at the old fish market on a rainy morning</small></i></div>")
    rows = _article_rows(f"<div class='single'>{lead}<div class='text-justify'>{story}</div></div>")
    assert rows == [("/img/market-730x524.jpg", "Stalls at the old fish market on a rainy morning", "Jane Roe")]
    # the same line under a picture set loose in the story's column, between the headline and the text
    rows = _page_rows(f"<html><head><title>Harbour</title></head><body><div class='col-lg-8 pb-3'><a href='/city'>City"
                      f"</a><br><h1 class='title-single'>Harbour market</h1><div class='summary'>Stalls move.</div>"
                      f"<div class='row credit-socialmedia'></div>{lead}<div class='text-justify py-3'>{story}</div>"
                      f"</div></body></html>")
    assert rows == [("/img/market-730x524.jpg", "Stalls at the old fish market on a rainy morning", "Jane Roe")]
