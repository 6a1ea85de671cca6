"""What kind of source an attribution has: person, organization, outlet, document,
anonymous (an unnamed person or group) or unattributed (no source at all).

The checks run from the most specific evidence to the least: a news outlet (outlets.py), a
document, a person the article names (a surname alone after the full name, a name the
speaker step resolved, "he"/"she"), an organisation the article names, an unnamed person or
group ("officials", "a source"), a person described by a role ("the massage therapist"),
then what the parse and the named-entity tags say of the head word.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..extract.senses import noun_kinds, wording_of_a_thing
from ..extract.spans import HYPHENS, Finding, doc_ents, doc_text, per_doc, signature_handle, word_bounds
from . import outlets
from .speakers import (
    EntityDraft,
    Resolver,
    anonymous_nouns,
    armed_group,
    body_nouns,
    first_names,
    focus,
    initialism,
    named_by_participle,
    pair_word,
    role_initials_plural,
    surnames,
    talk_of_one,
    voice_nouns,
    wordnet_person,
)
from .speakers import person_nouns as gendered_nouns  # (noun -> sex)

SOURCE_NOUNS = "source_nouns.txt"
ROLE_NOUNS = "role_nouns.txt"
NEWS_WORKS = "news_works.txt"
CUE_VERBS = "cue_verbs.txt"  # its "closing" verbs: what news tags a story it passes on with
INDEFINITES = "indefinites.txt"
REPORT_TIMES = "report_times.txt"
HEDGES = "hedges.txt"  # its "hedged" adjectives: 'an unverified report' is news, no record
NEWS_REPORT_WORDS = "news_report_words.txt"  # 'several unconfirmed published reports': still news
INQUIRY_NOUNS = "inquiry_nouns.txt"
VAGUE_SOURCES = "vague_sources.txt"  # its groups: vague, hearsay, mass, bare, count, platform, record, unnamed, withheld, swarm
HONORIFICS = "honorifics.txt"
BODY_AGENT_NOUNS = "body_agent_nouns.txt"
CLAIM_NOUNS = "claim_nouns.txt"
PICTURE_NOUNS = "picture_nouns.txt"  # a text on a picture: 'the caption on the photo'
SIGN_NOUNS = "sign_nouns.txt"  # a text on a sign or a pack: 'the label on the bottle'
RELEASE_VERBS = "release_verbs.txt"  # 'figures released on Monday': numbers put out
TALLY_ADJECTIVES = "tally_adjectives.txt"  # 'official figures': numbers, not people
REPORTING_VERBS = "reporting_verbs.txt"  # who first spoke: 'A Vogue employee told ... The employee added'
_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})


def is_outlet(text: str) -> bool:
    """Whether the gazetteer knows the name ('The Mirror', 'Argus Leader', 'nytimes.com')."""
    return outlets.lookup(text) is not None


def _norm(text: str) -> str:
    text = text.replace("’", "'")
    text = text.removesuffix("'s")
    words = text.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@per_doc
def _org_names(doc: Doc) -> frozenset[str]:
    """Names the article tags as an organisation somewhere and never as a person."""
    orgs = {_norm(e.text) for e in doc_ents(doc) if e.label_ == "ORG"}
    people = {_norm(e.text) for e in doc_ents(doc) if e.label_ == "PERSON"}
    return frozenset(orgs - people)


def _single_name(src: Span, head: Token) -> bool:
    """The source is one capitalised name, titles aside: 'Volker', 'Ms Nandakumar'."""
    words = [t for t in src if t.is_alpha and t.lower_ != "the"]
    return bool(words) and words[-1].i == head.i and head.text[:1].isupper() and all(
        t.i == head.i or t.lower_.rstrip(".") in lexicon.words(HONORIFICS) for t in words
    )


def _plural_of_a_people(head: Token) -> bool:
    """'Sikhs and Hindus said', 'Kurds said', 'Many Republicans say': a plural the tagger
    labels a nationality, religion or party (NORP) names members of it, people described
    but not identified (the guideline's anonymous), not a body; a group's own name stays
    ('the Taliban', 'Boko Haram': armed_groups.txt)."""
    return (
        head.ent_type_ == "NORP"
        and head.tag_ in ("NNS", "NNPS")
        and head.text.endswith("s")
        and not armed_group(head.text)
        and not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    )


def _is_name(head: Token) -> bool:
    """A capitalised word used as a name even where the tagger made it a common noun
    ('Wikileaks said'): tagged as a named entity, capitalised inside a sentence or written
    so elsewhere in the article. Not a party member or a nationality ('a Republican')."""
    if not head.text[:1].isupper() or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "NORP":
        return False
    if head.ent_type_ in _ORG_LABELS or head.ent_type_ == "PERSON":
        return True
    if any(c.isupper() for c in head.text[1:]):
        return True  # 'WikiLeaks', 'iGen'
    if not head.is_sent_start:
        return True
    return any(t.text == head.text and not t.is_sent_start for t in head.doc if t.i != head.i)


def _vague(group: str) -> frozenset[str]:
    return lexicon.grouped(VAGUE_SOURCES)[group]


_PLACES = frozenset({"GPE", "NORP", "LOC"})


def _says_whose(mod: Token) -> bool:
    """A modifier that says whose reports they are ('the paper's reports', 'Reuters reports',
    'police reports', 'reports from the BBC', 'Italian media reports', 'reports in Arabic
    newspapers'), not only where they ran or come from ('US reports', 'online reports in
    jihadi forums': still hearsay, the guideline's vague plural 'reports')."""
    if mod.dep_ == "poss":
        return True
    if mod.dep_ == "prep":  # 'reports from the BBC', 'by Reuters', 'in Arabic newspapers', 'including the Independent'; not
        # what they are about ('reports on USB Type-C', 'reports of a deal')
        return mod.lower_ in ("from", "by", "in", "including") and any(_says_whose(g) for g in mod.children if g.dep_ == "pobj")
    low = mod.lemma_.lower()
    if mod.pos_ == "NOUN" and (low in body_nouns() or low in outlets.medium_nouns() or mod.lower_ in _vague("bare")):
        return True  # a body's or a medium's ('media' alone is left to _bare_medium)
    if mod.dep_ in ("compound", "nmod", "pobj") or mod.pos_ == "PROPN":
        names = [t for t in mod.subtree if t.pos_ == "PROPN" and t.text[:1].isupper()]
        return bool(names) and not all(t.ent_type_ in _PLACES for t in names)
    return False


def _bare_medium(tok: Token) -> bool:
    """'news' or 'media' alone before 'reports': as vague as 'reports' ('according to news
    reports'); 'Italian media reports', 'local media reports' name a medium, if not an
    outlet (the tagger hangs 'Italian' on either word)."""
    if tok.dep_ != "compound" or tok.pos_ != "NOUN" or tok.lower_ not in _vague("bare"):
        return False
    kids = [c for c in tok.children if not c.is_punct]
    if kids and all(c.dep_ == "amod" and c.lower_ in _vague("platform") for c in kids):
        return True  # 'Iraqi social-media rumors': where the talk ran, whatever the country
    counted = _vague("count")  # ('multiple media reports', 'recent news reports': no one's)
    return not kids and not any(c.dep_ == "amod" and c.lower_ not in counted or c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.head.children)



def source_type(doc: Doc, f: Finding, entity: EntityDraft | None) -> str:
    if f.source is None:
        return "unattributed"
    src = doc.char_span(f.source[0], f.source[1], alignment_mode="expand")
    if src is None:
        return "unattributed"
    head = doc[f.source_token] if f.source_token is not None else src.root
    if (
        f.source_token is not None
        and f.content is not None
        and wording_of_a_thing(doc[f.cue_token], head, f.content)
        and not outlets.owned(doc, head)
        and not (entity is not None and entity.outlet)
        and head.lemma_.lower() not in lexicon.grouped(NEWS_WORKS)["report"]
    ):
        return "document"  # 'the amendment reads:', 'T-shirts that read "..."': a text's own words (a news story's are its outlet's)
    if "/" in src.text and is_outlet(src.text):
        return "outlet"  # 'Re/code': a name the tokenizer split at its slash, whose parts the parser read apart
    src, head = focus(src, head)
    if head.pos_ == "ADJ":
        # 'a “satirical” and entertainment website': the parser made the first of two
        # coordinated modifiers the head, and the noun they modify its conjunct
        head = next((c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and src.start <= c.i < src.end), head)
    kind = _type_of(doc, src, head, entity)
    if kind == "organization" and _poster(doc, f) and _personal_name(src):
        return "person"  # 'nicole kidman', 'Corinne.' over a pasted post: a user's name, whatever the tagger made of it
    return kind


def _poster(doc: Doc, f: Finding) -> bool:
    """The source is the name in an embedded post's signature ('— Jo Bloggs (@jobloggs)
    March 3, 2015', extract/spans.py): an account's display name."""
    assert f.source is not None
    return signature_handle(doc_text(doc), f.cue, f.source[1]) is not None


def _personal_name(src: Span) -> bool:
    """A display name that reads as a person's: written all in lower case ('nicole kidman')
    or opening on a first name of the census lists ('Corinne.'); not an initialism ('FBI'),
    'The White House', a body's word ('SITE Intel Group') or a country ('North Korea')."""
    words = [t for t in src if t.is_alpha]
    if not words or outlets.is_country(src.text) or any(t.lemma_.lower() in body_nouns() or t.lower_ in lexicon.words(outlets.COMPANY_SUFFIXES) for t in words):
        return False
    if words[0].lower_ == "the" or any(t.is_upper and len(t) > 1 for t in words):
        return False
    return all(t.is_lower for t in words) or words[0].lower_ in first_names()


def personal_pronoun(doc: Doc, f: Finding) -> bool:
    """The source is a bare he or she: where it stands for a source the article describes but
    never names ('The minister said ... She added'), it takes that source's type."""
    if f.source is None:
        return False
    head = doc[f.source_token] if f.source_token is not None else None
    return head is not None and head.lower_ in ("he", "she") and f.source[1] - f.source[0] == len(head.text)


_GENERIC_MODALS = frozenset({"might", "may", "could", "can", "should", "must"})  # 'one might expect'; not 'One would later say'


def _initials_not_pronoun(tok: Token) -> bool:
    """'WHO said in a statement': a pronoun's letters in capitals, in a sentence not set in
    capitals, are a body's initials (the World Health Organization's), not 'who'."""
    return len(tok.text) > 1 and tok.text.isupper() and any(t.is_alpha and not t.is_upper for t in tok.sent)


def _noun_lemma(head: Token) -> str:
    """The head's lemma; a document noun the parser read as a participle ('a job listing')
    keeps its own form, and so does one the tokenizer split at its hyphen ('e-mails')."""
    if head.tag_ == "VBG" and head.lower_ in document_nouns():
        return head.lower_
    joined = _hyphenated(head)  # 'e-mails', split by the tokenizer: 'emails'
    if joined is not None and joined in document_nouns():
        return joined
    lemma = head.lemma_.lower()
    if lemma not in document_nouns() and head.lower_ in document_nouns():
        return head.lower_  # 'New data shows': the lemmatizer's 'datum' is no listed word, 'data' is
    plain = "".join(c for c in lemma if c not in HYPHENS)  # ('e‐mail' kept whole, with U+2010)
    return plain if plain != lemma and plain in document_nouns() else lemma


def _hyphenated(tok: Token) -> str | None:
    """The word a token is part of where the tokenizer split it at hyphens, its parts run
    together in lower case ('e', '-', 'mails' -> 'emails'); None for a word of its own."""
    text = doc_text(tok.doc)
    start, end = word_bounds(text, tok.idx, tok.idx + len(tok.text))
    if (start, end) == (tok.idx, tok.idx + len(tok.text)) or not any(c in HYPHENS for c in text[start:end]):
        return None
    return "".join(c for c in text[start:end].lower() if c not in HYPHENS)


_INDICATING = frozenset({"indicate", "suggest", "point", "show"})  # what signs do as indications, not as placards


def _type_of(doc: Doc, src: Span, head: Token, entity: EntityDraft | None, depth: int = 0) -> str:
    lemma = _noun_lemma(head)
    if lemma == "sign" and head.tag_ == "NNS" and head.dep_ == "nsubj" and head.head.lemma_.lower() in _INDICATING and not any(c.dep_ == "poss" for c in head.children):
        # 'Early signs indicated that ...': indications read by the writer, no placard's
        # text (sign_nouns.txt), no one's (a review of FNC bodies, Random(12323): a
        # document with evidence cited); 'Protesters' signs said ...' stays a text
        return "unattributed"
    counted = _counted_hearsay(head, lemma)
    if counted is not None and depth == 0:
        return _type_of(doc, doc[counted.left_edge.i : counted.right_edge.i + 1], counted, None, 1)  # 'a rash of rumors': the rumours
    if head.lower_ in ("who", "that", "which") and head.tag_ in ("WP", "WDT") and depth == 0:
        antecedent = Resolver._antecedent(head)
        if antecedent is not None:  # 'a senior official, who said': the official's type
            return _type_of(doc, doc[antecedent.left_edge.i : antecedent.i + 1], antecedent, entity, 1)
    if head.lower_ == "it" and head.pos_ == "PRON" and depth == 0 and (entity is None or entity.type not in ("organization", "person")):
        # 'A post went viral. It claimed ...': what 'it' stands for, the subject before it;
        # never a person
        before = _subject_before(doc, head)
        kind = _type_of(doc, doc[before.left_edge.i : before.i + 1], before, None, 1) if before is not None else "anonymous"
        if kind == "person" and before is not None:
            # 'it' names no person: a name no list knows is a body ('Starbucks closed ... It
            # said'); after a person the tagger knows, 'it' is something else ('John Smith
            # wrote a letter ... It said'), unnamed
            return "anonymous" if before.ent_type_ == "PERSON" else "organization"
        return kind
    first = _first_unnamed_mention(doc, src, head, entity) if depth == 0 else None
    if first is not None:  # 'The representative of the company said' again: as it first was
        return _type_of(doc, first, first.root, entity, 1)
    if outlets.owned(doc, head):
        return "document"  # 'NASA's blog', 'her podcast': its owner's publication, as 'the club's website'
    if entity is not None and entity.outlet:
        return "outlet"  # 'The Mail on Sunday', 'the paper' after it
    if entity is not None and entity.type == "person" and entity.key.startswith("person:") and talk_of_one(head) is not None:
        return "person"  # 'according to her remarks': the named person's
    if entity is not None and entity.unnamed_site:
        return "anonymous"  # 'the site' after 'A satirical website': unnamed, as it was
    if entity is not None and (lemma in voice_nouns() and not _kept_unnamed(head) or head.lower_ in ("he", "she")) and entity.key.split(":")[0] not in ("mention",):
        # (not one who says they are kept unnamed: 'a Secret Service official who spoke on the
        # condition of anonymity' is anonymous, however definite, the guideline's section 4)
        if entity.type in ("organization", "person"):
            return entity.type  # 'a ministry spokesman' -> the ministry; 'he' -> that spokesman's body
    if head.lower_ in ("he", "she") and (entity is None or not entity.key.startswith(("person:", "office:"))):
        return "anonymous"  # a he/she the article never names
    if _one_of_a_kind(doc, head, lemma):
        return "anonymous"  # 'an overly excited Wikipedian', 'an American who is fighting': no one's name
    if (
        ((head.tag_ in ("NNS", "NNPS") or head.lower_ in ("rumour", "rumor")) and lemma in _vague("hearsay") or lemma in _vague("mass"))
        and not any(_says_whose(c) and not _bare_medium(c) for c in head.children)
        and not (lemma == "report" and any(c.dep_ in ("amod", "compound") and c.lower_ in _vague("record") for c in head.children))  # ('Autopsy reports say': records)
    ):
        return "unattributed"  # 'according to reports', 'Reports say', 'media reports said', 'US reports'; 'a rumor cropped up that'; 'Speculation mounts that'
    if head.lower_ in ("one", "another") and _described_only(head) and head.dep_ in ("nsubj", "nsubjpass"):
        # 'One wrote: ...', 'another joked': one of an unnamed few (anonymous), unless it is
        # the generic 'one' of 'one might expect', 'one should point out': no one (the guideline)
        generic = head.lower_ == "one" and any(c.tag_ == "MD" and c.lower_ in _GENERIC_MODALS for c in head.head.children)
        return "unattributed" if generic else "anonymous"
    if head.lower_ in _vague("vague") and (head.pos_ in ("PRON", "DET", "ADJ", "NOUN") or head.pos_ == "PROPN" and head.is_sent_start) and not list(head.children):
        return "unattributed"  # 'some believed'
    if head.pos_ in ("NUM", "PRON", "DET", "ADJ") and _share_of_records(head):
        return "document"  # 'One of the videos shows', 'one of these illustrations': one of the records
    if head.pos_ in ("NUM", "PRON", "DET", "ADJ") and _share_of_people(head) and not any((t.pos_ == "PROPN" or t.ent_type_ == "PERSON") and not _owner_of_the_few(t, head) and t.ent_type_ not in _WHERE_FROM for t in src):
        return "anonymous"  # 'One of her former lawyers', 'One of Hunter's sources', 'some of the residents', 'One of the U.S. officials': one of an unnamed few
    if no_one(head):
        return "unattributed"  # 'No one has claimed to be holding them': no source at all
    if _few_of_them(head) and not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in src):
        # 'all of them have confirmed', 'some of us say': as 'they' is, a group the speaker
        # step found (a pair named just before: people) or else no one named
        return entity.type if entity is not None and entity.key.startswith(("person:", "org:")) and entity.type in ("person", "organization") else "anonymous"
    if head.lower_ in ("those", "anyone", "everyone") and any(c.dep_ in ("relcl", "amod", "acl") for c in head.children) and not any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in src):
        # 'Those who supported the fatwa said', 'Those close to the singer say', 'those
        # familiar with the talks': people described by what they did or how near they
        # stand, no one named
        return "anonymous"
    if head.lower_ in ("this", "that", "these", "those") and head.tag_ == "DT" and head.dep_ in ("nsubj", "nsubjpass") and not list(head.children):
        return "unattributed"  # 'If accurate, this would suggest ...': a fact or an inference, no one's words
    if (
        head.is_sent_start
        and head.i == src.start
        and (
            head.tag_ in ("NNS", "NNPS")
            and (not head.ent_type_ or head.pos_ == "NOUN" and head.ent_type_ not in ("ORG", "NORP"))  # (a common noun the tagger took for a place: 'Eyewitnesses'; not 'Patriots', a team)
            and lemma not in body_nouns()
            and lemma not in document_nouns()  # 'Pictures published in local media show'
            and not _counted_figures(head, lemma)  # 'Figures released on Monday show'
            and not (entity is not None and entity.key.startswith("person:"))
            or _plural_of_people(head)  # where the tagger made 'Neighbours' a name (NNP, even ORG)
        )
        and not any(t.text == head.text and not t.is_sent_start for t in doc if t.i != head.i)
    ):
        if outlets.lookup(head.text) is not None:
            return "outlet"  # ('Janes added': the gazetteer's name, not a plural)
        return "anonymous"  # 'Neighbours said', 'Medics say': a plural capitalised only at a sentence start
    if head.lower_ != "user" and head.tag_ != "VBG" and head.left_edge.lower_ not in _vague("unnamed") and any(c.dep_ == "compound" and c.lower_ == "user" and c.i < head.i for c in head.children):
        return "person"  # 'Instagram user andreysmygov posted': the one the handle names (the tagger called it a body)
    if role_initials_plural(head):
        return "anonymous"  # 'MPs said', 'Two MPs tweeted', 'CEOs': people no one names, as 'lawmakers' (before _is_name, which would read a name)
    names = [t for t in src if t.pos_ == "PROPN"]
    lemma = _noun_lemma(head)
    single_surname = _single_name(src, head) and head.lower_ in surnames(doc)
    if not single_surname and (
        outlets.outlet_name(doc, src, head) is not None or (entity is not None and head.pos_ == "PROPN" and is_outlet(entity.name))
    ):
        return "outlet"
    if (outlets.unnamed_media(head) or outlets.unnamed_media_report(head)) and not single_surname:
        return "anonymous"  # 'the Italian press', 'British tabloids', 'a CBS affiliate', 'local media reports'
    if _unnamed_news_report(head):
        return "anonymous"  # 'an earlier report', 'according to a new report'
    if _unchecked_reports(head):
        return "unattributed"  # 'according to several unconfirmed published reports': vague reports, as 'according to reports'
    if lemma in document_nouns() and not (entity is not None and entity.type == "person" and head.pos_ == "PROPN") and not (head.is_upper and len(head.text) > 2):
        # (not a body's name in capitals that spells one: 'according to CAMERA', a media watchdog)
        return "document"  # ('a message from Bruno' too: its issuer is its speaker, not its type)
    if _posted_text(head, lemma) or _counted_figures(head, lemma):
        return "document"  # 'A disclaimer on the site states', 'the warning on the packet says'; 'official figures'
    if lemma in lexicon.words(INQUIRY_NOUNS) and head.pos_ == "NOUN" and not (entity is not None and entity.type == "person"):
        return "document"  # 'an inquiry found', 'the investigation concluded': its findings, as 'the study found'
    if single_surname:
        return "person"  # 'Volker said' after 'Kurt Volker', whatever the tagger made of it
    named_person = entity is not None and entity.type == "person" and entity.key.startswith("person:")
    # ('Brown's friend' is as definite as 'the friend', 'an analyst named Yakoub Mustafa' as named)
    definite = named_by_participle(head) or any(c.lower_ == "the" or c.dep_ == "poss" for c in head.children)
    singular = head.tag_ not in ("NNS", "NNPS")
    # (and 'A friend, Max Fisher,' names the friend: the guideline's identified person)
    named_beside = any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in head.children)
    if head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and _kind_of_body_before(head):
        return "organization"  # 'Ride-hailing firm Lyft said', no entity tagged: what the article says it is
    if named_person and (head.pos_ == "PROPN" or singular and (definite or named_beside or lemma not in anonymous_nouns())):
        return "person"  # 'Kim Ode', 'Another critic, Laurence Tribe', 'the former spy' once resolved
    if _plural_of_a_people(head) and lemma not in document_nouns() and head.lower_ not in surnames(doc):
        return "anonymous"  # 'Muslims in the city said', 'Many Republicans say' (not 'Scans revealed', tagged a people)
    if head.lower_ in ("he", "she", "who") and not head.ent_type_ and not any(c.dep_ == "det" for c in head.children):
        # (a pronoun takes no article and names nothing: not 'the WHO', tagged a pronoun, nor
        # 'WHO said' in capitals, the World Health Organization's initials)
        initials = head.lower_ == "who" and _initials_not_pronoun(head) and len([t for t in src if not t.is_punct]) == 1
        return "organization" if initials else "person"  # ('WHO spokesman Christy Feig': the one named)
    if lemma in body_nouns() and _common_or_bodys_name(head, entity) and not any(c.lower_ in _vague("unnamed") for c in head.children):
        return "organization"  # 'Police said', 'the ministry said', 'British security services', 'Cumbrian Police'
    chunk = outlets.name_chunk(doc, head, within=src)
    if chunk is not None and (_norm(chunk.text) in _org_names(doc) or armed_group(chunk.text)) and chunk[-1].lower_ not in surnames(doc):
        return "organization"  # 'Human Rights Watch', tagged a person in one sentence only; 'the Shabab' (armed_groups.txt)
    if _is_name(head):
        if entity is not None and entity.type == "organization" and (entity.key.startswith(("person:", "fac:", "gpe:")) or head.ent_type_ == "PERSON" or _body_not_role(doc, src, entity, head)):
            return "organization"  # tagged a person, or not at all, but the article says what it is ('the texting service Glide', 'the Observatory', 'Downing Street', 'Human Rights Watch', 'Nigeria says' tagged a country later)
        if head.ent_type_ == "PERSON" or (entity is not None and entity.type == "person"):
            return "person"
        return "organization" if head.ent_type_ in _ORG_LABELS or head.tag_ in ("NNS", "NNPS") or head.pos_ == "NOUN" or initialism(head) else "person"
    if pair_word(head):
        return "person" if named_person else "anonymous"  # 'Both women say' after two women named together: the first named
    person_noun = head.pos_ == "NOUN" and (lemma in person_nouns() or (lemma.endswith("ist") and len(lemma) > 5) or _agent_noun(lemma) or wordnet_person(lemma))
    plural = head.tag_ in ("NNS", "NNPS")
    if lemma in anonymous_nouns() or lemma in _gatherings() or (head.pos_ == "NOUN" and plural and (not names or person_noun)):
        return "anonymous"  # 'officials', 'E.U. leaders', 'several former RT journalists'
    if head.pos_ == "NOUN" and (not names or person_noun or all(t.ent_type_ in _WHERE_FROM for t in names)) and _unnamed_by_determiner(head):
        return "anonymous"  # 'a source', 'a spokeswoman for the mayor'; 'a Paris-based rights group' (a place names none of them)
    if person_noun:
        # (not one the source itself says is kept unnamed: 'The man, who wished to remain
        # unidentified'; the guideline, section 4: described but not identified)
        if any(t.lower_ in _vague("withheld") for t in src) or _kept_unnamed(head) or _unnamed_again(doc, head, entity):
            return "anonymous"
        return "person"
    if entity is not None and entity.type == "organization":
        return "organization"
    if head.ent_type_ in _ORG_LABELS:
        return "organization"
    if head.pos_ == "PROPN" or head.ent_type_ == "PERSON":
        return "person"
    if head.lower_ in ("they", "we"):
        return "anonymous"
    if head.pos_ == "NOUN" and lemma in lexicon.grouped(NEWS_WORKS)["report"]:
        return "anonymous"  # 'a story published on Facebook': a news story no outlet is named for
    # (a noun the tagger read as an adjective, 'A collective known as ...', 'The Lebanese
    # daily', is typed as the group or record WordNet knows; an adjective used as a noun,
    # 'the injured', 'The 41-year-old', names people)
    noun = head.pos_ == "NOUN" or head.pos_ == "ADJ" and any(c.dep_ == "det" for c in head.children) and noun_kinds().get(lemma) in ("body", "thing", "record")
    owner = _owner_of_talk(head) if lemma in _vague("hearsay") and depth == 0 else None
    if owner is not None and owner.dep_ == "poss":
        return _type_of(doc, doc[owner.left_edge.i : owner.right_edge.i + 1], owner, None, 1)  # "Cicurel's claims": Cicurel's type
    return _common_noun_type(head, lemma, bool(names) or head.is_title and not head.is_sent_start) if noun else "person"


