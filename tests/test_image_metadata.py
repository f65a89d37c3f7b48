"""Metadata removal: GPS, camera serials and names planted in JPEG, PNG and WebP never reach a release."""
import io
import struct

import pytest
from PIL import Image, PngImagePlugin

from corpus.config import ImagesConfig
from corpus.images.metadata import MalformedImage, strip_metadata
from corpus.images.process import process_image

SECRETS = (b"SN123456789", b"Jane Photographer", b"SecretCreator", b"Harbour Street 7", b"Artist Name")


def planted_exif() -> bytes:
    exif = Image.Exif()
    exif[0xA431] = "SN123456789"  # BodySerialNumber
    exif[0xA430] = "Jane Photographer"  # CameraOwnerName
    exif[0x013B] = "Artist Name"
    exif[0x8825] = {1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 36.0)}  # GPS position
    return exif.tobytes()


XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>SecretCreator</dc:creator></x:xmpmeta>'
ICC = b"\x00\x00\x00\x30fake icc profile kept for colours" + b"\x00" * 16


def picture(size=(160, 120)) -> Image.Image:
    im = Image.new("RGB", size)
    im.putdata([((x * 7) % 256, (y * 5) % 256, (x + y) % 256) for y in range(size[1]) for x in range(size[0])])
    return im


def planted(fmt: str) -> bytes:
    buf = io.BytesIO()
    if fmt == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_itxt("XML:com.adobe.xmp", XMP.decode())
        info.add_text("Comment", "taken at Harbour Street 7")
        picture().save(buf, "PNG", exif=planted_exif(), pnginfo=info)
        return buf.getvalue()
    picture().save(buf, fmt, exif=planted_exif(), xmp=XMP, quality=90)
    data = buf.getvalue()
    if fmt == "JPEG":  # an IPTC block (APP13) and a comment, as picture desks write them
        iptc = b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x14\x1c\x02\x50\x00\x10Harbour Street 7"
        com = b"Jane Photographer"
        data = (data[:2] + b"\xff\xed" + struct.pack(">H", len(iptc) + 2) + iptc
                + b"\xff\xfe" + struct.pack(">H", len(com) + 2) + com + data[2:])
    return data


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_stripping_removes_every_planted_field_and_keeps_the_pixels(fmt):
    data = planted(fmt)
    assert b"SN123456789" in data and b"Jane Photographer" in data
    clean = strip_metadata(data, fmt)
    assert not any(s in clean for s in SECRETS)
    before, after = Image.open(io.BytesIO(data)), Image.open(io.BytesIO(clean))
    assert after.tobytes() == before.tobytes()  # the compressed image data is untouched
    assert not after.getexif() and "xmp" not in after.info and "exif" not in after.info


def test_jpeg_icc_profile_stays():
    buf = io.BytesIO()
    picture().save(buf, "JPEG", exif=planted_exif(), icc_profile=ICC)
    clean = strip_metadata(buf.getvalue(), "JPEG")
    assert Image.open(io.BytesIO(clean)).info.get("icc_profile") == ICC
    assert b"SN123456789" not in clean


def test_webp_extended_header_loses_its_metadata_flags():
    clean = strip_metadata(planted("WEBP"), "WEBP")
    assert clean[12:16] == b"VP8X" and clean[20] & 0x0C == 0
    assert struct.unpack("<I", clean[4:8])[0] == len(clean) - 8


@pytest.mark.parametrize("fmt,data", [("JPEG", b"\xff\xd8\xff\xe1\xff\xff"), ("PNG", b"\x89PNG\r\n\x1a\n\x00\x00"),
                                      ("WEBP", b"RIFF\x00\x00\x00\x00WAVE")])
def test_broken_containers_are_refused(fmt, data):
    with pytest.raises(MalformedImage):
        strip_metadata(data, fmt)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_a_kept_original_is_the_source_minus_metadata(fmt):
    data = planted(fmt)
    out = process_image(data, ImagesConfig())
    assert out.info.handling == "original" and out.info.metadata_removed
    assert not any(s in out.data for s in SECRETS)
    assert Image.open(io.BytesIO(out.data)).tobytes() == Image.open(io.BytesIO(data)).tobytes()


