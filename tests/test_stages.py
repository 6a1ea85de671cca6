"""Each extraction stage alone, on a parsed sentence: what the rules propose before the
trained ranker sees anything. A failure here names the stage at fault, where a test of the
whole of analyze() could be the ranker's."""

from __future__ import annotations

import pytest

from allegedly.extract import STAGES
from allegedly.extract.context import Context


def proposals(nlp, text: str, stage: str) -> list[tuple[str | None, str, str | None, str]]:
    """(source, cue, content, kind) of every lexicon candidate one stage proposes."""
    run = dict(STAGES)[stage]
    doc = nlp(text)

    def words(span):
        return text[span[0] : span[1]] if span else None

    return [(words(f.source), words(f.cue) or "", words(f.content), f.kind) for f in run(Context.of(doc)) if f.lexicon]


@pytest.mark.parametrize(
    ("stage", "text", "want"),
    [
        ("reporting_verbs", "The harbour master said that the channel was too shallow.",
         ("The harbour master", "said", "that the channel was too shallow", "indirect")),
        ("reporting_verbs", "“We will appeal,” the union's lawyer said.",
         ("the union's lawyer", "said", "“We will appeal,”", "direct")),
        ("reporting_verbs", "It has been alleged that the councillor took bribes.",
         (None, "alleged", "that the councillor took bribes", "indirect")),
        ("according_to", "According to two former employees, the memo was shredded.",
         ("two former employees", "According to", "the memo was shredded", "according_to")),
        ("colon_dash", "Mayor Ruth Okafor: “The budget is balanced.”",
         ("Mayor Ruth Okafor", ":", "“The budget is balanced.”", "direct")),
        ("colon_dash", "“The ferry was never safe.”\u00a0― Mara Quinlan\u00a0\n“It should have been stopped.” ― Tom Ruiz",
         ("Mara Quinlan", "―", "“The ferry was never safe.”", "direct")),
        ("unsourced", "It has been alleged that the councillor took bribes.",
         (None, "It has been alleged", "that the councillor took bribes", "other")),
        ("unsourced", "The ferry captain is alleged to have ignored two storm warnings.",
         (None, "is alleged", "The ferry captain is alleged to have ignored two storm warnings", "other")),
        ("unsourced", "In March the gang was widely believed to be hiding in the hills.",
         (None, "was widely believed", "the gang was widely believed to be hiding in the hills", "other")),
        ("unsourced", "Police questioned a man alleged to have sold the forged tickets.",
         (None, "alleged", "a man alleged to have sold the forged tickets", "other")),
        ("unsourced", "A builder accused of cutting corners on the school roof has left the country.",
         (None, "accused", "A builder accused of cutting corners on the school roof", "other")),
        ("unsourced", "The driver, described as a man in his 40s, fled on foot.",
         (None, "described", "The driver, described as a man in his 40s", "other")),
        ("unsourced", "The soldier, described as in his 30s, was shot in the abdomen.",
         (None, "described", "The soldier, described as in his 30s", "other")),
        ("unsourced", "Pharmacies stocked a syrup touted as a cure for the flu.",
         (None, "touted", "a syrup touted as a cure for the flu", "other")),
        ("reporting_nouns", "The allegations that the club paid its players in cash surfaced in March.",
         (None, "allegations", "that the club paid its players in cash", "other")),
        ("reporting_nouns", "Critics voiced concern that the dam would fail.",
         ("Critics", "concern", "that the dam would fail", "other")),
    ],
)
def test_a_stage_proposes_the_form_it_is_for(nlp, stage, text, want):
    got = proposals(nlp, text, stage)
    assert want in got, got


