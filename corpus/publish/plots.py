"""plots: the datasheet's PNG figures, drawn with matplotlib's Agg canvas.

Figures are made with `matplotlib.figure.Figure` (no pyplot global state) under the library's default
style (a user's matplotlibrc must not change a release), at a fixed size and dpi, and saved without
the "Software" text chunk, so the same release gives the same PNG bytes with the same matplotlib.

matplotlib is imported only where a plot is drawn: a build draws them in a `PlotWorker`, a child
process forked early, so importing matplotlib and drawing overlap the build's other stages.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
from pathlib import Path
from typing import TYPE_CHECKING

from .card import ordered_stages
from .measure import Histogram, ReleaseStats

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

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
MAX_TICK_LABELS = 10  # more bars than this on a time or count axis: only some are labelled
KEPT, REJECTED, TEXT = "#4c72b0", "#dd8452", "#55a868"


def new_figure() -> tuple[Figure, object]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

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
    from matplotlib.ticker import MaxNLocator

    names = list(ordered_stages(stages))[::-1]  # first stage on top
    kept = [stages[s]["kept"] for s in names]
    rejected = [sum(stages[s]["rejected"].values()) for s in names]
    ax.barh(names, kept, color=KEPT, label="kept")
    ax.barh(names, rejected, left=kept, color=REJECTED, label="rejected")
    ax.set_xlabel("items (each stage counts its own unit: files, pages, figures, rows)")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    legend_above(ax)


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
    legend_above(ax)


def legend_above(ax) -> None:
    """The legend in one row above the axes, where no bar can be (inside, the longest bars run under it)."""
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.01), ncol=2, frameon=False, borderaxespad=0)


def histogram(ax, hist: Histogram, xlabel: str, bins: int = 30) -> None:
    from matplotlib.ticker import MaxNLocator

    values = sorted(hist.counts)
    ax.hist(values, weights=[hist.counts[v] for v in values], bins=bins, color=KEPT)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("rows")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))


def counts_bar(ax, counts: dict, xlabel: str, ylabel: str) -> None:
    from matplotlib.ticker import MaxNLocator

    keys = sorted(counts)
    # numeric positions with string labels: labels like "2025-03" or "2" would make matplotlib guess
    ax.bar(range(len(keys)), [counts[k] for k in keys], color=KEPT)
    shown = labelled_positions([str(k) for k in keys])
    ax.set_xticks(shown, [str(keys[i]) for i in shown])
    if len(shown) > 6:
        ax.tick_params(axis="x", labelrotation=45)
        for label in ax.get_xticklabels():
            label.set_horizontalalignment("right")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))


def labelled_positions(keys: list[str], most: int = MAX_TICK_LABELS) -> list[int]:
    """The bars that get a label: all when few; else every k-th, with months labelled at a quarter,
    half-year or year start (k = 3, 6, 12, 24, ...) so that the labels read as a calendar."""
    if len(keys) <= most:
        return list(range(len(keys)))
    months = all(len(k) == 7 and k[4] == "-" for k in keys)
    step = -(-len(keys) // most)
    if months:
        step = next(k for k in (3, 6, 12, 24, 60, 120, 240) if k >= step or k == 240)
        return [i for i, k in enumerate(keys) if (int(k[5:7]) - 1) % min(step, 12) == 0
                and (step <= 12 or int(k[:4]) % (step // 12) == 0)]
    return list(range(0, len(keys), step))


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


def write_plots(release: Path, stats: ReleaseStats, manifest: dict, names: list[str] | None = None) -> list[str]:
    """Writes every plot of PLOTS (or of `names`) under release/datasheet/; returns their relative paths."""
    import matplotlib.style

    folder = Path(release) / PLOT_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with matplotlib.style.context("default"):
        for name, title in PLOTS.items():
            if names is not None and name not in names:
                continue
            fig, ax = new_figure()
            if draw(name, ax, stats, manifest):
                ax.set_title(title)
            else:
                empty(ax, title)
            save(fig, folder / name)
            written.append(f"{PLOT_DIR}/{name}")
    return written


def _import_matplotlib() -> None:
    import matplotlib.style  # noqa: F401
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: F401
    from matplotlib.figure import Figure  # noqa: F401
    from matplotlib.ticker import MaxNLocator  # noqa: F401


def _quiet_stdio() -> None:
    """Points this process's stdout and stderr at /dev/null (it writes nothing; errors go back by pipe)."""
    import os
    import sys

    devnull = os.open(os.devnull, os.O_WRONLY)
    for fd in (1, 2):
        os.dup2(devnull, fd)
    os.close(devnull)
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process


