"""The preview site of a release: index.html + preview.css + preview.js (no framework, no CDN, opens
from file://), the release's summary numbers, its rows in pages of PAGE_ROWS loaded one by one, and small
JPEG thumbnails made here (never the full pictures).

Rows are written as JavaScript files (`data/<config>-<n>.js`, each calling window.previewChunk) because a
page opened from file:// may not fetch() JSON beside it, but may load a script. The page builds every
row with textContent, so a caption holding markup shows as text.

A release larger than `sample` rows per config is sampled: per stratum (site and split; stage and reason
for rejects) in proportion to its size, at least one row per stratum, chosen with a seeded generator in
two streaming passes over the shards (the first counts, the second keeps the chosen positions): memory
grows with the sample, not with the release. The page states the sampling."""
from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import random
import shutil
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Iterator

import pyarrow.parquet as pq
from PIL import Image

from ..progress import progress_bar
from ..release import release_manifest
from ..workspace import unique_suffix

log = logging.getLogger(__name__)

CONFIGS = ("default", "text_only", "articles", "rejects")
PAGE_ROWS = 200  # rows per data file: the first view needs one file
THUMB_SIDE = 320  # longest side of a thumbnail, px (the grid shows it at half size, the detail at full)
THUMB_QUALITY = 70
ASSETS = ("index.html", "preview.css", "preview.js")
CONTEXT_CHARS = 600  # of each context paragraph shown in the detail view
# Written into every preview. The site replaces its folder as a whole, so a folder that already holds files
# is only ever replaced when it carries this file: a mistyped --out (a home folder, the folder holding the
# release) is refused instead of deleted.
MARKER = ".corpus-preview"
MARKER_TEXT = ("This folder is a preview written by `corpus preview`. The next preview written here replaces "
               "the whole folder: keep nothing else in it.\n")


def out_problem(release: Path, out: Path) -> str | None:
    """Why the preview of release may not be written to out (None when it may). out is replaced as a whole,
    so it must be new, empty or an earlier preview (it carries MARKER), and neither hold nor lie inside the
    release. Paths are compared resolved: a symlink to the release, or into it, is the release."""
    real_release, real_out = Path(release).resolve(), Path(out).resolve()
    if real_out == real_release or real_release in real_out.parents:
        return (f"--out {out} lies inside the release {release}: releases are immutable, write the preview "
                "outside the release")
    if real_out in real_release.parents:
        return (f"--out {out} contains the release {release}, and the preview replaces its folder as a whole: "
                "give a new or empty folder (the default is RELEASE-preview beside the release)")
    if not real_out.exists():
        return None
    if not real_out.is_dir():
        return f"--out {out} is a file, not a folder: give a new or empty folder"
    try:
        empty = next(real_out.iterdir(), None) is None
    except OSError as e:
        return f"--out {out} cannot be read: {e.strerror or e}"
    if empty or (real_out / MARKER).is_file():
        return None
    return (f"--out {out} holds files and is not a preview written by corpus preview (it has no {MARKER}); "
            "the preview replaces its folder as a whole, so it is not written there: give a new or empty "
            "folder (an earlier preview written without the marker: delete it first)")


