"""Every error the library raises, in one place.

    AllegedlyError
    ├── InputError            the input cannot be analysed (one clear line says why)
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── UndecodableInput
    │   ├── InputTooLarge
    │   ├── UnreadableInput
    │   ├── NoArticleText     HTML or JSON with no article text in it
    │   ├── BadMetadata       a metadata field of the wrong type ("authors": 5)
    │   └── NotEnglish
    ├── AnalysisFailed        the engine failed on an input it accepted (a bug: please report it)
    ├── UsageError            the command was given something it cannot use (--out a file)
    └── UnknownName           a registry lookup failed; the message lists the known names

A library function raises; only the CLI turns an error into a line on stderr and an exit code.
"""

from __future__ import annotations

__all__ = [
    "AllegedlyError",
    "InputError",
    "EmptyInput",
    "BinaryInput",
    "UndecodableInput",
    "InputTooLarge",
    "UnreadableInput",
    "NoArticleText",
    "BadMetadata",
    "NotEnglish",
    "AnalysisFailed",
    "UsageError",
    "UnknownName",
]


class AllegedlyError(Exception):
    """Base of every error raised by allegedly."""


class InputError(AllegedlyError):
    """One input cannot be analysed; others in the same batch still can."""


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class UndecodableInput(InputError):
    pass


class InputTooLarge(InputError):
    pass


class UnreadableInput(InputError):
    pass


class NoArticleText(InputError):
    pass


class BadMetadata(InputError):
    pass


class NotEnglish(InputError):
    pass


class AnalysisFailed(AllegedlyError):
    """The engine raised on an article it had accepted; the message names the error."""


class UsageError(AllegedlyError):
    """An option or argument the command cannot use; nothing was analysed."""


class UnknownName(AllegedlyError, KeyError):
    """A name given to a registry that holds no such name."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""