@pytest.mark.parametrize(
    ("stage", "text"),
    [
        ("according_to", "The harbour master said that the channel was too shallow."),
        ("colon_dash", "The ferry leaves at 10:30 from the north pier."),
        ("unsourced", "The councillor took the bribes, the court found."),
        ("unsourced", "The players were supposed to arrive on Monday."),
        ("unsourced", "The council is expected to approve the plan in May."),
        ("unsourced", "The minister is not believed to have known about the deal."),
        ("unsourced", "The captain was said by the crew to have ignored the warnings."),
        ("unsourced", "The firm accused the regulator of bias and hired a lawyer suspected by nobody."),
        ("unsourced", "The ferry, thought fit to sail, left at noon."),
        ("unsourced", "The coach described the match as a disgrace."),  # an active verb with its subject
        ("reporting_nouns", "The river rose two metres overnight and the bridge was closed at dawn."),
        ("reporting_verbs", "The river rose two metres overnight and the bridge was closed at dawn."),
    ],
)
def test_a_stage_proposes_nothing_from_its_lexicon_where_its_form_is_absent(nlp, stage, text):
    assert proposals(nlp, text, stage) == []


def test_every_stage_is_registered_and_according_to_wins_over_the_verb_reading_of_according():
    """Earlier stages win overlaps: "According to X, ..." is an according-to attribution,
    not the verb "according" with "to X" for its content."""
    names = [name for name, _ in STAGES]
    assert set(names) >= {"according_to", "colon_dash", "unsourced", "reporting_verbs", "reporting_nouns", "tagged"}
    assert names.index("according_to") < names.index("reporting_verbs")


def test_a_tagged_cue_of_function_words_alone_is_no_cue():
    from allegedly import pipeline
    from allegedly.extract import _function_words
    from allegedly.extract.context import Context
    from allegedly.extract.spans import Finding

    text = "Though little is known so far about the man, a court database shows he was arrested twice, and he reportedly fled."
    ctx = Context.of(pipeline.load()(text))

    def tagged(words: str) -> Finding:
        at = text.index(words)
        return Finding(cue=(at, at + len(words)), source=None, content=(0, 10), kind="other", stage="tagged", cue_token=0)

    assert _function_words(ctx, tagged("so far about")) and _function_words(ctx, tagged("about"))
    assert not _function_words(ctx, tagged("shows")) and not _function_words(ctx, tagged("reportedly"))


def test_a_tagged_cue_of_be_and_an_adjective_under_an_expletive_it_is_the_writers():
    """'it’s been clear that ...' was an unattributed claim, cue '’s been clear' (the review
    of Random(12121)); 'it’s been reported' is a report, and the same adjective with a
    subject of its own is not the writer's judgement of a clause."""
    from allegedly import pipeline
    from allegedly.extract import _writers_judgement
    from allegedly.extract.context import Context
    from allegedly.extract.spans import Finding

    def tagged(text: str, words: str) -> bool:
        ctx = Context.of(pipeline.load()(text))
        at = text.index(words)
        return _writers_judgement(ctx, Finding(cue=(at, at + len(words)), source=None, content=(0, 10), kind="other", stage="tagged", cue_token=0))

    assert tagged("Since the merger, it’s been clear that the board is divided.", "’s been clear")
    assert not tagged("Since the merger, it’s been reported that the board is divided.", "’s been reported")
    assert not tagged("Since the merger, the chairman has been clear that the board is divided.", "has been clear")
    from helpers import RAW, analyze

    assert [a.cue.text for a in analyze("Since the merger, it’s been clear that the new board is divided.", options=RAW).attributions] == []