def test_a_reencoded_picture_carries_no_metadata_either():
    buf = io.BytesIO()
    picture((3000, 2000)).save(buf, "JPEG", exif=planted_exif(), xmp=XMP)
    out = process_image(buf.getvalue(), ImagesConfig(max_side=512))
    assert out.info.handling == "resized"
    assert not any(s in out.data for s in SECRETS)


def test_a_reencoded_photo_loses_its_gps_and_the_card_says_what_its_false_column_means():
    """A phone photo turned by its EXIF orientation is re-encoded: its GPS position goes with the rest of its
    metadata, and image_metadata_removed, a column about originals, is false."""
    from corpus.publish.card import FIELD_DOCS

    exif = Image.Exif()
    exif.update({0x0112: 6})
    exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 39.0)})
    buf = io.BytesIO()
    picture().save(buf, "JPEG", exif=exif.tobytes())
    out = process_image(buf.getvalue(), ImagesConfig())
    assert (out.info.handling, out.info.metadata_removed) == ("re-encoded", False)
    stored = Image.open(io.BytesIO(out.data))
    assert not stored.getexif() and b"Exif" not in out.data
    assert "always false for `re-encoded` and `resized` rows" in FIELD_DOCS["default"]["image_metadata_removed"]


def test_a_release_holds_none_of_the_planted_metadata(tmp_path):
    """End to end: a saved page whose three photos carry GPS, serial, owner, XMP and IPTC."""
    import pyarrow.parquet as pq

    from corpus.cli import main as corpus_main
    from test_build_images import PAGE, PARAGRAPH

    root, files = tmp_path / "in", tmp_path / "in" / "harbour_files"
    files.mkdir(parents=True)
    sources, parts = {}, []
    for n, (fmt, ext) in enumerate((("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp"))):
        sources[f"harbour_files/photo.{ext}"] = planted(fmt)
        (files / f"photo.{ext}").write_bytes(sources[f"harbour_files/photo.{ext}"])
        parts += [PARAGRAPH.format(n=n), f'<figure><img src="harbour_files/photo.{ext}">'
                  f"<figcaption>Boats in the harbour, picture number {n}</figcaption></figure>"]
    (root / "harbour.html").write_text(PAGE.format(body="\n".join(parts + [PARAGRAPH.format(n=9)])), "utf-8")
    assert corpus_main(["build", str(root), "--out", str(tmp_path / "rel"), "--cache-dir", str(tmp_path / "c"),
                        "--no-progress"]) == 0
    rows = [r for p in sorted((tmp_path / "rel" / "data" / "default").glob("*.parquet"))
            for r in pq.read_table(p).to_pylist()]
    assert len(rows) == 3
    for row in rows:
        stored = row["image"]["bytes"]
        assert not any(s in stored for s in SECRETS), row["image_format"]
        assert row["image_handling"] == "original" and row["image_metadata_removed"]
        assert row["image_url"] is None  # the browser's copy beside the page: no web address
        source = sources["harbour_files/photo." + {"jpeg": "jpg"}.get(row["image_format"], row["image_format"])]
        assert Image.open(io.BytesIO(stored)).tobytes() == Image.open(io.BytesIO(source)).tobytes()
        assert Image.open(io.BytesIO(stored)).mode == "RGB"


def test_every_demo_picture_decodes_to_rgb(demo_release):
    import pyarrow.parquet as pq

    modes = {Image.open(io.BytesIO(row["image"]["bytes"])).mode
             for path in sorted((demo_release / "data" / "default").glob("*.parquet"))
             for row in pq.read_table(path, columns=["image"]).to_pylist()}
    assert modes == {"RGB"}


def segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def jpeg_of(**save) -> bytes:
    buf = io.BytesIO()
    picture((200, 150)).save(buf, "JPEG", quality=90, **save)
    return buf.getvalue()


