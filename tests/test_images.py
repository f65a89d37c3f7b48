"""images stage: hostile and awkward pictures, each pinned to its outcome or reject reason."""
from __future__ import annotations

import dataclasses
import hashlib
import io
import struct
import warnings
import zlib

import pytest
from PIL import Image, ImageDraw

from corpus.config import ImagesConfig
from corpus.images.process import ImageRejected, process_image, sniff_image_type
from corpus.rejects import Reason

CFG = ImagesConfig()


def photo(w: int = 320, h: int = 200, mode: str = "RGB") -> Image.Image:
    """Photo-like content: a gradient with noise, so codecs behave as on real pictures."""
    grad = Image.linear_gradient("L").resize((w, h))
    noise = Image.effect_noise((w, h), 40)
    rgb = Image.merge("RGB", (grad, noise, grad.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    draw = ImageDraw.Draw(rgb)  # shapes give pHash real low-frequency structure
    draw.ellipse((w * 0.1, h * 0.2, w * 0.5, h * 0.9), fill=(250, 200, 40))
    draw.rectangle((w * 0.6, h * 0.1, w * 0.9, h * 0.5), fill=(20, 40, 200))
    return rgb.convert(mode) if mode != "RGB" else rgb


def encode(im: Image.Image, fmt: str, **params) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **params)
    return buf.getvalue()


def reject_reason(data: bytes, cfg: ImagesConfig = CFG) -> Reason:
    with pytest.raises(ImageRejected) as e:
        process_image(data, cfg)
    return e.value.reason


def decode(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def test_clean_jpeg_is_kept_byte_identical():
    data = encode(photo(), "JPEG", quality=85)
    out = process_image(data, CFG)
    assert out.data == data
    assert out.info.sha256 == hashlib.sha256(data).hexdigest()
    assert (out.info.ext, out.info.width, out.info.height) == ("jpg", 320, 200)
    assert out.info.original_format == "jpeg" and out.info.original_bytes == len(data)
    assert len(out.info.phash) == 16


def test_clean_png_is_kept_and_grayscale_becomes_rgb():
    png = encode(photo(), "PNG")
    assert process_image(png, CFG).data == png  # nothing to strip from Pillow's plain PNG
    gray = encode(photo(mode="L"), "JPEG")
    out = process_image(gray, CFG)
    assert out.info.handling == "re-encoded" and decode(out.data).mode == "RGB"


def test_resize_reencodes_with_aspect_and_phash_is_stable():
    data = encode(photo(1600, 1067), "JPEG", quality=90)
    kept = process_image(data, CFG)
    small = process_image(data, dataclasses.replace(CFG, max_side=512))
    assert kept.data == data
    assert (small.info.width, small.info.height) == (512, 341)
    assert decode(small.data).size == (512, 341)
    assert small.info.sha256 == hashlib.sha256(small.data).hexdigest()
    distance = int(kept.info.phash, 16) ^ int(small.info.phash, 16)
    assert bin(distance).count("1") <= 6


def test_webp_output_format():
    data = encode(photo(), "PNG")
    out = process_image(data, dataclasses.replace(CFG, max_side=100, format="webp"))
    assert out.info.ext == "webp" and sniff_image_type(out.data) == "webp"
    assert decode(out.data).size == (100, 62)


def test_exif_rotated_photo_is_stored_upright_without_orientation_tag():
    # stored landscape 300x200, left half red; orientation 6 = rotate 90 degrees clockwise to view
    im = Image.new("RGB", (300, 200), "blue")
    im.paste((255, 0, 0), (0, 0, 150, 200))
    exif = Image.Exif()
    exif[0x0112] = 6
    data = encode(im, "JPEG", quality=95, exif=exif.tobytes())
    out = process_image(data, CFG)
    assert (out.info.width, out.info.height) == (200, 300)
    stored = decode(out.data)
    assert stored.size == (200, 300)
    assert stored.getexif().get(0x0112) in (None, 1)
    # rotated clockwise, the red left half is now on top
    top, bottom = stored.getpixel((100, 40)), stored.getpixel((100, 260))
    assert top[0] > 200 and top[2] < 60 and bottom[2] > 200


def test_exif_rotated_photo_resized_keeps_portrait():
    exif = Image.Exif()
    exif[0x0112] = 8
    data = encode(photo(1200, 800), "JPEG", exif=exif.tobytes())
    out = process_image(data, dataclasses.replace(CFG, max_side=300))
    assert (out.info.width, out.info.height) == (200, 300) == decode(out.data).size


def test_cmyk_jpeg_becomes_rgb():
    data = encode(photo(mode="CMYK"), "JPEG")
    out = process_image(data, CFG)
    assert out.data != data and decode(out.data).mode == "RGB"
    assert out.info.original_format == "jpeg"


def test_16bit_png_is_scaled_not_clipped():
    wide = Image.linear_gradient("L").resize((256, 128)).convert("I").point(lambda v: v * 257)
    data = encode(wide.convert("I;16"), "PNG")
    assert Image.open(io.BytesIO(data)).mode.startswith("I")
    stored = decode(process_image(data, CFG).data)
    assert stored.mode == "RGB"
    lo, hi = stored.convert("L").getextrema()
    assert lo < 20 and hi > 235  # a clipping convert would make nearly everything 255


def test_a_float_tiff_with_samples_from_0_to_1_is_scaled_not_stored_black():
    ramp = Image.linear_gradient("L").resize((256, 128)).convert("F").point(lambda v: v / 255)
    data = encode(ramp, "TIFF")
    assert Image.open(io.BytesIO(data)).mode == "F"
    lo, hi = decode(process_image(data, CFG).data).convert("L").getextrema()
    assert lo < 20 and hi > 235


def test_16bit_rgb_png_is_not_kept_as_is():
    # Pillow cannot write 16-bit RGB PNGs: build one by hand (big-endian samples, filter byte 0 per row)
    np = pytest.importorskip("numpy")
    arr = (np.asarray(photo()).astype("uint16") * 257).byteswap()
    raw = arr.tobytes()
    rows = b"".join(b"\x00" + raw[y * 320 * 6:(y + 1) * 320 * 6] for y in range(200))
    ihdr = struct.pack(">IIBBBBB", 320, 200, 16, 2, 0, 0, 0)
    wide = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", zlib.compress(rows)) \
        + png_chunk(b"IEND", b"")
    assert Image.open(io.BytesIO(wide)).mode == "RGB"
    out = process_image(wide, CFG)
    assert out.data != wide and out.info.ext == "jpg" and decode(out.data).size == (320, 200)


def test_palette_png_with_alpha_is_composited_over_white():
    im = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    im.paste((200, 0, 0, 255), (0, 0, 100, 100))
    data = encode(im.convert("P"), "PNG")
    assert Image.open(io.BytesIO(data)).mode == "P"
    stored = decode(process_image(data, CFG).data)
    assert stored.mode == "RGB"
    assert min(stored.getpixel((150, 50))) > 240  # transparent -> white, not black
    assert stored.getpixel((50, 50))[0] > 150


def srgb_profile() -> bytes:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def with_transparent_corner(im: Image.Image) -> Image.Image:
    rgba = im.convert("RGBA")
    rgba.paste((0, 0, 0, 0), (0, 0, 40, 40))
    return rgba


@pytest.mark.parametrize("source", ["RGBA", "P", "P with transparency"])
def test_an_rgb_profile_stays_when_transparency_or_a_palette_is_flattened_to_rgb(source):
    """Was: the ICC profile was dropped whenever the mode changed, though RGBA->RGB and P->RGB keep the
    colours' RGB values: the re-encoded picture then showed them as sRGB whatever they were."""
    icc = srgb_profile()
    im = {"RGBA": lambda: with_transparent_corner(photo()),
          "P": lambda: photo().convert("P", palette=Image.Palette.ADAPTIVE),
          "P with transparency": lambda: with_transparent_corner(photo()).convert("P")}[source]()
    data = encode(im, "PNG", icc_profile=icc)
    assert Image.open(io.BytesIO(data)).mode == im.mode
    out = process_image(data, CFG)
    assert out.info.handling == "re-encoded"
    assert decode(out.data).mode == "RGB" and decode(out.data).info.get("icc_profile") == icc


def test_a_profile_of_another_colour_space_goes_when_the_pixels_become_rgb():
    # lcms makes no CMYK or gray profile: the sRGB one with its header's data colour space (bytes 16-19)
    # saying CMYK stands for the profile a CMYK JPEG carries
    srgb = srgb_profile()
    cmyk_profile = srgb[:16] + b"CMYK" + srgb[20:]
    for data in (encode(photo(mode="CMYK"), "JPEG", icc_profile=cmyk_profile),
                 encode(photo(mode="L"), "PNG", icc_profile=srgb),  # a grayscale picture: its profile is not RGB's
                 encode(with_transparent_corner(photo()), "PNG", icc_profile=cmyk_profile)):
        out = decode(process_image(data, CFG).data)
        assert out.mode == "RGB" and "icc_profile" not in out.info


def animated_gif() -> bytes:
    frames = [Image.new("RGB", (120, 90), (i * 80, 0, 0)) for i in range(3)]
    return encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)


def test_animated_gif_first_frame_policy():
    out = process_image(animated_gif(), CFG)
    assert out.info.original_format == "gif" and out.info.ext == "jpg"
    assert decode(out.data).size == (120, 90)


def test_animated_gif_reject_policy():
    assert reject_reason(animated_gif(), dataclasses.replace(CFG, animated="reject")) == Reason.IMAGE_ANIMATED


def test_truncated_jpeg():
    data = encode(photo(800, 600), "JPEG")
    assert reject_reason(data[: len(data) // 2]) == Reason.IMAGE_TRUNCATED


def test_truncated_jpeg_is_caught_even_when_kept_path_uses_draft():
    data = encode(photo(1600, 1067), "JPEG")
    assert reject_reason(data[: len(data) - 2000]) == Reason.IMAGE_TRUNCATED


def test_truncated_png():
    data = encode(photo(400, 300), "PNG")
    assert reject_reason(data[: len(data) // 2]) == Reason.IMAGE_TRUNCATED


def webp_files() -> dict[str, bytes]:
    frames = [photo(160, 120), photo(160, 120).transpose(Image.Transpose.FLIP_LEFT_RIGHT)]
    return {"lossy": encode(photo(400, 300), "WEBP", quality=80),
            "lossless": encode(photo(400, 300), "WEBP", lossless=True),
            "animated": encode(frames[0], "WEBP", save_all=True, append_images=frames[1:], duration=100)}


def chunk_at(webp: bytes, near: int) -> tuple[int, int]:
    """(start, end) of the top-level RIFF chunk that holds byte `near`: the pictures are random noise, so
    where the chunks begin and end differs from run to run, and a cut must be placed by them."""
    at = 12
    while at + 8 <= len(webp):
        end = at + 8 + struct.unpack("<I", webp[at + 4:at + 8])[0]
        if at <= near < end:
            return at, end
        at = end + (end & 1)
    raise AssertionError("near lies past the last chunk")


def refit(cut: bytes) -> bytes:
    """A WebP cut short, given a RIFF size that fits what is left (as a tool that rewrote the header would)."""
    return cut[:4] + struct.pack("<I", len(cut) - 8) + cut[8:]


@pytest.mark.parametrize("variant", ["lossy", "lossless", "animated"])
def test_truncated_webp_is_truncated_not_corrupt(variant):
    """Was: image_corrupt (Pillow only says "could not create decoder object"), where a JPEG or PNG cut short
    is image_truncated."""
    data = webp_files()[variant]
    for cut in (100, len(data) // 2, len(data) - 1):
        with pytest.raises(ImageRejected) as e:
            process_image(data[:cut], CFG)
        assert e.value.reason == Reason.IMAGE_TRUNCATED, cut
        assert f"RIFF header says {len(data)} bytes, {cut} are there" in e.value.detail
    # cut short inside a chunk's data, then given a RIFF size that fits what is left: that chunk runs past the end
    start, end = chunk_at(data, len(data) // 2)
    with pytest.raises(ImageRejected) as e:
        process_image(refit(data[:min(max(len(data) // 2, start + 9), end - 1)]),
                      dataclasses.replace(CFG, animated="first_frame"))
    assert e.value.reason == Reason.IMAGE_TRUNCATED and "chunk runs" in e.value.detail
    # cut inside a chunk's 8-byte header: nothing runs past the end, but the header is cut
    with pytest.raises(ImageRejected) as e:
        process_image(refit(data[:start + 3]), dataclasses.replace(CFG, animated="first_frame"))
    assert e.value.reason == Reason.IMAGE_TRUNCATED and "3 bytes into a chunk header" in e.value.detail


def test_a_damaged_webp_of_its_full_length_is_corrupt():
    data = bytearray(webp_files()["lossy"])
    data[20:40] = b"\xff" * 20  # inside the bitstream's own header
    assert reject_reason(bytes(data)) == Reason.IMAGE_CORRUPT


def raw_profile_chunk(name: str, profile: bytes) -> bytes:
    """A zTXt chunk as ImageMagick writes a profile it carries over into a PNG: hex, 36 bytes a line."""
    hexed = "\n".join(profile[i:i + 36].hex() for i in range(0, len(profile), 36))
    text = f"\n{name}\n{len(profile):8d}\n{hexed}\n".encode()
    body = f"Raw profile type {name}".encode() + b"\0\0" + zlib.compress(text, 9)
    return struct.pack(">I", len(body)) + b"zTXt" + body + struct.pack(">I", zlib.crc32(b"zTXt" + body))


def test_a_png_with_more_than_a_megabyte_of_text_metadata_is_kept_without_it():
    """A photo with a bloated XMP (Photoshop's document ancestors) converted to PNG by ImageMagick: its
    zTXt holds 1.4 MB of hex once inflated, which Pillow refuses to open; the picture itself is fine."""
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><photoshop:DocumentAncestors><rdf:Bag>' + b"".join(
        b"<rdf:li>xmp.did:%032x</rdf:li>" % n for n in range(20000)) + b"</rdf:Bag></photoshop:DocumentAncestors>"
    plain = encode(photo(), "PNG")
    data = plain[:33] + raw_profile_chunk("xmp", xmp) + plain[33:]  # after IHDR, as ImageMagick puts it
    out = process_image(data, CFG)
    assert (out.info.handling, out.info.metadata_removed, out.info.original_bytes) == ("original", True, len(data))
    assert out.data == plain


def test_corrupt_png():
    data = bytearray(encode(photo(400, 300), "PNG"))
    mid = len(data) // 2
    data[mid: mid + 64] = b"\x00" * 64
    assert reject_reason(bytes(data)) in (Reason.IMAGE_CORRUPT, Reason.IMAGE_TRUNCATED)


def test_zero_bytes_html_and_json_are_not_images():
    assert reject_reason(b"") == Reason.IMAGE_NOT_AN_IMAGE
    html = b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><svg></svg></body></html>"
    with pytest.raises(ImageRejected) as e:
        process_image(html, CFG)
    assert e.value.reason == Reason.IMAGE_NOT_AN_IMAGE and "HTML" in e.value.detail
    assert reject_reason(b'{"error": "not found"}') == Reason.IMAGE_NOT_AN_IMAGE


def test_svg_is_rejected_as_svg():
    svg = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="500" height="500"/>'
    assert reject_reason(svg) == Reason.IMAGE_SVG
    assert Reason.IMAGE_SVG.value == "svg"


def test_too_small():
    assert reject_reason(encode(photo(50, 300), "PNG")) == Reason.IMAGE_TOO_SMALL


def test_too_large_bytes():
    data = encode(photo(), "PNG")
    assert reject_reason(data, dataclasses.replace(CFG, max_bytes=len(data) - 1)) == Reason.IMAGE_TOO_LARGE


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_header_only_bomb(w: int, h: int) -> bytes:
    """A valid 1-bit PNG of w x h whose IDAT holds a few rows: tiny file, huge header size."""
    chunk = png_chunk
    ihdr = struct.pack(">IIBBBBB", w, h, 1, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * ((w + 7) // 8 + 1) * 16, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


def test_decompression_bomb_rejected_from_header():
    data = png_header_only_bomb(20000, 20000)
    assert len(data) < 10_000
    assert reject_reason(data) == Reason.IMAGE_BOMB


def test_bomb_limit_is_ours_not_pillows():
    # 3000x3000 is far below Pillow's own limit; our max_pixels alone must reject it
    data = encode(Image.new("1", (3000, 3000)), "PNG")
    assert reject_reason(data, dataclasses.replace(CFG, max_pixels=1_000_000)) == Reason.IMAGE_BOMB


def test_a_max_pixels_above_pillows_own_limit_is_the_limit():
    """Was: Pillow's warning at 89,478,485 pixels rejected the picture whatever images.max_pixels said, with a
    detail quoting Pillow's limit."""
    roomy = dataclasses.replace(CFG, max_pixels=100_000_000, max_side=1000)
    assert 95_000_000 > Image.MAX_IMAGE_PIXELS
    # a 95-megapixel scan is within the configured limit: stored (a JPEG decodes at 1/8 scale for max_side)
    stored = process_image(encode(Image.new("L", (10_000, 9_500), 128), "JPEG"), roomy)
    assert (stored.info.handling, stored.info.width, stored.info.height) == ("resized", 1000, 950)
    for w, h in ((11_000, 10_000), (20_000, 20_000)):  # above the limit, and above twice Pillow's
        with pytest.raises(ImageRejected) as above:
            process_image(png_header_only_bomb(w, h), roomy)
        assert above.value.reason == Reason.IMAGE_BOMB
        assert above.value.detail == f"{w * h} pixels > max_pixels 100000000"


def test_the_pixel_limit_does_not_leak_into_pillow_for_other_code():
    saved = Image.MAX_IMAGE_PIXELS
    with pytest.raises(ImageRejected):
        process_image(png_header_only_bomb(10_000, 9_500), dataclasses.replace(CFG, max_pixels=50_000_000))
    process_image(encode(photo(), "PNG"), dataclasses.replace(CFG, max_pixels=200_000_000))
    assert Image.MAX_IMAGE_PIXELS == saved
    with warnings.catch_warnings(record=True) as caught:  # Pillow's warning is a warning again, not an error
        warnings.simplefilter("always")
        Image.open(io.BytesIO(png_header_only_bomb(10_000, 9_500))).close()
    assert [w.category for w in caught] == [Image.DecompressionBombWarning]


def test_unsupported_format():
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 100
    assert reject_reason(heic) == Reason.IMAGE_UNSUPPORTED


# a 64x64 grey ramp as cjxl 0.7 wrote it (-q 50): a JPEG XL codestream
JXL_CODESTREAM = bytes.fromhex(
    "ff0a4f404271210a01000064010038005800584a2831dd5cf474e0d9038dd00867642e4660550cde108325628c883122"
    "068531cc4902c10400121280184815b244951b496ddb75a5f6ffabdafcff9d3eeaddddddffbfeaffffffddc2ffdddddd"
    "3fc0ffffff3fe0c304a201000001d9790a00800a9551c60d5ecef57cf9a1c362dac67586b6dab6b024114a2189440d90"
    "a481e1dc01000000000000002a49941a599f031800800000000400000010")


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


@pytest.mark.parametrize("name,data", [
    ("jxl", JXL_CODESTREAM),
    ("jxl", box(b"JXL ", b"\r\n\x87\n") + box(b"ftyp", b"jxl \0\0\0\0jxl ") + box(b"jxlc", JXL_CODESTREAM)),
    ("jp2", encode(photo(), "JPEG2000")),
    ("jp2", encode(photo(), "JPEG2000", no_jp2=True)),  # the bare J2K codestream
])
def test_jpeg_xl_and_jpeg_2000_are_pictures_this_build_cannot_decode(name, data):
    """A CDN that negotiates formats sends these to the browsers that ask for them: a saved page can hold
    one under a .jpg name. It is an unsupported picture, not "HTML/JSON/text served as an image"."""
    assert sniff_image_type(data) == name
    with pytest.raises(ImageRejected) as e:
        process_image(data, CFG)
    assert (e.value.reason, e.value.detail) == (Reason.IMAGE_UNSUPPORTED, f"{name} is not decodable here")


def gray_tiff(width: int, height: int, bits: int, sample_format: int, pixels: bytes) -> bytes:
    """A one-strip grayscale TIFF written by hand (Pillow cannot write a half-float one)."""
    tags = [(256, 3, width), (257, 3, height), (258, 3, bits), (259, 3, 1), (262, 3, 1), (273, 4, 0),
            (277, 3, 1), (278, 3, height), (279, 4, len(pixels)), (339, 3, sample_format)]
    start = 8 + 2 + 12 * len(tags) + 4
    ifd = b"".join(struct.pack("<HHI", tag, kind, 1) + struct.pack("<I" if kind == 4 else "<HH", *(
        (start if tag == 273 else value,) if kind == 4 else (value, 0))) for tag, kind, value in tags)
    return b"II*\0" + struct.pack("<IH", 8, len(tags)) + ifd + b"\0\0\0\0" + pixels


def twelve_bit_jpeg_header() -> bytes:
    """A JPEG whose frame header says 12-bit samples (SOF1, precision 12), as medical and some camera files
    are: the decoder refuses it at the header, before any scan data."""
    data = bytearray(encode(photo(), "JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 1], data[sof + 4] = 0xC1, 12
    return bytes(data)


@pytest.mark.parametrize("data,said", [
    (twelve_bit_jpeg_header(), "a jpeg this build cannot decode: cannot handle 12-bit layers"),
    (gray_tiff(320, 200, 16, 3, bytes(320 * 200 * 2)), "a tiff this build cannot decode: unknown pixel mode"),
])
def test_a_well_formed_picture_in_a_variant_pillow_does_not_decode_is_unsupported_not_corrupt(data, said):
    with pytest.raises(ImageRejected) as e:
        process_image(data, CFG)
    assert (e.value.reason, e.value.detail) == (Reason.IMAGE_UNSUPPORTED, said)


def test_an_avif_whose_major_brand_is_the_generic_image_brand_is_decoded():
    """Netflix's AVIF samples name mif1 as their major brand and avif among the compatible ones."""
    data = encode(photo(), "AVIF")
    assert data[8:12] == b"avif" and b"avif" in data[16:32]
    generic = data[:8] + b"mif1" + data[12:]
    assert sniff_image_type(generic) == "avif"
    out = process_image(generic, CFG)
    assert (out.info.original_format, decode(out.data).size) == ("avif", (320, 200))


def test_other_formats_are_reencoded():
    for fmt in ("BMP", "TIFF", "GIF"):
        out = process_image(encode(photo(), fmt), CFG)
        assert out.info.ext == "jpg" and out.info.original_format == fmt.lower()
        assert decode(out.data).size == (320, 200)


@pytest.mark.parametrize("fmt,kind", [("JPEG", "jpeg"), ("PNG", "png"), ("GIF", "gif"), ("WEBP", "webp"),
                                      ("BMP", "bmp"), ("TIFF", "tiff")])
def test_sniff_image_type(fmt, kind):
    assert sniff_image_type(encode(photo(64, 64), fmt)) == kind


def test_sniff_non_images():
    assert sniff_image_type(b"") is None
    assert sniff_image_type(b"<html><body>hi</body></html>") is None
    assert sniff_image_type(b"\xef\xbb\xbf<svg xmlns='http://www.w3.org/2000/svg'/>") == "svg"


def test_text_starting_like_a_bitmap_is_not_an_image():
    assert sniff_image_type(b"BMW unveils its new model, press release follows") is None
    assert reject_reason(b"BMW unveils its new model, press release follows") == Reason.IMAGE_NOT_AN_IMAGE


@pytest.mark.filterwarnings("ignore:.*:UserWarning")  # Pillow's TIFF/EXIF parser warns on damaged tags
def test_mutated_files_only_ever_reject():
    """Random damage to real encodings: every outcome is a picture or an ImageRejected, never a crash."""
    import random
    rng = random.Random(7)
    seeds = [encode(photo(160, 120), fmt) for fmt in ("JPEG", "PNG", "GIF", "WEBP", "BMP", "TIFF")]
    seeds.append(animated_gif())
    for _ in range(300):
        data = bytearray(rng.choice(seeds))
        if rng.random() < 0.5:
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        else:
            data = data[: rng.randrange(1, len(data))]
        try:
            process_image(bytes(data), CFG)
        except ImageRejected:
            pass


def test_train_size_bounds_the_short_side_and_never_enlarges():
    big = process_image(encode(photo(1600, 1067), "JPEG"), dataclasses.replace(CFG, train_size=256))
    assert (big.info.width, big.info.height) == (384, 256) and big.info.handling == "resized"
    assert decode(big.data).size == (384, 256)
    tall = process_image(encode(photo(600, 900), "JPEG"), dataclasses.replace(CFG, train_size=256))
    assert (tall.info.width, tall.info.height) == (256, 384)
    small = process_image(encode(photo(300, 200), "JPEG"), dataclasses.replace(CFG, train_size=256))
    assert (small.info.width, small.info.height) == (300, 200) and small.info.handling == "original"
    both = process_image(encode(photo(3000, 1000), "JPEG"), dataclasses.replace(CFG, train_size=256, max_side=512))
    assert (both.info.width, both.info.height) == (512, 171)  # the longest-side bound still holds