def _parsed(words, heads, deps):
    """A sentence with the parse given, as the parser sometimes makes it."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, spaces=[w not in (",", ".") for w in words[1:]] + [False])


def test_a_cue_parsed_as_a_second_clause_of_its_claim_closes_it_only_with_a_subject_and_no_conjunction():
    """'The island is up for sale, the Telegraph reports.' read with 'reports' a conjunct of
    'is' (as on FNC body 2444) is a closing report; not one joined by 'and', nor a word with no
    subject of its own ('..., alleged Dread Pirate Roberts')."""
    from allegedly.extract.verbs import _closes_sentence

    closing = _parsed(["Sales", "rose", ",", "the", "Courier", "reports", "."], [1, 1, 1, 4, 5, 1, 1], ["nsubj", "ROOT", "punct", "det", "nsubj", "conj", "punct"])
    joined = _parsed(["Sales", "rose", "and", "the", "Courier", "reports", "."], [1, 1, 1, 4, 5, 1, 1], ["nsubj", "ROOT", "cc", "det", "nsubj", "conj", "punct"])
    bare = _parsed(["Sales", "rose", ",", "alleged", "Roberts", "."], [1, 1, 1, 1, 3, 1], ["nsubj", "ROOT", "punct", "conj", "dobj", "punct"])
    assert _closes_sentence(closing[5])
    assert not _closes_sentence(joined[5])
    assert not _closes_sentence(bare[3])


def test_a_quotation_resumed_after_its_cue_runs_on_through_words_with_no_verb(nlp):
    """'“A,” said X. “B” for the top bracket.': words after the resumed quotation that hold
    no verb finish its sentence; they are not another sentence's cue ('“B,” the office said.')."""
    text = "“It is more tinkering,” said Ann Cole, an economist. “It is a tax increase” for the top bracket."
    got = [p for p in proposals(nlp, text, "reporting_verbs") if p[1] == "said"]
    assert ("Ann Cole, an economist", "said", "“It is more tinkering,” said Ann Cole, an economist. “It is a tax increase”", "direct") in got, got
    other = "“It is more tinkering,” said Ann Cole, an economist. “It is a tax increase,” the minister said."
    got = [p for p in proposals(nlp, other, "reporting_verbs") if p[1] == "said" and p[0] == "Ann Cole, an economist"]
    assert got and not any("tax increase" in p[2] for p in got), got


@pytest.mark.parametrize("mark", ["''", '"'])
def test_a_quotation_mark_against_the_next_word_after_a_full_stop_opens_a_sentence(nlp, mark):
    """NYT-style '' and straight quotes read as closing marks: the sentence before kept the
    mark and the quotation lost its opening."""
    text = f"Officials had hoped for a deal. {mark}It is more tinkering at the edges,{mark} said Ann Cole."
    sents = [s.text for s in nlp(text).sents]
    assert sents == ["Officials had hoped for a deal.", f"{mark}It is more tinkering at the edges,{mark} said Ann Cole."], sents


def test_a_tagged_source_that_stops_on_a_title_runs_on_to_the_name(nlp):
    """The tagger marked 'Mr.' as the source and not 'Jonathan': the run is the name whole,
    never a title alone; it stops where a name gives way to a noun ('Variety | reports')."""
    import numpy as np

    from allegedly.extract.tagged import source_runs

    def run_of(text: str, tagged: str) -> list[str]:
        doc = nlp(text)
        tags = np.zeros((len(doc), 7), dtype=np.float32)
        tags[:, 0] = 1.0  # outside
        first = next(t.i for t in doc if t.text == tagged)
        tags[first] = [0, 1, 0, 0, 0, 0, 0]  # B-source
        ctx = Context.of(doc, tags)
        return [doc[a:b].text for a, b in source_runs(ctx, 0, len(doc))]

    assert run_of("Officials touted the deal: Mr. Jonathan is expected to win in February.", "Mr.") == ["Mr. Jonathan"]
    assert run_of("Variety reports that the film will open in May.", "Variety") == ["Variety"]
    assert run_of("Father John Michael Neal was declared dead for an hour.", "Father") == ["Father John Michael Neal"]