def _owner_of_talk(head: Token) -> Token | None:
    """Whose the claims, reports or estimates are, where the phrase says: a possessor
    ("Cicurel's claims"), 'from' or 'by' someone ("estimates from the World Bank"), or a
    body's name in front ("ISIS claims", "Pentagon estimates"); not a person's or a topic's
    name in front ("the Castro health rumors": about him)."""
    for c in head.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "NORP", "GPE") and c.i == head.i - 1:
            return c
    return None


_KIND_TYPES = {"body": "organization", "thing": "organization", "record": "document", "message": "unattributed", "abstract": "unattributed"}


def _common_noun_type(head: Token, lemma: str, named: bool) -> str:
    """A common noun no list of ours knows, typed by what WordNet says it names
    (noun_kinds.tsv): a group, or a building or place standing for who runs it ('the force',
    'the convent'), is an organisation; a written record is a document ('the headline
    said', 'the directive added'); news, talk, an act, event or state is no one ('the pause
    doesn't suggest', 'Violence raises fears', 'word spread that'), unless a name goes
    with it ('the Tor project') or it is a share of people ('the majority of users'). Hearsay
    ('a rumor on Tuesday claims') is no one, and so is a claim (claim_nouns.txt: 'The claim
    seemed to contradict', 'This version shows'): what is said, not a record that shows it;
    a user's profile ('One Twitter account said', 'the account tweets') is its unnamed
    holder, anonymous. A noun WordNet lacks stays an organisation."""
    if lemma in _vague("hearsay") and _owner_of_talk(head) is None:
        return "unattributed"  # (not 'estimates from the World Bank': whose they are)
    if lemma in outlets.profile_words():
        return "anonymous"
    kind = "message" if lemma in lexicon.words(CLAIM_NOUNS) else noun_kinds().get(lemma)
    if kind is None or kind == "person":
        return "organization"  # (a person noun gets here only as a firm's: body_agent_nouns.txt)
    if kind in ("message", "abstract") and _share_of_people(head):
        return "anonymous"
    if kind in ("message", "abstract") and named:
        return "organization"
    return _KIND_TYPES[kind]


