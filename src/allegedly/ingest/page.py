"""The HTML page before trafilatura reads it: page furniture out, embedded posts in.

Removes from the parsed tree what sits on a news page but is not the story: hover cards (a
profile or tooltip pop-up attached to a name link), newsletter sign-up boxes, related-link
lists and one-line link teasers ("READ MORE: <a>...</a>"). Each is found by page structure
(a form with an e-mail field, a list whose items are all links, link density) or by the
class names publishing platforms give them (data/page_furniture.txt), and only while it is
small: furniture never holds the story's paragraphs.

Turns each embedded social post (data/embeds.txt) into one paragraph that keeps the post's
own words and says who posted them, where and when:
'On Twitter, Jo Doe (@jodoe) wrote on May 13, 2024: “...”'. trafilatura drops embeds; this
way the post's claim and its channel reach the analysis.

Lists the story's own paragraphs too, so html.py can put back a paragraph trafilatura
discarded (it drops a <p> whose class name happens to hold one of its boilerplate words).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlparse

from lxml import html as lxml_html
from lxml.html import HtmlElement

from .. import lexicon

# furniture is small: above these word counts an element is kept whatever its class says
_MAX_WORDS = {"hover card": 80, "newsletter box": 120, "related-link block": 400, "hidden element": 30}
# trafilatura drops these whole; furniture inside them is neither removed nor counted here
_CHROME = {"nav", "header", "footer"}
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
_SKIP_FOR_STORY = {"aside", "figure", "figcaption", "blockquote", "nav", "footer", "header", "form", "li", "table"}
_INLINE = {"a", "span", "strong", "b", "em", "i", "small", "time"}
_LABEL_TAGS = {"h2", "h3", "h4", "h5", "h6", "p", "strong", "span", "div"}
_URL = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+")
_HANDLE_IN_URL = re.compile(r"/(@[\w.]+)")
_STATUS_URL = re.compile(r"(?:twitter|x)\.com/(\w{1,15})/status", re.IGNORECASE)
# the byline lines of embed code, as each platform writes it
_BYLINES = (
    re.compile(r"^[—–-]\s*(?P<name>[^()]*?)\s*\((?P<handle>@[\w.]+)\)\s*(?P<date>.*)$"),  # Twitter, Bluesky
    re.compile(r"^[—–-]\s*(?P<name>.+?)\s*$"),
    re.compile(r"^Posted by (?P<name>.+?)(?:\s+on\s+(?P<date>.+))?$", re.IGNORECASE),  # Facebook
    re.compile(r"^A (?:post|video|reel) shared by (?P<name>.*?)\s*\((?P<handle>@[\w.]+)\)(?:\s+on\s+(?P<date>.+))?$", re.IGNORECASE),
)
_EMBED_BOILERPLATE = re.compile(
    r"^(?:view this (?:post|profile|video) on \w+|view (?:more )?on \w+|watch on \w+|"
    r"♬.*|@[\w.]+|a post shared by.*|original sound.*)$",
    re.IGNORECASE,
)


@dataclass
class Prepared:
    """The pruned tree, the story's own paragraphs, and what was removed or converted."""

    tree: HtmlElement
    story: list[str] = field(default_factory=list)
    removed: Counter[str] = field(default_factory=Counter)


@lru_cache(maxsize=1)
def _furniture() -> dict[str, tuple[re.Pattern[str], ...]]:
    out: dict[str, list[re.Pattern[str]]] = {}
    for line in lexicon.lines("page_furniture.txt"):
        kind, pattern = line.split(None, 1)
        out.setdefault(kind, []).append(re.compile(pattern, re.IGNORECASE))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _embeds() -> tuple[dict[str, str], frozenset[str]]:
    classes: dict[str, str] = {}
    x_hosts: set[str] = set()
    for line in lexicon.lines("embeds.txt"):
        key, value = line.split(None, 1)
        if key == "class":
            name, platform = value.split(None, 1)
            classes[name.lower()] = platform
        elif key == "x-host":
            x_hosts.add(value.strip().lower())
    return classes, frozenset(x_hosts)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _words(el: HtmlElement) -> int:
    return len(el.text_content().split())


def _tokens(el: HtmlElement) -> list[str]:
    return (el.get("class") or "").split() + ([el.get("id")] if el.get("id") else [])


def _link_density(el: HtmlElement) -> float:
    text = "".join(el.text_content().split())
    if not text:
        return 0.0
    linked = sum(len("".join(a.text_content().split())) for a in el.iter("a"))
    return min(1.0, linked / len(text))


def _matches(el: HtmlElement, kind: str) -> bool:
    pats = _furniture().get(kind, ())
    return any(p.search(tok) for tok in _tokens(el) for p in pats)


def _card_class(el: HtmlElement) -> bool:
    cards, triggers = _furniture().get("hovercard", ()), _furniture().get("trigger", ())
    return any(
        any(p.search(tok) for p in cards) and not any(t.search(tok) for t in triggers) for tok in _tokens(el)
    )