def _tagged(nlp, text: str, roles: dict[str, str]):
    """A parsed text with token tags set by hand: roles maps words to 'source', 'cue' or
    'content' (the first of a run B-, the rest I-)."""
    import numpy as np

    doc = nlp(text)
    tags = np.zeros((len(doc), 7), dtype=np.float32)
    tags[:, 0] = 1.0
    column = {"source": 1, "cue": 3, "content": 5}
    for words, role in roles.items():
        at = text.index(words)
        toks = [t for t in doc if at <= t.idx < at + len(words)]
        for n, t in enumerate(toks):
            tags[t.i] = 0.0
            tags[t.i, column[role] + (n > 0)] = 1.0
    return Context.of(doc, tags)


def test_the_subject_of_a_passive_reported_by_its_agent_is_not_offered_as_the_source(nlp):
    """'X has been criticized by Y': X is spoken of, Y speaks; but 'X was quoted by the BBC
    as saying' passes on X's words (cue_verbs.txt, 'quoted')."""
    from allegedly.extract.tagged import tagged_cues

    text = "Mayor Jon Reyes has been criticized by the families for responding slowly."
    ctx = _tagged(nlp, text, {"Mayor Jon Reyes": "source", "has been criticized": "cue", "responding slowly": "content"})
    sources = {text[f.source[0] : f.source[1]] if f.source else None for f in tagged_cues(ctx)}
    assert "Mayor Jon Reyes" not in sources, sources
    text = "Mayor Jon Reyes was quoted by the paper as saying the bridge was safe."
    ctx = _tagged(nlp, text, {"Mayor Jon Reyes": "source", "was quoted": "cue", "the bridge was safe": "content"})
    sources = {text[f.source[0] : f.source[1]] if f.source else None for f in tagged_cues(ctx)}
    assert "Mayor Jon Reyes" in sources, sources


def test_a_verb_of_showing_raised_by_appear_or_seem_is_one_cue_with_it(nlp):
    """'appears to show', 'seem to confirm' (cue_verbs.txt: raising, raised): one cue, whose
    source is the raising verb's subject; 'appears to have posted' hedges an act, not a claim."""
    got = proposals(nlp, "The emails seem to confirm that the mayor knew.", "reporting_verbs")
    assert ("The emails", "seem to confirm", "that the mayor knew", "indirect") in got, got
    got = proposals(nlp, "A photo posted online appears to show the mayor at the match.", "reporting_verbs")
    assert any(p[:2] == ("A photo posted online", "appears to show") for p in got), got
    got = proposals(nlp, "The singer appears to have posted a message on Facebook.", "reporting_verbs")
    assert not any(p[1].startswith("appears") for p in got), got


def test_a_semicolon_between_clauses_ends_a_sentence_for_the_parser(nlp):
    """'The clerk claimed the file was lost; according to the paper, the council then fired
    him' was parsed with 'claimed' under 'fired'; a list ('coins; an engraved plate;
    newspapers') and a quotation ('“about me; where I lived”') keep their semicolons."""
    text = "The clerk claimed that the file had been lost in March; according to the paper, the council then fired him from his job."
    assert len(list(nlp(text).sents)) == 2
    text = "The box is believed to hold old copper coins from the 1850s; an engraved plate; newspapers; and a letter."
    assert len(list(nlp(text).sents)) == 1
    text = "He said the agent knew “everything about me and my family; where I lived and what I did every day”."
    assert len(list(nlp(text).sents)) == 1


def test_a_figure_in_millions_ends_its_sentence(nlp):
    """The tokenizer keeps 'm.' whole as it does an initial, so 'lost 3m. Its chief resigned'
    was one sentence and a claim ran into the next; a middle initial stays in its name."""
    assert [s.text for s in nlp("The ferry firm reportedly lost £3m. Its chief resigned on Monday.").sents] == [
        "The ferry firm reportedly lost £3m.", "Its chief resigned on Monday."
    ]
    assert len(list(nlp("The ferry firm is owned by Jane m. Reyes and her brother.").sents)) == 1


