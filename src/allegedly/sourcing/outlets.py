"""News outlets: does a source name one ("according to the Sioux Falls Argus Leader",
"CBS DFW reports", "TVA Sports reported", "KDKA-TV", "iGen.fr")?

Four kinds of evidence, tried in order on the name that heads the source:
    the gazetteer   data/outlets.txt (hand-listed press) and data/outlets_found.txt (what the
                    development texts call a newspaper, agency or broadcaster)
    the article     names this article itself calls an outlet ("the Rodong Sinmun newspaper",
                    "Magharebia, a news website", "the newspaper Le Monde")
    patterns        a masthead ("the X Times", "TVA Sports"), a network and its market
                    ("CBS DFW", "Fox 5 DC"), a US call sign ("KDKA-TV"), a web domain
    the head noun   "the newspaper", "state television", "a television station"
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..extract.context import Tokens, tokens_of
from ..extract.spans import per_doc

OUTLETS = "outlets.txt"
FOUND = "outlets_found.txt"
OUTLET_WORDS = "outlet_words.txt"
NEWS_WORKS = "news_works.txt"
INDEFINITES = "indefinites.txt"
EDITIONS = "editions.txt"
COMPANY_SUFFIXES = "company_suffixes.txt"  # 'Inc', 'Corp': a company, not an outlet
BROADCAST_WORDS = "broadcast_words.txt"  # '-TV' after a call sign; 'station' near one
PUBLISHING_VERBS = "publishing_verbs.txt"  # 'a report published by X': X the outlet

_CALL_SIGN = re.compile(r"^[KW][A-Z]{3}$")
_DOMAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})$")
_NETWORK_NUM = re.compile(r"^([A-Za-z]+)(\d{1,2})$")  # 'ABC7', 'NBC4'
_CONNECTORS = frozenset({"of", "de", "du", "della", "del", "al", "el", "and", "&", "-", "the", "on"})
_GEO = frozenset({"GPE", "LOC", "NORP"})
_BRAND = re.compile(r"^[a-z]{1,2}[A-Z][a-z]{2,}")  # 'iGen', 'eBay'; not 'mRNA', 'pH', 'kWh'
_ARTICLES = frozenset({"il", "la", "lo", "le", "el", "los", "las", "der", "die", "das", "l"})  # a foreign masthead's article ('Il Corriere ...')
_OF = frozenset({"of", "de", "del", "della", "di", "du", "des"})  # a masthead's 'of PLACE', in the languages of its masthead words


@dataclass(frozen=True)
class Outlet:
    name: str
    kind: str
    origin: str


def _norm(text: str) -> str:
    """Lower case, one space, hyphens and curly apostrophes folded: 'Post-Gazette' = 'post gazette'."""
    text = text.replace("’", "'").replace("‘", "'").lower()
    return re.sub(r"[\s\-]+", " ", text).strip(" .,")


def _strip_the(text: str) -> tuple[str, bool]:
    if text.startswith("the "):
        return text[4:], True
    return text, False


@cache
def gazetteer() -> dict[str, tuple[Outlet, bool]]:
    """Normalised name -> (outlet, needs 'the'), from outlets.txt and outlets_found.txt."""
    table: dict[str, tuple[Outlet, bool]] = {}
    for line in lexicon.lines(OUTLETS):
        cols = line.split("\t")
        if len(cols) != 3:
            continue
        names = [n.strip() for n in cols[0].split("|") if n.strip()]
        outlet = Outlet(names[0], cols[1].strip(), cols[2].strip())
        for n in names:
            key, needs_the = _strip_the(_norm(n))
            table.setdefault(key, (outlet, needs_the))
    for line in lexicon.lines(FOUND):
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        key, _ = _strip_the(_norm(cols[0]))
        table.setdefault(key, (Outlet(cols[0].strip(), "found", cols[-1].strip()), False))
    return table


def _group(name: str) -> frozenset[str]:
    return lexicon.grouped(OUTLET_WORDS).get(name, frozenset())


@cache
def media_words() -> frozenset[str]:
    """Every noun of outlet_words.txt, whatever its group: news's own words for media, their
    kinds, staff and affiliates ('affiliate', 'correspondent'), which other lists' readings
    of a noun must not override; not the topic words before a site ('militant', 'tech'),
    which say nothing of the noun they are."""
    return frozenset().union(*(words for group, words in lexicon.grouped(OUTLET_WORDS).items() if group != "topic"))


def outlet_nouns() -> frozenset[str]:
    """The nouns that name an outlet by themselves ('newspaper', 'magazine', 'tabloid';
    outlet_words.txt's "noun" group), whatever noun stands before them ('the student
    newspaper')."""
    return _group("noun")


def medium_nouns() -> frozenset[str]:
    """Common nouns that name a news medium as the one a statement was given to ('told the
    newspaper', 'told The Sun newspaper', 'told the station'): the outlet nouns and the
    "recipient" group of outlet_words.txt."""
    return outlet_nouns() | _group("recipient")


def staff_nouns() -> frozenset[str]:
    """A medium's own people, who unnamed stand for it: the "staff" group of outlet_words.txt."""
    return _group("staff")


def _unnamed_staff(head: Token) -> bool:
    """'AFP's correspondent', not 'an Ottawa Citizen reporter ..., Jordan Press' nor 'NPR's
    correspondent Alice Fordham': a named journalist is a person (the guideline)."""
    return head.lower_ in staff_nouns() and not any(c.dep_ in ("appos", "compound", "npadvmod") and c.pos_ == "PROPN" and c.i > head.i for c in head.children)


def _outlet_noun(head: Token) -> bool:
    """A common noun for one outlet: 'newspaper', 'paper', 'station', 'site', 'affiliate'."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in medium_nouns() | _group("affiliate")


def related_outlet(head: Token) -> bool:
    """'its sister station', 'the Herald's sister paper', 'NPR member station', 'a CBS
    affiliate', 'the local Detroit CBS affiliate': an outlet named by its tie to another
    outlet or network. Not 'al-Qaeda's Syrian affiliate'."""
    if not _outlet_noun(head):
        return False
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
    if head.lemma_.lower() in _group("affiliate"):
        ties = _group("network") | _group("medium")
        return any(m.lower_ in ties or lookup(m.text) is not None for m in mods)
    return any(m.lower_ in _group("relation") for m in mods)


def _named_by(head: Token) -> bool:
    """An outlet noun with the outlet's name beside it: 'their sister station in Wichita,
    KWCH', 'our sister site Deadspin', 'the Herald's sister paper, the Evening Star',
    'outlets like Bleeding Cool', 'tabloids such as The Sun'."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("like", "including", "as"):
            if any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children):
                return True
        if c.dep_ in ("appos", "compound", "npadvmod") and c.pos_ == "PROPN" and c.i != head.i:
            if c.dep_ == "compound" and c.i < head.i:
                continue  # 'the Detroit CBS affiliate': a place or network before the noun is no name
            return True
    return False


def _media_noun(head: Token) -> bool:
    """An outlet noun by itself ('tabloids', 'outlets', 'media'), or one with a medium
    word ('a local TV station', 'news websites', 'a local paper'): 'a website', 'a station',
    'a paper' may be anyone's."""
    lemma = head.lemma_.lower()
    if lemma in _group("noun") | _group("affiliate") | _group("press") or lemma == "outlet" or head.lower_ in _group("press"):
        return True
    mods = {c.lower_ for c in head.children}
    return lemma in _group("qualified") and bool(mods & _group("medium")) or _topic_site(lemma, mods) or _placed(head) or names_a_newspaper(head)


def medium_word(tok: Token) -> bool:
    """'news', 'TV', 'radio' (outlet_words.txt's "medium" group): a word that makes the noun
    after it a news medium's."""
    return tok.lower_ in _group("medium")


def qualified_medium(head: Token) -> bool:
    """A noun that names an outlet with its medium word before it ('the Canadian Press news
    agency', 'a local TV station', 'the news website'), outlet_words.txt's "qualified" and
    "medium" groups; 'the agency', 'the station' may be anyone's."""
    return head.lemma_.lower() in _group("qualified") and any(medium_word(c) for c in head.children if c.i < head.i)


def _topic_site(lemma: str, mods: set[str]) -> bool:
    """'a satirical website', 'a gossip site', 'a tech site' (outlet_words.txt, "web" and
    "topic"): a site known by what it publishes is an outlet; 'an impact site' is a place."""
    return lemma in _group("web") and bool(mods & _group("topic"))


def _placed(head: Token) -> bool:
    """'a French website', 'a US website', 'one Seoul-based website' (outlet_words.txt,
    "placed"): a site known by where it is from is a news site; one known by whose it is
    ('the NASA website', 'the company's site') is that body's document."""
    if head.lemma_.lower() not in _group("placed") or any(c.dep_ == "poss" for c in head.children):
        return False
    for c in head.children:
        if c.dep_ == "amod" and (c.ent_type_ == "NORP" or c.lower_ == "based" and any(g.ent_type_ == "GPE" or g.pos_ == "PROPN" for g in c.children)):
            return True
        if c.dep_ == "compound" and c.ent_type_ == "GPE":
            return True
    return False


def unnamed_media(head: Token) -> bool:
    """The news media without a name: 'the Italian press', 'local media', 'British
    tabloids', 'several news outlets', 'a CBS affiliate', 'one newspaper'. An anonymous
    source (the guideline's 'some media')."""
    if head.pos_ != "NOUN" or _named_by(head):
        return False  # 'local media such as the Kestrel Gazette' name one
    lemma = head.lemma_.lower()
    if lemma in _group("press") or head.lower_ in _group("press"):
        return True  # 'media' (whose lemma the tagger may give as 'medium')
    unowned = lemma in _group("qualified") and all(
        c.dep_ in ("amod", "det", "nummod", "advmod", "punct") or c.dep_ == "compound" and c.ent_type_ == "NORP" for c in head.children if c.i < head.i
    )
    if unowned and (head.tag_ == "NNS" or any(c.dep_ in ("det", "nummod") and c.lower_ in _indefinite() for c in head.children)):
        # 'Jihadist websites claimed', 'several sites reported', 'a satirical website
        # claimed': sites known by no owner, each a publisher, not a text of its own
        return True
    if not _media_noun(head):
        return False
    if head.tag_ == "NNS":
        return True
    return any(c.dep_ in ("det", "nummod") and c.lower_ in _indefinite() for c in head.children)


def unnamed_media_report(head: Token) -> bool:
    """A report of the news media without a name: 'Italian media reports', 'a newspaper
    report', 'local press reports', 'a report in the Italian press'. An unnamed report is
    an anonymous source (the guideline's 'an earlier report'), and one the media made the
    more so ('a 2013 article in her local newspaper'); 'a police report' is a document, 'a
    Guardian report' the Guardian's."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _news_reports():
        return False
    for c in head.children:
        if (
            c.dep_ in ("compound", "amod", "nmod")
            and c.pos_ in ("NOUN", "ADJ")
            and (c.lower_ in _group("press") or c.lower_ in _group("medium") or _outlet_noun(c))
        ):
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "by", "from", "on"):
            if any(g.dep_ == "pobj" and (unnamed_media(g) or _someones_medium(g)) for g in c.children):
                return True
    return False


def _someones_medium(head: Token) -> bool:
    """'her local newspaper', 'his hometown paper': a medium told by whose or where it is,
    not by its name."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or _named_by(head) or not _media_noun(head):
        return False
    kids = list(head.children)
    if any(c.pos_ == "PROPN" for c in kids):
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids) or any(c.dep_ == "amod" and c.lower_ == "local" for c in kids)