def _is_hovercard(el: HtmlElement) -> bool:
    """A pop-up card; not the name it pops up from ('<span class="glossary-tooltip">term<span
    class="glossary-tooltip-content">...</span></span>': the inner span is the card)."""
    if el.tag == "a":
        return False
    if el.get("role") != "tooltip" and not _card_class(el):
        return False
    holds_card = any(_card_class(d) or d.get("role") == "tooltip" for d in el.iterdescendants() if isinstance(d.tag, str))
    return not ((el.text or "").strip() and holds_card)


def _is_hidden(el: HtmlElement) -> bool:
    style = re.sub(r"\s+", "", (el.get("style") or "").lower())
    return el.get("hidden") is not None or "display:none" in style or "visibility:hidden" in style


def sentence_like(text: str) -> bool:
    """A paragraph of story: several words and a sentence's end."""
    return len(text.split()) >= 8 and bool(_SENTENCE_END.search(text))


def parse(page: str) -> HtmlElement | None:
    """The page as an lxml tree, or None for markup lxml cannot read."""
    try:
        # huge_tree: libxml2 otherwise stops at 256 levels of nesting and drops the rest
        tree = lxml_html.document_fromstring(page, parser=_PARSER)
    except Exception:  # lxml raises several unrelated types on hopeless markup
        return None
    return tree


_PARSER = lxml_html.HTMLParser(huge_tree=True)


def _container(tree: HtmlElement) -> HtmlElement | None:
    """The element that holds most of the page's paragraph text (its parent gets all of a
    paragraph's words, its grandparent half): the story's body."""
    score: dict[HtmlElement, float] = {}
    for p in tree.iter("p"):
        n = len(p.text_content().split())
        if n < 8:
            continue
        parent = p.getparent()
        if parent is None:
            continue
        score[parent] = score.get(parent, 0.0) + n
        grand = parent.getparent()
        if grand is not None:
            score[grand] = score.get(grand, 0.0) + n / 2
    return max(score, key=score.__getitem__) if score else None


def _story(container: HtmlElement | None) -> list[str]:
    if container is None:
        return []
    out = []
    for p in container.iter("p"):
        if any(a.tag in _SKIP_FOR_STORY for a in p.iterancestors()) and not p.get("data-allegedly-embed"):
            continue
        text = _norm(p.text_content())
        if text:
            out.append(text)
    return out


def _ancestors_of(el: HtmlElement | None) -> set[HtmlElement]:
    return set() if el is None else {el, *el.iterancestors()}


class _Pruner:
    """Removes furniture from one tree, never the story's container or what holds it."""

    def __init__(self, tree: HtmlElement, removed: Counter[str]) -> None:
        self.tree = tree
        self.removed = removed
        self.keep = _ancestors_of(_container(tree))

    def alive(self, el: HtmlElement) -> bool:
        """Still on the page (not removed, nor inside something removed) and not protected."""
        if not isinstance(el.tag, str) or el in self.keep:
            return False
        top = el
        for top in el.iterancestors():
            if top.tag in _CHROME:
                return False
        return top is self.tree and el.tag not in _CHROME

    def drop(self, el: HtmlElement, kind: str) -> bool:
        if not self.alive(el) or el.getparent() is None or _words(el) > _MAX_WORDS.get(kind, 400):
            return False
        el.drop_tree()  # keeps the element's tail: the sentence around a hover card stays whole
        self.removed[kind] += 1
        return True


def _embed_platform(el: HtmlElement) -> str | None:
    classes, x_hosts = _embeds()
    for tok in (el.get("class") or "").split():
        platform = classes.get(tok.lower())
        if platform:
            if platform == "Twitter":
                hosts = {urlparse(a.get("href") or "").netloc.lower().removeprefix("www.") for a in el.iter("a")}
                if hosts & x_hosts:
                    return "X"
            return platform
    return None


def _render_embed(el: HtmlElement, platform: str) -> str | None:
    """'On Twitter, Jo Doe (@jodoe) wrote on May 13, 2024: “...”', or None for a post with no text."""
    name = handle = date = ""
    body: list[str] = []

    def take(line: str) -> bool:
        nonlocal name, handle, date
        for pat in _BYLINES:
            m = pat.match(line)
            if m:
                found = m.groupdict()
                name = name or (found.get("name") or "").strip()
                handle = handle or (found.get("handle") or "")
                date = date or (found.get("date") or "").strip()
                return True
        return False

    paras = list(el.iter("p"))
    for p in paras:
        line = _norm(p.text_content())
        if line and not take(line) and not _EMBED_BOILERPLATE.match(line):
            body.append(line)
    rest = el.__copy__()
    for p in list(rest.iterdescendants("p")):
        if p.getparent() is not None:
            p.drop_tree()
    for line in re.split(r"\n+|(?=[—–]\s)", rest.text_content()):
        line = _norm(line)
        if line and not take(line) and not _EMBED_BOILERPLATE.match(line) and not paras:
            body.append(line)
    text = _norm(_URL.sub("", " ".join(body))).strip(" -–—")
    if not text:
        return None
    if not handle:
        for a in el.iter("a", "blockquote"):
            url = a.get("href") or a.get("cite") or ""
            m = _STATUS_URL.search(url) or _HANDLE_IN_URL.search(url)
            if m:
                handle = m.group(1) if m.group(1).startswith("@") else "@" + m.group(1)
                break
    who = f"{name} ({handle})" if name and handle else name or handle
    when = f" on {date}" if date else ""
    if not who:
        return f"An embedded {platform} post read{when}: “{text}”"
    return f"On {platform}, {who} wrote{when}: “{text}”"


