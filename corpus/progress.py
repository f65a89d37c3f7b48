"""progress: the progress bars of long steps (tqdm), and a silent stand-in when they are off."""
from __future__ import annotations


class _NoBar:
    """What progress_bar gives when the bar is off: the iterable itself, and no-op updates."""

    def __init__(self, iterable=None):
        self.iterable = iterable

    def __iter__(self):
        return iter(self.iterable)

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def progress_bar(shown: bool, iterable=None, **kwargs):
    """A tqdm bar, or a no-op without importing tqdm (a noticeable share of a small rebuild)."""
    if not shown:
        return _NoBar(iterable)
    from tqdm import tqdm

    return tqdm(iterable, **kwargs)
