"""progress: the progress bars of long steps (tqdm), and a silent stand-in when they are off."""
from __future__ import annotations

import sys


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
    """A tqdm bar, or a no-op without importing tqdm (a noticeable share of a small rebuild). Drawn only
    when stderr is a terminal: redrawn with carriage returns, a bar written to a file or a pipe
    (`corpus build ... 2>log`, a CI log) is a long run of frames that buries the warnings around it."""
    if not (shown and stderr_is_terminal()):
        return _NoBar(iterable)
    from tqdm import tqdm

    return tqdm(iterable, **kwargs)


def stderr_is_terminal() -> bool:
    """Whether stderr is a terminal (a pty counts); False where it is closed or None (pythonw)."""
    stream = sys.stderr
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError):  # a stand-in without isatty, or a closed stream
        return False