def with_hidden_metadata(data: bytes) -> bytes:
    """A JPEG as phones and picture desks leave them: a JFIF header with a thumbnail whose pixels spell a secret,
    a JFXX thumbnail that is a whole JPEG with EXIF, fill bytes, a comment and an EXIF block between two scans
    (where a progressive file has them), then a motion-photo video and a second EXIF-tagged JPEG after the end of image."""
    assert data[2:4] == b"\xff\xe0" and data[6:11] == b"JFIF\x00"
    jfif_end = 4 + struct.unpack(">H", data[4:6])[0]
    thumb = b"SN1234567890"  # 2x2 RGB thumbnail pixels
    jfif = segment(0xE0, data[6:18] + b"\x02\x02" + thumb)  # "JFIF\0", version, units, densities, 2x2
    buf = io.BytesIO()
    picture((16, 12)).save(buf, "JPEG", exif=planted_exif())
    jfxx = segment(0xE0, b"JFXX\x00\x10" + buf.getvalue())
    exif = segment(0xE1, b"Exif\x00\x00" + planted_exif()[6:])
    between = b"\xff\xff" + segment(0xFE, b"Jane Photographer") + exif  # after two fill bytes
    scans = [i for i in range(len(data) - 1) if data[i:i + 2] == b"\xff\xda"]  # 0xFF 0xDA only marks a scan
    cut = scans[1] if len(scans) > 1 else scans[0]
    video = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"Harbour Street 7" * 64
    appended = buf.getvalue()
    return data[:2] + jfif + jfxx + data[jfif_end:cut] + between + data[cut:] + video + appended


@pytest.mark.parametrize("kind,save", [("baseline", {}), ("progressive", {"progressive": True}),
                                       ("restart markers", {"restart_marker_rows": 1}),
                                       ("progressive with restarts", {"progressive": True, "restart_marker_blocks": 3})])
def test_jpeg_thumbnails_metadata_between_scans_and_data_after_the_end_are_cut(kind, save):
    """Was: everything after the first start of scan was kept (comments and EXIF between progressive scans, a
    motion-photo video or a second JPEG after the end of image), and APP0 whole (its thumbnails)."""
    data = with_hidden_metadata(jpeg_of(**save))
    before = Image.open(io.BytesIO(data))
    assert before.format == "JPEG" and b"SN1234567890" in data and b"Harbour Street 7" in data
    if "restart" in kind:
        assert any(data[i:i + 2] == bytes([0xFF, 0xD0 + n]) for i in range(len(data)) for n in range(8))
    clean = strip_metadata(data, "JPEG")
    assert not any(s in clean for s in (*SECRETS, b"SN1234567890", b"JFXX", b"ftyp"))
    assert clean.count(b"\xff\xd8") == 1 and clean.endswith(b"\xff\xd9")  # one picture, ending at its end
    after = Image.open(io.BytesIO(clean))
    assert after.tobytes() == before.tobytes()  # the same pixels, decoded
    assert after.info["jfif_density"] == before.info["jfif_density"]
    assert not after.getexif() and "comment" not in after.info
    out = process_image(data, ImagesConfig())
    assert (out.data, out.info.handling, out.info.metadata_removed) == (clean, "original", True)


def test_a_jpeg_without_metadata_is_kept_byte_for_byte():
    data = jpeg_of(progressive=True)
    assert strip_metadata(data, "JPEG") == data
    out = process_image(data, ImagesConfig())
    assert out.data == data and not out.info.metadata_removed


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_data_appended_after_a_png_or_webp_is_cut(fmt):
    buf = io.BytesIO()
    picture().save(buf, fmt)
    data = buf.getvalue() + b"\x00\x00\x00\x18ftypmp42" + b"Harbour Street 7" * 8
    clean = strip_metadata(data, fmt)
    assert clean == buf.getvalue()
    assert Image.open(io.BytesIO(clean)).tobytes() == Image.open(io.BytesIO(data)).tobytes()
