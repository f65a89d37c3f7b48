"""Helpers for feeding a release to a training loop: module-level, so DataLoader workers can pickle them
under every start method (spawn and forkserver pickle the collate function; a lambda cannot be pickled)."""
from __future__ import annotations


def collate_pairs(rows: list[dict]) -> tuple[list, list[str]]:
    """A batch of `default` rows -> (pictures, captions). Pictures keep their own sizes, so they stay a
    list; resize them in a transform first to stack them into one tensor."""
    return [r["image"] for r in rows], [r["caption"] for r in rows]


def collate_texts(rows: list[dict]) -> tuple[list[list[str]], list[str]]:
    """A batch of `text_only` rows -> (context paragraphs before the picture, captions)."""
    return [r["context_before"] for r in rows], [r["caption"] for r in rows]