def test_a_blank_line_after_a_comma_does_not_end_the_sentence(nlp):
    """A page that breaks a paragraph after a comma ('... in the north of the county,' /
    'the police have said.') left 'have said' without its content; a quotation set out in a
    paragraph of its own after 'he added,' keeps its own sentence."""
    text = "The man arrested on Friday was not the owner of the farm but his brother, who lives in the north of the county,\n\nthe police have said."
    got = proposals(nlp, text, "reporting_verbs")
    assert any(p[0] == "the police" and p[2] and p[2].startswith("The man arrested") for p in got), got
    text = "The mayor spoke for an hour. Then he added,\n\n“We will rebuild the bridge by May.”"
    assert [s.text.strip() for s in nlp(text).sents][-1] == "“We will rebuild the bridge by May.”"


def test_a_content_that_opens_or_closes_a_quotation_is_given_the_whole_of_it():
    """The parse's clause stops before the closing '.”' or starts after the opening mark;
    the quotation is the speaker's words whole. Not where the cue stands inside it."""
    from allegedly import pipeline
    from allegedly.extract import _whole_quotes
    from allegedly.extract.spans import Finding

    text = "“The pier is safe. The engineers checked it twice,” the inspector said, adding that the ferry was “ready to sail.”"
    ctx = Context.of(pipeline.load()(text))

    def content(cue: str, words: str) -> str:
        at, c = text.index(words), text.index(cue)
        f = Finding(cue=(c, c + len(cue)), source=None, content=(at, at + len(words)), kind="indirect", stage="reporting_verbs", cue_token=0)
        got = _whole_quotes(ctx, f).content
        return text[got[0] : got[1]]

    assert content("adding", "that the ferry was “ready to sail") == "that the ferry was “ready to sail.”"
    assert content("said", "The engineers checked it twice,”") == "“The pier is safe. The engineers checked it twice,”"
    assert content("said", "that the ferry was") == "that the ferry was"  # no quotation opened or closed


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a curly closing mark typed for a straight opening one ends the quotation there
        ('He said he felt "some discomfort.” He was seen limping. "Fine," he said.', ['"some discomfort.”', '"Fine,"']),
        # not where a curly quotation inside it opened it
        ('She wrote "they told me “no” at the door" on her blog.', ['"they told me “no” at the door"']),
        ('"We will appeal," the lawyer said.', ['"We will appeal,"']),
        # a straight mark glued to a number is an inch mark, no opening one
        ('The 10.5" tablet ships in May, and the firm said "demand is strong" in a note.', ['"demand is strong"']),
        ('A rival 12.9" model, he said, "is not planned."', ['"is not planned."']),
        # a straight mark typed for the closing one of a curly quotation, and the other way
        # round, in the quotation resumed after its cue
        ('“The pier is safe," the inspector told Kestrel FM. "The ferry sails at noon.”', ['“The pier is safe,"', '"The ferry sails at noon.”']),
        # a nested straight quotation opens with a space before its mark: the curly closer stays
        ('“He told me "no" at the door,” she said.', ['“He told me "no" at the door,”']),
        # two apostrophes typed for the closing mark, as some wire feeds set them
        ('"The claims are false,\'\' said the agent. "We will sue.\'\'', ['"The claims are false,\'\'', '"We will sue.\'\'']),
        # a quotation run over paragraphs closes as it opened, not at a curly mark further on:
        # the unclosed one is none, the next paragraph's its own
        ('"A release today said that “the town was sealed off.” This is false, the judge said.\n\n"Please check your sources,” he added.', ['“the town was sealed off.”', '"Please check your sources,”']),
        # a mark that opens the next sentence where the first one's closing mark was left out:
        # the quotation goes on to the mark that closes the second
        ('They said: "He is one more victim of the hoax. "He is alive and well, stop believing it."', ['"He is one more victim of the hoax. "He is alive and well, stop believing it."']),
        # not a mark that opens no sentence, nor one with no closing mark after it
        ('"The vote is off. "Talks go on, she said.', ['"The vote is off. "']),
        # nor after a sentence that ends on a reporting verb: the mark left out was before the tag
        ('"We believe it will sell well, Munster said. "To put it in perspective, the rival sells more." He paused.', ['"We believe it will sell well, Munster said. "']),
        ('"We believe the vote was fair, Munster said on Tuesday. "To put it simply, we won," he added.', ['"We believe the vote was fair, Munster said on Tuesday. "']),
    ],
)
def test_quotations_pair_their_marks_even_when_straight_and_curly_are_mixed(text, want):
    from allegedly.extract.spans import find_quotes

    assert [text[a:b] for a, b in find_quotes(text)] == want


