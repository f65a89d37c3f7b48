"""The general failure patterns of issue 14, one small made-up page each (invented text, real shapes).

Each pattern was seen on real sites the extractor had never met: the page layout, where the picture's
URL hides, where the caption sits, how the credit is glued on, and the traps that look like figures.
"""
import pytest

from test_extract_markups import PARA, Family, rows

CDN = "https://cdn.example.net/img"

PATTERNS = [
    # ---------------------------------------------------------------- the body
    Family("paragraph_per_component",
           f"<div class='flex flex-col'>"
           f"<figure><img src='{CDN}/quay.jpg'><figcaption>Boats tied up along the quay</figcaption></figure>"
           + "".join(f"<div class='mx-auto max-w-prose tracking-tight'><div class='text-lg leading-7'>{PARA}</div></div>"
                     for _ in range(5)) + "</div>",
           [(f"{CDN}/quay.jpg", "Boats tied up along the quay", None)]),
    Family("tracking_utility_classes",
           "<div class='article-body tracking-normal'>{BODY}<figure class='my-4'><img src='"
           f"{CDN}/net.jpg'><figcaption class='text-sm tracking-wide'>Nets drying on the harbour wall</figcaption>"
           "</figure></div>",
           [(f"{CDN}/net.jpg", "Nets drying on the harbour wall", None)]),
    Family("gallery_first_little_prose",
           "<div class='gallery'>" + "".join(
               f"<figure><img src='{CDN}/g{i}.jpg'><figcaption>Slide {i}: the market hall from the {side} side"
               f"</figcaption></figure>" for i, side in enumerate(("north", "south", "east"), 1))
           + "</div><p>The market reopens on Friday after the repairs.</p>",
           head="<meta property='og:type' content='article'>", expected=[(f"{CDN}/g1.jpg", "Slide 1: the market hall from the north side", None),
            (f"{CDN}/g2.jpg", "Slide 2: the market hall from the south side", None),
            (f"{CDN}/g3.jpg", "Slide 3: the market hall from the east side", None)]),
    # ---------------------------------------------------------------- where the URL hides
    Family("placeholder_gif_lazy_src",
           "{BODY}<figure><img src='/static/t.gif' data-src='" f"{CDN}/crane.jpg'>"
           "<figcaption>A crane over the dock</figcaption></figure>",
           [(f"{CDN}/crane.jpg", "A crane over the dock", None)]),
    Family("placeholder_svg_and_root_src",
           "{BODY}<figure><img src='/assets/fallback.svg' data-original='" f"{CDN}/a.jpg'>"
           "<figcaption>The first boat back</figcaption></figure>"
           "<figure><img src='/' data-lazy-src='" f"{CDN}/b.jpg'><figcaption>The second boat back</figcaption></figure>",
           [(f"{CDN}/a.jpg", "The first boat back", None), (f"{CDN}/b.jpg", "The second boat back", None)]),
    Family("rendition_spans",
           "{BODY}<figure><div class='responsive-image'>"
           f"<span data-src='{CDN}/w400/hall.jpg' data-media='(max-width: 400px)'></span>"
           f"<span data-src='{CDN}/w1200/hall.jpg' data-media='(min-width: 401px)'></span>"
           "<img alt='The hall' src='data:image/gif;base64,R0lGODlhAQABAAAAACw='></div>"
           "<figcaption>The hall before the storm</figcaption></figure>",
           [(f"{CDN}/w400/hall.jpg", "The hall before the storm", None)]),
    Family("hidden_input_url",
           "{BODY}<figure><input type='hidden' class='image-url' value='" f"{CDN}/pier.jpg'>"
           "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' alt=''>"
           "<figcaption>The pier at low tide</figcaption></figure>",
           [(f"{CDN}/pier.jpg", "The pier at low tide", None)]),
    Family("amp_img_without_img",
           "{BODY}<figure><amp-img src='" f"{CDN}/amp.jpg' width='800' height='533' layout='responsive'></amp-img>"
           "<figcaption>Fishermen mend the nets</figcaption></figure>",
           [(f"{CDN}/amp.jpg", "Fishermen mend the nets", None)]),
    Family("noscript_only",
           "{BODY}<figure><div class='lazy'></div><noscript><img src='" f"{CDN}/ns.jpg' alt=''></noscript>"
           "<figcaption>The harbour master's office</figcaption></figure>",
           [(f"{CDN}/ns.jpg", "The harbour master's office", None)]),
    # ---------------------------------------------------------------- photos that were dropped
    Family("lightbox_link_to_large",
           "{BODY}<figure><a class='lightbox' href='" f"{CDN}/large/dock-2000.jpg?w=2000'><img src='"
           f"{CDN}/small/dock-600.jpg'></a><figcaption>The dock at dawn</figcaption></figure>",
           [(f"{CDN}/small/dock-600.jpg", "The dock at dawn", None)]),
    # ---------------------------------------------------------------- captions outside caption markup
    Family("caption_in_small",
           "{BODY}<div class='image'><img src='" f"{CDN}/s1.jpg'><small>Gulls over the fish market</small></div>{{BODY}}",
           [(f"{CDN}/s1.jpg", "Gulls over the fish market", None)]),
    Family("caption_in_em_paragraph",
           "{BODY}<p><img src='" f"{CDN}/e1.jpg'></p><p><em>The new roof, seen from the quay</em></p>" + PARA,
           [(f"{CDN}/e1.jpg", "The new roof, seen from the quay", None)]),
    Family("caption_label_kept",
           "{BODY}<div class='pic'><img src='" f"{CDN}/lbl.jpg'><span>Above: the harbour board in session</span></div>"
           + PARA,
           [(f"{CDN}/lbl.jpg", "Above: the harbour board in session", None)]),
    Family("bold_caption_inside_credit",
           "{BODY}<figure><img src='" f"{CDN}/bl.jpg'><figcaption class='wp-caption-text'><span class='media-credit'>"
           "<strong>Harbour Depot</strong> Jane Roe/Redux</span></figcaption></figure>" + PARA,
           [(f"{CDN}/bl.jpg", "Harbour Depot", "Jane Roe/Redux")]),
    Family("shown_alt_is_caption",
           # the template prints the alt text under the picture; a name under a portrait is no caption
           "{BODY}<div class='f3e0'><picture><img src='" f"{CDN}/alt1.jpg' alt='Police show the recovered jewels'>"
           "</picture></div><div class='f46b'><span>Police show the recovered jewels</span></div>" + PARA
           + "<div><img src='" f"{CDN}/alt2.jpg' alt='Jane Roe'></div><div><span>Jane Roe</span></div>" + PARA,
           [(f"{CDN}/alt1.jpg", "Police show the recovered jewels", None), (f"{CDN}/alt2.jpg", None, None)]),
    Family("fields_box_after_table_wrapped_picture",
           # an older template: the picture in a layout table, then a box holding a credit and a caption field
           "<div class='lead'><div id='single'><table><tbody><tr><td><img src='" f"{CDN}/tb.jpg'></td></tr>"
           "</tbody></table></div><div id='footer'><div class='image-credit'>Jane Roe/Staff Photographer</div>"
           "<div class='image-caption'>The quarterback during practice at the ranch on Tuesday.</div></div></div>"
           "{BODY}",
           [(f"{CDN}/tb.jpg", "The quarterback during practice at the ranch on Tuesday.", "Jane Roe/Staff Photographer")]),
    Family("description_block_is_no_caption",
           # a class named "description" around the story's two paragraphs, near an uncaptioned lead picture
           "<div class='canvas'><div class='article_image'><a href='" f"{CDN}/quake.jpg'><img src='{CDN}/quake.jpg'>"
           "</a></div><div class='description'><p>An earthquake of magnitude 6.3 struck the far east of the country "
           "this morning, the geological survey said. No damage has been reported so far.</p><p>The epicentre lay "
           "339 kilometres north-east of the port town, at a depth of ten kilometres, the survey added.</p></div></div>",
           [(f"{CDN}/quake.jpg", None, None)]),
    Family("lightbox_overlay_copy",
           # the link opens an in-page overlay (rel="#id") holding the large copy, its caption and credit;
           # the caption under the thumbnail shows the credit with its label
           "{BODY}<div class='item'><div class='thumb'><a class='enlarge' rel='#img_7' href='/photo/7.html'>"
           "<span>Enlarge image</span><img src='" f"{CDN}/small7.jpg'></a>"
           "<div class='simple_overlay' id='img_7'><h3>The mayor</h3><img src='" f"{CDN}/large7.jpg' width='640'>"
           "<div class='details'><p class='photographer'>Jane Roe/Agency</p><p class='caption_only'>The mayor "
           "speaks to supporters in the square on Friday.</p></div></div></div><p class='caption'>The mayor speaks "
           "to supporters in the square on Friday. Photographer: Jane Roe/Agency</p></div>{BODY}",
           [(f"{CDN}/small7.jpg", "The mayor speaks to supporters in the square on Friday.",
             "Photographer: Jane Roe/Agency")]),
    Family("tracking_pixel_in_noscript",
           # an analytics script's noscript fallback is no picture; a noscript copy of a lazy photo is
           "{BODY}<script>(function(){var s=1;})();</script><noscript><img src='https://stats.example.org/p?c1=2'>"
           "</noscript><figure><img class='lazy' src='data:image/gif;base64,R0lGOD' data-src='" f"{CDN}/ns.jpg'>"
           "<noscript><img src='" f"{CDN}/ns.jpg'></noscript><figcaption>Fishing boats at dawn</figcaption></figure>",
           [(f"{CDN}/ns.jpg", "Fishing boats at dawn", None)]),
    Family("abbreviated_caption_and_credit_classes",
           # class words shortened to cap / cred, and the Spanish and Catalan "pie de foto" / "peu de foto"
           "<div class='img-box'><img src='" f"{CDN}/cc.jpg' alt='Jane Roe'><a class='expand-link' href='"
           f"{CDN}/orig/cc.jpg'>EXPAND</a><div class='insert cap-cred'><div class='cap'>Jane Roe at the council "
           "meeting</div><div class='cred'>John Doe</div></div></div>{BODY}<div class='foto'><img src='"
           f"{CDN}/pf.jpg'></div><div class='peufotografia'>Pancarta a favor dels refugiats a la plaça | Adrià Costa"
           "</div>{BODY}",
           [(f"{CDN}/cc.jpg", "Jane Roe at the council meeting", "John Doe"),
            (f"{CDN}/pf.jpg", "Pancarta a favor dels refugiats a la plaça", "Adrià Costa")]),
    Family("component_names_in_data_attributes",
           # hashed classes; the component's data-* value names the part; a © and the credit in two spans
           "{BODY}<figure><img src='" f"{CDN}/dk.jpg'><div class='css-swq'><figcaption class='css-1am3' "
           "data-theme-key='photo-credit-figcaption'><span class='css-evm3' data-theme-key='photo-credit-creditor'>"
           "Jane Roe Photography</span></figcaption></div></figure>{BODY}"
           "<figure><img src='" f"{CDN}/sy.jpg'><div class='media__footer'><div class='media__title'><span "
           "data-role='copyright-symbol'>©&nbsp;</span><span data-role='copyright'>Getty Images / John Doe</span>"
           "</div></div></figure>"
           "<figure><img src='" f"{CDN}/fo.jpg'><span class='e_bI' data-dot='media-item-image-caption'><span>Foto: "
           "Jane Roe</span></span><figcaption class='h_gx'><p>Boats wait out the storm in the harbour.</p>"
           "</figcaption></figure>{BODY}",
           [(f"{CDN}/dk.jpg", None, "Jane Roe Photography"), (f"{CDN}/sy.jpg", None, "© Getty Images / John Doe"),
            (f"{CDN}/fo.jpg", "Boats wait out the storm in the harbour.", "Foto: Jane Roe")]),
    Family("plain_line_closed_by_a_credit",
           # hashed classes, no figcaption and no caption style: the line under the picture ends in a credit, which
           # no paragraph of the story does; a line ending in a byline or a sign-up's buttons is no caption
           "<div class='h3f9a'><img class='h77e1' src='" f"{CDN}/pl1.jpg'><p class='h0c2d'>Ferry passengers wait "
           "on the quay after the storm. Pic: © Example News</p>" + PARA + "<div class='h9e0b'><img src='"
           f"{CDN}/pl2.jpg'></div><div class='h41aa'><span>Volunteers sort donations at the hall</span> "
           "<span class='h5d2e'>AP</span></div>" + PARA + "<div><img src='" f"{CDN}/pl3.jpg'></div>"
           "<div><span>by Jane Roe January 29, 2019</span><span>written by Jane Roe / Example Kos</span></div>"
           + PARA + "</div>",
           [(f"{CDN}/pl1.jpg", "Ferry passengers wait on the quay after the storm.", "Pic: © Example News"),
            (f"{CDN}/pl2.jpg", "Volunteers sort donations at the hall", "AP"), (f"{CDN}/pl3.jpg", None, None)]),
    Family("caption_linked_with_its_picture",
           # hashed classes: the picture and its caption both link to the photo's page, the caption closed by its
           # credit; a teaser's thumbnail and headline link to another story the same way, with no credit
           "{BODY}<div class='h1c2'><a href='/news/2014/harbour-jpg/101'><img src='" f"{CDN}/lk1.jpg'></a>"
           "<a href='/news/2014/harbour-jpg/101' class='h3d4'><strong> Photo:</strong> Waves break over the "
           "harbour wall at high tide as the storm reaches the coast on Sunday. <span class='h5e6'>(Reuters: Jane Roe)"
           "</span></a></div>" + PARA
           + "<div class='h1c2'><a href='/news/2014/other-story/202'><img src='" f"{CDN}/lk2.jpg'></a>"
           "<a href='/news/2014/other-story/202' class='h3d4'>Council votes to rebuild the harbour wall</a></div>"
           + PARA,
           [(f"{CDN}/lk1.jpg", "Photo: Waves break over the harbour wall at high tide as the storm reaches the coast "
             "on Sunday.", "Reuters: Jane Roe")]),
    Family("teaser_lines_under_pictures",
           # hashed classes: a video card's running time before its title, a "RELATED:" line, a template's
           # unfilled field and a gallery's kicker ("PHOTOS ...") under a picture are no captions (teasers but the
           # third)
           "{BODY}<div class='h7a1'><img src='" f"{CDN}/vd.jpg'><p class='h7a2'>2:34 Harbour wall gives way in the "
           "night storm</p></div>" + PARA + "<div class='h7a1'><img src='" f"{CDN}/rl.jpg'><p class='h7a2'>RELATED: "
           "Council votes to rebuild the harbour wall</p></div>" + PARA + "<div class='h7a1'><img src='"
           f"{CDN}/tf.jpg'><p class='h7a2'>items.[0].caption</p></div>" + PARA + "<div class='h7a1'><img src='"
           f"{CDN}/ph.jpg'><p class='h7a2'>PHOTOS Storm nights on the harbour wall</p></div>" + PARA,
           [(f"{CDN}/tf.jpg", None, None)]),
    Family("credit_above_caption_below",
           "{BODY}<div class='mx-auto'><span class='block text-sm text-right'>Foto: Jane Roe</span>"
           "<img src='" f"{CDN}/ab.jpg'><div class='text-base'>Dock workers march to the town hall</div></div>" + PARA,
           [(f"{CDN}/ab.jpg", "Dock workers march to the town hall", "Foto: Jane Roe")]),
    Family("caption_pointing_at_pictures",
           # "▲▼ ..." between two pictures captions both: the one above and the one below
           "{BODY}<p style='text-align:center'><img src='" f"{CDN}/up1.jpg'></p>"
           "<p style='text-align:center'>▲▼消防員在港口碼頭搶救漁船。（圖／港務局提供）</p>"
           "<p style='text-align:center'><img src='" f"{CDN}/up2.jpg'></p>" + PARA
           + "<p><img src='" f"{CDN}/up3.jpg'></p><p>▲颱風過後的漁港一片狼藉</p>" + PARA,
           [(f"{CDN}/up1.jpg", "▲▼消防員在港口碼頭搶救漁船。", "圖／港務局提供"),
            (f"{CDN}/up2.jpg", "▲▼消防員在港口碼頭搶救漁船。", "圖／港務局提供"),
            (f"{CDN}/up3.jpg", "▲颱風過後的漁港一片狼藉", None)]),
    # ---------------------------------------------------------------- caption and credit mix-ups
    Family("credit_only_caption_box",
           "{BODY}<figure><img src='" f"{CDN}/c1.jpg'><figcaption>Illustration by Jane Roe</figcaption></figure>"
           "<figure><img src='" f"{CDN}/c2.jpg'><figcaption>Care of the Harbour Trust</figcaption></figure>",
           [(f"{CDN}/c1.jpg", None, "Illustration by Jane Roe"), (f"{CDN}/c2.jpg", None, "Care of the Harbour Trust")]),
    Family("caption_classed_as_attribution",
           "{BODY}<figure><img src='" f"{CDN}/at.jpg'><figcaption class='media-attribution'>"
           "<span class='attribution-text'>Volunteers clear the beach after the storm.</span>"
           "<span class='attribution-source'>Jane Roe</span></figcaption></figure>",
           [(f"{CDN}/at.jpg", "Volunteers clear the beach after the storm.", "Jane Roe")]),
    Family("credit_before_caption",
           "{BODY}<figure><img src='" f"{CDN}/cb.jpg'><figcaption><span class='credit'>Photo: Jane Roe</span>"
           "<span>Lifeboat crews train in the bay</span></figcaption></figure>",
           [(f"{CDN}/cb.jpg", "Lifeboat crews train in the bay", "Photo: Jane Roe")]),
    Family("credit_in_footer",
           "{BODY}<figure><img src='" f"{CDN}/ft.jpg'><figcaption><p>The lighthouse keeper's cottage</p>"
           "<footer>John Doe / Example Agency</footer></figcaption></figure>",
           [(f"{CDN}/ft.jpg", "The lighthouse keeper's cottage", "John Doe / Example Agency")]),
    Family("credit_after_pipe",
           "{BODY}<figure><img src='" f"{CDN}/pp.jpg'><figcaption>Tourists on the promenade | Photo: Jane Roe"
           "</figcaption></figure>",
           [(f"{CDN}/pp.jpg", "Tourists on the promenade", "Photo: Jane Roe")]),
    Family("credit_glued_submitted",
           "{BODY}<figure><img src='" f"{CDN}/gl.jpg'><figcaption>Mary Major, 82, at the opening  Submitted photo"
           "</figcaption></figure>",
           [(f"{CDN}/gl.jpg", "Mary Major, 82, at the opening", "Submitted photo")]),
    # ---------------------------------------------------------------- precision traps
    Family("related_cards_with_figcaption",
           "{BODY}<div class='cards'>" + "".join(
               f"<div class='card'><a href='/news/story-{i}'><figure><img src='{CDN}/t{i}.jpg'>"
               f"<figcaption>Council backs plan number {i} for the seafront</figcaption></figure></a></div>"
               for i in range(6)) + "</div>",
           []),
    Family("house_ad_in_body",
           "{BODY}<figure><img src='" f"{CDN}/promo-box.jpg'><figcaption>Advertisement</figcaption></figure>"
           "<figure><img src='" f"{CDN}/reklama.jpg'><figcaption>Reklama</figcaption></figure>"
           "<figure><img src='" f"{CDN}/guanggao.jpg'><figcaption>广告</figcaption></figure>"
           "<figure><img src='" f"{CDN}/ilan.jpg'><figcaption>إعلان</figcaption></figure>{{BODY}}",
           []),
    Family("promotion_linking_away",
           "{BODY}<figure><a href='https://shop.example.org/magazine?utm_source=news'><img src='"
           f"{CDN}/cover.png'></a><figcaption><a href='https://shop.example.org/magazine?utm_source=news'>Want more "
           "harbour stories? Subscribe to our sister magazine</a> for the best of the coast!</figcaption></figure>"
           "<figure><a href='" f"{CDN}/big/pier.jpg'><img src='{CDN}/pier.jpg'></a><figcaption>Readers who subscribe "
           "to the harbour newsletter gather on the pier</figcaption></figure>{{BODY}}",
           [(f"{CDN}/pier.jpg", "Readers who subscribe to the harbour newsletter gather on the pier", None)]),
    Family("paywall_breaker_picture",
           # a paywall's background art, captioned with the plea: no picture of the story
           "{BODY}<div class='breaker'><img class='breaker-bg' src='" f"{CDN}/plus-bg.png'><p>Unlock this article "
           "— plus in-depth analysis, newsletters and news alerts.</p></div>"
           "<figure><img src='" f"{CDN}/dock.jpg'><figcaption>Volunteers support our lifeboat crew on the dock"
           "</figcaption></figure>{BODY}",
           [(f"{CDN}/dock.jpg", "Volunteers support our lifeboat crew on the dock", None)]),
    Family("blurred_background_copy",
           "<figure class='hero'><div class='hero-bg' style=\"background-image:url('"
           f"{CDN}/lead.jpg')\"><img class='blur' src='{CDN}/lead.jpg?blur=40&w=40'></div>"
           f"<img src='{CDN}/lead.jpg?w=1200'><figcaption>The harbour from the air</figcaption></figure>{{BODY}}",
           [(f"{CDN}/lead.jpg?w=1200", "The harbour from the air", None)]),
    Family("tiny_preview_before_noscript",
           # a 60-pixel, low-quality preview shows until a script swaps in the picture kept in noscript
           "{BODY}<figure><div><div><img src='" f"{CDN}/max/60/pier.jpeg?q=20' width='4896'></div><img width='4896'>"
           f"<noscript><img src='{CDN}/max/2000/pier.jpeg' width='4896'></noscript></div>"
           "<figcaption>The pier at low tide</figcaption></figure>{BODY}",
           [(f"{CDN}/max/2000/pier.jpeg", "The pier at low tide", None)]),
]