def _news_reports() -> frozenset[str]:
    """Nouns that name a news report by themselves ('report', 'story'): news_works.txt."""
    return lexicon.grouped(NEWS_WORKS)["report"]


def _news_works() -> frozenset[str]:
    """What an outlet publishes, a report or more ('investigation', 'editorial')."""
    works = lexicon.grouped(NEWS_WORKS)
    return works["report"] | works["work"] | works["authored"]


def _indefinite() -> frozenset[str]:
    """'a', 'one', 'some', 'two': what leaves a noun unnamed (indefinites.txt)."""
    dets = lexicon.grouped(INDEFINITES)
    return dets["one"] | dets["several"]


def platform_words() -> frozenset[str]:
    """Social platforms: channels, never outlets ('took to Twitter')."""
    return _group("platform")


def profile_words() -> frozenset[str]:
    """A user's own space on a platform ('her Facebook page', 'his Twitter account')."""
    return _group("profile")


def brand_word(t: Token) -> bool:
    """A brand that opens in lower case ('iGen', 'eBay'), which the tagger may call a noun."""
    return bool(_BRAND.match(t.text))


def _name_like(t: Token) -> bool:
    if t.is_space or t.tag_ == "POS" or t.lower_ == "the":
        return False
    if t.pos_ == "PROPN" or t.like_num or _DOMAIN.match(t.text):
        return True
    if t.text.isalnum() and any(c.isdigit() for c in t.text) and any(c.isupper() for c in t.text):
        return True  # a name of letters and digits the tagger reads as a number ('9to5Mac')
    if brand_word(t):
        return True
    return t.text[:1].isupper() and t.pos_ in ("NOUN", "ADJ", "X")