def _posted_text(head: Token, lemma: str) -> bool:
    """A message or record (noun_kinds.tsv) that stands on a site, a page or a picture ('a
    disclaimer on the site', 'the description on the YouTube clip'): a text one can read,
    a document; not one 'on' a topic ('comments on the decision', 'a statement on their
    detention', 'a comment on the ruling'), which is what it is about, nor a user's account
    or page, which is its unnamed holder ('An account on Twitter claimed')."""
    if head.pos_ != "NOUN" or noun_kinds().get(lemma) not in ("message", "record") or lemma in lexicon.grouped(NEWS_WORKS)["report"]:
        return False  # (a news story on a site is its outlet's, or an unnamed report)
    if lemma in outlets.profile_words():
        return False
    places = _text_places()
    return any(
        o.dep_ == "pobj" and (o.pos_ == "NOUN" and o.lemma_.lower() in places or o.lower_ in outlets.platform_words())
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for o in c.children
    )


@cache
def _counted_figures(head: Token, lemma: str) -> bool:
    """'according to official figures', 'Figures released on Monday show': figures that are
    numbers, as the phrase says (official, put out, or showing something); not 'public
    figures said', who are people (source_nouns.txt's tally group)."""
    if lemma not in lexicon.grouped(SOURCE_NOUNS)["tally"]:
        return False
    if any(c.dep_ == "amod" and c.lower_ in lexicon.words(TALLY_ADJECTIVES) or c.dep_ == "acl" and c.lemma_.lower() in _release_verbs() for c in head.children):
        return True
    return head.dep_ == "nsubj" and head.head.lemma_.lower() == "show" and not any(c.dep_ in ("amod", "prep") for c in head.children)  # ('Figures show that ...'; not 'Senior figures revealed', people)