# Shapes met while fixing the labeled batches (each general, none tied to a site).
MORE = [
    Family("bem_credit_inside_caption",
           "{BODY}<figure><img src='" f"{CDN}/bem.jpg'><figcaption class='e-caption'><span>Ferries wait out the "
           "storm</span><span class='e-caption__credit'>Jane Roe/Agency</span></figcaption></figure>",
           [(f"{CDN}/bem.jpg", "Ferries wait out the storm", "Jane Roe/Agency")]),
    Family("credit_marked_by_data_attribute",
           "{BODY}<figure><img src='" f"{CDN}/da.jpg'><figcaption><p>Police search the harbour "
           "<span data-caption-author=''> / Jane Roe</span></p></figcaption></figure>",
           [(f"{CDN}/da.jpg", "Police search the harbour", "Jane Roe")]),
    Family("credit_continued_by_distributor",
           "{BODY}<figure><img src='" f"{CDN}/dist.jpg'><figcaption><span class='caption'>The quay at night."
           "</span> <span class='credit'>Photo by Jane Roe</span> /<span class='distributor'>AP</span>"
           "</figcaption></figure>",
           [(f"{CDN}/dist.jpg", "The quay at night.", "Photo by Jane Roe /AP")]),
    Family("figure_footer_credit",
           "{BODY}<figure><img src='" f"{CDN}/ff.jpg'><figcaption>Divers check the hull of the old ferry."
           "</figcaption><footer>Jane Roe/Agency</footer></figure>",
           [(f"{CDN}/ff.jpg", "Divers check the hull of the old ferry.", "Jane Roe/Agency")]),
    Family("unmarked_credit_span_on_picture",
           "{BODY}<figure><div><div><img src='" f"{CDN}/span.jpg'><span class='x1y2'>Getty Images</span></div></div>"
           "<div><figcaption class='z9'>Crowds on the new pier</figcaption></div></figure>",
           [(f"{CDN}/span.jpg", "Crowds on the new pier", "Getty Images")]),
    Family("picture_widget_heading_and_credit",
           "{BODY}<div class='box'><div data-zoom=''><img src='" f"{CDN}/w.jpg'></div>"
           "<h3>Marines at the opening ceremony of the joint exercise, at the harbour yesterday.</h3>"
           "<p>Photo: Agency</p></div>{BODY}",
           [(f"{CDN}/w.jpg", "Marines at the opening ceremony of the joint exercise, at the harbour yesterday.",
             "Photo: Agency")]),
    Family("thumb_wrapper_inside_the_story",
           "{BODY}<div class='thumb_area'><figure><div class='thumb'><img src='" f"{CDN}/th.jpg'></div>"
           "<figcaption><span>The harbour master in 1978</span></figcaption></figure></div>{BODY}",
           [(f"{CDN}/th.jpg", "The harbour master in 1978", None)]),
    Family("teaser_card_linking_its_figure",
           "{BODY}<div class='slider'>" + "".join(
               f"<div class='slide'><a href='/news/other-{i}'><figure><div><div><img src='{CDN}/c{i}.jpg'>"
               f"</div></div><figcaption><span>Headline of story {i}</span></figcaption></figure></a></div>"
               for i in range(4)) + "</div>",
           []),
    Family("microdata_url_of_a_placeholder_img",
           "{BODY}<figure itemscope itemtype='https://schema.org/ImageObject'><div class='holder'>"
           "<meta itemprop='contentUrl' content='" f"{CDN}/md.jpg'>"
           "<img src='data:image/svg+xml,%3Csvg%3E%3C/svg%3E' data-srcs='{&quot;" f"{CDN}/md.jpg&quot;:{{}}}}'></div>"
           "<figcaption>Nets on the quay</figcaption></figure>",
           [(f"{CDN}/md.jpg", "Nets on the quay", None)]),
    Family("icon_sized_by_style",
           "{BODY}<ul><li><a href='/world'><img src='" f"{CDN}/world-section.png' style='width:32px;height:32px'>"
           "<span>World</span></a></li></ul>",
           []),
    Family("gallery_title_shared_by_slides",
           "{BODY}<div class='gal'><ul>" + "".join(f"<li data-original='{CDN}/s{i}.jpg'></li>" for i in range(5))
           + "</ul><p class='caption'>Pictures of the week</p></div>",
           [(f"{CDN}/s{i}.jpg", None, None) for i in range(5)]),
    # ---------------------------------------------------------------- found on batch 7's first contact
    Family("credit_announced_by_a_screen_reader_label",
           "{BODY}<figure><img src='" f"{CDN}/bar.jpg'><figcaption class='text-xs'>Diners at the oyster bar on "
           "Monday. | <span class='sr-only'>Source: </span>Jane Roe/The Example</figcaption></figure>"
           "<figure><img src='" f"{CDN}/jar.jpg'><figcaption><span class='sr-only'>Source: </span>Illustration "
           "by John Doe for The Example</figcaption></figure>",
           [(f"{CDN}/bar.jpg", "Diners at the oyster bar on Monday.", "Jane Roe/The Example"),
            (f"{CDN}/jar.jpg", None, "Illustration by John Doe for The Example")]),
    Family("caption_in_a_small_span_of_the_next_paragraph",
           "{BODY}<div class='embed'><figure><img src='" f"{CDN}/map.png'><figcaption><span class='legend'>"
           "</span></figcaption></figure></div><p></p><p><span style='font-size:smaller'><em>The town is marked "
           "with a red dot on this map.</em></span></p>{BODY}",
           [(f"{CDN}/map.png", "The town is marked with a red dot on this map.", None)]),
    Family("chinese_credit_in_full_width_brackets",
           "{BODY}<div class='photo'><img src='" f"{CDN}/house.jpg'><p class='caption'>下月將拍賣的房子位在市區一帶。"
           "（圖翻攝自網路）</p></div><div class='photo'><img src='" f"{CDN}/fire.jpg'><p class='caption'>"
           "輪胎行清晨發生大火。（圖／中央社）</p></div>",
           [(f"{CDN}/house.jpg", "下月將拍賣的房子位在市區一帶。", "圖翻攝自網路"),
            (f"{CDN}/fire.jpg", "輪胎行清晨發生大火。", "圖／中央社")]),
    # ---------------------------------------------------------------- found on batch 6's first contact
    Family("chinese_photographer_glued_after_the_last_sentence",
           "{BODY}<figure><img src='" f"{CDN}/fall.jpg'><figcaption>女子從5樓租屋處墬落。王小明攝</figcaption></figure>"
           "<figure><img src='" f"{CDN}/port.jpg'><figcaption>警消趕到現場搶救。 記者陳小華／攝影</figcaption></figure>",
           [(f"{CDN}/fall.jpg", "女子從5樓租屋處墬落。", "王小明攝"),
            (f"{CDN}/port.jpg", "警消趕到現場搶救。", "記者陳小華／攝影")]),
    Family("separator_left_before_a_credit_element",
           "{BODY}<figure><img src='" f"{CDN}/coach.jpg'><figcaption>The coach on the touchline. — "
           "<span class='credit'>Jane Roe / AFP</span></figcaption></figure>",
           [(f"{CDN}/coach.jpg", "The coach on the touchline.", "Jane Roe / AFP")]),
    # ---------------------------------------------------------------- found on batch 8's first contact
    Family("korean_circled_c_copyright",
           "{BODY}<figure><img src='" f"{CDN}/shop.jpg'><figcaption>▲ 백화점 팝업스토어 오픈. ⓒ예시뉴스</figcaption></figure>",
           [(f"{CDN}/shop.jpg", "▲ 백화점 팝업스토어 오픈.", "ⓒ예시뉴스")]),
]


@pytest.mark.parametrize("family", PATTERNS + MORE, ids=lambda f: f.name)
def test_pattern(family):
    assert rows(family) == family.expected
