"""plots: the datasheet's PNG figures, drawn with matplotlib's Agg canvas.

Figures are made with `matplotlib.figure.Figure` (no pyplot global state) under the library's default
style (a user's matplotlibrc must not change a release), at a fixed size and dpi, and saved without
the "Software" text chunk, so the same release gives the same PNG bytes with the same matplotlib.
"""
from __future__ import annotations

from pathlib import Path

import matplotlib
import matplotlib.style
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .card import ordered_stages
from .measure import Histogram, ReleaseStats

PLOT_DIR = "datasheet"
#: file name -> title; the card and the datasheet link these
PLOTS = {
    "funnel.png": "Items kept and rejected per stage",
    "sites.png": "Rows per site",
    "dates.png": "Rows per month of publication",
    "caption_words.png": "Caption length (words)",
    "image_sizes.png": "Longest image side (pixels)",
    "images_per_article.png": "Images per article",
}
SIZE = (6.4, 3.6)  # inches
DPI = 100
MAX_BARS = 20  # more sites than this: the rest are summed as "other"
KEPT, REJECTED, TEXT = "#4c72b0", "#dd8452", "#55a868"


def new_figure() -> tuple[Figure, object]:
    fig = Figure(figsize=SIZE, dpi=DPI)
    # fixed margins, wide enough for site and stage names: a constrained layout costs ~60 ms a plot
    fig.subplots_adjust(left=0.26, right=0.97, top=0.9, bottom=0.2)
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot()


def save(fig: Figure, path: Path) -> None:
    # "Software" would carry the matplotlib version; PNG has no creation date unless asked for
    fig.savefig(path, format="png", dpi=DPI, metadata={"Software": None})


def empty(ax, title: str) -> None:
    ax.set_title(title)
    ax.text(0.5, 0.5, "no data in this release", ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def funnel(ax, stages: dict) -> None:
    names = list(ordered_stages(stages))[::-1]  # first stage on top
    kept = [stages[s]["kept"] for s in names]
    rejected = [sum(stages[s]["rejected"].values()) for s in names]
    ax.barh(names, kept, color=KEPT, label="kept")
    ax.barh(names, rejected, left=kept, color=REJECTED, label="rejected")
    ax.set_xlabel("items (each stage counts its own unit: files, pages, figures, rows)")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="lower right")


def top_sites(stats: ReleaseStats) -> list[tuple[str, int, int]]:
    """(site, image rows, text-only rows), largest first, the tail summed as "other"."""
    per_site: dict[str, list[int]] = {}
    for (site, config), n in stats.captions.sites.items():
        per_site.setdefault(site, [0, 0])[0 if config == "default" else 1] += n
    ordered = sorted(per_site.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    rows = [(s, a, b) for s, (a, b) in ordered[:MAX_BARS]]
    tail = ordered[MAX_BARS:]
    if tail:
        rows.append(("other", sum(v[0] for _, v in tail), sum(v[1] for _, v in tail)))
    return rows


def sites(ax, stats: ReleaseStats) -> None:
    rows = top_sites(stats)[::-1]
    names = [r[0] for r in rows]
    ax.barh(names, [r[1] for r in rows], color=KEPT, label="with image (default)")
    ax.barh(names, [r[2] for r in rows], left=[r[1] for r in rows], color=TEXT, label="text_only")
    ax.set_xlabel("rows")
    ax.legend(loc="lower right")


def histogram(ax, hist: Histogram, xlabel: str, bins: int = 30) -> None:
    values = sorted(hist.counts)
    ax.hist(values, weights=[hist.counts[v] for v in values], bins=bins, color=KEPT)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("rows")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))


def counts_bar(ax, counts: dict, xlabel: str, ylabel: str) -> None:
    keys = sorted(counts)
    # numeric positions with string labels: labels like "2025-03" or "2" would make matplotlib guess
    ax.bar(range(len(keys)), [counts[k] for k in keys], color=KEPT, tick_label=[str(k) for k in keys])
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    if len(keys) > 12:
        ax.tick_params(axis="x", labelrotation=90, labelsize=7)


def month_series(months: dict[str, int]) -> dict[str, int]:
    """Rows per month with empty months filled in (per year when the span is over 20 years)."""
    first, last = min(months), max(months)
    y, m = int(first[:4]), int(first[5:7])
    if int(last[:4]) - y > 20:
        years: dict[str, int] = {}
        for k, n in months.items():
            years[k[:4]] = years.get(k[:4], 0) + n
        return {str(yr): years.get(str(yr), 0) for yr in range(y, int(last[:4]) + 1)}
    out = {}
    while f"{y:04d}-{m:02d}" <= last:
        out[f"{y:04d}-{m:02d}"] = months.get(f"{y:04d}-{m:02d}", 0)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def images_per_article(stats: ReleaseStats) -> dict[int, int]:
    """Number of image rows in an article -> articles (articles with none count as 0)."""
    hist: dict[int, int] = {}
    for n in stats.captions.images_per_article.values():
        hist[n] = hist.get(n, 0) + 1
    without = sum(stats.articles.rows.values()) - len(stats.captions.images_per_article)
    if without > 0:
        hist[0] = without
    return dict(sorted(hist.items()))


def draw(name: str, ax, stats: ReleaseStats, manifest: dict) -> bool:
    """Draws one plot; False when the release has no data for it."""
    c = stats.captions
    if name == "funnel.png":
        funnel(ax, manifest.get("stages", {}))
        return bool(manifest.get("stages"))
    if name == "sites.png" and c.sites:
        sites(ax, stats)
    elif name == "dates.png" and c.months:
        counts_bar(ax, month_series(c.months), "month", "rows")
    elif name == "caption_words.png" and c.words.total:
        histogram(ax, c.words, "words per caption")
    elif name == "image_sizes.png" and c.longest_side.total:
        histogram(ax, c.longest_side, "longest side (px)")
    elif name == "images_per_article.png" and images_per_article(stats):
        counts_bar(ax, images_per_article(stats), "image rows in the article", "articles")
    else:
        return False
    return True


def write_plots(release: Path, stats: ReleaseStats, manifest: dict) -> list[str]:
    """Writes every plot of PLOTS under release/datasheet/; returns their relative paths."""
    folder = Path(release) / PLOT_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with matplotlib.style.context("default"):
        for name, title in PLOTS.items():
            fig, ax = new_figure()
            if draw(name, ax, stats, manifest):
                ax.set_title(title)
            else:
                empty(ax, title)
            save(fig, folder / name)
            written.append(f"{PLOT_DIR}/{name}")
    return written