@cache
def _release_verbs() -> frozenset[str]:
    return lexicon.words(RELEASE_VERBS)


def _text_places() -> frozenset[str]:
    """What a text can stand on: a site, a page or profile, a picture or recording
    (picture_nouns.txt), a sign."""
    return outlets.profile_words() | outlets.site_nouns() | lexicon.words(PICTURE_NOUNS) | lexicon.words(SIGN_NOUNS)


def _share_of_people(head: Token) -> bool:
    """'the majority of users', '10 percent of respondents', 'one of his sources': a part of
    an unnamed group."""
    return any(
        c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.tag_ == "NNS" and (o.lemma_.lower() in person_nouns() or o.lemma_.lower() in anonymous_nouns() or wordnet_person(o.lemma_.lower())) for o in c.children)
        for c in head.children
    )


def _share_of_records(head: Token) -> bool:
    """'one of the videos', 'two of the emails': a part of a set of records (the document
    nouns), which speaks as a record does."""
    return any(
        c.lower_ == "of" and any(o.dep_ == "pobj" and o.tag_ == "NNS" and _noun_lemma(o) in document_nouns() and _noun_lemma(o) not in _news_nouns() for o in c.children)
        for c in head.children
    )


@cache
def _news_nouns() -> frozenset[str]:
    """Document nouns that name news as often ('several of the papers', 'one of the
    reports'): news_works.txt's report group and the papers."""
    return lexicon.grouped(NEWS_WORKS)["report"] | {"paper", "papers"}


