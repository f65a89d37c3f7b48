"""Remove EXIF, XMP, IPTC and text metadata from JPEG, PNG and WebP bytes without re-encoding them.

News photographs carry their camera's serial number, GPS position and owner in EXIF, and captions,
names and contact details in XMP and IPTC. A picture kept as published keeps its compressed image data
byte for byte (same pixels) and loses those blocks. The ICC profile stays: it says how to show the colours.
"""
from __future__ import annotations

import struct

# JPEG segments kept: JFIF/JFXX (APP0) and Adobe's colour transform (APP14), which decoders need;
# APP2 only when it holds an ICC profile (cameras also put FlashPix metadata there). Every other APPn
# (EXIF and XMP in APP1, IPTC in APP13, maker blocks) and comments go.
_JPEG_KEEP_APP = {0xE0, 0xEE}
_JPEG_ICC = b"ICC_PROFILE\x00"
_JPEG_COMMENT = 0xFE
# PNG chunks that hold metadata: EXIF, the three text kinds (XMP travels in iTXt) and the edit time.
_PNG_DROP = {b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"}
# WebP chunks that hold metadata, and the VP8X flags announcing them.
_WEBP_DROP = {b"EXIF", b"XMP "}
_VP8X_EXIF, _VP8X_XMP = 0x08, 0x04


class MalformedImage(ValueError):
    """The container structure is not what its format says: keep nothing, re-encode instead."""


def strip_metadata(data: bytes, fmt: str) -> bytes:
    """data without its metadata blocks; fmt is Pillow's format name (JPEG, PNG, WEBP)."""
    if fmt == "JPEG":
        return _strip_jpeg(data)
    if fmt == "PNG":
        return _strip_png(data)
    if fmt == "WEBP":
        return _strip_webp(data)
    raise MalformedImage(f"no metadata stripper for {fmt}")


def _strip_jpeg(data: bytes) -> bytes:
    if data[:2] != b"\xff\xd8":
        raise MalformedImage("no JPEG start of image")
    out, pos = [data[:2]], 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise MalformedImage(f"no JPEG marker at {pos}")
        while pos < len(data) and data[pos] == 0xFF:
            pos += 1  # fill bytes
        if pos >= len(data):
            raise MalformedImage("JPEG ends in fill bytes")
        marker = data[pos]
        start = pos - 1
        if marker == 0xD9 or 0xD0 <= marker <= 0xD7 or marker == 0x01:  # EOI, RSTn, TEM: no length
            out.append(data[start:pos + 1])
            pos += 1
            if marker == 0xD9:
                break
            continue
        if pos + 3 > len(data):
            raise MalformedImage("JPEG segment header cut short")
        length = struct.unpack(">H", data[pos + 1:pos + 3])[0]
        end = pos + 1 + length
        if length < 2 or end > len(data):
            raise MalformedImage(f"JPEG segment {marker:#x} runs past the end")
        if marker == 0xDA:  # start of scan: the entropy-coded data and everything after stay as they are
            out.append(data[start:])
            break
        if _keep_jpeg_segment(marker, data[pos + 3:end]):
            out.append(data[start:end])
        pos = end
    return b"".join(out)


def _keep_jpeg_segment(marker: int, payload: bytes) -> bool:
    if marker == _JPEG_COMMENT:
        return False
    if 0xE0 <= marker <= 0xEF:
        return marker in _JPEG_KEEP_APP or (marker == 0xE2 and payload.startswith(_JPEG_ICC))
    return True  # tables, frame headers: the image itself


def _strip_png(data: bytes) -> bytes:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise MalformedImage("no PNG signature")
    out, pos = [data[:8]], 8
    while pos < len(data):
        if pos + 8 > len(data):
            raise MalformedImage("PNG chunk header cut short")
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        kind = data[pos + 4:pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise MalformedImage(f"PNG chunk {kind!r} runs past the end")
        if kind not in _PNG_DROP:
            out.append(data[pos:end])
        pos = end
        if kind == b"IEND":
            break
    return b"".join(out)


def _strip_webp(data: bytes) -> bytes:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise MalformedImage("no RIFF WEBP header")
    chunks, pos = [], 12
    while pos + 8 <= len(data):
        kind, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        end = pos + 8 + size + (size & 1)  # chunks are padded to an even size
        if end > len(data) + (size & 1):
            raise MalformedImage(f"WebP chunk {kind!r} runs past the end")
        if kind not in _WEBP_DROP:
            chunk = data[pos:end]
            if kind == b"VP8X" and size >= 1:
                flags = chunk[8] & ~(_VP8X_EXIF | _VP8X_XMP) & 0xFF
                chunk = chunk[:8] + bytes([flags]) + chunk[9:]
            chunks.append(chunk)
        pos = end
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body
