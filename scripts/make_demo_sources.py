"""Write the demo sources' images, the generated articles and EXPECTED.json (deterministic, no network).

    python scripts/make_demo_sources.py [OUT_DIR]     # default: corpus/demo beside this script

The hand-written pages (articles/NN-*.html) and the text scrape are committed as written; this script
paints the pictures they reference (HANDWRITTEN below), adds templated articles (gen-NNN-*.html) with
their pictures, and records what a correct extractor should find in EXPECTED.json. Running it twice
gives identical bytes: fixed seeds, fixed encoder settings, sorted JSON.
"""
from __future__ import annotations

import html
import json
import random
import shutil
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

DEMO_DIR = Path(__file__).resolve().parents[1] / "corpus" / "demo"
N_GENERATED = 110  # enough that validation and test of every config get rows
PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
CONTENT = "content"  # role of an in-article picture; every other role must be ignored by extractors


@dataclass(frozen=True)
class Pic:
    """One picture of a page: how to paint it and what the page says about it."""

    file: str
    w: int
    h: int
    scene: str
    role: str = CONTENT  # content | logo | avatar | ad | pixel | related | video | icon
    caption: str | None = None
    credit: str | None = None
    markup: str = ""  # where the caption lives, as in the realworld labels
    key: str = ""  # pictures with the same key are renderings of one photo (srcset sizes, formats)
    local: bool = True  # False: the saved page kept a remote URL (not saved beside the page)
    alternatives: tuple[str, ...] = ()  # other files in the page that show the same photo


# ---------------------------------------------------------------- painting

PALETTES = {
    "harbour": ((120, 170, 215), (210, 225, 240), (40, 80, 120), (20, 50, 80)),
    "town": ((150, 180, 210), (225, 220, 210), (110, 100, 95), (70, 65, 60)),
    "field": ((135, 185, 230), (230, 235, 240), (90, 140, 60), (50, 90, 35)),
    "night": ((10, 15, 40), (40, 45, 90), (20, 25, 30), (5, 5, 10)),
    "indoor": ((200, 190, 170), (230, 220, 200), (120, 90, 60), (80, 60, 40)),
    "crowd": ((160, 190, 220), (235, 235, 235), (120, 120, 125), (80, 80, 85)),
    "snow": ((100, 150, 210), (200, 220, 240), (235, 240, 245), (200, 210, 225)),
    "storm": ((70, 80, 90), (140, 150, 155), (50, 70, 80), (25, 35, 45)),
}


def seed_of(text: str) -> int:
    """Stable across runs and machines (hash() is salted per process)."""
    return zlib.crc32(text.encode("utf-8"))


def _gradient(w: int, h: int, top, bottom) -> np.ndarray:
    t = np.linspace(0.0, 1.0, h)[:, None, None]
    col = np.array(top, float) * (1 - t) + np.array(bottom, float) * t
    return np.broadcast_to(col, (h, w, 3)).copy()