def _serve(jobs, results) -> None:
    """The worker's side: import matplotlib while the build runs; then, for the one job it is sent,
    measure the release (sent back: the datasheet's text needs it) and draw its plots."""
    from ..executors import die_with_parent
    from .measure import measure

    die_with_parent()  # a killed build must not leave this process behind
    _quiet_stdio()  # nor keep its stdout open: `corpus build | tee log` ends when the build does
    _import_matplotlib()
    try:
        job = jobs.recv()
    except EOFError:
        return
    if job is None:
        return
    release, stages = job
    try:
        stats = measure(release)
        results.send((True, stats))
        results.send((True, _draw_in_two(release, stats, {"stages": stages})))
    except Exception as e:  # noqa: BLE001 - reported to the build, which raises it
        results.send((False, f"{type(e).__name__}: {e}"))


def _draw_in_two(release: Path, stats: ReleaseStats, manifest: dict) -> list[str]:
    """Half of the plots in a fork of this process (matplotlib is imported already), half here: the
    build waits for them, so both cores draw."""
    names = list(PLOTS)
    half = names[: len(names) // 2]
    pid = os.fork()
    if pid == 0:  # the fork draws its half and leaves without running any cleanup of the parent's
        code = 1
        try:
            write_plots(release, stats, manifest, half)
            code = 0
        finally:
            os._exit(code)
    write_plots(release, stats, manifest, names[len(half):])
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError("the plot fork failed")
    return [f"{PLOT_DIR}/{n}" for n in names]


class PlotWorker:
    """Measures a release and draws its plots in a child process forked when it is made (early in a
    build): importing matplotlib and drawing six figures take ~0.8 s, a third of a 10-article
    rebuild, and would otherwise run after everything else. The build `start`s it as soon as the
    shards are written, writes manifest and card meanwhile, then takes the `stats` and waits in
    `finish`. Where fork is not available, or the build runs inside a daemonic process, the same happens
    in-process."""

    def __init__(self) -> None:
        self._send = self._recv = self._proc = None
        self._job: tuple | None = None
        self._stats: ReleaseStats | None = None
        if "fork" not in multiprocessing.get_all_start_methods() or multiprocessing.current_process().daemon:
            return  # a daemonic process (a Pool's worker) may not start children: measure and draw in-process
        ctx = multiprocessing.get_context("fork")
        # two one-way OS pipes, not a duplex Pipe: that one is a socket pair, and a build opens no sockets
        job_in, self._send = ctx.Pipe(duplex=False)
        self._recv, result_out = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_serve, args=(job_in, result_out), name="corpus-plots", daemon=True)
        self._proc.start()
        job_in.close()
        result_out.close()

    def start(self, release: Path, stages: dict) -> None:
        """Hands over a release whose shards are final, and the ledger's stage counts (the funnel)."""
        self._job = (Path(release), stages)
        if self._proc is not None:
            try:
                self._send.send(self._job)
            except OSError:  # the worker died before its job: do it here
                self._stop()

    def stats(self) -> ReleaseStats:
        """The release's measurements (waits for the worker's measure)."""
        if self._stats is None:
            self._stats = self._receive() if self._proc is not None else None
            if self._stats is None:
                from .measure import measure

                self._stats = measure(self._job[0])
        return self._stats

    def finish(self) -> list[str]:
        """Waits for the plots; returns their relative paths."""
        stats = self.stats()
        written = self._receive() if self._proc is not None else None
        self._stop()
        return written if written is not None else write_plots(self._job[0], stats, {"stages": self._job[1]})

    def _receive(self):
        try:
            ok, value = self._recv.recv()
        except (EOFError, OSError) as e:  # the worker died (killed, out of memory): carry on in-process
            log.warning("plot worker failed (%s); measuring and drawing in the build process", e)
            self._stop()
            return None
        if not ok:
            self._stop()
            raise RuntimeError(f"drawing the datasheet plots failed: {value}")
        return value

    def _stop(self) -> None:
        if self._proc is None:
            return
        try:
            self._send.send(None)
        except (OSError, ValueError):
            pass
        self._send.close()
        self._recv.close()
        self._proc.join(timeout=10)
        if self._proc.is_alive():
            self._proc.terminate()
            self._proc.join()
        self._proc = None

    def close(self) -> None:
        """Stops the worker (idempotent); a build that fails before its plots calls this."""
        self._stop()
