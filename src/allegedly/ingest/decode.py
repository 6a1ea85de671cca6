"""Bytes to text: refuse binary, prefer UTF-8, otherwise detect the encoding and say so."""

from __future__ import annotations

from charset_normalizer import from_bytes

from ..errors import BinaryInput, EmptyInput, UndecodableInput

_TEXT_CONTROLS = {9, 10, 12, 13}


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return controls > max(8, len(head) // 100)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no byte-order mark, as some Windows tools write it: text in the Latin
    range has a NUL in every other byte, on the odd bytes (LE) or the even ones (BE)."""
    head = data[:8192]
    if len(head) < 16 or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    even, odd = head[0::2], head[1::2]
    for codec, zeros, chars in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= 0.9 * len(zeros) and chars.count(0) <= 0.01 * len(chars):
            try:
                text = data[: len(data) // 2 * 2].decode(codec)
            except UnicodeDecodeError:
                continue
            printable = sum(c.isprintable() or c in "\n\r\t" for c in text[:4096])
            if printable >= 0.95 * min(len(text), 4096):
                return codec
    return None


def decode(data: bytes) -> tuple[str, str | None]:
    """The text and, when it was not UTF-8, a warning naming the encoding used."""
    if not data.strip():
        raise EmptyInput("empty input: nothing to analyse")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace"), f"not UTF-8: decoded as {utf16} (no byte-order mark)"
    if looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryInput("binary data, not text or HTML")
    for bom, codec in ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), f"not UTF-8: decoded as {codec}"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    # English text that is not UTF-8 is nearly always Windows-1252 (a superset of Latin-1):
    # take it when it decodes cleanly and only a sprinkling of characters is non-ASCII.
    try:
        text = data.decode("cp1252")
        if sum(ord(c) > 127 for c in text) <= max(3, len(text) // 20):
            return text, "not UTF-8: decoded as cp1252"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise UndecodableInput("not valid UTF-8 and no other text encoding fits")
    return str(best), f"not UTF-8: decoded as {best.encoding}"