def name_chunk(doc: Doc, head: Token, within: Span | None = None) -> Span | None:
    """The run of name words around the head ('the Sioux Falls Argus Leader', 'Times of
    India', 'KDKA-TV'), a leading 'the' kept; None when the head is not a name word."""
    if not _name_like(head):
        return None
    lo_bound = within.start if within is not None else 0
    hi_bound = within.end if within is not None else len(doc)
    start = head.i
    while start - 1 >= lo_bound:
        t = doc[start - 1]
        if _name_like(t) and t.sent.start == head.sent.start:
            start -= 1
        elif t.text in ("-", "&") and start - 2 >= lo_bound and _name_like(doc[start - 2]):
            start -= 2
        elif t.lower_ in _OF and start - 2 >= lo_bound and doc[start - 2].lower_ in _group("masthead") and _name_like(doc[start - 2]):
            start -= 2  # 'Diario de Cuba' from 'Cuba', where the parser hung it (not 'CEO of GlobalPost')
        else:
            break
    end = head.i + 1
    while end < hi_bound:
        t = doc[end]
        if _name_like(t) and not t.is_sent_start:
            end += 1
        elif t.lower_ in _CONNECTORS and end + 1 < hi_bound and _name_like(doc[end + 1]) and t.lower_ != "the":
            end += 2
        elif t.lower_ == "the" and t.i != head.i and end + 2 < hi_bound and doc[end - 1].lower_ == "of" and _name_like(doc[end + 1]):
            end += 2  # 'News of the World'
        else:
            break
    # a listed name with an "'s" of its own ("Barron's", "Investor's Business Daily"), which
    # is no owner's mark
    if end < hi_bound and doc[end].tag_ == "POS" and lookup(doc[start : end + 1].text) is not None:
        end += 1
        while end < hi_bound and _name_like(doc[end]) and lookup(doc[start : end + 1].text) is not None:
            end += 1
    if start - 2 >= lo_bound and doc[start - 1].tag_ == "POS" and _name_like(doc[start - 2]) and lookup(doc[start - 2 : end].text) is not None:
        start -= 2
    if start - 1 >= lo_bound and doc[start - 1].lower_ == "the":
        start -= 1
    return doc[start:end]


def _coined(t: Token) -> bool:
    """A word written in lower case that no dictionary knows, as a site's name is
    ('dailyglimpse'; WordNet's nouns, extract/senses.py): not 'the website editor'."""
    from ..extract.senses import noun_kinds

    return t.is_lower and t.is_alpha and len(t.text) >= 6 and not t.is_stop and t.lemma_ not in noun_kinds() and t.lower_ not in noun_kinds()


def _capitalised(span: Span) -> bool:
    return all(not t.is_alpha or not t.is_lower or t.lower_ in _CONNECTORS for t in span)


def lookup(text: str) -> Outlet | None:
    """The gazetteer's outlet for a name as written ('the Guardian', 'Argus Leader', 'the
    Guardian's'; a name that ends in its own "'s" as it is: "Barron's")."""
    return _listed(text) or _listed(re.sub(r"['’]s$", "", text.strip()))


def _listed(text: str) -> Outlet | None:
    """The gazetteer's outlet for the name exactly as written, else None."""
    key, has_the = _strip_the(_norm(text.strip()))
    hit = gazetteer().get(key)
    return None if hit is None or (hit[1] and not has_the) else hit[0]


def listed_with_s(text: str) -> bool:
    """A listed name that ends in an "'s" of its own ("Barron's", "Kiplinger's"), as written."""
    return re.search(r"['’]s$", text.strip()) is not None and _listed(text) is not None


