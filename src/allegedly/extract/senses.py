"""Reporting verbs in a sense that is not speech: "agreed a deal", "added 2 %", "released a
video", "rejected the appeal", "called medics". A candidate of such a verb goes when its
content is a plain noun phrase that names no message and no proposition follows in it (or,
for "call", names the people phoned or summoned). And a claim noun under a verb whose subject
undergoes, sets off or answers it ("subjected itself to doubts about ...", "sparked claims
that ...") is not that subject's claim."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .. import lexicon, misread
from .context import Context, tokens_of
from .spans import Finding, clause_end, doc_text, per_doc, trim

ACTION_SENSES = "action_senses.txt"
ARMED_NOUNS = "armed_nouns.txt"  # 'Rebels attacked the convoy': a verb of attack by force
MESSAGE_NOUNS = "message_nouns.txt"
PICTURE_NOUNS = "picture_nouns.txt"
CUE_VERBS = "cue_verbs.txt"
CLAIM_NOUNS = ("claim_nouns.txt", "reporting_nouns.txt", "allegation_nouns.txt")
ROLE_NOUNS = "role_nouns.txt"
SPEECH_IDIOMS = "speech_idioms.txt"
SPEAKING_TERMS = "speaking_terms.txt"
SOURCE_NOUNS = "source_nouns.txt"
SPREADING_VERBS = "spreading_verbs.txt"  # 'Rumours that ... circulated on social media'
BELIEFS = "beliefs.txt"  # 'The price of bread worries many families': a fear the object holds
REPORTING_NOUNS = "reporting_nouns.txt"
REPORTING_VERBS = "reporting_verbs.txt"
SUPPORT_NOUNS = "support_nouns.txt"  # 'no evidence', 'no proof': support denied
NOUN_KINDS = "noun_kinds.tsv"  # from WordNet: a common noun's kind (person, body, record ...)
# prepositions of the circumstances an event came in (the closed class English grammars list
# for "in the middle of, in spite of, after"): 'pushed back the launch after reports that ...',
# 'reported ..., amid speculation about his health'
CIRCUMSTANCES = frozenset({"amid", "amidst", "despite", "after", "following", "before", "since"})
_PEOPLE_GROUPS = ("person", "kin", "anonymous", "body")  # source_nouns.txt groups that name people
_PEOPLE_PRONOUNS = frozenset({"me", "him", "her", "them", "us", "you", "everyone", "somebody", "someone"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "oprd", "attr", "acomp"})  # what the verb says of its object
_LABEL_POS = frozenset({"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"})  # a second phrase: 'called him a liar'


def showing_verbs() -> frozenset[str]:
    """What a picture does with what is in it ('a video that shows ...'): cue_verbs.txt's
    "depict" group."""
    return lexicon.grouped(CUE_VERBS).get("depict", frozenset())


def wording_verbs() -> frozenset[str]:
    """What a text does with its own words ('the sign read: ...'): cue_verbs.txt's "wording"
    group."""
    return lexicon.grouped(CUE_VERBS).get("wording", frozenset())


def wording_of_a_thing(verb: Token, subj: Token, content: tuple[int, int]) -> bool:
    """Whether verb is a text giving its own wording ('the sign read: ...'): a verb of
    wording with no object outside its content (not 'read a statement', 'read him the
    letter': someone reading out) and a thing for subject (written_thing)."""
    if verb.lemma_.lower() not in wording_verbs():
        return False
    quoted = doc_text(verb.doc)[content[0] : content[0] + 1] in "\"“‘'«"
    if any(c.dep_ in ("dobj", "dative") and not (quoted and content[0] < c.idx < content[1]) and not (c.lower_ == "what" and c.i < verb.i) for c in verb.children):
        return False  # (one inside the quotation is the parser's misreading of the wording; 'Here is what the post reads:' gives it)
    return written_thing(subj, verb)


def written_thing(subj: Token, verb: Token) -> bool:
    """Whether the subject of a verb of wording is a thing, not someone: a common noun no
    list of people holds; for 'that' or 'which', the noun the clause hangs from, past a
    person it is from ('a note from her son that read', where the parser hangs the clause
    on the son)."""
    if subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subj = verb.head
        prep = subj.head
        if subj.lemma_.lower() in people_nouns() and subj.dep_ == "pobj" and prep.dep_ == "prep" and prep.i > 0:
            subj = subj.doc[prep.i - 1]
    return subj.pos_ == "NOUN" and not subj.ent_type_ and subj.lemma_.lower() not in people_nouns()


@lru_cache(maxsize=1)
def message_nouns() -> frozenset[str]:
    """message_nouns.txt's nouns, whole ('press release', not 'press'), and the claim nouns."""
    out = {" ".join(p) for p in lexicon.phrases(MESSAGE_NOUNS)}
    for name in CLAIM_NOUNS:
        out |= lexicon.words(name)
    return frozenset(out)


def names_a_message(noun: Token) -> bool:
    """The noun, or it with the nouns compounded before it ('a press release'), is in
    message_nouns()."""
    nouns = message_nouns()
    if noun.lemma_.lower() in nouns or noun.lower_ in nouns:
        return True
    before = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return bool(before) and " ".join([c.lower_ for c in before] + [noun.lower_]) in nouns


@lru_cache(maxsize=1)
def noun_kinds() -> dict[str, str]:
    """Common noun -> person, body, record, message, thing or abstract (noun_kinds.tsv, from WordNet)."""
    return dict(line.split("\t")[:2] for line in lexicon.lines(NOUN_KINDS))  # type: ignore[misc]


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """Nouns for people: role nouns and source_nouns.txt's person, anonymous and body groups."""
    out = set(lexicon.words(ROLE_NOUNS))
    groups = lexicon.grouped(SOURCE_NOUNS)
    for g in _PEOPLE_GROUPS:
        out |= groups.get(g, frozenset())
    return frozenset(out)


_OPENERS = frozenset({"and", "but", "so", "yet", "or", "because", "though", "although", "think", "that"})
_OPEN_ENDS = frozenset({"said", "told", "that"})


@per_doc
def idiom_tokens(doc) -> frozenset[int]:
    """The tokens of every set phrase of speech_idioms.txt standing as an adverbial of its
    own ('That said, ...', 'All told, ...', 'I think when it's all said and done he ...'):
    after the start of a sentence, punctuation, a conjunction or a clause's opening word, and,
    for a phrase that could go on as a report, before a comma or the end of the sentence."""
    out: set[int] = set()
    words = [w.replace("\u2019", "'") for w in tokens_of(doc).lower]  # ('there’s no telling' as 'there 's')
    for i, phrase in lexicon.find_phrases(SPEECH_IDIOMS, words):
        n = len(phrase)
        before = doc[i - 1] if i else None
        after = doc[i + n] if i + n < len(doc) else None
        opens = before is None or doc[i].is_sent_start or before.is_punct or before.lower_ in _OPENERS
        closes = after is None or after.text in (",", ".", ";", "!", "?", "\u2014", "-", "--") or after.is_sent_start
        # only a phrase that ends on its verb or on 'that' could go on as a report ('all
        # told the paper', 'having said that he ...'); 'all said and done' cannot
        if opens and (closes or phrase[-1] not in _OPEN_ENDS):
            out.update(range(i, i + n))
    return frozenset(out)


@lru_cache(maxsize=None)
def _senses(flag: str) -> frozenset[str]:
    """action_senses.txt's verbs with this flag ("" for the plain lines)."""
    return frozenset(k for k, v in lexicon.flagged(ACTION_SENSES).items() if (flag in v if flag else not v))


def _relative_clause(ctx: Context, f: Finding) -> bool:
    """A content that opens on a relative pronoun as its clause's subject ('Rumors are
    circulating | that are too delicious to overlook'): a clause that tells of a noun, not a
    proposition anyone states (a complementizer 'that' is a mark, and 'said that was wrong'
    has a demonstrative)."""
    if f.stage == "according_to" or f.content[0] < f.cue[1]:  # type: ignore[index]
        return False  # ('which, according to the index, classifies him as ...', 'which Clarke says he ...': the gap is in the claim)
    first = ctx.doc.char_span(f.content[0], f.content[0] + 1, alignment_mode="expand")  # type: ignore[index]
    if first is None or not len(first):
        return False
    word = first[0]
    if word.i - 1 == f.cue_token:
        return False  # right after the verb it is its complementizer, however tagged ('joked that, among ...')
    # (the tag tells a relative 'that', WDT, whatever head the parser gave its clause; as its
    # subject only: a WDT 'that' the parser made an object may be the complementizer of an
    # intransitive clause, 'said in the document that sales had fallen')
    return word.lower_ in ("that", "which") and word.tag_ == "WDT" and word.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != word.i for c in word.head.children
    )