@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        # the quotation opens a sentence: the content, found in its last sentence, takes it whole
        ('“The pier is safe. The engineers checked it twice,” the inspector said.', "The engineers checked it twice,”", "“The pier is safe. The engineers checked it twice,”"),
        # an ellipsis is no sentence break: 'the club “has asked ... to find out who,” it said'
        ("The club “has asked the league . . . to find out who did it,” the club said.", "to find out who did it,”", "“has asked the league . . . to find out who did it,”"),
        # a quotation opened inside another's sentence, with a sentence of its own before the
        # content: the marks are likely mispaired ('stated that “A. B is false,” the judge said')
        ("A website stated that “The town is closed. This report is false,” the judge said.", "This report is false,”", "This report is false,”"),
    ],
)
def test_a_content_starting_in_a_later_sentence_of_a_quotation_takes_it_whole_only_where_it_opens_a_sentence(text, words, want):
    from allegedly import pipeline
    from allegedly.extract import _whole_quotes
    from allegedly.extract.spans import Finding

    ctx = Context.of(pipeline.load()(text))
    at, c = text.index(words), text.index("said")
    got = _whole_quotes(ctx, Finding(cue=(c, c + 4), source=None, content=(at, at + len(words)), kind="direct", stage="reporting_verbs", cue_token=0)).content
    assert text[got[0] : got[1]] == want


def test_a_predicate_the_parser_hung_on_the_cue_stays_in_the_claim():
    # 'that the woman detained in Lebanon | was not the wife': the parser took 'detained' for
    # the clause's verb and hung 'was' on 'told' as a second complement with no subject
    from spacy.tokens import Doc

    from allegedly import pipeline
    from allegedly.extract.verbs import _with_stray_predicate

    words = "An official told the paper that the woman detained in Lebanon was not his wife .".split()
    heads = [1, 2, 2, 4, 2, 8, 7, 8, 2, 8, 9, 2, 11, 14, 11, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "mark", "det", "nsubj", "ccomp", "prep", "pobj", "ccomp", "neg", "poss", "attr", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "IN", "DT", "NN", "VBN", "IN", "NNP", "VBD", "RB", "PRP$", "NN", "."]
    doc = Doc(pipeline.load().vocab, words=words, heads=heads, deps=deps, tags=tags)
    told, detained = doc[2], doc[8]
    cut = (doc[5].idx, doc[10].idx + len(doc[10].text))  # 'that the woman detained in Lebanon'
    got = _with_stray_predicate(doc, detained, told, doc[0:16], cut)
    assert doc.text[got[0] : got[1]] == "that the woman detained in Lebanon was not his wife"


def test_the_clause_a_resumed_quotation_gives_its_verb_resumes_with_it(nlp):
    """'“A,” said X. “B.”': the parser gives the verb the first quotation as its clause; that
    reading is the quotation's, and runs on through "B" as the quotation's does, whichever of
    the two the ranker prefers."""
    text = "“It is different this time, but the question is who you trust,” said Dana Pike, a former aide. “His record is fair to look into.”"
    got = [p[2] for p in proposals(nlp, text, "reporting_verbs") if p[1] == "said" and p[2] and p[2].lstrip("“").startswith("It is")]
    assert got and all(c.endswith("“His record is fair to look into.”") for c in got), got
