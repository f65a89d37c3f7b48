"""One page's figures as the extractor sees them (`corpus extract PAGE --preview OUT.html`): each kept
picture with its caption, credit and alt and the markup it came from, then every rejected candidate with
its reason and markup. A static HTML file; every value from the page is escaped."""
from __future__ import annotations

import html
from pathlib import Path

from lxml import etree

MARKUP_CHARS = 1500  # of the markup shown per candidate
_WRAPPERS = ("figure", "picture", "a")


def candidate_elements(content: bytes) -> dict[int, object]:
    """Document order -> element, numbered as the extractor numbers its scan (`img=N` in the rejects)."""
    from ..extract.html import parse
    from ..extract.candidates import scan_nodes

    return dict(enumerate(scan_nodes(parse(content))))


def markup_of(el) -> str:
    """The element inside its nearest figure (or picture/link) wrapper, as the page has it, cut to size."""
    shown = el
    for anc in el.iterancestors():
        if anc.tag in _WRAPPERS:
            shown = anc
            if anc.tag == "figure":
                break
        elif anc.tag in ("article", "main", "body", "section"):
            break
    text = etree.tostring(shown, encoding="unicode", method="html", with_tail=False)
    return text if len(text) <= MARKUP_CHARS else text[:MARKUP_CHARS] + " …"


def element_for(src: str | None, elements: dict[int, object]):
    """The first scanned element that offers exactly src, its URLs read as the extractor reads them (src, lazy
    attributes, srcset, <picture> sources, figure itemid). A substring test on the attributes matched the
    wrong element whenever one figure's src ends another's (photos/a.jpg in https://cdn.example/photos/a.jpg),
    and showed that figure's markup; no exact match shows no markup rather than someone else's."""
    from ..extract.candidates import Candidate, _refs

    if not src:
        return None
    for order, el in elements.items():
        if el.tag != "p" and src in _refs(Candidate(el, order, 0)).candidates:
            return el
    return None


def order_of(source: str) -> int | None:
    """N of a reject's `...:img=N` pointer."""
    _, _, tail = source.rpartition(":img=")
    return int(tail) if tail.isdigit() else None


def value(text: str) -> str:
    """A value from the page (a caption, URL, file name), escaped and in its own <bdi>: a right-to-left override
    (U+202E) in it then reverses that value only, not the label before it or the values after it."""
    return f"<bdi>{html.escape(text)}</bdi>"


def write_extract_preview(path: Path, content: bytes, article, rejects: list[dict], out: Path) -> None:
    elements = candidate_elements(content)
    e = html.escape
    parts = [f"<!doctype html><html lang=en><head><meta charset=utf-8><title>extract preview: {e(path.name)}</title>",
             "<style>body{font:14px/1.4 system-ui,sans-serif;margin:16px;max-width:1100px}"
             ".fig{border:1px solid #ccc;border-radius:6px;padding:8px;margin:10px 0}.kept{border-left:5px solid #3a7}"
             ".rej{border-left:5px solid #c54}pre{white-space:pre-wrap;word-break:break-all;background:#f4f4f4;"
             "padding:6px;font-size:12px}.k{color:#666}</style></head><body>",
             f"<h1>{e(path.name)}</h1>"]
    if article is None:
        parts.append("<p>No article was extracted from this page (see the reasons below).</p>")
    else:
        parts.append(f"<p>{value(article.title or '(no title)')} · {value(article.url or '')} · "
                     f"{len(article.paragraphs)} body paragraphs · {len(article.figures)} figures kept · "
                     f"{sum(1 for r in rejects if r['stage'] == 'figures')} candidates rejected</p>")
        parts.append("<h2>Figures kept</h2>")
        for fig in article.figures:
            el = element_for(fig.src, elements)
            parts.append(
                f"<div class='fig kept'><div><span class=k>#{fig.index} · position {fig.position} · caption from "
                f"{e(fig.caption_source or '-')}</span></div>"
                f"<div><b>caption</b>: {value(fig.caption or '(none)')}</div><div><b>credit</b>: "
                f"{value(fig.credit or '(none)')}</div><div><b>alt</b>: {value(fig.alt or '(none)')}</div>"
                f"<div><b>src</b>: {value(fig.src or '')}</div><div><b>url</b>: {value(fig.url or '')}</div>"
                + (f"<pre>{e(markup_of(el))}</pre>" if el is not None else "") + "</div>")
    parts.append("<h2>Rejected</h2>")
    for r in rejects:
        n = order_of(r["source"])
        el = elements.get(n) if n is not None else None
        parts.append(f"<div class='fig rej'><div><b>{e(r['reason'])}</b>: {value(r['detail'] or '')}</div>"
                     f"<div class=k>{e(r['stage'])} · {value(r['source'])}</div>"
                     + (f"<pre>{e(markup_of(el))}</pre>" if el is not None else "") + "</div>")
    parts.append("</body></html>\n")
    out.write_text("".join(parts), encoding="utf-8")
