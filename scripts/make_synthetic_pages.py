#!/usr/bin/env python3
"""Write N synthetic saved news pages (page.html + page_files/ with its photos) into a folder.

    python scripts/make_synthetic_pages.py 3000 /tmp/pages            # 3,000 pages with their pictures
    python scripts/make_synthetic_pages.py 500 /tmp/bare --no-pictures  # pages whose pictures were not saved

Each page looks like a saved real one: ~200 KB of site chrome (navigation, inline style and script), an
article with 1-3 captioned photos (800x533 JPEG, a credit span in each caption) and a site logo. The
same arguments give the same bytes. scripts/bench.py builds its corpora with it.
"""
from __future__ import annotations

import argparse
import io
import random
import sys
from pathlib import Path

WORDS = ("council harbour river festival minister school bridge storm market village election museum "
         "farmers train hospital library mayor volunteers protest concert forest coast winter budget").split()


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def photo_jpeg(rng: random.Random, size: tuple[int, int] = (800, 533)) -> bytes:
    """A distinct photo-like JPEG at a typical news-photo size: gradient sky, shapes, sensor noise."""
    import numpy as np
    from PIL import Image, ImageDraw

    w, h = size
    nrng = np.random.default_rng(rng.randrange(2**32))
    top, bottom = nrng.integers(0, 256, 3), nrng.integers(0, 256, 3)
    ramp = np.linspace(0, 1, h)[:, None, None]
    pixels = (top * (1 - ramp) + bottom * ramp).repeat(w, axis=1)
    pixels += nrng.normal(0, 6, (h, w, 3))
    img = Image.fromarray(pixels.clip(0, 255).astype("uint8"))
    draw = ImageDraw.Draw(img)
    for _ in range(8):
        x, y = rng.randrange(w), rng.randrange(h)
        draw.rectangle((x, y, x + rng.randrange(40, 300), y + rng.randrange(30, 200)),
                       fill=tuple(rng.randrange(256) for _ in range(3)))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85)
    return buf.getvalue()


# site chrome of a real page (navigation, inline scripts and styles, footer links): the real pages in
# shared/realworld average about 200 KB, most of it chrome, and phase 1 pays for reading all of it
CHROME = ("<nav>" + "".join(f'<a href="/section/{i}">Section {i}</a>' for i in range(600)) + "</nav>"
          + "<style>" + ".c{margin:0 auto;padding:4px}" * 1500 + "</style>"
          + "<script>" + "window.dataLayer.push({event: 'view', section: 'news'});" * 1800 + "</script>")


def write_article(folder: Path, i: int, rng: random.Random, pictures: bool = True) -> None:
    name = f"article-{i:06d}"
    files = folder / f"{name}_files"
    if pictures:
        files.mkdir(parents=True, exist_ok=True)
    parts = []
    for f in range(rng.randint(1, 3)):
        photo = photo_jpeg(rng)  # drawn either way: the pages' text does not depend on the flag
        if pictures:
            (files / f"photo{f}.jpg").write_bytes(photo)
        parts.append(f"<p>{sentence(rng, 30)}</p>")
        parts.append(f'<figure><img src="{name}_files/photo{f}.jpg" alt=""><figcaption>{sentence(rng, 12)} '
                     f'<span class="credit">Photo: Staff {i}</span></figcaption></figure>')
    parts.append(f"<p>{sentence(rng, 40)}</p>")
    html = (f'<html lang="en"><head><title>{sentence(rng, 8)}</title>'
            f'<link rel="canonical" href="https://bench.example/{name}">'
            f'<meta property="og:site_name" content="Bench News"></head><body>{CHROME}<header>'
            f'<img src="{name}_files/logo.png" class="logo"></header><article><h1>{sentence(rng, 8)}</h1>'
            f'{"".join(parts)}</article></body></html>')
    (folder / f"{name}.html").write_text(html, encoding="utf-8")


def make_corpus(folder: Path, n: int, start: int = 0, seed: int = 1, pictures: bool = True) -> None:
    """Saved pages article-<start>.html ... article-<start+n-1>.html in folder (the same bytes for the same
    arguments); without pictures, the pages keep their <img> tags but no _files folder is written."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed + start)
    for i in range(start, start + n):
        write_article(folder, i, rng, pictures)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, metavar="N", help="number of pages to write")
    ap.add_argument("out", type=Path, metavar="DIR", help="folder to write them into (created if missing)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--start", type=int, default=0, help="number of the first page (to add pages to a folder)")
    ap.add_argument("--no-pictures", action="store_true", help="write the pages without their _files folders")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("N must be at least 1")
    if args.out.exists() and not args.out.is_dir():
        ap.error(f"{args.out} is a file; give a folder")
    make_corpus(args.out, args.n, args.start, args.seed, pictures=not args.no_pictures)
    print(f"wrote {args.n} pages to {args.out}" + (" (without pictures)" if args.no_pictures else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
