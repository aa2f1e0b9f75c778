"""timeline: Japanese news articles → a chronological timeline of dated events.

    >>> from timeline import extract
    >>> tl = extract("seeds/")
    >>> [(e.date, e.type, e.title) for e in tl.events][:3]
"""
from .dates import find_dates
from .models import Actor, Article, Event, Mention, ReadError, SourceFile, TemporalExpression, Timeline
from .pipeline import extract
from .io.readers import read_sources

__version__ = "0.1.0"
__all__ = ["extract", "find_dates", "read_sources", "Actor", "Article", "Event", "Mention", "ReadError",
           "SourceFile", "TemporalExpression", "Timeline", "__version__"]
