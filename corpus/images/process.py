"""images: bytes -> verified, upright, RGB, optionally resized picture without metadata, plus its fingerprints.

Every bad image becomes ImageRejected(reason, detail). Limits are checked on the header before any
pixel is decoded, and do not depend on Pillow's global Image.MAX_IMAGE_PIXELS: while a picture is processed
Pillow's own check is set to images.max_pixels (for frames and tiles it checks later), then put back.
"""
from __future__ import annotations

import hashlib
import io
import logging
import re
import struct
import warnings
import zlib
from contextlib import contextmanager
from dataclasses import dataclass

import imagehash
from PIL import Image, ImageOps, UnidentifiedImageError

from ..config import ImagesConfig
from .metadata import MalformedImage, strip_metadata, strip_png_text
from ..records import ImageInfo
from ..rejects import Reason, Rejected

log = logging.getLogger(__name__)

#: sniffed type -> the only Pillow plugin allowed to open it (never let Pillow guess: EPS runs Ghostscript)
PILLOW_FORMATS = {"jpeg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WEBP", "bmp": "BMP",
                  "tiff": "TIFF", "avif": "AVIF", "ico": "ICO"}
#: formats whose original bytes may be stored unchanged, and the extension they get
CLEAN_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
ENCODERS = {"jpeg": ("JPEG", "jpg"), "webp": ("WEBP", "webp")}
PHASH_SIDE = 128  # pHash looks at 32x32; hashing a 128 px copy is as good and much faster
ORIENTATION_TAG = 0x0112
# What Pillow raises on broken files (seen by fuzzing mutated JPEG/PNG/GIF/WebP/TIFF/AVIF files);
# RuntimeError is the AVIF decoder's "decoding failed"
DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError, struct.error, zlib.error,
                 RuntimeError, Image.DecompressionBombError)


class ImageRejected(Rejected):
    """A picture that cannot go into the dataset."""


@dataclass(slots=True)
class ProcessedImage:
    data: bytes  # the stored bytes: the original when already clean, else the re-encoding
    info: ImageInfo


def sniff_image_type(data: bytes) -> str | None:
    """Image type from magic bytes: jpeg png gif webp bmp tiff svg avif heic ico jxl jp2, or None."""
    head = data[:32]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:2] == b"BM" and head[14:15] in _BMP_DIB_SIZES and head[15:18] == b"\0\0\0":
        return "bmp"  # "BM" alone also starts plain text; the DIB header size makes it a bitmap
    if head[4:8] == b"ftyp":
        return _ftyp_kind(data)
    return "svg" if _looks_like_svg(data[:2048]) else None


_MAGIC = (
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"\x00\x00\x01\x00", "ico"),
    # JPEG XL and JPEG 2000 (bare codestream or in their box container): pictures, only not decoded here
    # (a CDN negotiating formats sends them to browsers that ask), so unsupported, not "not an image"
    (b"\xff\x0a", "jxl"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "jxl"),
    (b"\xff\x4f\xff\x51", "jp2"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "jp2"),
)


_BMP_DIB_SIZES = {bytes([n]) for n in (12, 16, 40, 52, 56, 64, 108, 124)}


