"""preview: look at a corpus before trusting it. `site` writes a static site of a release (pairs,
text-only captions, articles, rejects); `page` writes one page's figures as the extractor sees them."""
from .page import write_extract_preview
from .site import write_preview

__all__ = ["write_preview", "write_extract_preview"]