def _a_users_page(noun: Token) -> bool:
    """'The Instagram account that the photo originates from', 'her Facebook page': a user's
    own space on a platform (outlet_words.txt's "profile" nouns after a platform's name), no
    account of events (from a review of FNC bodies, Random(11212))."""
    from ..sourcing import outlets  # (the platform and profile words; sourcing reads what extract finds)

    if noun.lower_ not in outlets.profile_words() and noun.lemma_.lower() not in outlets.profile_words():
        return False  # ('accounts' too)
    # (the parser may read 'account' as the platform's verb: 'Instagram | account(s) that ...')
    return any(c.dep_ in ("compound", "amod", "nmod", "nsubj") and c.i == noun.i - 1 and c.lower_ in outlets.platform_words() for c in noun.children)


def not_speech(ctx: Context, f: Finding) -> bool:
    """Whether f reads an action verb with a plain object as if it were reported speech, or
    makes the target of a claim noun its holder."""
    if f.content is None:
        return False
    if f.cue_token in idiom_tokens(ctx.doc):
        return True
    verb = ctx.doc[f.cue_token]
    if verb.lemma_.lower() in _senses("never"):
        return True  # ('spent an entire week sitting in a KFC': no saying in any sense)
    if _aimed_at_source(f, verb) or _runs_into_main_clause(ctx, f, verb) or _relative_clause(ctx, f):
        return True
    if _shares_a_picture(ctx, f, verb) or _no_claim_by_the_verb(ctx, verb) or _reports_from(ctx, f, verb):
        return True
    if _terms_of_speaking(ctx, f) or a_thing_found(verb) or a_name_given(verb) or _a_users_page(verb):
        return True
    if _unreal_report(verb) or _worries_someone(verb) or _telling_to_come(verb):
        return True
    lemma = verb.lemma_.lower()
    shown = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in _senses("show") and shown and not any(names_a_message(c) or _says_something(c) for c in shown) and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return ctx.quote_at(f.content[0]) is None  # 'debuted a recording that allegedly contains ...': a thing presented (not 'unveiled a proposal')
    people = lemma in _senses("people")
    work = lemma in _senses("work") and any(c.dep_ == "dobj" for c in verb.children)  # (a work written, not 'wrote of a cover-up')
    if not people and not work and lemma not in _senses(""):
        return False
    if not people and not work and f.content[0] < f.cue[0] and _acted_on(ctx, f, verb):
        return True  # 'A graphic video of the killing was posted online': the thing posted, no claim
    if ctx.quote_at(f.content[0]) is not None or f.content[0] < f.cue[0]:
        return False  # a quotation, or a claim before the cue ('..., he added')
    if f.cue[1] > verb.idx + len(verb.text):
        return False  # the object is in the cue ('issued a statement', 'is raising questions about')
    span = ctx.doc.char_span(*f.content, alignment_mode="expand")
    if span is None or not len(span):
        return False
    obj = _plain_object(verb)
    if people:
        return obj is not None and span.start <= obj.i < span.end and names_people(obj)
    aside = _set_off_relatives(span)
    aside |= {  # ('wrote the screenplay, and he's jazzed ...': a clause with its own subject)
        t.i for c in verb.children if c.dep_ == "conj" and c.i > verb.i and any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in c.children) for t in c.subtree
    }
    if any((t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") or t.dep_ in ("ccomp", "mark")) and not (t.dep_ == "conj" and t.head.i == verb.i) and t.i not in aside for t in span):
        return False  # a proposition follows: 'released a statement saying ...' (not 'a hunting lodge', nor the subject's next verb: 'boasts 1200hp, but is street legal')
    return not names_a_message(span.root)


_STIMULUS_VERBS = frozenset({"worry", "concern"})  # of beliefs.txt, Levin's 31.1 verbs whose subject may stir the feeling in their object


def _worries_someone(verb: Token) -> bool:
    """'The rising price of bread worries many families': a verb of fearing (beliefs.txt) with
    people for its object and no clause is what the subject does to them (Levin's 31.1, 'The
    news worries me'), no belief the subject holds (a review of FNC bodies, Random(12323):
    the price was the source of a speculative claim 'many families')."""
    if verb.lemma_.lower() not in lexicon.words(BELIEFS) or verb.lemma_.lower() not in _STIMULUS_VERBS or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False  # (not 'Investigators view the skipper as the main suspect': a judgement the subject holds)
    return any(c.dep_ == "dobj" and c.i > verb.i and (names_people(c) or noun_kinds().get(c.lemma_.lower()) == "person") for c in verb.children)


def _telling_to_come(verb: Token) -> bool:
    """'The staff will let Thomas know what kind of spider it is next week', 'wanted to let
    them know that ...', 'Let everyone know ...': a telling promised, intended or bidden, not
    made, is no report yet (a review of FNC bodies, Random(12424)); 'letting them know he
    believes ...' is one (PolNeAR marks it, with its teller for source: verbs._lets_know)."""
    let = let_know(verb)
    return let is not None and let.tag_ == "VB"  # the bare form: 'will let', 'to let', 'wanted to ... and let', 'Let them know' (not 'let' in the past, 'lets', 'letting')


def let_know(verb: Token) -> Token | None:
    """The 'let' of 'let them know ...' that a 'know' hangs from, else None."""
    if verb.lemma_.lower() != "know" or verb.dep_ not in ("ccomp", "xcomp") or verb.head.lemma_.lower() != "let":
        return None
    return verb.head


_UNREAL_MODALS = frozenset({"would", "could", "should"})


def _unreal_report(verb: Token) -> bool:
    """'Had the minister resigned, it would surely have been reported': a report that did not
    happen, in the past of a condition not met (a passive with no one named, 'would',
    'could' or 'should have', and a clause of 'if' or of an inverted 'had' or 'were'). A
    review of FNC bodies, Random(12323), where such a sentence was read as an unsourced
    report of its own first half."""
    kids = list(verb.children)
    agents = [g for c in kids if c.dep_ == "agent" for g in c.children if g.pos_ in ("NOUN", "PROPN", "PRON")]  # (not 'by now')
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in kids) or agents:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _UNREAL_MODALS for c in kids) or not any(c.dep_ == "aux" and c.lower_ == "have" for c in kids):
        return False
    return any(
        c.dep_ == "advcl" and c.i < verb.i and any(k.dep_ == "mark" and k.lower_ == "if" or k.dep_ == "aux" and k.i == c.left_edge.i and k.lower_ in ("had", "were") for k in c.children)
        for c in kids
    )


