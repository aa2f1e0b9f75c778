"""Typed errors raised by the library; the CLI turns them into one-line messages."""


class TimelineError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(TimelineError):
    """An input file could not be read or decoded."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class ModelNotFoundError(TimelineError):
    """The GiNZA model package is not installed."""


class LexiconError(TimelineError):
    """A data file under timeline/data is malformed."""