def _ftyp_kind(data: bytes) -> str | None:
    """avif or heic from an ISO media file's ftyp box. Its major brand may be the generic image one (mif1,
    msf1: Netflix's AVIF samples have it), and then its compatible brands say which codec it holds."""
    size = int.from_bytes(data[:4], "big")
    brands = [data[8:12]] + [data[i:i + 4] for i in range(16, min(size, 64), 4)]
    if b"avif" in brands or b"avis" in brands:
        return "avif"
    if brands[0] in (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1"):
        return "heic"
    return None


def _looks_like_svg(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html")):
        return False  # an HTML page may hold an inline <svg> icon
    return text.startswith((b"<svg", b"<?xml", b"<!doctype svg", b"<!--")) and b"<svg" in text


def _describe_non_image(data: bytes) -> str:
    """Say what non-image bytes look like, for the reject detail."""
    text = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in text:
        return "HTML page served as an image"
    if text[:1] in (b"{", b"["):
        return "JSON served as an image"
    if text.startswith(b"<"):
        return "XML/markup served as an image"
    return f"unknown magic bytes {data[:8].hex()}"


def process_image(data: bytes, cfg: ImagesConfig) -> ProcessedImage:
    """Verify, orient, convert, resize and fingerprint one picture; raise ImageRejected if it is unusable."""
    kind = _check_bytes(data, cfg)
    with pixel_limit(cfg.max_pixels):
        im = _open_checked(_decoder_bytes(data, kind), kind, cfg)
        try:
            return _process_open(im, data, cfg)
        except Image.DecompressionBombWarning as e:  # a frame or tile above the limit, found while decoding
            raise _bomb_reject(e, cfg.max_pixels) from None
        except DECODE_ERRORS as e:
            raise _decode_reject(e, cfg.max_pixels, data, kind) from None
        finally:
            im.close()


@contextmanager
def pixel_limit(max_pixels: int):
    """Pillow's own decompression-bomb check at the configured limit, as an error, while one picture is
    processed; Pillow's global and the warning filters are put back after it, so other code keeps its own.
    (Both are process-wide, not thread-safe: call process_image from one thread per process, as the pipeline
    does.) Without it a max_pixels above Pillow's 89,478,485 was overruled by Pillow's limit."""
    saved = Image.MAX_IMAGE_PIXELS
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        Image.MAX_IMAGE_PIXELS = max_pixels
        try:
            yield
        finally:
            Image.MAX_IMAGE_PIXELS = saved


def _check_bytes(data: bytes, cfg: ImagesConfig) -> str:
    """Byte-level checks before Pillow sees anything; returns the sniffed type."""
    if not data:
        raise ImageRejected(Reason.IMAGE_NOT_AN_IMAGE, "empty file (0 bytes)")
    if len(data) > cfg.max_bytes:
        raise ImageRejected(Reason.IMAGE_TOO_LARGE, f"{len(data)} bytes > max_bytes {cfg.max_bytes}")
    kind = sniff_image_type(data)
    if kind == "svg":
        raise ImageRejected(Reason.IMAGE_SVG, "SVG vector image")
    if kind is None:
        raise ImageRejected(Reason.IMAGE_NOT_AN_IMAGE, _describe_non_image(data))
    if kind not in PILLOW_FORMATS:
        raise ImageRejected(Reason.IMAGE_UNSUPPORTED, f"{kind} is not decodable here")
    return kind


def _decoder_bytes(data: bytes, kind: str) -> bytes:
    """What Pillow is given: a PNG without its text chunks. They are metadata the stored picture loses anyway,
    and Pillow inflates each compressed one and refuses the whole picture when one holds more than 1 MB
    (ImageMagick keeps a JPEG's XMP, IPTC and clipping paths there as hex). Pillow also took a rotation from
    an XMP text chunk, which browsers do not: the picture is stored as they show it. Only the decoder sees
    this copy; what is stored is made from the published bytes."""
    if kind != "png" or not any(text in data for text in (b"tEXt", b"zTXt", b"iTXt")):
        return data
    try:
        return strip_png_text(data)
    except MalformedImage:
        return data  # a broken chunk structure: Pillow's own verdict on the file as it is


def _open_checked(data: bytes, kind: str, cfg: ImagesConfig) -> Image.Image:
    """Open (header only) with the sniffed plugin, then check size limits before any decoding."""
    im = _open_header(data, kind, cfg.max_pixels)
    w, h = im.size
    if w * h > cfg.max_pixels:
        im.close()
        raise ImageRejected(Reason.IMAGE_BOMB, f"{w}x{h} = {w * h} pixels > max_pixels {cfg.max_pixels}")
    if min(w, h) < cfg.min_side:
        im.close()
        raise ImageRejected(Reason.IMAGE_TOO_SMALL, f"{w}x{h}: a side below min_side {cfg.min_side}")
    if im.format == "PNG":
        # the PNG decoder ignores chunk CRCs; verify() checks them (cheap: no pixel decoding)
        _verify(im, cfg.max_pixels)
        im = _open_header(data, kind, cfg.max_pixels)
    return im


def _verify(im: Image.Image, max_pixels: int) -> None:
    try:
        im.verify()
    except DECODE_ERRORS as e:
        raise _decode_reject(e, max_pixels) from None
    finally:
        im.close()


def _open_header(data: bytes, kind: str, max_pixels: int) -> Image.Image:
    # Pillow checks its pixel limit (set to ours by pixel_limit) inside open(): the same reject as ours, which
    # is checked right after it and also names the picture's size
    try:
        return Image.open(io.BytesIO(data), formats=[PILLOW_FORMATS[kind]])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise _bomb_reject(e, max_pixels) from None
    except UnidentifiedImageError:
        said = _plugin_refusal(data, kind)
        if said.lower().startswith(UNSUPPORTED_VARIANTS):
            raise ImageRejected(Reason.IMAGE_UNSUPPORTED, f"a {kind} this build cannot decode: {said}") from None
        short = _cut_short(data, kind)
        reason = Reason.IMAGE_TRUNCATED if len(data) < 64 or short else Reason.IMAGE_CORRUPT
        raise ImageRejected(reason, f"{kind} magic bytes but no readable {kind} header{short}") from None
    except DECODE_ERRORS as e:
        raise _decode_reject(e, max_pixels, data, kind) from None


# How Pillow's plugins refuse a well-formed file in a variant they do not decode (a 12-bit JPEG, a 16-bit
# float TIFF, a BMP holding a JPEG): an unsupported picture, not a corrupt one
UNSUPPORTED_VARIANTS = ("cannot handle", "unknown pixel mode", "unsupported bmp")


def _plugin_refusal(data: bytes, kind: str) -> str:
    """What the plugin said when it refused the header: Image.open keeps only "cannot identify image file"."""
    factory = Image.OPEN[PILLOW_FORMATS[kind]][0]
    try:
        factory(io.BytesIO(data), None).close()
    except DECODE_ERRORS as e:
        return str(e)
    return ""


def _bomb_reject(e: BaseException, max_pixels: int) -> ImageRejected:
    """Pillow's message names the picture's pixel count and its own threshold (for its error, twice the limit
    it was given): the detail names the count and the configured limit."""
    count = re.search(r"\((\d+) pixels\)", str(e))
    return ImageRejected(Reason.IMAGE_BOMB, f"{count.group(1) + ' pixels' if count else e} > max_pixels {max_pixels}")


def _decode_reject(e: BaseException, max_pixels: int, data: bytes = b"", kind: str = "") -> ImageRejected:
    """Map a decoder exception to truncated / corrupt / bomb."""
    if isinstance(e, Image.DecompressionBombError):
        return _bomb_reject(e, max_pixels)
    text = str(e)
    if text.lower().startswith(UNSUPPORTED_VARIANTS):
        return ImageRejected(Reason.IMAGE_UNSUPPORTED, f"a {kind} this build cannot decode: {text}")
    short = _cut_short(data, kind)
    if isinstance(e, EOFError) or "truncated" in text.lower() or short:
        return ImageRejected(Reason.IMAGE_TRUNCATED, f"{type(e).__name__}: {text}{short}")
    return ImageRejected(Reason.IMAGE_CORRUPT, f"{type(e).__name__}: {text}")


def _cut_short(data: bytes, kind: str) -> str:
    """How a file's own container says it is cut short, or "". Pillow's WebP plugin says only "could not
    create decoder object" for a WebP cut anywhere, where JPEG and PNG decoders say they ran out of data;
    a WebP's RIFF header and chunk headers give the sizes that must be there."""
    if kind != "webp" or len(data) < 12:
        return ""
    declared = 8 + struct.unpack("<I", data[4:8])[0]
    if declared > len(data):
        return f" (cut short: its RIFF header says {declared} bytes, {len(data)} are there)"
    pos = 12
    while pos + 8 <= declared:
        end = pos + 8 + struct.unpack("<I", data[pos + 4:pos + 8])[0]
        if end > declared:
            return f" (cut short: its {data[pos:pos + 4]!r} chunk runs {end - declared} bytes past the end)"
        pos = end + (end & 1)
    if 0 < declared - pos < 8:  # the file ends inside a chunk's 8-byte header
        return f" (cut short: it ends {declared - pos} bytes into a chunk header)"
    return ""


def _process_open(im: Image.Image, data: bytes, cfg: ImagesConfig) -> ProcessedImage:
    original_format = (im.format or "unknown").lower()
    _check_animation(im, cfg)
    stored_size = im.size
    target = _target_size(stored_size, cfg.max_side, cfg.train_size)
    keep = _is_clean(im, data) and target is None
    draft_size = _fit(stored_size, PHASH_SIDE * 2) if keep else target
    if im.format in ("JPEG", "MPO") and draft_size is not None:
        # DCT-domain scaling: decoding at 1/2..1/8 size is far cheaper, and the whole stream is
        # still read, so truncation is still caught. A kept original only needs pixels for pHash.
        im.draft(im.mode, draft_size)
    im.load()
    if keep:
        try:
            return _keep_original(im, data, original_format, stored_size)
        except MalformedImage:
            pass  # a container the stripper cannot walk: re-encode it, which drops its metadata too
    return _reencode(im, data, original_format, target, cfg)


def _check_animation(im: Image.Image, cfg: ImagesConfig) -> None:
    # MPO (camera multi-picture JPEG) reports several frames but is a still photo
    if im.format == "MPO" or not getattr(im, "is_animated", False):
        return
    if cfg.animated == "reject":
        raise ImageRejected(Reason.IMAGE_ANIMATED, f"{im.format} with {getattr(im, 'n_frames', '?')} frames")
    im.seek(0)


def _is_clean(im: Image.Image, data: bytes) -> bool:
    """8-bit RGB JPEG, PNG or WebP, not animated, no transparency, already upright: every stored picture
    decodes to RGB, so a grayscale original is converted rather than kept."""
    if im.format not in CLEAN_FORMATS or im.mode != "RGB":
        return False
    if im.format == "PNG" and data[24:25] != b"\x08":
        return False  # Pillow shows a 16-bit RGB PNG as "RGB"; the IHDR bit depth byte tells the truth
    if getattr(im, "is_animated", False) or "transparency" in im.info:
        return False
    return _orientation(im) in (None, 1)


def _orientation(im: Image.Image) -> int | None:
    try:
        return im.getexif().get(ORIENTATION_TAG)
    except DECODE_ERRORS:  # a broken EXIF block: exif_transpose would fail too; treat as unrotated
        return None


def _target_size(size: tuple[int, int], max_side: int | None,
                 train_size: int | None = None) -> tuple[int, int] | None:
    """Size after shrinking the short side to train_size and the longest side to max_side (pictures are
    never enlarged), or None when no resize is needed."""
    w, h = size
    scale = 1.0
    if train_size and min(w, h) > train_size:
        scale = train_size / min(w, h)
    if max_side and max(w, h) * scale > max_side:
        scale = max_side / max(w, h)
    if scale >= 1.0:
        return None
    return max(1, round(w * scale)), max(1, round(h * scale))


def _fit(size: tuple[int, int], side: int) -> tuple[int, int]:
    w, h = size
    scale = side / max(w, h)
    return max(1, round(w * scale)), max(1, round(h * scale))


def _keep_original(im: Image.Image, data: bytes, original_format: str,
                   size: tuple[int, int]) -> ProcessedImage:
    """The published bytes minus their metadata blocks, a JPEG's thumbnails and anything after the picture's
    end: the same compressed pixels, no EXIF/XMP/IPTC."""
    stored = strip_metadata(data, im.format)
    info = ImageInfo(sha256=hashlib.sha256(stored).hexdigest(), ext=CLEAN_FORMATS[im.format],
                     width=size[0], height=size[1], original_format=original_format,
                     original_bytes=len(data), phash=_phash(im), handling="original",
                     metadata_removed=len(stored) != len(data))
    return ProcessedImage(stored, info)


def _reencode(im: Image.Image, data: bytes, original_format: str, target: tuple[int, int] | None,
              cfg: ImagesConfig) -> ProcessedImage:
    icc = im.info.get("icc_profile")
    mode_before = im.mode
    orientation = _orientation(im)
    if orientation not in (None, 1):
        im = ImageOps.exif_transpose(im)  # upright copy; the tag is dropped (exif is never re-saved)
    rgb = _to_rgb(im)
    turned = orientation in (5, 6, 7, 8)
    if target is not None:
        # target comes from the header size, so every decode path (draft or not) gives the same size
        rgb = rgb.resize(target[::-1] if turned else target, Image.Resampling.LANCZOS)
    out = _encode(rgb, cfg, icc if _profile_still_fits(icc, mode_before) else None)
    info = ImageInfo(sha256=hashlib.sha256(out).hexdigest(), ext=ENCODERS[cfg.format][1],
                     width=rgb.width, height=rgb.height, original_format=original_format,
                     original_bytes=len(data), phash=_phash(rgb),
                     handling="resized" if target is not None else "re-encoded")
    return ProcessedImage(out, info)


# modes whose colours are RGB values: a palette's entries are, and compositing transparency over white or
# dropping alpha keeps the colour space
RGB_FAMILY = {"RGB", "RGBA", "RGBa", "RGBX", "P", "PA"}
ICC_RGB = b"RGB "  # the profile header's data colour space (bytes 16-19)


def _profile_still_fits(icc: bytes | None, mode_before: str) -> bool:
    """The ICC profile still describes the stored RGB pixels: the picture's colours were RGB values and the
    profile is an RGB one. Not after CMYK, grayscale or Lab pixels were converted to RGB: the profile
    describes those colour spaces, and would make a viewer show the new RGB values wrong."""
    return bool(icc) and mode_before in RGB_FAMILY and icc[16:20] == ICC_RGB


def _to_rgb(im: Image.Image) -> Image.Image:
    """8-bit RGB, whatever came in (grayscale, 16-bit, palette, CMYK); transparency composited over white.
    Training code stacks pictures into batches, which needs one channel count for all of them."""
    if im.mode == "RGB" and "transparency" not in im.info:
        return im
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        return _wide_to_l(im).convert("RGB")
    if im.mode in ("1", "L") and "transparency" not in im.info:
        return im.convert("RGB")
    if im.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in im.info:
        rgba = im.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return im.convert("RGB")  # P, CMYK, YCbCr, LAB, HSV


def _wide_to_l(im: Image.Image) -> Image.Image:
    """16/32-bit grayscale -> 8-bit by scaling (a plain convert would clip everything above 255)."""
    brightest = im.getextrema()[1]
    if im.mode.startswith("I;16"):
        top = 65535
    elif im.mode == "F" and brightest <= 1.0:
        top = 1.0  # float samples from 0 to 1, as HDR and scientific tools write them: 255 left them black
    else:  # "I" or "F": scale by the brightest value; data already in 0..255 stays as it is
        top = max(255, brightest)
    wide = im if im.mode in ("I", "F") else im.convert("I")
    return wide.point(lambda v: v * (255.0 / top)).convert("L")


def _encode(im: Image.Image, cfg: ImagesConfig, icc: bytes | None) -> bytes:
    fmt, _ = ENCODERS[cfg.format]
    buf = io.BytesIO()
    params = {"quality": cfg.quality}
    if icc:
        params["icc_profile"] = icc
    im.save(buf, fmt, **params)
    return buf.getvalue()


def _phash(im: Image.Image) -> str:
    """pHash of a small copy: the hash only sees 32x32 anyway."""
    small = im if im.mode == "L" else im.convert("L")
    if max(small.size) > PHASH_SIDE:
        small = small.resize(_fit(small.size, PHASH_SIDE), Image.Resampling.BOX)
    return str(imagehash.phash(small))