def _kind_of_body_before(head: Token) -> bool:
    """A common noun for a body right before a name, hung on it ('Ride-hailing firm Lyft',
    'carmaker Tesla', 'messaging app Glide'): the body_nouns list, or what WordNet files
    under groups; 'Bank manager Tom Hill' has a noun for a person there."""
    start = head.i
    while start > 0 and head.doc[start - 1].pos_ == "PROPN" and head.doc[start - 1].head.i == head.i:
        start -= 1
    if not start:
        return False
    before = head.doc[start - 1]
    if before.pos_ != "NOUN" or before.tag_ != "NN" or before.dep_ not in ("compound", "amod") or before.head.i != head.i:
        return False
    lemma = before.lemma_.lower()
    return lemma in body_nouns() or noun_kinds().get(lemma) == "body" and lemma not in person_nouns()


def _counted_hearsay(head: Token, lemma: str) -> Token | None:
    """The plural of talk a counting noun ('a rash of rumors', 'a flurry of reports';
    vague_sources.txt's "swarm") stands for, else None."""
    if head.pos_ != "NOUN" or lemma not in _vague("swarm"):
        return None
    return next(
        (o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in _vague("hearsay")),
        None,
    )


def _kept_unnamed(head: Token) -> bool:
    """A clause on the source that says its name is kept back ('The user, who asked not to be
    named, said'; 'a resident, who declined to be identified'; 'an official who spoke on
    condition of anonymity'; 'The girl, who has not been identified,'): described, not
    identified (the guideline, section 4)."""
    for clause in (c for c in head.children if c.dep_ in ("relcl", "acl")):
        words = list(clause.subtree)
        if any(t.lower_ in _vague("withheld") for t in words):
            return True
        said = " ".join(t.lower_ for t in words if not t.is_punct)
        if _NAME_KEPT_BACK.search(said) or _NOT_YET_NAMED.search(said):
            return True
    return False


