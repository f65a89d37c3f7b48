"""caption-corpus: news articles in, a versioned image-caption dataset out."""
__version__ = "0.1.0"
