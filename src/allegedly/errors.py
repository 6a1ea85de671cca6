"""Every error the library raises, in one place.

    AllegedlyError
    ├── InputError            the input cannot be analysed (one clear line says why)
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── UndecodableInput
    │   ├── InputTooLarge
    │   ├── UnreadableInput
    │   ├── NoArticleText     HTML or JSON with no article text in it
    │   └── NotEnglish
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
    "NotEnglish",
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


class NotEnglish(InputError):
    pass


class UnknownName(AllegedlyError, KeyError):
    """A name given to a registry that holds no such name."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""