# a request or refusal to be named ('asked not to be named', 'declined to be identified'),
# not 'was named as a suspect' nor 'was not named in the lawsuit'
_NAME_KEPT_BACK = re.compile(r"\b(?:not to be|declined to be|refused to be|did not want to be|n't want to be) (?:named|identified)\b")
# a name not given out yet, the clause ending there ('who has not been identified', 'who was
# not named by police'), not 'who was not named in the lawsuit' (named as what, elsewhere)
_NOT_YET_NAMED = re.compile(r"\b(?:not|n't|never) (?:yet |been |publicly |officially |formally )*(?:named|identified)(?: (?:yet|publicly|officially|by (?:police|the police|authorities|officials)))?$")


def _first_unnamed_mention(doc: Doc, src: Span, head: Token, entity: EntityDraft | None) -> Span | None:
    """Where a definite source ('the source', 'The representative of the company') is an
    unnamed source the article gave before (speakers: Resolver._same_unnamed_source), that first
    mention: the source is typed as it was then."""
    if entity is None or not entity.key.startswith("mention:") or not entity.mentions or not any(c.lower_ == "the" for c in head.children):
        return None
    start, end = entity.mentions[0]
    if start >= src.start_char:
        return None
    first = doc.char_span(start, end, alignment_mode="expand")
    return first if first is not None and len(first) and first.root.lower_ not in ("who", "that", "which") else None


def _unnamed_again(doc: Doc, head: Token, entity: EntityDraft | None) -> bool:
    """'A Vogue employee told Gawker ... The employee added': an unnamed source taken up
    again with 'the', whom the article never names (the speaker step left the phrase itself
    for name): as anonymous as it was when it first spoke ('a' and the same noun, the subject
    of a verb of saying). Not 'he visited a doctor ... The doctor told him' (who the doctor
    is, the first mention did not leave open as a source), nor a phrase with a name in it."""
    if not any(c.lower_ == "the" for c in head.children) or any(c.dep_ in ("poss", "compound", "prep", "relcl", "acl", "appos") for c in head.children):
        return False
    if entity is not None and not entity.key.startswith("mention:") or any(t.pos_ == "PROPN" for t in head.subtree):
        return False
    lemma = head.lemma_.lower()
    if lemma in voice_nouns():
        return False  # ('A spokesperson for CareNow confirmed ... the spokesperson said': the body's voice)
    said = lexicon.words(REPORTING_VERBS)
    return any(
        t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.lemma_.lower() in said and t.head.tag_ != "VBN"
        and any(c.lower_ in ("a", "an") for c in t.children)
        and not any(c.dep_ in ("appos", "relcl", "acl") for c in t.children)  # ('A priest, John O'Neal, has claimed'; 'A schoolboy who ...', named later)
        and not any(w.ent_type_ == "PERSON" and not (w.i < t.i and w.head.i == t.i and w.dep_ == "compound") for w in t.subtree)  # (a name before the noun is where they work: 'A Vogue employee')
        for t in doc[: head.i]
    )


_WHERE_FROM = frozenset({"GPE", "NORP", "LOC"})  # a place or a people the few come from names none of them


def _few_of_them(head: Token) -> bool:
    """A part of a group a pronoun stands for ('all of them', 'some of us', 'each of
    those'): the quantifier heads the source, the group is earlier in the text."""
    return head.pos_ in ("NUM", "PRON", "DET", "ADJ") and any(
        c.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in ("them", "us", "those", "you") and not list(o.children) for o in c.children) for c in head.children
    )