def _says_something(obj: Token) -> bool:
    """A thing presented that carries words of its own: a reporting verb, a claim noun or a
    'that' clause in its phrase, or support ('a poster claiming that ...', 'an indictment
    accusing six men', 'new evidence that the senator took bribes', 'a documentary that
    claims ...'): the presenter's report of them stands (a review of this round's diff)."""
    said = lexicon.flagged(REPORTING_VERBS)
    nouns = lexicon.words(REPORTING_NOUNS)
    if obj.lemma_.lower() in lexicon.words(SUPPORT_NOUNS):
        return True  # ('unveiled new evidence')
    return any(
        t.pos_ == "VERB" and t.lemma_.lower() in said or t.pos_ == "NOUN" and t.lemma_.lower() in nouns or t.dep_ == "mark" and t.lower_ == "that"
        for t in obj.subtree if t.i != obj.i
    )


def _set_off_relatives(span) -> set[int]:
    """The tokens of a relative clause set off by a comma inside span ('the novel, which was
    later filmed'): it describes the object, it is not what the verb says."""
    doc = span.doc
    said = showing_verbs() | lexicon.words(REPORTING_VERBS)
    return {
        t.i
        for r in span if r.dep_ == "relcl" and r.left_edge.i > span.start and doc[r.left_edge.i - 1].text == ","
        and not any(w.lemma_.lower() in said for w in r.subtree)  # ('a photo, which appears to show the pilot alive': what it shows)
        for t in r.subtree
    }


def a_thing_found(verb: Token) -> bool:
    """'A fisherman found a bottle', 'Guards found the inmate in his cell': people finding a
    thing or a person (action_senses.txt's "found" verbs), a discovery, not a finding that
    they report; not 'The study found ...' nor 'found that ...'."""
    # (not with a clause, nor a small one: 'found the senator dull' is a judgement)
    if verb.lemma_.lower() not in _senses("found") or any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or obj is None or not (names_people(subject) or subject.pos_ == "NOUN" and noun_kinds().get(subject.lemma_.lower()) == "person" or subject.lower_ in ("he", "she", "they")):
        return False
    return obj.ent_type_ == "PERSON" or obj.pos_ == "NOUN" and noun_kinds().get(obj.lemma_.lower()) in ("thing", "person")


