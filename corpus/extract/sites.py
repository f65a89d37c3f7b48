"""Unavoidable per-site rules, as data: one table, keyed by registered domain (suffix match).

Every general rule is tried first; a site enters this table only when its markup contradicts a general
rule and no general rule can tell the difference. Keys of a rule dict:
  ``skip_classes``: extra class words whose subtree holds no article image.
"""
from __future__ import annotations

SITE_RULES: dict[str, dict] = {}


def rules_for(domain: str | None) -> dict:
    """The rules of the longest table key that is a suffix of domain ({} when none)."""
    if not domain:
        return {}
    best = ""
    for key in SITE_RULES:
        if (domain == key or domain.endswith("." + key)) and len(key) > len(best):
            best = key
    return SITE_RULES.get(best, {})