def _convert_embeds(tree: HtmlElement, removed: Counter[str]) -> None:
    for el in list(tree.iter()):
        if el.getparent() is None or not isinstance(el.tag, str):
            continue
        platform = _embed_platform(el)
        if platform is None or any(_embed_platform(a) for a in el.iterancestors()):
            continue
        line = _render_embed(el, platform)
        # the outermost wrapper that holds nothing but this embed goes with it
        target = el
        parent = target.getparent()
        while parent is not None and parent.tag in ("div", "figure", "span", "section") and _norm(
            parent.text_content()
        ) == _norm(target.text_content()):
            target, parent = parent, parent.getparent()
        if parent is None:
            continue
        if line is None:
            target.drop_tree()
            removed["embedded post with no text"] += 1
            continue
        p = lxml_html.Element("p")
        p.text = line
        p.set("data-allegedly-embed", platform)
        p.tail = target.tail
        parent.replace(target, p)
        removed["embedded post kept as text"] += 1


def _labelled_teaser(text: str, el: HtmlElement) -> bool:
    """'READ MORE: <a>Headline</a>', '[<a>Headline</a>]': a link to another story."""
    if not len(el.findall(".//a")):
        return False
    density = _link_density(el)
    if density >= 0.7 and not _SENTENCE_END.search(text.rstrip("]) ")):
        return True
    for pat in _furniture().get("label", ()):
        m = pat.match(text)
        if m and m.end() < len(text):
            linked = sum(len(_norm(a.text_content())) for a in el.iter("a"))
            if linked >= 0.7 * len(text[m.end() :].strip()):
                return True
    return False


def prepare(tree: HtmlElement) -> Prepared:
    """Prune the tree in place and list the story's paragraphs (see the module's docstring)."""
    removed: Counter[str] = Counter()
    for bad in list(tree.iter("script", "style", "noscript", "template")):
        if bad.getparent() is not None:
            bad.drop_tree()
    _convert_embeds(tree, removed)
    body = tree.find("body")
    root = body if body is not None else tree
    pr = _Pruner(tree, removed)
    for el in list(root.iter()):
        if not pr.alive(el) or el.get("data-allegedly-embed") is not None:
            continue
        if _is_hovercard(el):
            pr.drop(el, "hover card")
        elif _is_hidden(el) and (any(a.tag == "p" for a in el.iterancestors()) or _words(el) <= _MAX_WORDS["hidden element"]):
            pr.drop(el, "hidden element")
    for form in list(root.iter("form")):
        if not pr.alive(form) or not form.xpath(".//input[@type='email' or contains(@name, 'email')]"):
            continue
        box = form
        while box.getparent() is not None and box.getparent() not in pr.keep and _words(box.getparent()) <= 60:
            box = box.getparent()
        pr.drop(box, "newsletter box")
    for el in list(root.iter()):
        if not pr.alive(el):
            continue
        if _matches(el, "newsletter"):
            pr.drop(el, "newsletter box")
        elif _matches(el, "related") and (
            _link_density(el) >= 0.5 or (_words(el) <= 30 and not sentence_like(_norm(el.text_content())))
        ):
            pr.drop(el, "related-link block")
    for lst in list(root.iter("ul", "ol")):
        items = lst.findall("li")
        if not pr.alive(lst) or len(items) < 2:
            continue
        if all(li.find(".//a") is not None and _link_density(li) >= 0.8 for li in items):
            label = lst.getprevious()
            if label is not None and label.tag in _LABEL_TAGS and pr.alive(label):
                text = _norm(label.text_content())
                if 0 < len(text.split()) <= 6 and not _SENTENCE_END.search(text):
                    label.drop_tree()
            pr.drop(lst, "related-link block")
    for el in list(root.iter("p", "h2", "h3", "h4", "h5", "h6", "div")):
        if not pr.alive(el):
            continue
        if el.tag == "div" and any(isinstance(c.tag, str) and c.tag not in _INLINE for c in el):
            continue
        text = _norm(el.text_content())
        if text and _labelled_teaser(text, el):
            pr.drop(el, "related-link block")
    return Prepared(tree=tree, story=_story(_container(tree)), removed=removed)