def a_name_given(verb: Token) -> bool:
    """'an asteroid dubbed “2014 RC”', 'a mushroom called Amanita muscaria': a participle of
    naming (action_senses.txt's "naming" verbs) on the noun it names, with no one named
    for the naming: the thing's name, no claim. Not with an agent ('dubbed “the Beatles” by
    their captives' is the captives' word) nor as a finite verb ('Trump called it a
    disgrace')."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _senses("naming") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    set_off = verb.i > verb.sent.start and verb.doc[verb.i - 1].is_punct and not verb.doc[verb.i - 1].is_quote
    if not (verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") or verb.dep_ == "advcl" and set_off):
        return False  # (hung on its noun, or set off after it: 'the toadstool — called Amanita muscaria —')
    name = next((c for c in verb.children if c.dep_ in ("oprd", "attr", "ccomp") and c.i > verb.i), None)
    if name is None or any(c.dep_ in ("agent", "prep", "dobj") for c in verb.children):
        # ('called Friday for releasing the videos' asks; 'titled ... by the author' is the
        # author's; 'called ISIS's claim "an old and sick trick"' judges its object)
        return False
    words = [t for t in name.subtree if not t.is_punct]
    if not any(t.is_title or t.is_upper or t.like_num or t.text[:1].isdigit() for t in words):
        return False  # a name, not a judgement: 'dubbed "the worst law in history"', 'called "a sick hoax"'
    after = verb.right_edge.i + 1
    return not (after < len(verb.doc) and verb.doc[after].lower_ == "by")


def _acted_on(ctx: Context, f: Finding, verb: Token) -> bool:
    """A content before an action verb in the passive that takes in the verb's own subject,
    a plain noun phrase that names no message ('A graphic video of the killing, whose
    authenticity could not be verified, was | posted online'): the thing acted on, as the
    object of 'posted a video' is; not a clause ('That he lied was reported ...'), nor a
    subject the verb says something of ('was rejected as unlikely')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON") or names_a_message(subject):
        return False
    if any(c.dep_ in _COMPLEMENTS for c in verb.children) or any(t.lower_ == "as" and t.i > verb.i and t.dep_ in ("prep", "advmod") for t in verb.subtree):
        return False  # ('this problem has been rejected by most scientists as unlikely': a judgement of it)
    assert f.content is not None
    return f.content[0] <= subject.idx < f.content[1]


def _no_claim_by_the_verb(ctx: Context, verb: Token) -> bool:
    """The verb's own tests, whatever its candidate (an amount known, a thing seen, lives
    taken, a way found), read once per verb: a verb has a candidate for each reading."""
    key = ("no_claim", verb.i)
    got = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = _amount_known(verb) or _seen_doing(verb) or _came_upon(verb) or _offers_no_proof(verb) or _reduced_relative(verb) or _forestalled(verb) or _told_to_do(verb) or _takes_lives(verb) or _named_after(verb) or _summoned(verb) or _moved_by_force(verb) or _by_force(verb) or _shows_oneself(verb) or _finds_its_way(verb) or _pleads_in_court(verb) or _talk_spreads(verb) or _picture_released(verb) or referring_aside(verb)
    return got


def _terms_of_speaking(ctx: Context, f: Finding) -> bool:
    """'Quince spoke on condition of anonymity', 'talked off the record': the terms a source
    spoke on (speaking_terms.txt), right after the verb, with the content opening inside
    them (the cue may have taken in their first word) tell those terms, no claim."""
    assert f.content is not None
    tok = ctx.tokens
    k = f.cue_token + 1
    words = tok.lower[k : k + 6]
    for p, whole in _speaking_terms().get(words[0] if words else "", ()):
        if tuple(words[: len(p)]) == p:
            end = tok.end[k + len(p) - 1]
            if whole and f.content[1] > end:
                continue  # ('said anonymity was vital': a claim about it)
            return tok.idx[k - 1] < f.content[0] < end  # (not a quotation before: '"...," the source said on condition of anonymity')
    return False


@lru_cache(maxsize=1)
def _speaking_terms() -> dict[str, list[tuple[tuple[str, ...], bool]]]:
    """speaking_terms.txt by first word, longest first: (words, whether they must be all the
    content, a line ending in '$': 'requested anonymity')."""
    out: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for p in lexicon.phrases(SPEAKING_TERMS):
        whole = p[-1] == "$"
        words = p[:-1] if whole else p
        out.setdefault(words[0], []).append((words, whole))
    return out


def _finds_its_way(verb: Token) -> bool:
    """'The story found its way to FOX News' (action_senses.txt, way): motion, no claim."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _senses("way") and any(c.dep_ == "dobj" and c.lemma_.lower() == "way" for c in verb.children)


def _reports_from(ctx: Context, f: Finding, verb: Token) -> bool:
    """'Foley was reporting in the Middle East when ...', 'has been reporting from Syria'
    (action_senses.txt, place): a journalist at work where nothing reported follows the verb,
    only a place: no object, clause or quotation of its own."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _senses("place") or f.content is None:
        return False
    if f.content[0] < f.cue[1] and not _set_off_participle(verb):
        return False  # (a claim before it is what a participle's tag reports: 'reports X, writing for the Times')
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False  # ('As Rhea Voss wrote for the Courier last week, the levy will ...' vouches for its clause)
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for c in verb.children) or ctx.quote_at(f.content[0]) is not None:
        return False
    prep = next((c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "advmod", "npadvmod")), None)
    if prep is not None and prep.dep_ == "prep" and prep.lower_ == "for":
        # 'who frequently reported for the Global Post': whom the journalist worked for
        return any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ == "ORG") for g in prep.children) and not any(
            t.dep_ in ("ccomp", "mark") or t.lower_ == "that" for t in verb.subtree if t.i > verb.i
        )
    return prep is not None and prep.dep_ == "prep" and prep.lower_ in ("in", "from") and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC") or g.pos_ == "PROPN" and g.ent_type_ not in ("DATE", "TIME")) for g in prep.children
    )  # (a place, not a time: 'As I wrote in December:')


def _set_off_participle(verb: Token) -> bool:
    """A participle set off by a comma after the tag it hangs on ('..., reports Michael
    Learmonth, writing for the Times'): what the journalist was doing, not a second report."""
    doc = verb.doc
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp") and verb.i > 0 and doc[verb.left_edge.i - 1].text == ","


