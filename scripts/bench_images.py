"""Images/s per core: process_image as the build calls it, next to a bare Pillow loop, same run."""
from __future__ import annotations

import dataclasses
import io
import json
import sys
import time
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus.config import ImagesConfig  # noqa: E402
from corpus.images.process import process_image  # noqa: E402

SIZE = (1600, 1067)
MAX_SIDE = 512
VARIANTS = 8  # distinct source photos, cycled


def make_photo(seed: int) -> bytes:
    """A 1600x1067 photo-like JPEG: gradients, shapes, sensor-like noise."""
    w, h = SIZE
    grad = Image.linear_gradient("L").rotate(seed * 40).resize(SIZE)
    noise = Image.effect_noise(SIZE, 20 + seed)
    rgb = Image.merge("RGB", (grad, Image.blend(grad, noise, 0.3), grad.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    draw = ImageDraw.Draw(rgb)
    draw.ellipse((w * 0.1 + seed * 20, h * 0.2, w * 0.5, h * 0.9), fill=(250, 200 - seed * 10, 40))
    draw.rectangle((w * 0.6, h * 0.1, w * 0.9, h * 0.5 + seed * 10), fill=(20, 40, 200))
    buf = io.BytesIO()
    rgb.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def bare_loop(data: bytes, quality: int) -> bytes:
    """The floor: decode (draft) -> resize -> encode, nothing else."""
    im = Image.open(io.BytesIO(data))
    scale = MAX_SIDE / max(im.size)
    size = (round(im.width * scale), round(im.height * scale))
    im.draft("RGB", size)
    out = io.BytesIO()
    im.resize(size, Image.Resampling.LANCZOS).save(out, "JPEG", quality=quality)
    return out.getvalue()


def _rate(fn, photos: list[bytes], n: int) -> float:
    start = time.perf_counter()
    for i in range(n):
        fn(photos[i % len(photos)])
    return n / (time.perf_counter() - start)


def bench_images(n: int) -> dict:
    """images/s on one core for process_image(max_side=512) and for the bare Pillow loop."""
    photos = [make_photo(i) for i in range(VARIANTS)]
    cfg = dataclasses.replace(ImagesConfig(), max_side=MAX_SIDE)
    warm = min(n, VARIANTS)
    _rate(lambda d: process_image(d, cfg), photos, warm)
    _rate(lambda d: bare_loop(d, cfg.quality), photos, warm)
    pipeline = _rate(lambda d: process_image(d, cfg), photos, n)
    bare = _rate(lambda d: bare_loop(d, cfg.quality), photos, n)
    return {"images_per_s_process_image": round(pipeline, 1), "images_per_s_bare_pillow": round(bare, 1),
            "slowdown_vs_bare": round(bare / pipeline, 2), "n": n, "size": f"{SIZE[0]}x{SIZE[1]}",
            "max_side": MAX_SIDE, "target_slowdown": 1.5}


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int, nargs="?", default=200, metavar="N",
                    help="pictures to process, each way (default 200)")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("N must be at least 1")
    print(json.dumps(bench_images(args.n), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