def write_preview(release: Path, out: Path, sample: int = 2000, seed: int = 0, progress: bool = False) -> dict:
    """Writes the site for release into out (replaced as a whole: see out_problem, which refuses any other
    folder with a BuildError, exit 2); returns the meta it wrote."""
    from ..exit_codes import USAGE, BuildError

    problem = out_problem(release, out)
    if problem:
        raise BuildError(problem, code=USAGE)
    # the resolved folder: a symlink given as --out is followed, and the temporary folder lies beside the
    # real target, so the final rename stays on one file system
    release, out = Path(release), Path(out).resolve()
    manifest = release_manifest(release)
    tmp = out.parent / f".{out.name}.tmp-{unique_suffix()}"
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "data").mkdir(parents=True)
    (tmp / "thumbs").mkdir()
    try:
        (tmp / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
        for name in ASSETS:
            (tmp / name).write_bytes(resources.files(__package__).joinpath("assets", name).read_bytes())
        meta = {"summary": summary(manifest), "configs": {}, "sample_limit": sample, "seed": seed}
        for config in CONFIGS:
            meta["configs"][config] = write_config(release, manifest, config, tmp, sample, seed, progress)
        (tmp / "data" / "meta.js").write_text("window.PREVIEW_META = " + to_json(meta) + ";\n", encoding="utf-8")
        problem = out_problem(release, out)  # again: the folder may have been filled while the site was made
        if problem:
            raise BuildError(problem, code=USAGE)
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return meta


def summary(manifest: dict) -> dict:
    """The datasheet's summary numbers, as the manifest gives them (the page shows these, not the sample's)."""
    return {"version": manifest.get("version"), "rows": manifest.get("rows", {}),
            "stages": manifest.get("stages", {}), "sites": manifest.get("sites", {}),
            "languages": manifest.get("languages", {}), "inputs": len(manifest.get("inputs", [])),
            "missing_pictures": manifest.get("missing_pictures"), "leakage": manifest.get("leakage", {}),
            "bytes": manifest.get("bytes")}


def shards_of(manifest: dict, config: str) -> list[tuple[str, str]]:
    """(split, path) of a config's shards in split order, then name order."""
    order = {"train": 0, "validation": 1, "test": 2}
    found = [(Path(s["path"]).name.split("-")[0], s["path"]) for s in manifest.get("shards", [])
             if s["path"].startswith(f"data/{config}/")]
    return sorted(found, key=lambda sp: (order.get(sp[0], 9), sp[0], sp[1]))


def stratum_columns(config: str) -> list[str]:
    return ["stage", "reason"] if config == "rejects" else ["site"]


def rows_of(release: Path, shards: list[tuple[str, str]], columns: list[str] | None = None) -> Iterator[dict]:
    """Every row of the shards, streamed in batches, with its split."""
    for split, path in shards:
        pf = pq.ParquetFile(release / path)
        cols = None if columns is None else [c for c in columns if c in pf.schema_arrow.names]
        for batch in pf.iter_batches(batch_size=256, columns=cols):
            for row in batch.to_pylist():
                row["split"] = split
                yield row


def stratum(row: dict, config: str) -> tuple:
    if config == "rejects":
        return (row.get("stage"), row.get("reason"))
    return (row.get("site"), row["split"])


def chosen_positions(counts: dict[tuple, int], sample: int, seed: int) -> dict[tuple, set[int]] | None:
    """Positions (within each stratum) to keep; None when everything fits."""
    total = sum(counts.values())
    if total <= sample:
        return None
    keys = sorted(counts, key=lambda k: tuple("" if v is None else str(v) for v in k))
    quota = {k: max(1, int(sample * counts[k] / total)) for k in keys}
    rest = sample - sum(quota.values())
    if rest > 0:  # largest remainders first, as far as the strata have rows left
        by_remainder = sorted(keys, key=lambda k: -(sample * counts[k] / total - int(sample * counts[k] / total)))
        for k in by_remainder:
            if rest <= 0:
                break
            if quota[k] < counts[k]:
                quota[k] += 1
                rest -= 1
    rng = random.Random(seed)
    return {k: set(rng.sample(range(counts[k]), min(quota[k], counts[k]))) for k in keys}


def write_config(release: Path, manifest: dict, config: str, out: Path, sample: int, seed: int,
                 progress: bool) -> dict:
    shards = shards_of(manifest, config)
    total = sum(manifest.get("rows", {}).get(config, {}).values())
    counts: dict[tuple, int] = {}
    for row in rows_of(release, shards, stratum_columns(config)):
        key = stratum(row, config)
        counts[key] = counts.get(key, 0) + 1
    chosen = chosen_positions(counts, sample, seed)
    seen: dict[tuple, int] = {}
    chunk: list[dict] = []
    chunks = shown = 0
    no_thumbnail: dict[str, int] = {}  # why -> pairs shown without a thumbnail
    rows = progress_bar(progress, iterable=rows_of(release, shards), total=total, desc=f"preview {config}",
                        unit="row")  # drawn only on a terminal, as the build's
    for row in rows:
        key = stratum(row, config)
        position = seen[key] = seen.get(key, -1) + 1
        if chosen is not None and position not in chosen[key]:
            continue
        chunk.append(shown_row(row, config, out))
        if chunk[-1].get("no_thumb"):
            no_thumbnail[chunk[-1]["no_thumb"]] = no_thumbnail.get(chunk[-1]["no_thumb"], 0) + 1
        shown += 1
        if len(chunk) == PAGE_ROWS:
            write_chunk(out, config, chunks, chunk)
            chunks, chunk = chunks + 1, []
    if chunk:
        write_chunk(out, config, chunks, chunk)
        chunks += 1
    sampling = None
    if chosen is not None:
        by = "stage and reason" if config == "rejects" else "site and split"
        sampling = (f"a stratified sample of {shown} of {total} rows: each {by} in proportion to its size, at "
                    f"least one row each, drawn with seed {seed}")
    return {"total": total, "shown": shown, "chunks": chunks, "sampling": sampling, "no_thumbnail": no_thumbnail}


def write_chunk(out: Path, config: str, n: int, rows: list[dict]) -> None:
    text = f"window.previewChunk({to_json(config)}, {n}, {to_json(rows)});\n"
    (out / "data" / f"{config}-{n}.js").write_text(text, encoding="utf-8")


def to_json(value) -> str:
    # "</" is written "<\/": the data is loaded as scripts, and no string may end one early
    return json.dumps(value, ensure_ascii=False, default=_plain, separators=(",", ":")).replace("</", "<\\/")


def _plain(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return str(value)


def source_pointer(prov: dict | None) -> list[str]:
    """Where a row came from: the input's path below its root, the locator (figure, WARC record), the URL; as
    parts, which the page shows each isolated (a path may hold a right-to-left override)."""
    if not prov:
        return []
    parts = [prov.get("path") or ""]
    if prov.get("locator"):
        parts.append(prov["locator"])
    if prov.get("record_id"):
        parts.append(f"record {prov['record_id']}")
    if prov.get("target_uri"):
        parts.append(prov["target_uri"])
    return [p for p in parts if p]


def clip(paragraphs, limit: int = CONTEXT_CHARS) -> list[str]:
    return [p if len(p) <= limit else p[:limit] + "…" for p in (paragraphs or [])]


def shown_row(row: dict, config: str, out: Path) -> dict:
    """The fields the page shows of one row (pictures become thumbnail paths)."""
    if config == "rejects":
        return {k: row.get(k) for k in ("id", "stage", "reason", "source", "detail", "duplicate_of")}
    if config == "articles":
        paragraphs = row.get("paragraphs") or []
        return {"id": row.get("article_id"), "title": row.get("title"), "url": row.get("url"),
                "site": row.get("site"), "language": row.get("language"), "split": row["split"],
                "date": row.get("published"), "section": row.get("section"), "paragraphs": len(paragraphs),
                "lead": clip(paragraphs[:2], 300), "figures": len(row.get("figure_ids") or []),
                "source": source_pointer(row.get("provenance"))}
    shown = {"id": row.get("id"), "caption": row.get("caption"), "credit": row.get("credit"),
             "alt": row.get("alt_text"), "site": row.get("site"), "language": row.get("caption_language"),
             "split": row["split"], "date": row.get("article_published"), "url": row.get("article_url"),
             "title": row.get("article_title"), "before": clip(row.get("context_before")),
             "after": clip(row.get("context_after")), "source": source_pointer(row.get("provenance")),
             "image_url": row.get("image_url"), "cluster": row.get("caption_cluster")}
    if config == "default":
        thumb, no_thumb = thumbnail(row, out)
        shown.update(thumb=thumb, no_thumb=no_thumb, width=row.get("image_width"), height=row.get("image_height"),
                     image_cluster=row.get("image_cluster"))
    return shown


def thumbnail(row: dict, out: Path) -> tuple[str | None, str | None]:
    """(thumbs/<sha>.jpg, None), made once per picture; (None, why) when the row gets no thumbnail.

    The file is named by the sha256 of the bytes read here, never by a value of the row: a damaged or forged
    release could hold an image_sha256 such as '../../x', and a path made of it would be written outside the
    preview. A row whose image_sha256 is not its picture's sha256 is damaged (`corpus verify` says so too);
    it is shown without a thumbnail, and counted, rather than shown as if it were sound."""
    image = row.get("image") or {}
    data = image.get("bytes")
    if not data:
        return None, "no picture is stored"
    sha = hashlib.sha256(data).hexdigest()
    if row.get("image_sha256") != sha:
        return None, "the picture's bytes do not match its image_sha256"
    rel = f"thumbs/{sha[:2]}/{sha}.jpg"
    path = out / rel
    if path.exists():
        return rel, None
    try:
        with Image.open(io.BytesIO(data)) as im:
            im.draft("RGB", (THUMB_SIDE, THUMB_SIDE))  # JPEG: decode at a reduced scale when it can
            im.thumbnail((THUMB_SIDE, THUMB_SIDE))
            buf = io.BytesIO()
            im.convert("RGB").save(buf, "JPEG", quality=THUMB_QUALITY, optimize=True)
    except (OSError, ValueError, Image.DecompressionBombError) as e:
        log.warning("no thumbnail for row %s: %s", row.get("id"), e)
        return None, "the picture cannot be decoded"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(buf.getvalue())
    return rel, None