def _takes_lives(verb: Token) -> bool:
    """'claiming the lives of 12 people', 'has claimed thousands of lives': a verb of taking
    life (action_senses.txt, lives) with lives for its object, or a count of them, tells a
    death toll, whatever candidate reads it."""
    if verb.lemma_.lower() not in _senses("lives") or any(c.dep_ == "ccomp" for c in verb.children):
        return False  # (not 'claimed dozens of lives, not hundreds, were lost': a claim about a toll)
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "advcl") for t in c.subtree}  # ('... and left 25 injured')
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if any(w.pos_ in ("VERB", "AUX") and w.i > obj.right_edge.i and w.head.i != verb.i and w.i not in joined for w in verb.subtree):
            continue  # (a verb of its own after the number, 'dozens of lives ... were lost': the toll is what is claimed)
        if obj.lemma_.lower() == "life":
            return True
        of = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"), None)  # ('hundreds | of lives')
        if of is not None and (obj.like_num or obj.pos_ in ("NUM", "NOUN") and obj.tag_ in ("NNS", "CD")) and any(g.dep_ == "pobj" and g.lemma_.lower() == "life" for g in of.children):
            return True
    return False


def _named_after(verb: Token) -> bool:
    """'The film is named after the inventor', 'named her son after his grandfather': a verb
    of naming (action_senses.txt's "naming" verbs) with 'after' gives a thing its namesake,
    no claim (WordNet 3.0's name.v.01, 'give a name to')."""
    if verb.lemma_.lower() not in _senses("naming") or any(c.dep_ in ("ccomp", "xcomp", "oprd", "attr") for c in verb.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "after" and any(g.dep_ == "pobj" and _namesake(g) for g in c.children)
        for c in verb.children
    )


def _namesake(g: Token) -> bool:
    """Whom or what a thing is named after: a name, or a noun for a person ('his grandfather',
    'the inventor'); not a time or an event ('named X as the suspect after the raid')."""
    if g.ent_type_ in ("DATE", "TIME", "EVENT"):
        return False
    if g.pos_ == "PROPN" or any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in g.children):
        return True  # ('after Tom Lane', 'after the Apple idol')
    return g.pos_ == "NOUN" and noun_kinds().get(g.lemma_.lower()) == "person"


def _summoned(verb: Token) -> bool:
    """'is calling in the army', 'called up reservists': a verb that, with its particle
    (action_senses.txt's "summon" lines), sends for people or a force: no claim, whatever
    follows ('... to clear the snow' is what they are sent for)."""
    particles = {f[7:] for f in lexicon.flagged(ACTION_SENSES).get(verb.lemma_.lower(), frozenset()) if f.startswith("summon:")}
    if not particles:
        return False
    obj = None
    for c in verb.children:
        if c.dep_ == "prt" and c.lower_ in particles:
            obj = next((d for d in verb.children if d.dep_ == "dobj"), None)
        elif c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in particles:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)  # (the particle parsed a preposition: 'calling | in the army')
        if obj is not None:
            break
    return obj is not None and (
        names_people(obj) or obj.pos_ == "NOUN" and noun_kinds().get(obj.lemma_.lower()) in ("person", "body") or obj.pos_ == "PROPN" and obj.ent_type_ == "ORG"  # ('the FBI', 'the National Guard')
    )