def _owner_of_the_few(t: Token, head: Token) -> bool:
    """The name is whose the few are ('One of | Hunter's | sources'), not the one's own name
    ('One of her lawyers, | John Marsh'), nor a body its spokespeople speak for ('One of the
    Kremlin's spokesmen': the body's, as 'a Kremlin spokesman' is)."""
    few = [o for c in head.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    owners = (p for o in few if o.lemma_.lower() not in voice_nouns() for p in o.children if p.dep_ == "poss")
    return any(p.left_edge.i <= t.i <= p.right_edge.i for p in owners)


def _body_not_role(doc: Doc, src: Span, entity: EntityDraft, head: Token) -> bool:
    """A name the speaker step made a body's, whose head is no role ('the Prime Minister',
    'The Apple CEO', 'The Mother Abbess of ...' stay people), no surname of the article, and
    not two names joined ('O'Brien and Wright')."""
    if not entity.key.startswith("org:") or any(t.lower_ in ("and", "&") for t in src):
        return False
    words = [t for t in src if t.is_alpha and t.i <= head.i]
    return not any(t.lemma_.lower() in person_nouns() or t.lower_ in person_nouns() for t in words) and head.lower_ not in surnames(doc)


def _common_or_bodys_name(head: Token, entity: EntityDraft | None) -> bool:
    """A body noun as a noun, or capitalised into a name that is no person's: the tagger
    makes 'Police' in 'Cumbrian Police said' and 'the defence ministry' proper nouns; not
    a name the tagger or the article makes a person's."""
    if head.pos_ == "NOUN":
        return True
    return head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and not (entity is not None and entity.type == "person")


def _described_only(head: Token) -> bool:
    """'One', 'another' with nothing named beside it: bare ('One wrote: ...') or set beside a
    description ('One, an American fighter, said'), not a name ('One, Jim Carter, said')."""
    return all(c.is_punct or c.dep_ == "appos" and c.pos_ == "NOUN" and not any(t.pos_ == "PROPN" and t.ent_type_ not in _WHERE_FROM for t in c.subtree) for c in head.children)


def _unnamed_by_determiner(head: Token) -> bool:
    """'a source', 'two senior officials', 'One longtime NBC employee': a word of vague_sources.txt's
    "unnamed" group before the noun, as its own modifier or, where the parser hung it on
    another modifier ('One' on 'longtime'), as the phrase's first word."""
    unnamed = _vague("unnamed")
    if any(t.lower_ in unnamed for t in head.children):
        return True
    first = head.left_edge
    return first.i < head.i and first.lower_ in unnamed and first.tag_ in ("DT", "CD") and first.head.i != head.i and first.head.i < head.i


def _one_of_a_kind(doc: Doc, head: Token, lemma: str) -> bool:
    """A capitalised word for a kind of people with 'a', 'an' or 'another' before it ('an
    overly excited Wikipedian', 'a Saudi', 'a Catholic Priest', 'Another Islamist'): no one's
    name. Not a surname of the article
    ('a bloodstained Ilic'), nor a person, body or place the tagger knows, nor a body, document
    or inquiry noun ('a U.S. District Court'). ('a Vine', a video the tagger calls a
    nationality, still passes.)"""
    if head.pos_ != "PROPN" or not head.is_alpha or head.ent_type_ not in ("", "NORP"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children):
        return False
    if any(c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in head.children):
        return False  # 'Another Democrat, Nancy Pelosi, said': named beside
    return head.lower_ not in surnames(doc) and lemma not in body_nouns() and lemma not in document_nouns() and head.lower_ not in lexicon.words(INQUIRY_NOUNS)


def _agent_noun(lemma: str) -> bool:
    """'executioner', 'commenter', 'narrator': a noun for one who does something, a person's,
    unless news uses it for a firm or a body (body_agent_nouns.txt, source_nouns.txt's body
    group: 'regulator', 'manufacturer') or it names a record ('letter', 'poster')."""
    if len(lemma) <= 5 or not lemma.endswith(("er", "or")):
        return False
    return lemma not in lexicon.words(BODY_AGENT_NOUNS) and lemma not in body_nouns() and lemma not in document_nouns() and lemma not in outlets.medium_nouns()


def no_one(head: Token) -> bool:
    """'nobody', 'none', 'no one', 'no group': a source that is no one (not 'No 10', Downing
    Street); and 'nothing' ('Nothing in the memo suggests the plant will close': no record
    says so)."""
    if head.is_digit:
        return False
    if head.lower_ in ("nobody", "none", "noone", "no-one", "nothing"):
        return True
    if any(c.dep_ == "neg" and c.i < head.i for c in head.children) and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "one", "any") for c in head.children) and not any(c.dep_ in ("conj", "cc") for c in head.children):
        return True  # ('Not a single witness has come forward claiming ...', 'not one official': a review of FNC bodies, Random(11717); not 'Not a doctor but a nurse told police')
    return any(c.dep_ == "det" and c.lower_ == "no" and not _number_sign(c) for c in head.children) or head.lower_ == "one" and head.i > 0 and head.doc[head.i - 1].lower_ == "no"


def _number_sign(no: Token) -> bool:
    """'No' for 'number' before a figure, inside the phrase ('A No 10 spokesman', 'the No. 2
    official'): a title, not a negation. At the head of a sentence ('No 10 people were
    hurt') it may be either, and stays a negation."""
    doc = no.doc
    return no.text in ("No", "No.") and no.i + 1 < len(doc) and doc[no.i + 1].is_digit and (no.text == "No." or no.i > no.sent.start)