@cache
def _is_tld(label: str) -> bool:
    from tld import (
        is_tld,  # the Public Suffix List, installed with trafilatura (via courlan)
    )

    return bool(is_tld(label.lower()))


def _domain(tok: Token) -> bool:
    m = _DOMAIN.match(tok.text)
    if not m or not _is_tld(m.group(2)):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return not (nxt is not None and nxt.lower_.rstrip(".") in lexicon.words(COMPANY_SUFFIXES))  # 'Amazon.com Inc.'


def print_nouns() -> frozenset[str]:
    """'newspaper', 'paper', 'station': a medium that is not a site (outlet_words.txt, "print")."""
    return _group("print")


def site_nouns() -> frozenset[str]:
    """'site', 'website', 'portal': one thing by several words (outlet_words.txt, "web")."""
    return _group("web")


def _site_noun(tok: Token) -> bool:
    """'website', 'site', 'portal', however tagged at a sentence's start ('Website
    Grail-watch.com', a capital read as a name); not 'SITE' of 'the SITE Intelligence Group',
    a word of a name."""
    if tok.lower_ not in _group("web") and tok.lemma_.lower() not in _group("web") or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return tok.is_lower or bool(tok.is_sent_start) and tok.is_title


def site_address(tok: Token) -> Token | None:
    """The web address a site noun is named by, right after it ('website nationalreport.net',
    'the blog Huzlers.com'), however the parser hung the two."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or not (_site_noun(tok) or tok.pos_ == "NOUN" and _head_noun_outlet(tok)):
        return None
    nxt = doc[tok.i + 1]
    return nxt if _domain(nxt) else None


_NOT_SITES = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME"})


def _gap_subject(name: Token, noun: Token) -> bool:
    """'the site Tesla chose', 'the site Israel struck': the name is the subject of a
    relative clause on the noun, whose object is the noun itself (no object of its own)."""
    verb = name.head
    return name.dep_ == "nsubj" and verb.dep_ in ("relcl", "acl") and verb.head.i == noun.i and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)


def site_name(tok: Token) -> Span | None:
    """The name a site noun gives its site: a web address or a name right after it, or the
    one it is called by ('website nationalreport.net', 'Apple website 9to5Mac', 'the website
    MSMBC', 'A site called iKwiz'); not the owner before it ('the SPCA website' is the
    SPCA's)."""
    site = site_address(tok)
    if site is not None:
        return tok.doc[site.i : site.i + 1]
    if _coined(tok) and any(c.lower_ in _group("web") and c.dep_ in ("compound", "amod") and c.i == tok.i - 1 for c in tok.children):
        return tok.doc[tok.i : tok.i + 1]  # 'The website dailyglimpse', 'the portal dailycaller' (however tagged)
    if not _site_noun(tok) or tok.tag_ not in ("NN", "NNP"):
        return None  # (one site: not 'According to fan websites DeJesus, or ...')
    doc = tok.doc
    names = [c for c in tok.children if c.dep_ == "appos" and _name_like(c) and c.i > tok.i]
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in ("call", "name", "title"):
            names += [g for g in c.children if g.dep_ in ("oprd", "attr", "dobj", "xcomp") and _name_like(g)]
    if tok.dep_ == "compound" and tok.head.i > tok.i and _name_like(tok.head):
        names.append(tok.head)  # 'website 9to5Mac', the noun hung on the name
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    # (a name the NER took for a person or place stays one after a bare 'site', 'the site
    # Israel struck'; after 'news site' it is the site's, 'news site Sahara Reporters')
    if nxt is not None and nxt.pos_ == "PROPN" and not nxt.is_sent_start and (nxt.ent_type_ not in _NOT_SITES or _head_noun_outlet(tok)) and not _gap_subject(nxt, tok):
        names.append(nxt)  # 'The website MSMBC claimed', however parsed (two subjects side by side, a relative clause)
    for n in names:
        chunk = name_chunk(doc, n)
        if chunk is not None and chunk.start <= tok.i < chunk.end:
            chunk = doc[tok.i + 1 : chunk.end]  # ('Website NationalReport', the noun capitalised as the sentence opens)
        if chunk is not None and chunk.start > tok.i and len(chunk) and _capitalised(chunk) and "\n" not in doc[tok.i : chunk.start].text:
            return chunk  # (on the noun's line: not a heading's first word below it)
    return None


def domain_name(tok: Token) -> bool:
    """A web address standing as a name ('iGen.fr', 'Huzlers.com'), whatever its tag."""
    return _domain(tok)


def _call_sign(chunk: Span) -> bool:
    """'KDKA-TV', 'WSB-TV', 'KTLA 5', 'KSHB-41'; a bare 'KDKA' only beside a broadcast word."""
    words = [t for t in chunk if t.lower_ != "the"]
    if not words or not _CALL_SIGN.match(words[0].text.split("-")[0]):
        return False
    first = words[0]
    rest = [t.lower_ for t in words[1:] if t.text != "-"]
    suffixes = lexicon.grouped(BROADCAST_WORDS)["suffix"]
    if "-" in first.text and (first.text.split("-", 1)[1].lower() in suffixes or first.text.split("-", 1)[1].isdigit()):
        return True
    if rest and (rest[0] in suffixes or rest[0].isdigit()):
        return True
    doc = chunk.doc
    near = doc[max(first.i - 4, first.sent.start) : min(first.i + 5, first.sent.end)]
    return any(t.lower_ in lexicon.grouped(BROADCAST_WORDS)["context"] and t.i != first.i for t in near)


def _network(chunk: Span) -> bool:
    """'CBS DFW', 'Fox 5 DC', 'NBC Chicago', 'BBC Scotland', 'ABC7': a network then a market."""
    words = [t for t in chunk if t.lower_ != "the" and t.text != "-"]
    if not words:
        return False
    networks = _group("network")
    m = _NETWORK_NUM.match(words[0].text)
    if m and m.group(1).lower() in networks:
        return True
    if len(words) < 2 or words[0].lower_ not in networks or not (words[0].is_upper or words[0].is_title):
        return False
    nxt = words[1]
    company = lexicon.words(COMPANY_SUFFIXES)
    if nxt.lower_.rstrip(".") in company or any(t.lower_.rstrip(".") in company for t in words[1:]):
        return False
    return nxt.like_num or (nxt.is_upper and nxt.is_alpha) or nxt.ent_type_ in _GEO or nxt.lower_ in _group("masthead")


_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*?([A-Z][a-z]+)")  # 'IraqiNews': words run together, each capitalised


def _masthead(chunk: Span) -> bool:
    """'The Moscow Times', 'Kyiv Post', 'TVA Sports', 'The Daily Gazette of Fulton': a name whose
    last word (before any 'of PLACE') is a masthead word, or whose first is a day-part one after
    'the' ('the Daily Echo', 'the Evening Standard'), with 'the' or two name words; or one word
    of capitalised words run together that ends in one ('IraqiNews')."""
    words = list(chunk)
    has_the = bool(words) and words[0].lower_ == "the"
    if has_the:
        words = words[1:]
    for i, t in enumerate(words):
        if t.lower_ in _OF and i:
            words = words[:i]  # 'Times of India', 'Diario de Cuba'
            break
    names = [t for t in words if t.is_alpha and not t.is_lower]
    if not names or words[-1].is_lower:
        return False
    if len(words) == 1 and (camel := _CAMEL.fullmatch(words[0].text)) is not None:
        return camel.group(1).lower() in _group("masthead")  # 'IraqiNews', 'GlobalPost': one word, the masthead word last
    led = has_the and len(words) >= 2 and words[0].lower_ in _group("lead") and all(t.is_title for t in words)
    if len(words) >= 2 and words[0].lower_ in _ARTICLES and words[1].lower_ in _group("foreign") and words[0].is_title and words[1].is_title:
        return True  # 'Il Messaggero Veneto', 'La Gazzetta di Parma': a paper's own word after its article
    if words[-1].lower_ not in _group("masthead") and not _medium_named(words) and not led:
        return False
    if any(t.lower_ in ("and", "&") for t in words):
        return False
    return has_the or len(names) >= 2


def _medium_named(words: list[Token]) -> bool:
    """A name that ends in a medium word and the noun it qualifies ('Religion News Service',
    'Xinhua News Agency', 'Fox News Channel'), as 'a news service' names an outlet."""
    return len(words) >= 2 and words[-2].lower_ in _group("medium") and words[-1].lower_ in _group("qualified") and not words[-2].is_lower


@cache
def _countries() -> frozenset[str]:
    """The English names of countries and world regions, lower-cased (CLDR, as Babel ships it,
    installed with trafilatura via courlan)."""
    from babel import Locale

    return frozenset(name.lower() for name in Locale("en").territories.values())


def is_country(name: str) -> bool:
    """The name is a country's or a world region's (CLDR's English names)."""
    return name.strip().lower() in _countries()


@cache
def _languages() -> frozenset[str]:
    """The English names of languages, lower-cased (CLDR, as Babel ships it): 'Al Jazeera
    English', 'BBC Arabic' are an outlet's edition in that language."""
    from babel import Locale

    return frozenset(name.lower() for name in Locale("en").languages.values())


def _edition(chunk: Span) -> bool:
    """'Breitbart Texas', 'Daily Mail Australia', 'CNN International': a name the gazetteer
    knows, then one to three capitalised words that are a place or an edition word
    (editions.txt) or a language: the outlet's regional, special or language edition, the
    outlet itself; or the place before the name (_place_before). Not a person after the
    outlet ('NBC Chris Matthews'): the words must name a place, an edition or a language."""
    words = [t for t in chunk if t.text != "-"]
    for cut in range(len(words) - 1, 0, -1):
        rest = words[cut:]
        if len(rest) > 3 or lookup(chunk.doc[chunk.start : words[cut - 1].i + 1].text) is None:
            continue
        if not all(t.text.replace(".", "").isalpha() and t.text[:1].isupper() for t in rest):
            return False
        name = " ".join(t.lower_.replace(".", "") for t in rest)  # ('U.K.' is 'uk')
        groups = lexicon.grouped(EDITIONS)
        tagged_place = rest[0].ent_iob_ == "B" and all(t.ent_type_ in ("GPE", "LOC") for t in rest)  # its own entity
        return (
            name in groups["edition"] or name in groups["region"] or name in groups["country"] or name in _countries() or name in _languages()
            or tagged_place or _place_elsewhere(chunk.doc, name)
        )
    return _place_before(chunk)


def _place_before(chunk: Span) -> bool:
    """'UK MailOnline', 'Australia Daily Telegraph': a region or country (editions.txt's
    regions, the countries) before a name the gazetteer knows; the outlet, named for its
    market."""
    words = [t for t in chunk if t.text != "-"]
    if len(words) < 2 or lookup(chunk.doc[words[1].i : chunk.end].text) is None:
        return False
    first = words[0].lower_
    return first in lexicon.grouped(EDITIONS)["region"] or first in _countries() or words[0].ent_type_ == "GPE"  # ('UK', 'US')


def _place_elsewhere(doc: Doc, name: str) -> bool:
    """The article tags these words a place, standing alone, somewhere ('London' after
    'Breitbart London', where the tagger took the city into the outlet's name)."""
    return any(e.label_ in ("GPE", "LOC") and e.text.lower() == name for e in doc.ents)


def owner(head: Token) -> Token | None:
    """Whose own publication the source is: 'NASA's blog', 'his podcast' -> NASA, his; an
    account or feed only on a platform named with it ('his Twitter account', not 'Mr Wilson's
    account' of what happened)."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma not in _group("owned"):
        return None
    if lemma in _group("profile") and lemma != "page" and not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _group("platform") for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "poss"), None)


def owned(doc: Doc, head: Token) -> bool:
    """A publication of an owner that is no outlet ('NASA's blog'; not 'the Guardian's blog')."""
    o = owner(head)
    return o is not None and outlet_name(doc, doc[o.left_edge.i : o.i + 1], o) is None


def _daily_as_adverb(head: Token) -> bool:
    """An outlet noun the tagger read as an adverb or adjective ('daily', 'weekly' after a
    paper's name) in a noun's place: the subject or object, with its determiner."""
    return (
        head.pos_ in ("ADV", "ADJ")
        and head.lower_ in _group("noun")
        and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos")
        and any(c.dep_ == "det" for c in head.children)
    )


def names_a_newspaper(head: Token) -> bool:
    """'her local paper', 'the school paper': a paper that is a newspaper, not a study or a
    document of the one it belongs to; so is a country's ('two French papers', 'an Italian
    paper'), and papers that report that something happened ('Several papers reported that
    the minister would resign'; not 'papers reported a link', a study's finding). A review
    of FNC bodies, Random(12323): all three typed a document with evidence cited. Not
    court or research papers (outlet_words.txt's record_kind), nor a paper published
    somewhere or 'in the journal ...'."""
    if head.lemma_.lower() != "paper":
        return False
    mods = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
    if {c.lower_ for c in mods} & _group("press_kind"):
        return True
    if {c.lemma_.lower() for c in mods} & _group("record_kind") or any(c.dep_ == "acl" or c.dep_ == "prep" and c.lower_ in ("in", "by") and not any(g.ent_type_ in ("GPE", "LOC") for g in c.children) for c in head.children):
        return False  # ('court papers', 'a paper published in The Lancet', 'two papers in the journal Science': documents)
    if any(c.ent_type_ == "NORP" for c in mods):
        return True
    verb = head.head
    return head.dep_ == "nsubj" and head.tag_ == "NNS" and verb.lemma_.lower() == "report" and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _head_noun_outlet(head: Token) -> bool:
    """'the newspaper', 'state television', 'a local TV station', 'Iranian media'."""
    lemma = head.lemma_.lower()
    mods = {c.lower_ for c in head.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma in _group("noun"):
        return True
    if names_a_newspaper(head):
        return True
    if lemma in _group("qualified") and mods & _group("medium") or _topic_site(lemma, mods) or _placed(head):
        return True
    return lemma in ("television", "tv", "radio", "media") and bool(mods) and head.pos_ == "NOUN"


def _outlet_nouns(doc: Doc, toks: Tokens) -> list[int]:
    """The nouns that name an outlet by themselves ('newspaper', 'agency'), with a medium
    word ('news website', 'TV station'), a topic ('a gossip site') or a place ('a Chinese
    website')."""
    nouns, qualified, medium = _group("noun"), _group("qualified"), _group("medium")
    out = []
    for i, pos in enumerate(toks.pos):
        if pos != "NOUN":
            continue
        lemma = toks.lemma[i]
        mods = {toks.lower[c] for c in toks.children(i) if toks.dep[c] in ("compound", "amod", "nmod")}
        if lemma in nouns or lemma in qualified and mods & medium or _topic_site(lemma, mods) or lemma in qualified and _placed(doc[i]):
            out.append(i)
    return out


@per_doc
def outlet_mentions(doc: Doc) -> tuple[Span, ...]:
    """Names this article calls an outlet: 'the Rodong Sinmun newspaper', 'the newspaper Le
    Monde', 'Magharebia, a US-funded news website', 'Yonhap news agency'. Only a noun that
    names an outlet by itself or with a medium word counts ('Apple TV' is a device)."""
    mentions: list[Span] = []
    toks = tokens_of(doc)  # plain lists: walking the Doc makes a Token of every word, and few are outlet nouns
    medium = _group("medium") | {"-"}
    for i in _outlet_nouns(doc, toks):
        names: list[int] = []
        left = i - 1
        while left >= 0 and toks.lower[left] in medium:
            left -= 1
        if left >= 0 and toks.pos[left] == "PROPN" and left + 1 <= toks.head[left] <= i and site_name(doc[i]) is None:
            names.append(left)  # 'the Rodong Sinmun newspaper', 'Yonhap news agency' (not 'Apple' of 'French Apple website iGen')
        for c in toks.children(i):
            if toks.dep[c] == "acl" and toks.lemma[c] in ("call", "name", "title"):
                names += [g for g in toks.children(c) if toks.dep[g] in ("oprd", "attr", "dobj", "xcomp") and toks.pos[g] == "PROPN"]  # 'a blog called X'
            if toks.dep[c] == "appos" and toks.pos[c] == "PROPN" and not _owned_before(toks, i):
                names.append(c)  # 'the newspaper Le Monde'
        if toks.dep[i] == "compound" and toks.head[i] > i and toks.pos[toks.head[i]] == "PROPN" and not _owned_before(toks, i):
            names.append(toks.head[i])  # 'the newspaper al Sabaah claims', the noun hung on the name
        if toks.dep[i] == "appos" and toks.pos[toks.head[i]] == "PROPN":
            names.append(toks.head[i])  # 'Magharebia, a news website,'
        for n in names:
            chunk = name_chunk(doc, doc[n])
            if chunk is None:
                continue
            if chunk.start < i <= chunk[-1].i:
                chunk = doc[chunk.start : i]
            if chunk.start and doc[chunk.start - 1].tag_ == "POS":
                continue  # 'the Workers' Party newspaper': a part of a name
            words = [t for t in chunk if t.lower_ != "the"]
            if words and _capitalised(chunk) and not all(t.ent_type_ in _GEO for t in words):
                mentions.append(chunk)
    mentions += site_mentions(doc)
    for i, lemma in enumerate(toks.lemma):
        if toks.pos[i] == "NOUN" and lemma in _news_reports():
            for by in _published_by(doc[i]):  # 'a report published by Unam Noticias'
                chunk = name_chunk(doc, by)
                if chunk is not None and _capitalised(chunk):
                    mentions.append(chunk)
    return tuple(mentions)


@per_doc
def site_mentions(doc: Doc) -> tuple[Span, ...]:
    """Names this article gives as a site's ('website nationalreport.net', 'A site called
    iKwiz', 'Racket Report appears to be a satirical website')."""
    toks = tokens_of(doc)
    sites = _group("web") | _group("noun") | _group("qualified")
    out = []
    for i, lemma in enumerate(toks.lemma):
        if toks.pos[i] not in ("NOUN", "PROPN") or not (lemma in sites or toks.lower[i] in sites):
            continue
        named = site_name(doc[i])
        if named is None and lemma in _group("web") and toks.dep[i] == "attr":
            named = _site_subject(doc[i])
        if named is not None and (not all(t.ent_type_ in _GEO for t in named) or _head_noun_outlet(doc[i])):
            out.append(named)
    return tuple(out)


def _site_subject(noun: Token) -> Span | None:
    """The name a copula calls a site known by what it publishes: 'Racket Report appears
    to be a mostly satirical website', 'Kestrova is a news site'."""
    verb = noun.head
    if verb.lemma_ != "be" or not any(c.lower_ in ("a", "an") for c in noun.children) or not _head_noun_outlet(noun):
        return None  # (a site known by what it publishes: not 'Airbnb is a site that lets ...')
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.dep_ == "xcomp":
        verb = verb.head  # 'appears to be', 'seems to be'
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ not in _NOT_SITES), None)
    chunk = name_chunk(noun.doc, subject) if subject is not None else None
    return chunk if chunk is not None and _capitalised(chunk) else None


def _published_by(work: Token, where: bool = False) -> list[Token]:
    """The name a news report is published by ('a story published by Unam Noticias'): the
    agent of a participle of publishing (publishing_verbs.txt) on the noun; with `where`,
    also the name it was published on or in ('published on US website National Report'),
    for the caller to check against the outlets it knows (not 'published on Facebook')."""
    out = []
    for c in work.children:
        if c.dep_ != "acl" or c.tag_ != "VBN":
            continue
        published = c.lemma_.lower() in lexicon.words(PUBLISHING_VERBS)
        for p in c.children:
            if p.dep_ == "agent" or where and published and p.dep_ == "prep" and p.lower_ in ("on", "in"):
                for g in p.children:
                    site = site_name(g) if g.dep_ == "pobj" else None
                    if site is not None:
                        out.append(site.root)  # 'filed by website nationalreport.net': a site by its name, whatever it did
                    elif g.dep_ == "pobj" and g.pos_ == "PROPN" and published:
                        out.append(g)
    return out


def named_in_article(doc: Doc, text: str) -> bool:
    """Whether the article calls this name an outlet ('a report published by Unam Noticias')."""
    return _in_article(doc, _strip_the(_norm(text))[0])


def _in_article(doc: Doc, key: str) -> bool:
    """A normalised name the article calls an outlet, as written or with its first words
    cut to their initials ('nk leadership watch' for 'north korea leadership watch')."""
    named = article_outlets(doc)
    return key in named or any(_initialism(key, full) for full in named)


def _initialism(short: str, full: str) -> bool:
    s, f = short.split(), full.split()
    if len(s) < 2 or len(s[0]) < 2 or len(f) != len(s) - 1 + len(s[0]):
        return False
    n = len(s[0])
    return "".join(w[0] for w in f[:n]) == s[0] and f[n:] == s[1:]


def _owned_before(toks, i: int) -> bool:
    """'from his blog Williams recounts': a possessive pronoun before the medium noun makes it
    someone's own, and the name after it the owner speaking (the subject the parser ran into
    the noun phrase), not the medium's name."""
    k = i - 1
    while k >= 0 and toks.dep[k] in ("amod", "compound", "nmod", "advmod") and toks.tag[k] != "PRP$":
        k -= 1  # ('his personal blog')
    return k >= 0 and toks.tag[k] == "PRP$"


@per_doc
def article_outlets(doc: Doc) -> frozenset[str]:
    """The names of outlet_mentions, normalised without 'the'."""
    return frozenset(_strip_the(_norm(m.text))[0] for m in outlet_mentions(doc))


def _known(doc: Doc, name: str) -> bool:
    """A name the gazetteer lists, or that the article itself calls an outlet."""
    return lookup(name) is not None or _in_article(doc, _strip_the(_norm(name))[0])


def _place_owned(name: Span) -> bool:
    """A name after a country's "'s" ("the UK's Guardian", "Britain's Telegraph"): the place
    stands where a masthead's own 'The' would."""
    if name.start < 2 or name[0].lower_ == "the":
        return False
    pos, place = name.doc[name.start - 1], name.doc[name.start - 2]
    return pos.tag_ == "POS" and place.ent_type_ in ("GPE", "NORP")


_PRINTINGS = frozenset({"issue", "edition"})  # news works named 'of' their outlet (news_works.txt)


def outlet_name(doc: Doc, src: Span, head: Token) -> str | None:
    """The outlet a source names, as the text names it, or None. The name must head the
    source: 'the BBC's Chris Ewokor' is a person; or own the news work that is the source:
    'a Washington Post report', 'the Daily Mail's story', 'an investigation by Reuters' are
    the outlet's (the guideline, section 3: 'the Daily Mail's report -> Daily Mail',
    source_type outlet)."""
    if head.lower_ in _group("platform"):
        return None
    if head.pos_ == "NOUN" and (head.lemma_.lower() in _news_works() or _unnamed_staff(head)):
        # 'an investigation by Reuters', 'a report from Sky News', 'a report in the Hollywood
        # Reporter'; 'AFP's correspondent', 'a Reuters reporter' (its own, unnamed)
        # ('Sunday's edition of The Times', 'the Monday issue of the Herald': a printing's 'of')
        authored = head.lemma_.lower() in lexicon.grouped(NEWS_WORKS)["authored"]
        preps: tuple[str, ...] = ("by", "from", "in", "of") if head.lemma_.lower() in _PRINTINGS else ("by",) if authored else ("by", "from", "in")
        if _unnamed_staff(head):
            preps += ("at",)  # 'Reporters at the Daily Kestrel found ...': its reporters as a body
        by = [g for c in head.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
        by += [] if authored else _published_by(head, where=True)  # (an analysis published in a journal is a study's)
        # 'a report in the Guardian newspaper', 'reports in The Sun newspaper': the paper's name;
        # 'a report from French site iGen': a name the outlet noun itself vouches for
        names = [c for g in list(by) if g.pos_ == "NOUN" and g.lemma_.lower() in medium_nouns() for c in g.children if c.dep_ in ("compound", "appos")]
        vouched = [c for g in by if g.pos_ == "NOUN" and _head_noun_outlet(g) for c in g.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        vouched += [own.root for g in by if (own := site_name(g)) is not None]  # 'a story on website nationalreport.net', 'from French Apple website iGen'
        vouched += [g for g in by if g.pos_ == "PROPN" and any(c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and _head_noun_outlet(c) for c in g.children)]  # ('from Dutch site X', parsed the other way)
        # 'New York magazine's Monday issue', 'the Kestrel newspaper's report': the name the
        # owning outlet noun vouches for
        vouched += [
            c for m in head.children if m.dep_ in ("poss", "compound") and m.i < head.i and m.pos_ == "NOUN" and m.lemma_.lower() in medium_nouns()
            for c in m.children if c.dep_ in ("compound", "appos") and c.pos_ == "PROPN"
        ]
        for mod in [c for c in head.children if c.dep_ in ("compound", "poss", "nmod") and c.i < head.i] + vouched + by + names:
            chunk = name_chunk(doc, mod, within=src)
            if chunk is None or not _capitalised(chunk):
                continue
            bare, _ = _strip_the(_norm(chunk.text))
            if lookup(chunk.text) is not None or lookup("the " + bare) is not None or _in_article(doc, bare) or _edition(chunk) or _masthead(chunk):
                return chunk.text  # 'a Guardian article': The Guardian's; 'the Breitbart Texas article'
            if mod in vouched:
                return chunk.text
            if mod in names and lookup(listed := f"{chunk.text} {mod.head.text}") is not None and listed in src.text:
                return listed  # 'a profile in New York magazine': a name listed with its noun
    site = site_name(head)
    if site is not None and src.start <= site.start and site.end <= src.end:
        return site.text  # 'A site called iKwiz', 'The website MSMBC', 'website nationalreport.net'
    if head.pos_ == "NOUN" and head.lemma_.lower() in medium_nouns():
        for app in (c for c in head.children if c.dep_ == "appos"):  # 'US website TMZ', 'the tabloid The Sun'
            chunk = name_chunk(doc, app, within=src)
            if chunk is not None and _capitalised(chunk) and _known(doc, chunk.text):
                return chunk.text
    chunk = name_chunk(doc, head, within=src)
    candidates = [chunk] if chunk is not None else []
    if head.pos_ in ("PROPN", "NOUN") and head.i == src.root.i and len(src) <= 8:
        whole = src
        while len(whole) and (whole[-1].tag_ == "POS" or whole[-1].is_punct):
            whole = whole[:-1]
        candidates.append(whole)
    for c in candidates:
        if not len(c) or not _capitalised(c):
            continue
        text = c.text
        if _known(doc, text) or c is chunk and _place_owned(c) and _known(doc, "the " + text):
            return text  # (a place's: "the UK's Guardian", "Britain's Telegraph" as The Guardian)
        if c is chunk and (_call_sign(c) or _network(c) or _masthead(c) or _edition(c) or any(_domain(t) for t in c)):
            return text  # patterns only on the name around the head, never across 'Fox News' Megyn Kelly'
    unnamed = head.tag_ == "NNS" or any(c.dep_ in ("det", "nummod") and c.lower_ not in ("the", "this", "that") for c in head.children)
    named = _named_by(head)
    if _daily_as_adverb(head):
        return src.text  # 'The official Rodong Sinmun daily reported', 'daily' tagged an adverb
    if head.pos_ == "NOUN" and (_head_noun_outlet(head) or related_outlet(head) or named and _media_noun(head)) and (not unnamed or named) and not owned(doc, head):
        return src.text  # 'the newspaper', 'state television', 'its sister station'; 'one newspaper' is unnamed
    return None