def _shows_oneself(verb: Token) -> bool:
    """'Another real-life Magneto revealed herself at a conference', 'exposed himself': a
    reflexive pronoun for the only object, nothing said of it (no complement, no 'as' or
    'to be', no clause): the subject shows or acts on itself, no words reported."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "PRON" or not obj.lower_.endswith(("self", "selves")) or any(c.dep_ == "conj" for c in obj.children):
        return False  # (not 'defending himself and his business record', PolNeAR dev)
    return not any(c.dep_ in _COMPLEMENTS or c.dep_ in ("ccomp", "dative") or c.lower_ == "as" for c in verb.children) and not any(t.lower_ == "as" or t.is_quote for t in verb.subtree if t.i > verb.i)


def _moved_by_force(verb: Token) -> bool:
    """'was blasted across the street by a jolt', 'slammed into a wall': a verb of attack in
    words (action_senses.txt's "motion" verbs) with a phrase of direction after it tells a
    body moved by force (WordNet 3.0's blast.v.02, slam.v.02), no words said; with a clause,
    a quotation or 'as', 'for' it still reports."""
    if verb.lemma_.lower() not in _senses("motion") or any(c.dep_ in ("ccomp", "xcomp", "oprd", "attr") for c in verb.children):
        return False
    claims = message_nouns()
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(o.lemma_.lower() in claims or o.lower_ in claims for o in objects):
        return False  # ('slammed down rumours that ...', 'blasted back at reports': a claim it attacks)
    return any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in _DIRECTIONS and c.i > verb.i for c in verb.children)


def _by_force(verb: Token) -> bool:
    """'Rebels attacked the convoy', 'Kurdish fighters launched an attack on IS militants',
    'shot dead Nathan Cirillo': a verb of attack (action_senses.txt's "force" verbs) whose
    subject fights (armed_nouns.txt), or one that acts by force always ("force:always")
    unless a particle makes it a retort or a denial ('shot back', 'shot down the report')."""
    lemma = verb.lemma_.lower()
    if lemma in _senses("force:always"):
        # (not a quotation's tag: '"That is false," the senator shot at reporters')
        # (nor a message fired: 'fired a warning that ...', 'fired accusations that ...')
        return not any(
            c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in ("back", "down") or c.dep_ in ("ccomp", "parataxis") and c.i < verb.i
            or c.dep_ == "dobj" and (names_a_message(c) or c.lemma_.lower() in lexicon.words(REPORTING_NOUNS))
            for c in verb.children
        ) and verb.dep_ != "parataxis"
    if lemma not in _senses("force"):
        return False
    if _attacked_in_words(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")), None)
    if subject is not None and subject.dep_ == "agent":
        subject = next((g for g in subject.children if g.dep_ == "pobj"), None)
    if subject is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return False  # ('An army of lawyers attacked the ruling')
    if subject.pos_ == "PROPN" and any(c.dep_ == "det" for c in subject.children):
        return False  # ('The Jets launched a scathing attack on the league': a team)
    armed = lexicon.words(ARMED_NOUNS)
    low = subject.lower_
    return subject.lemma_.lower() in armed or low in armed or low.endswith("s") and low[:-1] in armed  # ('Rebels', tagged a name at the start)


def _attacked_in_words(verb: Token) -> bool:
    """What is attacked is said or written ('attacked the UN report as biased', 'launched an
    attack on the government's claims'), or an 'as' phrase judges it: an attack in words
    (WordNet 3.0's attack.v.02), whoever makes it."""
    targets = [c for c in verb.children if c.dep_ == "dobj"]
    targets += [g for t in list(targets) for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) or any(c.dep_ == "prep" and c.lower_ == "as" for t in targets for c in t.children):
        return True
    claims = message_nouns()
    return any(names_a_message(t) or t.lemma_.lower() in claims or noun_kinds().get(t.lemma_.lower()) == "record" for t in targets)  # (not WordNet's 'message' kind: 'targets')


# the prepositions and particles of direction (Quirk et al., A Comprehensive Grammar, 9.15-9.17),
# not 'back', which makes a retort ('hit back at', 'blasted back at reports')
_DIRECTIONS = frozenset({"across", "into", "through", "onto", "off", "out", "against", "over", "down", "up", "away", "along", "toward", "towards"})


def referring_aside(verb: Token) -> bool:
    """'"I died that day," he says, referring to U.S. air strikes': what a speaker's words
    are about, set after the tag by a comma, is part of the tag (PolNeAR marks 'said,
    referring to ...' as one cue: extent.extend widens the tag over it), no second report of
    the same words."""
    if verb.lemma_.lower() != "refer" or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.left_edge.i != verb.i:
        return False
    return verb.head.i < verb.i and verb.head.lemma_.lower() in lexicon.flagged(REPORTING_VERBS) and verb.doc[verb.i - 1].text == ","


def _picture_released(verb: Token) -> bool:
    """'Footage was released showing soldiers firing': the release of a picture, in the
    passive, with what it shows in a participle after it; the picture's claim is the
    participle's (extract._picture_shows), the release no report (as _shares_a_picture
    with the picture for object)."""
    return any(
        shown is not None and shown.lemma_.lower() in lexicon.words(PICTURE_NOUNS)
        for shown in (released_picture(c) for c in verb.children if c.i > verb.i)
    )


def released_picture(verb: Token) -> Token | None:
    """'Footage was released showing soldiers firing on the crowd': a showing participle
    after a passive whose subject is a picture or a record (the parser hangs it on the
    verb) is what that picture shows, not the doing of whoever released it."""
    passive = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "advcl") or passive.i >= verb.i or verb.lemma_.lower() not in showing_verbs():
        return None
    if not any(c.dep_ == "auxpass" for c in passive.children):
        return None
    shown = next((c for c in passive.children if c.dep_ == "nsubjpass"), None)
    if shown is None or shown.lemma_.lower() not in lexicon.words(PICTURE_NOUNS) | lexicon.grouped(SOURCE_NOUNS)["document"]:
        return None
    return shown


def _talk_spreads(verb: Token) -> bool:
    """'Rumours that he had died circulated on social media': talk spreading
    (spreading_verbs.txt) with the talk, and what it says, for its subject; the talk noun is
    the report, and its spreading reports nothing more. ('rumours had been circulating for
    weeks that ...', 'rumors are swirling about X': the verb holds what the talk says.)"""
    if verb.lemma_.lower() not in lexicon.words(SPREADING_VERBS):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.words(REPORTING_NOUNS) and _says_its_claim(c) for c in verb.children)


def _says_its_claim(noun: Token) -> bool:
    """The noun has its claim on it: a 'that' clause, or an 'of' ('rumours of his death')."""
    return any(
        c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or c.dep_ == "prep" and c.lower_ == "of"
        for c in noun.children
    )


_PLEAS = (("guilty",), ("innocent",), ("not", "guilty"), ("no", "contest"))  # the pleas a court takes


def _pleads_in_court(verb: Token) -> bool:
    """'He pleaded guilty to both charges', 'pleaded not guilty': a plea in court
    (action_senses.txt, plea), the court's record of a legal act, not a claim resting on the
    defendant's word; 'pleaded for his release' is a request, and stays."""
    if verb.lemma_.lower() not in _senses("plea"):
        return False
    words = [t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 3]]
    return any(tuple(words[: len(p)]) == p for p in _PLEAS)


def _seen_doing(verb: Token) -> bool:
    """'was last seen attending a concert', 'is seen in Pyongyang': a verb of perception
    (action_senses.txt, event) tells an event witnessed, not a claim, whichever of its
    phrases a candidate takes as content; unless it takes a clause ('saw that the door was
    open'), an 'as' ('is widely seen as the heir') or an infinitive ('was seen to waver')."""
    if verb.lemma_.lower() not in _senses("event"):
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.tag_ == "VBG" for c in kids):
        return True
    return not any(
        c.dep_ == "ccomp" and c.tag_ != "VBG"
        or c.dep_ == "prep" and c.lower_ == "as"
        or c.dep_ in ("xcomp", "oprd") and c.tag_ != "VBG"
        or c.dep_ == "dobj" and any(g.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in g.children) or g.dep_ == "prep" and g.lower_ == "as" for g in c.children)
        for c in kids
    )  # (an object with its clause or its 'as': 'have seen no evidence that ...', 'saw the comment as a dig')


def _came_upon(verb: Token) -> bool:
    """'They found a man pinning a girl to the wall', 'was discovered hiding in a shed': a
    verb of discovering (action_senses.txt, upon) with an -ing clause on it or on its object
    tells a scene someone came upon, not a finding; a study's or an audit's subject still
    finds ('the audit found officials ignoring the rules'), and so does a clause with 'that'."""
    if verb.lemma_.lower() not in _senses("upon"):
        return False
    kids = list(verb.children)
    doing = any(c.dep_ in ("xcomp", "ccomp", "oprd") and _bare_participle(c) for c in kids) or any(
        c.dep_ == "dobj" and not names_a_message(c) and any(g.dep_ == "acl" and _bare_participle(g) for g in c.children)
        for c in kids
    )
    if not doing or any(c.dep_ == "ccomp" and not _bare_participle(c) for c in kids):
        return False
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    return subject is None or _someone(subject)