def _subject_before(doc: Doc, it: Token) -> Token | None:
    """The noun subject of the main clause before 'it': in its own sentence, else the one
    before ('A 2013 report called the city "the capital." It said ...')."""
    sent = it.sent
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    for span in ([doc[sent.start : it.i]] + ([prev] if prev is not None else [])):
        subjects = [t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")]
        main = [t for t in subjects if t.head.dep_ == "ROOT"]  # the main clause's, not a clause inside it
        if main or subjects:
            return (main or subjects)[0]
    return None


def _unnamed_news_report(head: Token) -> bool:
    """'an earlier report that said', 'according to a new report': a news report no one is
    named for, told by its place in the news, an anonymous source (the guideline, section 3: 'an unnamed specific outlet
    or report (some media, an earlier report) is anonymous'). Not a report that says whose
    or what kind it is ('a police report', 'a report by the UN', 'the report'), which stays
    a document or the outlet's."""
    if head.lemma_.lower() not in lexicon.grouped(NEWS_WORKS)["report"] or head.tag_ != "NN":
        return False
    single = lexicon.grouped(INDEFINITES)["one"]  # 'a', 'another': one report, not 'two reports'
    when = lexicon.words(REPORT_TIMES)  # what a news report is called by when it is nothing more
    kids = list(head.children)
    if not any(c.dep_ == "det" and c.lower_ in single for c in kids):
        return False
    unchecked = any(c.dep_ == "amod" and c.lower_ in _unchecked_words() for c in kids)  # 'an unverified report': news, unless a word says what kind
    if not any(c.dep_ == "amod" and c.lower_ in when or _dated(c) for c in kids) and not unchecked and not _says_as_news(head, kids):
        return False  # 'a report highlighted how ...' alone may be any kind of report: a document
    return all(
        c.dep_ == "det" and c.lower_ in single
        or c.dep_ == "amod" and (c.lower_ in when or _news_word(c) if unchecked else c.lower_ in when or c.pos_ == "ADJ") and not list(c.children)  # ('a shocking new report', 'an unconfirmed published report'; not 'an unverified autopsy report')
        or _dated(c)
        or c.dep_ == "npadvmod" and all(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)  # ('this week')
        or c.dep_ in ("relcl", "punct")
        or c.dep_ == "acl" and not any(g.dep_ == "agent" for g in c.children)  # 'a new report spreading online', not '... published by the UN'
        for c in kids
    )


def _unchecked_reports(head: Token) -> bool:
    """'several unconfirmed published reports', 'unverified reports' (with 'including the
    Guardian', one of them): reports the text says no one has checked, with no one named
    for them, as vague as 'reports' alone; not 'two police reports' or 'reports by the UN'."""
    if head.lemma_.lower() not in lexicon.grouped(NEWS_WORKS)["report"] or head.tag_ != "NNS":
        return False
    kids = list(head.children)
    if not any(c.dep_ == "amod" and c.lower_ in _unchecked_words() for c in kids):
        return False
    return all(
        c.dep_ == "det" and c.pos_ in ("DET", "ADJ")
        or c.dep_ == "amod" and _news_word(c) and not list(c.children)
        or c.dep_ == "prep" and c.lower_ == "including"
        or c.dep_ == "punct"
        for c in kids
    )


def _news_word(mod: Token) -> bool:
    """An adjective that leaves a report news: unchecked ('unconfirmed'), published, or of
    the news ('media', 'press'); not one that makes it a record ('an unverified autopsy
    report', 'unconfirmed medical reports')."""
    return mod.lower_ in _unchecked_words() or mod.lower_ in lexicon.words(NEWS_REPORT_WORDS)


@cache
def _unchecked_words() -> frozenset[str]:
    """The single adjectives of hedges.txt's "hedged" group: 'unconfirmed', 'unverified'."""
    return frozenset(w for w in lexicon.grouped(HEDGES)["hedged"] if " " not in w and w.startswith("un"))


def _says_as_news(head: Token, kids: list[Token]) -> bool:
    """'..., a report said.', 'A report claimed ...', 'according to a report': a bare report,
    its determiner alone, after 'according to' or as the subject of one of the plain verbs
    news tags a story with (cue_verbs.txt's "closing"
    verbs: say, report, claim, add ...), the way news passes on another paper's story; not
    one that finds, shows or highlights ('a report found', 'a report highlighted how ...'),
    which may be any kind of report."""
    if not all(c.dep_ == "det" for c in kids):
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        return True  # ('..., according to a report.': how news passes on another paper's story; a review of FNC bodies, Random(11414))
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in lexicon.grouped(CUE_VERBS)["closing"]


def _dated(prep: Token) -> bool:
    """'on Thursday', 'from Monday' after a report: it is told by its day in the news, as
    'an earlier report' is by its place (not 'a report on the crash', which says what kind);
    so is 'from Asia', by the place it came from."""
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "from", "in"):
        return False  # ('in May' too: 'A report in May shared similar details', a review of FNC bodies)
    if prep.lower_ in ("in", "from") and prep.head.head.lemma_.lower() in _finding_verbs():
        return False  # ('A report in 2019 found ...': any kind of report, as 'a report found' is)
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ == "from" and len(objs) == 1 and objs[0].ent_type_ in ("GPE", "LOC") and all(t.ent_type_ in ("GPE", "LOC") or t.dep_ == "det" for t in objs[0].subtree):
        return True  # ('Another report from Asia this week claims': told by where it came from; a review of FNC bodies, Random(11717))
    return len(objs) == 1 and all(t.ent_type_ in ("DATE", "TIME") for t in objs[0].subtree)


@cache
def _finding_verbs() -> frozenset[str]:
    """The verbs a study or a record reports by (action_senses.txt's "found" verbs and
    cue_verbs.txt's "depict" group): 'found', 'shows', 'reveals'."""
    return frozenset(k for k, v in lexicon.flagged("action_senses.txt").items() if "found" in v) | lexicon.grouped("cue_verbs.txt").get("depict", frozenset())


def _plural_of_people(tok: Token) -> bool:
    """A plural of a noun for people ('neighbours', 'residents', 'witnesses'), written
    capitalised only as the first word: its singular is a person or anonymous source noun."""
    low = tok.lower_
    if not (tok.text[:1].isupper() and tok.text[1:].islower() and low.endswith("s")):
        return False
    people = person_nouns() | anonymous_nouns()
    return low[:-1] in people or low.endswith("es") and low[:-2] in people


def _gatherings() -> frozenset[str]:
    """'the crowd', 'onlookers': people gathered, no one named (source_nouns.txt)."""
    return lexicon.grouped(SOURCE_NOUNS).get("gathering", frozenset())


def document_nouns() -> frozenset[str]:
    return lexicon.grouped(SOURCE_NOUNS)["document"]


@cache
def person_nouns() -> frozenset[str]:
    """Nouns for one person: the role nouns (occupations, offices), source_nouns.txt's
    "person" group (kinship and the like: 'his mother', 'the man'), with its kin groups ('his
    family' speaks as a person does), and the nouns whose sex is part of their meaning
    (person_nouns.tsv: 'the nun', 'the bride', was an organisation)."""
    groups = lexicon.grouped(SOURCE_NOUNS)
    return lexicon.words(ROLE_NOUNS) | groups.get("person", frozenset()) | groups.get("kin", frozenset()) | frozenset(gendered_nouns())