def _objects(draw: ImageDraw.ImageDraw, scene: str, rng: random.Random, w: int, h: int, horizon: int) -> None:
    """Buildings, trees, boats or people: enough structure to look like a scene, not a test card."""
    for _ in range(rng.randint(4, 9)):
        x = rng.randint(-w // 10, w)
        size = rng.randint(max(8, w // 20), max(12, w // 5))
        shade = tuple(rng.randint(20, 230) for _ in range(3))
        if scene in ("town", "indoor", "snow"):
            draw.rectangle([x, horizon - size * 2, x + size, horizon + h // 12], fill=shade)
        elif scene in ("field", "storm"):
            draw.ellipse([x, horizon - size, x + size, horizon + size // 3], fill=(shade[0] // 3, 90 + shade[1] // 3, 40))
        elif scene == "harbour":
            y = horizon + rng.randint(5, max(6, h // 4))
            draw.polygon([(x, y), (x + size * 2, y), (x + size * 2 - size // 3, y + size // 2), (x + size // 3, y + size // 2)], fill=shade)
        elif scene == "crowd":
            y = horizon + rng.randint(0, max(1, h // 3))
            draw.ellipse([x, y, x + size // 2, y + size // 2], fill=(200, 160, 130))
            draw.rectangle([x - size // 6, y + size // 2, x + size // 2 + size // 6, y + size * 2], fill=shade)
        else:  # night: lit windows and stars
            draw.rectangle([x, horizon - size, x + size // 2, horizon], fill=(230, 200, 90))
            draw.point([(rng.randint(0, w), rng.randint(0, horizon)) for _ in range(30)], fill=(250, 250, 240))


def paint_scene(scene: str, w: int, h: int, key: str, noise: float = 5.0) -> Image.Image:
    """A photo-like picture: sky and ground gradients, a sun or moon, objects, grain; same key, same photo."""
    rng = random.Random(seed_of(key))
    sky_top, sky_low, ground_top, ground_low = PALETTES[scene]
    # paint at a fixed base size so renderings of one key at different sizes show the same scene
    bw, bh = 640, max(160, round(640 * h / w))
    horizon = int(bh * rng.uniform(0.35, 0.65))
    arr = _gradient(bw, bh, sky_top, sky_low)
    arr[horizon:] = _gradient(bw, bh - horizon, ground_top, ground_low)
    # low-frequency mottling, like light and texture across a real surface
    blotch = np.random.default_rng(seed_of(key) + 1).normal(0.0, 7.0, (bh // 64 + 2, bw // 64 + 2))
    blotch_img = Image.fromarray(blotch.astype(np.float32), mode="F").resize((bw, bh), Image.Resampling.BICUBIC)
    arr += np.asarray(blotch_img)[:, :, None]
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(img)
    if scene in ("field", "snow", "storm", "harbour"):
        hills = [(x, horizon - int(bh * 0.08 * (1 + np.sin(x / bw * 6.3 * rng.uniform(0.5, 2.0) + rng.random()))))
                 for x in range(0, bw + 32, 32)]
        draw.polygon([(0, horizon), *hills, (bw, horizon)], fill=tuple(int(c * 0.8) for c in ground_top))
    r = rng.randint(bh // 14, bh // 7)
    cx, cy = rng.randint(r, bw - r), rng.randint(r, max(r + 1, horizon - r))
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(250, 235, 180) if scene != "night" else (230, 230, 210))
    _objects(draw, scene, rng, bw, bh, horizon)
    img = img.filter(ImageFilter.BoxBlur(1)).resize((w, h), Image.Resampling.LANCZOS)
    grain = np.random.default_rng(seed_of(key)).normal(0.0, noise, (h, w, 1))
    return Image.fromarray(np.clip(np.asarray(img, float) + grain, 0, 255).astype(np.uint8))


def paint_chart(w: int, h: int, key: str) -> Image.Image:
    """A simple bar chart: the kind of graphic news pages carry as PNG."""
    rng = random.Random(seed_of(key))
    img = Image.new("RGB", (w, h), (250, 250, 247))
    draw = ImageDraw.Draw(img)
    draw.line([(40, h - 30), (w - 20, h - 30)], fill=(60, 60, 60), width=2)
    draw.line([(40, 20), (40, h - 30)], fill=(60, 60, 60), width=2)
    n = 8
    step = (w - 80) // n
    for i in range(n):
        top = rng.randint(40, h - 60)
        draw.rectangle([50 + i * step, top, 50 + i * step + step * 2 // 3, h - 31], fill=(40, 110, 170))
    return img


def paint_flat(role: str, w: int, h: int, key: str) -> Image.Image:
    """Logos, ads, icons: flat colours and shapes, no grain."""
    rng = random.Random(seed_of(key))
    base = {"logo": (180, 20, 30), "ad": (255, 200, 0), "icon": (30, 120, 200)}.get(role, (90, 90, 90))
    img = Image.new("RGB", (w, h), base)
    draw = ImageDraw.Draw(img)
    for _ in range(4):
        x, y = rng.randint(0, w - 1), rng.randint(0, h - 1)
        draw.rectangle([x, y, x + rng.randint(4, w // 2 + 4), y + rng.randint(4, h // 2 + 4)],
                       fill=tuple(rng.randint(0, 255) for _ in range(3)))
    return img


def paint(pic: Pic) -> Image.Image:
    key = pic.key or pic.file
    if pic.role == "pixel":
        return Image.new("RGB", (1, 1), (255, 255, 255))
    if pic.scene == "chart":
        return paint_chart(pic.w, pic.h, key)
    if pic.scene == "flat":
        return paint_flat(pic.role, pic.w, pic.h, key)
    # grain makes PNG (lossless) photos huge; real PNG photos on news sites are smooth renders anyway
    return paint_scene(pic.scene, pic.w, pic.h, key, noise=0.0 if pic.file.endswith(".png") else 5.0)


def encode(img: Image.Image, path: Path) -> None:
    """Fixed encoder settings per format, so the bytes never change between runs."""
    ext = path.suffix.lower()
    if ext in (".jpg", ".jpeg"):
        img.save(path, "JPEG", quality=72, optimize=True, progressive=False, subsampling=2)
    elif ext == ".png":
        img.quantize(64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            path, "PNG", optimize=False, compress_level=9)
    elif ext == ".webp":
        img.save(path, "WEBP", quality=70, method=4)
    elif ext == ".gif":
        img.convert("P").save(path, "GIF")
    else:
        raise ValueError(f"no encoder for {path.name}")


# ---------------------------------------------------------------- hand-written pages

def _logo(file: str = "logo.png") -> Pic:
    return Pic(file, 180, 40, "flat", "logo", key="demo-news-logo")


FIG = "figure>figcaption"
HANDWRITTEN: dict[str, list[Pic]] = {
    "01-harbour-ferry": [
        _logo(), Pic("avatar-brennan.jpg", 64, 64, "crowd", "avatar"),
        Pic("ferry-arrival.jpg", 800, 533, "harbour", caption="The restored ferry Marigold docks at Port Elsworth quay on Saturday morning, its first crossing in eleven months.",
            credit="Photo: Hanna Lindqvist/Demo News", markup=FIG + " span.credit"),
        Pic("island-queue.jpg", 640, 427, "harbour", caption="Island residents queue with their cars for the return sailing to Skarra.",
            credit="Photo: Hanna Lindqvist/Demo News", markup=FIG + " span.credit"),
        Pic("related-launch.jpg", 160, 100, "harbour", "related"), Pic("related-budget.jpg", 160, 100, "indoor", "related"),
    ],
    "02-library-flood": [
        _logo(),
        Pic("library-tables.jpg", 720, 480, "indoor", caption="Books laid open to dry on trestle tables in the Brackwell community hall on Friday.",
            credit="Marcus Vell / Demo News", markup="div.caption + div.image-credit"),
        Pic("ad-banner.png", 300, 250, "flat", "ad"),
        Pic("fans-basement.jpg", 560, 373, "indoor", caption="Industrial fans run in the library basement, where the water reached thirty centimetres.",
            credit="Marcus Vell / Demo News", markup="span.caption + span.credit"),
        Pic("pixel.gif", 1, 1, "flat", "pixel"),
    ],
    "03-runaway-goat": [
        _logo(),
        Pic("goat-roundabout.jpg", 634, 423, "field", caption="Biscuit the goat stands on the Thornfield roundabout as drivers wait, bringing rush-hour traffic to a halt on Wednesday",
            markup="p.imageCaption (= alt)"),
        Pic("goat-churchporch.jpg", 634, 476, "town", caption="Farm worker Callum Reddy coaxes Biscuit out of the porch of St Aldric's church with a handful of carrots",
            markup="p.imageCaption (= alt)"),
        Pic("goat-home.jpg", 480, 640, "field", caption="Biscuit back in her pen at Hollins Farm on Wednesday afternoon, apparently unrepentant",
            markup="p.imageCaption (= alt)"),
        Pic("puff-sheep.jpg", 154, 115, "field", "related"), Pic("pixel.gif", 1, 1, "flat", "pixel"),
    ],
    "04-bridge-reopening": [
        _logo(),
        Pic("millbeck-bridge-dusk.webp", 720, 480, "night", caption="The rebuilt Millbeck footbridge lit up at dusk on the evening it reopened to walkers and cyclists.",
            markup="json-ld ImageObject.caption"),
        Pic("old-bridge-1998.jpg", 560, 373, "field", caption="The old timber bridge photographed in 1998, two years before the first repairs.",
            credit="Millbeck Heritage Society", markup="json-ld ImageObject.caption + creditText"),
    ],
    "05-orchard-frost": [
        _logo(), Pic("avatar-amberley.jpg", 48, 48, "crowd", "avatar"),
        Pic("orchard-blossom.jpg", 760, 507, "field", caption="Ice coats apple blossom at Greaves Orchard near Wrenvale after temperatures fell to minus four degrees overnight.",
            credit="Photograph: Nadia Sorensen/Demo News", markup="img[data-src] figcaption span.caption-text + span.caption-credit",
            alternatives=("orchard-blossom-400.jpg",)),
        Pic("orchard-blossom-400.jpg", 400, 267, "field", "alternative", key="orchard-blossom.jpg"),
        Pic("sprinklers.jpg", 640, 400, "night", caption="Sprinklers run through the night at Greaves Orchard: a thin layer of ice releases heat as it freezes and protects the flower inside.",
            credit="Photograph: Nadia Sorensen/Demo News", markup="picture>source figcaption span.caption-text",
            alternatives=("sprinklers.webp",)),
        Pic("sprinklers.webp", 640, 400, "night", "alternative", key="sprinklers.jpg"),
        Pic("burners-dawn.jpg", 600, 400, "field", caption="Paraffin burners smoke between the apple rows at dawn on Friday.",
            credit="Photograph: Nadia Sorensen/Demo News", markup="img[data-lazy-src] + noscript, p.wp-caption-text with inline credit"),
    ],
    "06-storm-coast": [
        _logo(),
        Pic("storm-seafront.jpg", 720, 480, "storm", caption="Waves break over the seafront railings at Saltmarsh Bay as Storm Odile comes ashore on Monday, Jan. 26, 2026.",
            credit="AP Photo/Teodor Varga", markup="p.image-caption with (AP Photo/...) credit"),
        Pic("linemen.jpg", 600, 400, "storm", caption="Line workers repair a snapped pole on Route 9 outside Kettering Point on Tuesday morning.",
            credit="AP Photo/Teodor Varga", markup="p.image-caption with (AP Photo/...) credit"),
        Pic("cafe-sandbags.jpg", 520, 390, "town", caption="Rosalind Mbeki stacks sandbags outside her seafront cafe before the evening high tide.",
            credit="Photograph: Ilse Marchetti for Demo News", markup="p.image-caption with 'Photograph:' credit"),
        Pic("avatar-wire.png", 60, 60, "flat", "avatar"),
    ],
    "07-council-budget": [
        _logo(), Pic("avatar-parr.jpg", 64, 64, "crowd", "avatar"),
        Pic("council-chamber.jpg", 720, 480, "indoor", caption="Councillors vote on the 2026-27 budget in the Hollowmere council chamber on Thursday night.",
            credit="Demo News", markup=FIG + " span.credit"),
        Pic("street-lamp.jpg", 400, 600, "night", markup="figure without caption"),
        Pic("ad-sidebar.png", 300, 600, "flat", "ad"),
    ],
    "08-city-marathon": [
        _logo(),
        Pic("marathon-start.jpg", 800, 450, "crowd", caption="The elite field sets off from Castle Square at nine o'clock on Sunday.",
            credit="Photograph: Yusuf Brandt/Demo News", markup=FIG + " with inline 'Photograph:' credit"),
        Pic("pellow-finish.jpg", 500, 700, "crowd", caption="Carys Pellow crosses the finish line on Riverside Walk in a course record of 2:31:08.",
            credit="Photograph: Yusuf Brandt/Demo News", markup=FIG + " with inline 'Photograph:' credit"),
        Pic("abbey-road-oranges.jpg", 600, 400, "crowd", caption="Residents of Abbey Road hand out orange slices to runners passing the twelve-mile mark.",
            credit="Photograph: Leah Dunstan/Demo News", markup=FIG + " with inline 'Photograph:' credit"),
        Pic("thumb-roads.jpg", 120, 80, "town", "related"), Pic("thumb-training.jpg", 120, 80, "crowd", "related"),
        Pic("pixel.gif", 1, 1, "flat", "pixel"),
    ],
    "09-school-robotics": [
        _logo(),
        Pic("robot-arena.jpg", 640, 427, "indoor", caption="The Fernley robot stacks crates during the regional final in Ashby on Saturday.",
            credit="Photo: Imogen Stroud", markup="div.wp-caption p.wp-caption-text, srcset with remote 1280w"),
        Pic("team-workshop.png", 320, 400, "indoor", caption="Anya Delacroix-Moss and team mates adjust the gripper in the school workshop.",
            markup="div.wp-caption p.wp-caption-text"),
        Pic("related-science-fair.jpg", 150, 100, "indoor", "related"),
    ],
    "10-market-prices": [
        _logo(),
        Pic("kelby-market-hall.jpg", 800, 400, "town", caption="Kelby's Victorian market hall, where 42 traders hold stalls, on a weekday morning.",
            credit="Photo: Bram Holloway", markup="hero outside article: span.caption + span.photo-credit"),
        Pic("cheese-stall.jpg", 560, 373, "indoor", caption="Cheesemonger Esther Vance, who has traded in the hall for 26 years, says the new rent would take a third of her profit.",
            credit="Photo: Bram Holloway", markup="div.caption + div.credit"),
        Pic("newsletter-icon.png", 40, 40, "flat", "icon"),
    ],
    "11-museum-whale": [
        _logo(),
        Pic("whale-gallery.jpg", 780, 520, "indoor", caption="The 19-metre fin whale skeleton hangs once more from the roof of the main gallery at Ardlow Museum.",
            credit="Photo: Sabine Orlov/Demo News", markup=FIG + " span.credit"),
        Pic("video-poster.jpg", 640, 360, "indoor", "video"),
        Pic("https://demo-news.example/media/2026/07/pencil-notes-closeup.jpg", 600, 400, "indoor",
            caption="Pencil notes written by Victorian preparators on one of the whale's ribs, found during the restoration.",
            credit="Photo: Ardlow Museum", markup=FIG + " span.credit, image not saved (remote URL)", local=False),
    ],
    "12-comet-observatory": [
        _logo(),
        Pic("comet-night.webp", 700, 466, "night", caption="The comet, a faint green smudge above the society's observatory dome, on the second night of observations.",
            credit="Photo: Theo Marchbank", markup=FIG + " span.credit"),
        Pic("brightness-chart.png", 600, 360, "chart", caption="Predicted brightness of the comet over the next eight weeks.",
            markup="json-ld ImageObject.caption only"),
        Pic("ad-telescope.jpg", 300, 250, "night", "ad"),
    ],
    "13-fr-fete-du-pain": [
        _logo("logo-journal.png"),
        Pic("four-a-bois.jpg", 720, 480, "town", caption="Le boulanger Étienne Marchal sort les premières miches du four à bois installé sur la place du marché, samedi matin.",
            credit="Photo : Léa Fontanel", markup=FIG + " span.credit"),
        Pic("atelier-enfants.jpg", 600, 400, "indoor", caption="Des enfants façonnent leurs propres petits pains lors d'un atelier animé par les apprentis du centre de formation.",
            credit="Photo : Léa Fontanel", markup=FIG + " span.credit"),
    ],
    "14-de-bergbahn": [
        _logo("logo-zeitung.png"),
        Pic("seilbahn-gondel.jpg", 720, 480, "snow", caption="Eine der neuen Gondeln schwebt am Eröffnungstag über dem verschneiten Tal von Oberwaldau.",
            credit="Foto: Miriam Kessler", markup="span.bildunterschrift.caption + span.credit"),
        Pic("bergstation.webp", 480, 640, "snow", caption="Die Bergstation auf 1.920 Metern Höhe wurde aus Lärchenholz aus der Region gebaut.",
            credit="Foto: Miriam Kessler", markup="span.bildunterschrift.caption + span.credit"),
    ],
}
LANGUAGES = {"13-fr-fete-du-pain": "fr", "14-de-bergbahn": "de"}

KEY_FIGURE = {
    "article": "01-harbour-ferry",
    "src": "01-harbour-ferry_files/ferry-arrival.jpg",
    "caption": HANDWRITTEN["01-harbour-ferry"][2].caption,
    "credit": "Photo: Hanna Lindqvist/Demo News",
    "paragraph_before": "About two hundred people lined the harbour wall to watch the vessel come in, many of them "
                        "island residents who had spent the winter relying on a twice-weekly passenger launch.",
    "paragraph_after": "Harbour master Deirdre Cole said the engines had been rebuilt from the shafts up and that "
                       "the hull had been re-plated below the waterline where corrosion was worse than first thought.",
    "position": 2,  # index of the first body paragraph after the image
    "width": 800,
    "height": 533,
}

SCRAPE = {
    "file": "scrapes/canal-boat-festival.txt",
    "headline": "Hundreds of narrowboats crowd the Ashbury canal basin for the first boat festival in a decade as",
    "captions": [
        "Narrowboats moored three deep in the Ashbury canal basin on Saturday morning, as crowds gathered along the towpath for the first festival since 2016",
        "Festival organiser Maureen Tillotson, 71, waves from the roof of her boat Kingfisher, which she has lived aboard for 30 years",
        "A volunteer lock keeper helps a family steer their hired boat through Lock 14, where queues stretched back almost half a mile",
        "The traditional painted roses and castles decorating a cabin door, a style that dates back to the working boats of the 19th century",
        "Children take turns to pull a replica horse-drawn barge along the towpath, a demonstration of how cargo moved before engines",
        "Fireworks explode over the canal basin on Saturday night, with the reflections lighting up the moored boats below",
    ],
}


# ---------------------------------------------------------------- generated pages

TOWNS = ["Ashcombe", "Bramleigh", "Corriemoor", "Dunfield", "Eskerby", "Farrowdale", "Glenholt", "Harwick",
         "Ivybridge Vale", "Kelsford", "Larkmoor", "Midhollow", "Netherby Cross", "Oakhurst", "Pennwater",
         "Quarrendon", "Rookhaven", "Stavely Moor", "Tarnbury", "Upperwick", "Westmere", "Yarrowfield"]
FIRST = ["Abigail", "Bernard", "Chiamaka", "Declan", "Evelyn", "Farid", "Greta", "Hamish", "Ines", "Jerome",
         "Keziah", "Lucian", "Mirela", "Nathaniel", "Orla", "Piotr", "Rosamund", "Sanjay", "Tamsin", "Ulrich",
         "Valentina", "Wilfred", "Xiomara", "Yannick", "Zainab"]
LAST = ["Abernethy", "Blackwood", "Carraway", "Delacourt", "Eversley", "Fairweather", "Goldhawk", "Hargreave",
        "Ingleby", "Jessop", "Kilbride", "Lowther", "Merriweather", "Northcote", "Oyelaran", "Pemberton",
        "Quennell", "Rutherford", "Sallow", "Thorncroft", "Underhill", "Varley", "Whitlock", "Yardley"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ZONES = ["+00:00", "+01:00", "+02:00", "-05:00", "Z"]
SECTIONS = ["Local", "Sport", "Business", "Science", "Environment", "Culture", "Transport", "Health"]

# topic: (scene, headline, paragraphs, captions); captions carry many slots so none is a near-duplicate
TOPICS = {
    "allotments": ("field", "{town} allotment holders win fight to keep their plots",
                   ["Allotment holders in {town} have won a two-year campaign to stop the land behind {place} being sold for housing.",
                    "The council's planning committee voted {n1} to {n2} on {day} to keep the site as growing space for at least another decade.",
                    "{p1}, who has grown leeks and dahlias on plot {n3} since {year}, said the decision was a relief for the {n4} families on the waiting list.",
                    "Developers had offered to build a smaller garden on another site, but members said the soil there had never been worked.",
                    "The society now plans to add a rainwater store and a shared shed for tools."],
                   ["{p1} lifts leeks on plot {n3} at the {town} allotments, which were saved from sale on {day}",
                    "Members of the {town} allotment society gather behind {place} after the planning vote went their way",
                    "Runner beans climb canes on a {town} plot that {p2} has tended for {n5} seasons",
                    "{p2} shows a visitor the compost bays that volunteers built from old pallets near {place}"]),
    "bus": ("town", "Night bus service returns to {town} after {n5}-year gap",
            ["A night bus linking {town} with the county hospital will run again from {day}, {n5} years after the last service was cut.",
             "The route will leave {place} every {n1} minutes between midnight and five in the morning.",
             "Nurses and cleaners who finish late shifts had campaigned for its return, saying taxis cost them up to {n4} pounds a week.",
             "{p1}, who led the campaign, said the service would change lives. \"People have been walking home along an unlit road,\" she said.",
             "The operator said the service would be reviewed after {n2} months."],
            ["The first night bus pulls away from {place} in {town} shortly after midnight on {day}",
             "Campaigner {p1} holds the petition that gathered {n4} signatures for a night service to the hospital",
             "Driver {p2} checks the timetable at the {town} depot before his first overnight shift in {n5} years",
             "Passengers board the late bus outside {place}, where the route begins every {n1} minutes"]),
    "swimming": ("harbour", "Winter swimmers in {town} raise money for lifeboat crew",
                 ["More than {n4} people ran into the sea at {town} on {day} morning for the annual winter swim, raising money for the local lifeboat station.",
                  "The water temperature was measured at {n1} degrees, slightly warmer than last year.",
                  "{p1}, aged {n3}, was the oldest swimmer for the third year running and said the secret was not to think about it.",
                  "Organisers said the event had raised over {n5} thousand pounds, a record.",
                  "Lifeboat crew stood by in the water throughout, and a first aid tent treated two swimmers for mild cold."],
                 ["Swimmers in fancy dress charge into the sea at {town} on {day} for the lifeboat fundraiser",
                  "{p1}, {n3}, the oldest swimmer taking part, wraps up in a towel after leaving the water near {place}",
                  "Lifeboat volunteers keep watch from an inflatable as the {town} winter swimmers head for the shore",
                  "{p2} and {n2} friends dressed as penguins pose on the {town} slipway before their {day} dip"]),
    "bakery": ("town", "{town} bakery celebrates {n5} years on the high street",
               ["The oldest shop on {town} high street, a family bakery by {place}, marked {n5} years of trading on {day}.",
                "{p1}, the fourth generation of the family to run it, still starts work at four in the morning.",
                "Customers queued from dawn for a free slice of the cake that the shop first sold in {year}.",
                "The bakery survived two floods and a fire, and kept baking through both world wars.",
                "{p1} said she had no plans to retire, and that her nephew {p2} was learning the trade."],
               ["{p1} slides a tray of loaves into the oven at the {town} bakery, which opened {n5} years ago",
                "Customers queue along the high street near {place} for a slice of the anniversary cake on {day}",
                "A framed photograph from {year} shows the bakery shopfront with its original hand-painted sign",
                "Apprentice baker {p2} shapes rolls at the {town} counter where the family has worked since {year}"]),
    "river": ("field", "Volunteers clear {n4} bags of rubbish from the river at {town}",
              ["Volunteers pulled {n4} bags of rubbish from the river at {town} on {day}, including {n1} shopping trolleys and a motorbike.",
               "The clean-up, organised by {p1}, covered two miles of bank between {place} and the weir.",
               "Anglers said the river had become noticeably cleaner in the last few years, and that otters had returned.",
               "The environment agency has promised to install a litter boom upstream of {place} this summer.",
               "The next clean-up is planned for the autumn."],
              ["Volunteers haul a rusted shopping trolley from the shallows near {place} in {town} on {day}",
               "{p1}, who organised the clean-up, sorts plastic bottles for recycling on the river bank",
               "Bags of rubbish pulled from two miles of the {town} river wait for collection beside the weir",
               "An angler, {p2}, points to where an otter was seen last month just downstream of {place}"]),
    "concert": ("night", "Open-air concert fills {town} park despite the rain",
                ["About {n4} people braved steady rain on {day} evening for the first open-air concert in {town}'s park since {year}.",
                 "The programme, played by the county youth orchestra, ended with fireworks over {place}.",
                 "Conductor {p1} said the musicians had rehearsed under umbrellas all week.",
                 "Stallholders said takings were lower than hoped, but the council called the night a success.",
                 "Organisers hope to make the concert an annual event."],
                ["The county youth orchestra plays under a canopy in {town} park as rain falls on {day} evening",
                 "Fireworks burst above {place} at the end of the concert, watched by about {n4} people",
                 "Conductor {p1} takes a bow after the final piece, her score protected by a plastic sleeve",
                 "{p2} and a daughter shelter under a golf umbrella on the lawn of {town} park during the {day} concert"]),
    "clinic": ("indoor", "New health centre opens in {town} with {n1} doctors",
               ["A new health centre opened in {town} on {day}, bringing {n1} GP surgeries under one roof beside {place}.",
                "The building also houses a pharmacy, a dentist and rooms for physiotherapy.",
                "Practice manager {p1} said patients would be able to book same-day appointments online from next month.",
                "The old surgeries, some in converted houses, will be sold to help pay for the {n5} million pound project.",
                "Parking has been a concern for residents, and the council has added {n4} spaces nearby."],
               ["Practice manager {p1} shows the waiting area of the new {town} health centre on its first morning",
                "Dr {p2} sees one of the first patients in a consulting room that opened on {day}",
                "The pharmacy counter at the {town} centre, one of several services now under one roof by {place}",
                "The new health centre beside {place}, which replaces {n1} surgeries in converted houses"]),
    "snowfall": ("snow", "Heavy snow cuts off villages around {town}",
                 ["Up to {n1} centimetres of snow fell overnight around {town}, cutting off several villages and closing {n3} schools.",
                  "Gritters worked through the night on the main road past {place}, but side roads remained impassable on {day}.",
                  "Farmer {p1} used a tractor to tow stranded cars and deliver milk to neighbours.",
                  "Forecasters expect a thaw to begin at the weekend, with a risk of flooding as the snow melts.",
                  "The county council has opened a rest centre in the {town} leisure centre."],
                 ["Farmer {p1} tows a stranded car through deep snow on the lane outside {town} on {day}",
                  "A gritter clears the main road past {place} after {n1} centimetres of snow fell overnight",
                  "Children sledge down the hill behind {place} after their school in {town} was closed",
                  "{p2} clears {n1} centimetres of snow from a porch roof in one of the villages cut off near {town}"]),
}
PLACES = ["the old mill", "the railway station", "St Cuthbert's church", "the market cross", "the leisure centre",
          "the war memorial", "the town hall", "the canal bridge", "the cattle market", "the primary school"]
# appended to captions so one template used in two articles never yields near-duplicate captions
MOMENTS = ["shortly after dawn", "as light rain began to fall", "watched by a handful of neighbours",
           "in the late afternoon sun", "while a reporter looked on", "a few minutes before noon",
           "under a heavy grey sky", "as the church clock struck ten", "on a bitterly cold morning",
           "with a crowd gathering behind", "in a break between showers", "just before the light faded",
           "as a train rattled past", "amid a strong westerly wind", "after a long wait", "in warm spring sunshine"]
STYLES = ["figure", "caption_class", "json_ld", "lazy", "tabloid", "inline_credit"]
FORMATS = [".jpg", ".jpg", ".jpg", ".webp", ".png"]
SIZES = [(240, 160), (300, 200), (320, 213), (360, 240), (400, 267), (420, 280), (240, 320), (270, 360)]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def slots(rng: random.Random, i: int) -> dict:
    """All template slots of one generated article."""
    return {"town": TOWNS[i % len(TOWNS)], "place": rng.choice(PLACES), "day": rng.choice(DAYS),
            "p1": person(rng), "p2": person(rng), "n1": rng.randint(4, 30), "n2": rng.randint(2, 9),
            "n3": rng.randint(10, 90), "n4": rng.randint(120, 4000), "n5": rng.randint(3, 60),
            "year": rng.randint(1952, 2019)}


@dataclass
class GenArticle:
    name: str
    url: str
    title: str
    published: str
    author: str
    section: str
    style: str
    paragraphs: list[str]
    pics: list[Pic]
    json_ld: bool


def make_article(i: int) -> GenArticle:
    """Article i: topic, slots, style and pictures all follow from random.Random(i)."""
    rng = random.Random(f"demo-article-{i}")
    topic = list(TOPICS)[i % len(TOPICS)]
    scene, head, paras, caps = TOPICS[topic]
    s = slots(rng, i)
    title = head.format(**s)
    slug = f"{topic}-{s['town'].lower().replace(' ', '-')}-{i:03d}"
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    published = f"2025-{month:02d}-{day:02d}T{rng.randint(6, 22):02d}:{rng.choice(['00', '15', '30', '45'])}:00{rng.choice(ZONES)}"
    name = f"gen-{i:03d}-{slug}"
    photographer = person(rng)
    n_pics = rng.randint(1, 4)
    pics = []
    for k, cap in enumerate(rng.sample(caps, n_pics)):
        w, h = rng.choice(SIZES)
        fname = f"{topic}-{i:03d}-{k + 1}{rng.choice(FORMATS)}"
        captioned = rng.random() > 0.1
        text = f"{cap.format(**s)} {MOMENTS[(i * 5 + k * 3 + rng.randint(0, 1)) % len(MOMENTS)]}"
        # every third article's last picture was not saved with the page (a remote URL, as "save page
        # as" leaves it when a download fails): its caption lands in text_only, in every split
        remote = i % 3 == 0 and k == n_pics - 1 and captioned
        pics.append(Pic(fname, w, h, scene, caption=text if captioned else None,
                        credit=f"Photo: {photographer}" if captioned else None, local=not remote))
    return GenArticle(name, f"https://demo-news.example/2025/{month:02d}/{day:02d}/{slug}", title, published,
                      person(rng), SECTIONS[i % len(SECTIONS)], STYLES[i % len(STYLES)],
                      [p.format(**s) for p in paras], pics,
                      json_ld=(i % 7 != 3 or STYLES[i % len(STYLES)] == "json_ld"))


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def figure_html(a: GenArticle, pic: Pic) -> str:
    """One picture in the article's markup style; captions and credits exactly as in EXPECTED.json."""
    src = f"{a.name}_files/{pic.file}" if pic.local else f"https://demo-news.example/media/{pic.file}"
    size = f'width="{pic.w}" height="{pic.h}"'
    cap, credit = pic.caption, pic.credit
    if cap is None:
        return f'<figure class="inline"><img src="{src}" {size} alt=""></figure>'
    if a.style == "figure":
        return (f'<figure><img src="{src}" {size} alt=""><figcaption>{esc(cap)} '
                f'<span class="credit">{esc(credit)}</span></figcaption></figure>')
    if a.style == "caption_class":
        return (f'<div class="media"><img src="{src}" {size} alt=""><div class="caption">{esc(cap)}</div>'
                f'<div class="credit">{esc(credit)}</div></div>')
    if a.style == "json_ld":
        return f'<p><img src="{src}" {size}></p>'
    if a.style == "lazy":
        return (f'<figure><img class="lazyload" src="{PLACEHOLDER}" data-src="{src}" {size} alt="">'
                f'<noscript><img src="{src}" {size} alt=""></noscript>'
                f'<figcaption>{esc(cap)} <span class="credit">{esc(credit)}</span></figcaption></figure>')
    if a.style == "tabloid":
        return (f'<div class="mol-img-group"><img src="{src}" {size} alt="{esc(cap)}">'
                f'<p class="imageCaption">{esc(cap)}</p></div>')
    return f'<div class="image-block"><img src="{src}" {size} alt=""><p class="image-caption">{esc(cap)}. {esc(credit)}</p></div>'


def expected_pic(a: GenArticle, pic: Pic) -> Pic:
    """What the page really says: tabloid captions carry no credit, json-ld ones name no credit."""
    if pic.caption is None:
        return Pic(pic.file, pic.w, pic.h, pic.scene, markup="figure without caption")
    if a.style in ("tabloid", "json_ld"):
        return Pic(pic.file, pic.w, pic.h, pic.scene, caption=pic.caption, markup=a.style, local=pic.local)
    return Pic(pic.file, pic.w, pic.h, pic.scene, caption=pic.caption, credit=pic.credit, markup=a.style,
               local=pic.local)


def json_ld(a: GenArticle) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
            "datePublished": a.published, "author": {"@type": "Person", "name": a.author},
            "publisher": {"@type": "Organization", "name": "Demo News"}, "articleSection": a.section}
    if a.style == "json_ld":
        data["image"] = [{"@type": "ImageObject", "url": f"https://demo-news.example/media/{p.file}",
                          "width": p.w, "height": p.h, "caption": p.caption}
                         for p in a.pics if p.caption]
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False, sort_keys=True)}</script>\n'


def article_html(a: GenArticle) -> str:
    """A saved page: header logo, body paragraphs with pictures spread between them, footer."""
    slots_at = sorted(random.Random(a.name).sample(range(len(a.paragraphs)), len(a.pics)))
    body = []
    for j, para in enumerate(a.paragraphs):
        body += [figure_html(a, p) for p, at in zip(a.pics, slots_at) if at == j]
        body.append(f"<p>{esc(para)}</p>")
    head = [f"<title>{esc(a.title)} | Demo News</title>", f'<link rel="canonical" href="{a.url}">',
            f'<meta property="og:title" content="{esc(a.title)}">', '<meta property="og:type" content="article">',
            '<meta property="og:site_name" content="Demo News">',
            f'<meta property="article:published_time" content="{a.published}">']
    pixel = f'<img src="{a.name}_files/pixel.gif" width="1" height="1" alt="">\n' if len(a.pics) % 2 else ""
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' + "\n".join(head) + "\n"
            + (json_ld(a) if a.json_ld else "") + "</head>\n<body>\n"
            + f'<header class="site-header"><img class="site-logo" src="{a.name}_files/logo.png" alt="Demo News"></header>\n'
            + f'<article>\n<h1>{esc(a.title)}</h1>\n<p class="byline">By {esc(a.author)}</p>\n<div class="article-body">\n'
            + "\n".join(body) + "\n</div>\n</article>\n" + pixel
            + '<footer><p>&copy; 2025 Demo News. Invented for testing.</p></footer>\n</body>\n</html>\n')


# ---------------------------------------------------------------- writing

def write_pics(out: Path, name: str, pics: list[Pic]) -> None:
    folder = out / "articles" / f"{name}_files"
    folder.mkdir(parents=True, exist_ok=True)
    for pic in pics:
        if pic.local:
            encode(paint(pic), folder / pic.file)


def pic_entry(name: str, pic: Pic) -> dict:
    src = pic.file if not pic.local else f"{name}_files/{pic.file}"
    return {"src": src, "caption": pic.caption, "credit": pic.credit, "width": pic.w, "height": pic.h,
            "local": pic.local, "markup": pic.markup,
            "src_alternatives": [f"{name}_files/{f}" for f in pic.alternatives]}


def article_entry(name: str, pics: list[Pic], language: str) -> dict:
    content = [p for p in pics if p.role == CONTENT]
    return {"language": language,
            "content_images": len(content),
            "captioned_images": sum(p.caption is not None for p in content),
            "images": [pic_entry(name, p) for p in content],
            "ignore": sorted(f"{name}_files/{p.file}" for p in pics if p.role not in (CONTENT, "alternative"))}


def build(out: Path) -> dict:
    """Write every generated file under out and return EXPECTED."""
    articles = {}
    for name, pics in HANDWRITTEN.items():
        write_pics(out, name, pics)
        articles[name] = article_entry(name, pics, LANGUAGES.get(name, "en"))
    generated = [make_article(i) for i in range(1, N_GENERATED + 1)]
    for a in generated:
        page_pics = [_logo(), *a.pics] + ([Pic("pixel.gif", 1, 1, "flat", "pixel")] if len(a.pics) % 2 else [])
        write_pics(out, a.name, page_pics)
        (out / "articles" / f"{a.name}.html").write_text(article_html(a), encoding="utf-8")
        shown = [expected_pic(a, p) for p in a.pics] + [p for p in page_pics if p.role != CONTENT]
        articles[a.name] = article_entry(a.name, shown, "en")
    images = [img for entry in articles.values() for img in entry["images"]]
    return {
        "handwritten": list(HANDWRITTEN),
        "generated": [a.name for a in generated],
        "key_figure": KEY_FIGURE,
        "scrape": SCRAPE,
        "totals": {"articles": len(articles), "content_images": len(images),
                   "captioned_images": sum(i["caption"] is not None for i in images),
                   "local_content_images": sum(i["local"] for i in images)},
        "articles": articles,
    }


def clear_owned(articles: Path) -> None:
    """Remove what an earlier run wrote (generated pages, every picture) so renamed files leave no stale copies."""
    for path in articles.glob("gen-*.html"):
        path.unlink()
    for folder in articles.glob("*_files"):
        shutil.rmtree(folder)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, nargs="?", default=DEMO_DIR, metavar="OUT_DIR",
                    help=f"where to write (default: {DEMO_DIR.relative_to(DEMO_DIR.parents[1])}); its articles/ "
                         "folder loses the generated pages and picture folders of an earlier run")
    out = ap.parse_args(argv).out
    (out / "articles").mkdir(parents=True, exist_ok=True)
    clear_owned(out / "articles")
    expected = build(out)
    text = json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    (out / "EXPECTED.json").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