_DENIED_SUPPORT = frozenset({"no", "little", "scant", "nothing"})


def _offers_no_proof(verb: Token) -> bool:
    """'Photos posted online offered no conclusive evidence of his death', 'has not provided
    any proof': a verb of putting support forward (action_senses.txt, noproof) whose object
    is support denied notes an unsupported claim; it states none itself. With a clause the
    claim is spelled out ('offered no proof that Clinton had a role'), as PolNeAR marks it."""
    if verb.lemma_.lower() not in _senses("noproof"):
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    support = lexicon.words(SUPPORT_NOUNS)
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in support and not any(c.dep_ in ("acl", "ccomp", "relcl") or _for_a_told_claim(c) and obj.lemma_.lower() == "source" for c in obj.children):
            # (not 'cited no source for its report that ...': the report it gave none for is told)
            if negated or any(c.lower_ in _DENIED_SUPPORT and c.dep_ in ("det", "amod", "neg") for c in obj.children):
                return True
    return False


def _for_a_told_claim(prep: Token) -> bool:
    """'for its report that the singer was arrested': a 'for' whose object spells its claim
    out, which is told, though no source is given for it."""
    return prep.dep_ == "prep" and prep.lower_ == "for" and any(g.dep_ == "pobj" and any(k.dep_ in ("acl", "ccomp") for k in g.children) for g in prep.children)


def _reduced_relative(verb: Token) -> bool:
    """'Pictures posted online, however, offered no evidence': a participle with no auxiliary
    (or the same form read as a past tense) that the parser made the sentence's root, with a
    finite verb after it that has no subject of its own hung on as a mere dependent: the
    finite verb is the sentence's, its subject 'Pictures posted online'. Not one with a
    complement of its own ('A man believed to be Mr Haines then looks ...': a hedged
    identification, which the parse of the same words as a relative also reports)."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    return any(
        c.dep_ == "dep" and c.i > verb.i and c.tag_ in ("VBD", "VBZ", "VBP") and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for c in verb.children
    )


_NOT_YET = frozenset({"before", "until"})
_MODALS = frozenset({"could", "can", "would", "might"})


def _forestalled(verb: Token) -> bool:
    """'Police arrested the man before he could deny the claims': an act that a 'before' or
    'until' clause with a modal says had not come yet; no one said anything."""
    kids = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ in _NOT_YET for c in kids) and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in kids)


def _told_to_do(verb: Token) -> bool:
    """'We are told to wait in the hall': 'told' in the passive, with no agent, and a
    to-infinitive is an instruction, no hearsay (unsourced.py reads the phrase the same way)."""
    if verb.lemma_.lower() != "tell" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in verb.children)


def _bare_participle(tok: Token) -> bool:
    """An -ing verb with no auxiliary or complementizer of its own that reports nothing
    itself: 'found him | hiding', not 'found that the show | was running faster', 'found
    out she | was having a boy' nor 'found evidence | suggesting the fire was set'."""
    return (
        tok.tag_ == "VBG"
        and tok.lemma_.lower() not in lexicon.words(REPORTING_VERBS)
        and not any(c.dep_ in ("aux", "auxpass", "mark", "ccomp") for c in tok.children)
    )


def _someone(tok: Token) -> bool:
    """Whether a subject names people rather than a document or an inquiry: a pronoun, a name
    of people, or a common noun WordNet files under people or bodies of them."""
    if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    forms = {tok.lemma_.lower(), tok.lower_, tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_}  # ('Medics', a proper noun at a sentence start)
    return any(w in people_nouns() or noun_kinds().get(w) in ("person", "body") for w in forms)


_AMOUNTS = frozenset({"little", "nothing", "much", "more", "less", "everything", "anything", "something"})  # pronouns of quantity


def _amount_known(verb: Token) -> bool:
    """'Little is known about the gunman', 'nothing was reported about the fire': a passive
    whose subject is an amount, with no agent, says how much is known or told, and no one
    claims anything by it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.lower_ in _AMOUNTS and not any(c.dep_ == "agent" for c in verb.children)


def _shares_a_picture(ctx: Context, f: Finding, verb: Token) -> bool:
    """'tweeted a photo of the crowd', 'released footage of the arrest to reporters': the
    verb's object is a plain picture or recording, which states nothing, so nothing after the
    verb is its claim (docs/annotation-guideline.md, section 1), nor the sentence before it, nor
    what a participle says it shows ('a picture of himself holding a knife'); 'a video that
    said ...' does, and so does a quotation."""
    if verb.pos_ != "VERB" or f.content is None or ctx.quote_at(f.content[0]) is not None:
        return False  # (a quotation is what was said with it)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lemma_.lower() not in lexicon.words(PICTURE_NOUNS):
        return False
    # a participle says what the picture shows ('a picture of himself holding a knife'), and
    # so does a verb of showing ('a video that shows the attack': the video's own claim); another
    # finite verb or a clause may say something ('a video that said ...')
    showing = showing_verbs()
    shown = {t.i for v in obj.subtree if v.dep_ == "relcl" and v.lemma_.lower() in showing for t in v.subtree if t.i != v.i}
    return not any(
        t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") and not (t.dep_ == "relcl" and t.lemma_.lower() in showing) and t.i not in shown
        or t.dep_ in ("ccomp", "mark") and t.i not in shown
        or t.is_quote
        for t in obj.subtree
    )


def _plain_object(verb: Token) -> Token | None:
    """The verb's direct object when nothing is said of it: no complement ('called the
    claims baseless'), no particle ('called out'), no second phrase after it ('called him
    “a liar”'), no 'for' or 'on' ('called on the board to ...')."""
    kids = list(verb.children)
    if any(c.dep_ in _COMPLEMENTS or c.dep_ in ("prt", "dative") or (c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")) for c in kids):
        return None
    obj = next((c for c in kids if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or any(t.is_quote or t.dep_ in ("appos", "oprd") for t in obj.subtree):
        return None
    doc = verb.doc
    j = obj.right_edge.i + 1
    if j < len(doc) and (doc[j].is_quote or doc[j].pos_ in _LABEL_POS):
        return None
    return obj


def names_people(obj: Token) -> bool:
    """The object names people: 'medics', 'the police', 'her lawyer', 'them', 'Smith'."""
    if obj.pos_ == "PRON":
        return obj.lower_ in _PEOPLE_PRONOUNS
    if obj.ent_type_ == "PERSON":
        return True
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in people_nouns()


def _runs_into_main_clause(ctx: Context, f: Finding, verb: Token) -> bool:
    """A content that goes on past the relative or adverbial clause holding its cue reads the
    main clause as said ('A driver who was stopped when police told him he was speeding |
    drove off'): the main clause is the article's own account, no one's speech."""
    if f.content is None or f.content[0] < f.cue[1] or verb.pos_ not in ("VERB", "AUX"):
        return False
    key = ("clause_end", verb.i)
    if key not in ctx.memo:
        ctx.memo[key] = clause_end(verb)
    end = ctx.memo[key]
    if end is None or f.content[0] >= end:
        return False
    quote = ctx.quote_at(f.content[0])
    if quote is not None and quote[0] == f.content[0]:
        return False  # a quotation is taken whole, wherever the parse ends the clause
    return trim(doc_text(ctx.doc), end, f.content[1])[1] > end


def occasioning_verb(noun: Token) -> Token | None:
    """A talk noun that a verb stirs up (cue_verbs.txt's "stir" group: 'sparked claims that
    ...', 'fuelled speculation that ...'), comes after or answers (action_senses.txt's
    "after" group: 'follows reports that ...', 'responded to accusations that ...') or checks
    (cue_verbs.txt's "inquiry" group: 'is investigating claims that ...') takes as its object:
    talk the verb's subject set off, answers or checks, not talk it reports. The verb, else
    None."""
    verb, prep = noun.head, None
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb, prep = verb.head, verb.lower_
    elif noun.dep_ != "dobj" and not (noun.dep_ == "ccomp" and noun.pos_ == "NOUN"):
        return None  # (an object the parser read as a complement: 'sparked rumours the minister had ...')
    if verb.pos_ != "VERB" or any(c.dep_ in ("neg", "prt") for c in verb.children):
        return None  # ('did not respond to requests for comment' refuses; 'followed up her announcement' goes on)
    lemma = verb.lemma_.lower()
    stirred = lemma in lexicon.grouped(CUE_VERBS).get("stir", frozenset()) | lexicon.grouped(CUE_VERBS).get("arouse", frozenset())
    if noun.lemma_.lower() not in misread.talk_nouns() and not names_a_message(noun) and not (stirred and prep is None and noun.lemma_.lower() in lexicon.words(misread.BELIEFS)):
        return None  # talk, not whatever else it answers ('replied to a user'); a belief only stirred up ('sparked fears that ...')
    if prep is None and lemma in lexicon.grouped(CUE_VERBS).get("stir", frozenset()):
        return verb
    if prep is None and lemma in lexicon.grouped(CUE_VERBS).get("arouse", frozenset()):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is not None and subject.pos_ == "NOUN" and misread._mute(subject):
            return verb  # 'A series of tremors raised suspicions that ...': the event is no holder
    if prep is None and lemma in lexicon.grouped(CUE_VERBS).get("inquiry", frozenset()) and noun.lemma_.lower() in misread.talk_nouns():
        return verb  # 'is investigating reports that ...': talk the subject checks, not talk it holds
    flags = lexicon.flagged(ACTION_SENSES).get(lemma, frozenset())
    return verb if "after" in flags and (prep == "to") == ("to" in flags) else None


def _aimed_at_source(f: Finding, cue: Token) -> bool:
    """A verb whose subject undergoes a claim ('The network subjected itself to doubts about
    ...', 'the firm faced questions over ...'), or stirred it up, came after it or answers
    it (occasioning_verb: 'The photo sparked claims that ...', 'The statement follows reports that
    ...'), or a noun cue under one, read with that subject as the one who doubts, asks or
    claims: the subject is the claim's target or occasion, not its holder."""
    if f.source is None:
        return False
    verb, prep = cue, None
    if cue.pos_ == "NOUN":
        verb = cue.head
        if cue.dep_ == "pobj" and verb.dep_ == "prep":
            verb, prep = verb.head, verb.lower_
        elif cue.dep_ != "dobj":
            return False
    if verb.i != cue.i and occasioning_verb(cue) is not None or verb.i == cue.i and any(occasioning_verb(c) is not None and _within(f, c) for c in _talk_objects(verb)):
        return _subject_overlaps(f, verb)  # 'The photo sparked claims that ...': the talk's occasion
    flags = lexicon.flagged(ACTION_SENSES).get(verb.lemma_.lower(), frozenset())
    if "target" not in flags:
        return False
    if "to" in flags and prep != "to" and not (verb.i == cue.i and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)):
        return False  # 'exposed his accounts' reveals them; 'exposed to criticism' undergoes it
    return _subject_overlaps(f, verb)


def _subject_overlaps(f: Finding, verb: Token) -> bool:
    """Whether f's source is the verb's subject."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or f.source is None:
        return False
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
    return f.source[0] < hi and lo < f.source[1]


def _within(f: Finding, obj: Token) -> bool:
    """Whether f's content starts inside the object's phrase, with its preposition: the talk
    it names ('sparked | claims that ...'), not the verb's own words ('"Yes," replies one
    user to the question')."""
    phrase = obj.head if obj.dep_ == "pobj" else obj
    last = phrase.right_edge
    return f.content is not None and phrase.left_edge.idx <= f.content[0] < last.idx + len(last.text)


def _talk_objects(verb: Token) -> list[Token]:
    """The verb's object, and the object of its preposition ('responded to accusations')."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return objs + [k for c in verb.children if c.dep_ == "prep" for k in c.children if k.dep_ == "pobj"]
