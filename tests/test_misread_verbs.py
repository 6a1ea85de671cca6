"""A reporting verb the parser reads as a noun after a long subject (allegedly/misread.py):
the sentence had no verb at its root and gave no attribution. Articles we wrote."""

from __future__ import annotations

import pytest

from allegedly import Options, analyze, pipeline
from helpers import att, by_cue, fnc_body

RAW = Options(raw=True, check_language=False)


@pytest.mark.parametrize(
    "text, cue, source, content, source_type",
    [
        (
            "Court documents from 2009 show the mayor owned three houses in the county.",
            "show",
            "Court documents from 2009",
            "the mayor owned three houses in the county",
            "document",
        ),
        (
            # read as a noun compound on the name after it, inside the clause's second subject
            "Alberta court documents from 2004 show Kehaf-Morin lived in Calgary at the time, in the east end.",
            "show",
            "Alberta court documents from 2004",
            "Kehaf-Morin lived in Calgary at the time, in the east end",
            "document",
        ),
        (
            "A woman who was struck by lightning twice in one summer claims she can now hear radio stations.",
            "claims",
            "A woman who was struck by lightning twice in one summer",
            "she can now hear radio stations",
            "anonymous",
        ),
        (
            "The caption under the picture read: “Back to work on Monday.”",
            "read",
            "The caption under the picture",
            "“Back to work on Monday.”",
            "document",
        ),
        (
            # after the quotation it closes, its subject right after the closing comma and mark
            "The shelter wrote to its members on Friday. “We know that many of you are looking for answers,” the post read.",
            "read",
            "the post",
            "“We know that many of you are looking for answers,”",
            "document",
        ),
        (
            # a subject in quotation marks, the verb after its closing mark ('"Multiple
            # unconfirmed sources" report that ...'): not the agent inside the claim
            '"Several unverified accounts" report that the envoy has been detained by the militia.',
            "report",
            "Several unverified accounts",
            "that the envoy has been detained by the militia",
            "anonymous",
        ),
        (
            # the same with a phrase of its own after it ('... reports in its Monday issue.')
            "A teenager made millions by trading shares, New York magazine reports in its Monday issue.",
            "reports",
            "New York magazine",
            "A teenager made millions by trading shares",
            "outlet",
        ),
        (
            # an age used as a noun for the person, read as the adjective before 'claims'
            # (the review of Random(11515))
            "The 40-year-old claims she was fired for speaking out.",
            "claims",
            "The 40-year-old",
            "she was fired for speaking out",
            "person",
        ),
        (
            # ... and with nothing after it, the outlet's name hung on the verb as a compound
            # (a review of FNC bodies, Random(11414))
            "A teenager made millions by trading shares at Hillcrest School, Dover magazine reports.",
            "reports",
            "Dover magazine",
            "A teenager made millions by trading shares at Hillcrest School",
            "outlet",
        ),
        (
            # a tag closing the sentence after the claim, the name before it not one the tagger knows
            "The singer quit the band last week, Radar Online claims.",
            "claims",
            "Radar Online",
            "The singer quit the band last week",
            "outlet",
        ),
    ],
)
def test_a_verb_read_as_a_noun_reports(text, cue, source, content, source_type):
    a = att(text, cue, RAW)
    assert (a.source.text, a.content.text, a.source_type) == (source, content, source_type)


def test_the_verb_keeps_its_own_text_and_gets_a_verbs_tag_and_lemma():
    doc = pipeline.load()("Court documents from 2009 show the mayor owned three houses in the county.")
    show = doc[4]
    assert (show.text, show.tag_, show.pos_, show.lemma_, show.dep_) == ("show", "VBP", "VERB", "show", "ROOT")
    assert doc[1].head.i == show.i and doc.text == "Court documents from 2009 show the mayor owned three houses in the county."


@pytest.mark.parametrize(
    "text",
    [
        "Price points: $350 for the small model and $550 for the large one.",  # a label
        "In one of those savings plans that your state probably offers, the fees stay low.",  # no subject
        "He took the novel to the beach, a long read.",  # no quotation closes before it
    ],
)
def test_nouns_stay_nouns(text):
    assert analyze(text, options=RAW).attributions == []


def test_a_report_from_someone_is_not_the_outlet_named_before():
    text = "CNN reported the shooting first. The autopsy report from the family’s doctor claims the man was hit six times."
    report = analyze(text, options=RAW)
    a = att(text, "claims", RAW)
    speaker = next(e for e in report.entities if e.id == a.speaker)
    assert (a.source.text, speaker.name, a.source_type) == ("The autopsy report from the family’s doctor", "The autopsy report from the family’s doctor", "document")



def test_a_verb_of_belief_read_as_a_noun_is_parsed_as_the_verb_it_is():
    text = "Gruber suspects that the reason Nokia has been mostly silent about the specs for the phone is that they don't know what the battery can do."
    suspects = pipeline.load()(text)[1]
    assert (suspects.pos_, suspects.lemma_, suspects.head.i) == ("VERB", "suspect", 1)
    a = att(text, "suspects", RAW)
    assert (a.source.text, a.certainty) == ("Gruber", "speculative")


@pytest.mark.parametrize(
    ("text", "noun", "content"),
    [
        ("Unconfirmed reports that the ferry had sunk spread quickly on Twitter.", "reports", "that the ferry had sunk"),
        ("Anonymous claims that the club will be sold circulated on Monday.", "claims", "that the club will be sold"),
    ],
)
def test_a_reporting_noun_after_an_opening_adjective_is_no_verb_with_the_adjective_its_speaker(text, noun, content):
    doc = pipeline.load()(text)
    assert (doc[1].tag_, doc[1].dep_[:5], doc[0].dep_, doc[0].head.i) == ("NNS", "nsubj", "amod", 1)
    a = att(text, noun)
    assert (a.source, a.source_type, a.content.text) == (None, "unattributed", content)


def test_a_name_the_tagger_reads_as_an_adjective_keeps_its_verb():
    # 'Mashable' is no English adjective, whatever its tag: the site reports
    a = att("Mashable reports that the story has spread to other sites.", "reports")
    assert (a.source.text, a.source_type) == ("Mashable", "outlet")
    # nor a surname that is also an adjective, named in full before
    a = att("Kevin Young, a lawyer for the campaign, filed the suit on Monday. Young claims that the vote was rigged.", "claims")
    assert (a.source.text, a.source_type) == ("Young", "person")
    doc = pipeline.load()("Angry residents claim that the ferry was overloaded.")
    assert (doc[2].tag_, doc[2].dep_) == ("VBP", "ROOT")


def test_a_past_reporting_verb_after_a_clause_on_its_subject_is_the_verb():
    # the parser reads 'posted' as a participle on the name after the 'who' clause
    text = "Tom Baker, who appears to be a friend of Ms Ruiz, posted on her Facebook profile on Monday: \u201cTo those who asked about Ana. She is safe.\u201d"
    a = att(text, "posted")
    assert a.source.text == "Tom Baker, who appears to be a friend of Ms Ruiz"
    assert a.content.text == "\u201cTo those who asked about Ana. She is safe.\u201d"
    doc = pipeline.load()(text)
    posted = next(t for t in doc if t.text == "posted")
    assert (posted.tag_, posted.lemma_, posted.dep_) == ("VBD", "post", "ROOT")
    # a participle that reports nothing stays as parsed
    doc = pipeline.load()("The mayor, who won the vote, proposed cuts to the budget.")
    assert not any(t.dep_ == "ROOT" and t.text == "said" for t in doc)


@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        ("The charity estimated Tuesday that 300 children had been displaced.", "estimated", "The charity", "that 300 children had been displaced"),
        ("The union claimed last night that the talks had collapsed.", "claimed", "The union", "that the talks had collapsed"),
    ],
)
def test_a_past_reporting_verb_right_after_its_subject_before_a_time_and_that_is_the_verb(text, cue, source, content):
    """'The charity estimated Tuesday that ...': the parser read the verb as a participle on
    the noun, and the report lost its source (or was lost)."""
    a = att(text, cue, RAW)
    assert (a.source.text, a.content.text) == (source, content)


def test_a_closing_tag_read_as_a_plural_noun_is_the_report():
    a = att("The company had 500 employees as of June, the filing shows.", "shows")
    assert (a.source.text, a.source_type, a.content.text) == ("the filing", "document", "The company had 500 employees as of June")
    # a description in apposition stays one
    assert analyze("She watched three comedies and two dramas, the best shows.", options=RAW).attributions == []
    # a raising verb read as a noun ('purports' as a plural), hedging what it raises (FNC 1975)
    a = att("A leaked memo purports to show that the bank knew of the fraud.", "purports")
    assert (a.cue.text, a.source.text, a.certainty) == ("purports to show", "A leaked memo", "hedged")
    # the subject a report in an unnamed paper, whose name ends the phrase before the tag (FNC 856)
    a = att("The president is in hospital, a report in a local paper claims.", "claims")
    assert (a.source.text, a.source_type, a.content.text) == ("a report in a local paper", "anonymous", "The president is in hospital")


@pytest.mark.parametrize(
    "text, cue, claim",
    [
        ("The Ledger reported, citing a senior aide, that the governor will resign.", "reported", "that the governor will resign"),
        ("Kyodo reported, quoting a police officer, that the suspect had fled.", "reported", "that the suspect had fled"),
        # with a time between, the parser already hangs the clause on the verb: the same claim
        ("The Tribune first reported Friday, citing friends of the family, that the pilot was Tom Hale.", "first reported", "that the pilot was Tom Hale"),
    ],
)
def test_a_claim_after_citing_someone_is_the_reporting_verbs(text, cue, claim):
    """'Reuters reported, citing an official, that ...': the parser hangs the 'that' clause on
    'citing'; it is what was reported, and 'citing' names whom the report rests on."""
    a = att(text, cue)
    assert a.content.text == claim
    citing = [x for x in analyze(text, options=RAW).attributions if x.cue.text in ("citing", "quoting")]
    assert all("that" not in x.content.text.split() for x in citing)  # whom it cites, if anything


def test_the_clause_after_citing_someone_hangs_on_the_reporting_verb():
    doc = pipeline.load()("The Ledger reported, citing a senior aide, that the governor will resign.")
    reported, citing = doc[2], doc[4]
    assert [c.text for c in reported.children if c.dep_ == "ccomp"] == ["resign"]
    assert not any(c.dep_ == "ccomp" for c in citing.children)


def test_a_clause_of_the_participles_own_stays_on_it():
    # no comma before 'that': what the participle says, not the verb's claim
    doc = pipeline.load()("The mayor spoke on Monday, noting that the ferry was late.")
    noting = next(t for t in doc if t.text == "noting")
    assert any(c.dep_ == "ccomp" for c in noting.children)


def test_a_description_the_parser_made_a_second_subject_is_the_names_apposition():
    """'Sean O’Brien, the Denver attorney who ..., told CNN': the curly apostrophe made the
    name a plural noun and the description a second subject of 'told'; the source is the
    name with its description, not the description alone (which had gone to another
    attorney named before)."""
    text = (
        "The lawyer Ben Crump said the family was grieving. "
        "Sean O\u2019Brien, the Denver attorney who represented the officer, told CNN that the shooting was justified."
    )
    r = analyze(text, options=RAW)
    told = next(a for a in r.attributions if a.cue.text == "told")
    names = {e.id: e.name for e in r.entities}
    assert told.source.text == "Sean O\u2019Brien, the Denver attorney who represented the officer"
    assert names[told.speaker] != "Ben Crump"
    doc = pipeline.load()(text)
    attorney = next(t for t in doc if t.text == "attorney" and t.i > 10)
    assert attorney.dep_ == "appos"


def test_a_by_phrase_the_parser_hung_on_the_as_phrase_is_the_passives_agent():
    """'The gunman was named as Tom Reyes by the Herald': 'by the Herald' hung on the name;
    it is who named him, the report's source (it had no source)."""
    text = "The gunman was named as Tom Reyes by the Herald."
    a = att(text, "named")
    assert (a.source.text, a.source_type) == ("the Herald", "outlet")
    doc = pipeline.load()(text)
    assert next(t for t in doc if t.text == "by").dep_ == "agent"
    # the adjective the parser hung on 'as', and the name a verb of naming gives (FNC 322,
    # the review of Random(11313): 'was even called a "jackass" by ... President Obama' had
    # no source, the call in an unsourced 'criticized for' claim); the 'as' phrase of a
    # reporting verb's passive is what it says
    for text, cue, source, content in (
        ('The plan was described as "reckless" by opposition leader Tom Hale.', "described", "opposition leader Tom Hale", '"reckless"'),
        ('The singer was booed and was even called a "liar" by the mayor.', "called", "the mayor", 'a "liar"'),
        ("The gunman was described as a loner by neighbours.", "described", "neighbours", "a loner"),
    ):
        a = att(text, cue)
        assert (a.source.text, a.content.text) == (source, content), text
    # not a verb of seeing (PolNeAR dev marks none), one that appoints, nor a time
    for text in ("The court might be seen by others as evasive.", "The nurse was called as a witness by the prosecution.", "The port was declared safe by October."):
        assert [x.source.text for x in analyze(text, options=RAW).attributions if x.source] == [], text


@pytest.mark.parametrize("text, cue", [('"The phone is fine," @JustAlly said.', "said"), ('"The phone is fine," @JaneDoe tweeted.', "tweeted")])
def test_a_handle_with_capitals_before_its_verb_is_the_verbs_subject(text, cue):
    """The tagger reads '@JustAlly' as an adverb or an auxiliary, and the quotation had no
    source (lower-case handles were read right): it is the verb's subject, a name."""
    a = att(text, cue)
    assert (a.source.text, a.source_type, a.content.text) == (text.split()[-2], "person", '"The phone is fine,"')


def test_a_reading_that_opens_inside_the_citing_aside_starts_at_the_that():
    """In a long article the tagged reading of 'reported' took in 'an unnamed source, that he
    is ...' (FNC body 2473): a claim that opens inside the participle phrase set off before
    the 'that' of the claim starts at the 'that'; one that opens at it stays."""
    from allegedly.extract import _past_the_aside
    from allegedly.extract.context import Context
    from allegedly.extract.spans import Finding

    text = "The Ledger reported, citing an unnamed source, that the governor is suffering from gout."
    doc = pipeline.load()(text)
    ctx = Context.of(doc, None)
    verb = next(t for t in doc if t.text == "reported")
    start, end = text.index("an unnamed"), text.index(" gout") + len(" gout")
    f = Finding(cue=(verb.idx, verb.idx + len(verb.text)), source=(0, 10), content=(start, end), kind="indirect", stage="tagged", cue_token=verb.i)
    assert text[slice(*_past_the_aside(ctx, f).content)] == "that the governor is suffering from gout"
    g = Finding(cue=f.cue, source=f.source, content=(text.index("that"), end), kind="indirect", stage="tagged", cue_token=verb.i)
    assert _past_the_aside(ctx, g).content == g.content


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The coach said of his new striker that he was the best in the league.", "said"),
        ("The columnist wrote about the new mayor that she had never read the budget.", "wrote"),
    ],
)
def test_whom_a_claim_is_about_before_its_that_is_no_part_of_it(text, cue):
    """'said of his striker that he was the best': the tagged reading took the striker into
    the claim (a review of FNC bodies, Random(12424)); the claim is the 'that' clause."""
    a = att(text, cue)
    assert a.content.text.startswith("that "), a.content.text


@pytest.mark.parametrize(
    "text, first, second, cue",
    [
        (
            "Actor Sam Ortiz is said to be in hospital. A neighbour said that he had seen an ambulance outside the house and said that paramedics had carried out a stretcher.",
            "that he had seen an ambulance outside the house",
            "that paramedics had carried out a stretcher",
            "said",
        ),
        (
            "Coach Maria Lind was sacked on Friday. The club captain said that she had heard the news from a teammate and added that the players were shocked.",
            "that she had heard the news from a teammate",
            "that the players were shocked",
            "added",
        ),
        (
            # another verb of saying with a clause of its own ('implied that ..., and insinuated that ...')
            "The ferry was late again. A neighbour implied that there would be a cover-up, and insinuated that the captain had been drinking.",
            "that there would be a cover-up",
            "that the captain had been drinking",
            "insinuated",
        ),
        (
            # the second verb has the reporter's form, not the claim's
            "Former neighbours say the tenant has a loud voice and say that everyone on the street knew her.",
            "the tenant has a loud voice",
            "that everyone on the street knew her",
            "say",
        ),
    ],
)
def test_a_second_report_joined_to_the_first_claims_verb_is_the_reporters(text, first, second, cue):
    """'A neighbour said that he had seen ... and said that ...': the parser hung the second
    report on the verb of the first one's claim, so the first claim ran on over the second
    and the second took the claim's 'he' for its source (resolved to the actor). Both are
    the neighbour's."""
    r = analyze(text, options=RAW)
    heads = [a for a in r.attributions if a.source is not None and a.source.text in ("A neighbour", "The club captain", "Former neighbours")]
    assert [a.content.text for a in heads] == [first, second]
    assert heads[1].cue.text == cue and heads[1].via is None
    doc = pipeline.load()(text)
    second_verb = [t for t in doc if t.text == cue][-1]
    assert second_verb.dep_ == "conj" and second_verb.head.dep_ == "ROOT"


def test_a_verb_of_the_claims_own_subject_stays_in_the_claim():
    """'said the DNA had been tested and showed ...': a thing the claim names can show; 'because
    they could see it and knew ...': their knowing, inside the quotation. Neither is the
    reporter's second report. A serial list is ('accused ..., implied that ... because the
    league needs him, and insinuated that ...')."""
    a = att("The Kestrel Post said the boy's DNA had been tested and showed the mayor is his father.", "said", RAW)
    assert a.content.text == "the boy's DNA had been tested and showed the mayor is his father"
    a = att("A local man, 30, said: 'No one went to help because they could see the wound and knew this was serious.'", "said", RAW)
    assert a.content.text.endswith("knew this was serious.'")
    text = "Olsen accused the club of lying, implied that there was a cover-up because the league needs him, and insinuated that the coach is faking his injury."
    assert att(text, "insinuated", RAW).source.text == "Olsen"


def test_what_the_source_did_not_give_is_no_part_of_the_claim():
    """'The coach said the striker was injured but provided no further detail': the parser
    made 'provided' part of the claim, which ran on over it, and the report's missing
    evidence went unmarked; a conjunct that is one of evidence.txt's none_provided phrases is
    the reporter's."""
    for text in ("The coach said the striker was injured but provided no further detail.", "The coach said the striker was injured but did not elaborate."):
        a = att(text, "said")
        assert (a.content.text, a.evidence) == ("the striker was injured", "none_provided")
    # a verb of the claim's own subject stays in the claim, and so does a report of its own
    b = att("The coach said the striker was injured and missed the final.", "said")
    assert b.content.text == "the striker was injured and missed the final"
    r = analyze("The coach says the striker limped off and said he was fine.", options=RAW)
    assert by_cue(r, "says").content.text == "the striker limped off and said he was fine"
    r = analyze("The coach said that several players approached her and said they were tired.", options=RAW)
    assert by_cue(r, "said").content.text == "that several players approached her and said they were tired"


def test_an_acronym_spelt_as_a_function_word_is_a_name():
    """'IS claimed ...' read as the verb 'is' (a passive with no agent: no source), 'WHO
    spokesman X' as the pronoun 'who' (the name of the spokesman, and so one person, lost):
    acronym_words.txt, written in capitals in a sentence that is not."""
    a = att("The army stepped up its raids after IS claimed it had shot down a drone.", "claimed")
    assert (a.source.text, a.source_type) == ("IS", "organization")
    a = att("IS said in a statement that its fighters had taken the town.", "said")
    assert (a.cue.text, a.source.text, a.source_type) == ("said", "IS", "organization")
    r = analyze("WHO spokesman Paul Garwood confirmed that the team had landed in Goma. Garwood said that testing would start on Monday.", options=RAW)
    names = {e.id: e.name for e in r.entities}
    assert [names[a.speaker] for a in r.attributions] == ["Paul Garwood", "Paul Garwood"]
    # the words themselves stay words, and a headline in capitals stays as it was read
    doc = pipeline.load()("The man who said it is here. WHO IS TO BLAME FOR THE FLOOD?")
    assert [t.tag_ for t in doc if t.lower_ in ("who", "is")][:2] == ["WP", "VBZ"]


def test_an_acronym_read_as_the_copula_before_a_noun_is_a_name():
    # the review of Random(11515): 'IS claims she was abducted' (the verb read as a noun),
    # 'IS media sources alleged' (the source lost its name)
    a = att("The guide was not in the town at the time that IS claims he was seized.", "claims")
    assert (a.source.text, a.source_type) == ("IS", "organization")
    a = att("Earlier, IS media outlets alleged that a new video would be released soon.", "alleged")
    assert a.source.text == "IS media outlets"
    # not after a preposition, where the sentence parsed again moved its other words (FNC 902)
    text = "Spokesman Omar Haddad said in a statement that reports about the personal involvement of the prince in combat missions on IS targets is unfounded and baseless."
    assert att(text, "said").content.text.startswith("that reports")
    # the copula stays one before an adjective or a determiner
    doc = pipeline.load()("The risk IS real, and the answer IS a new dam.")
    assert [t.tag_ for t in doc if t.text == "IS"] == ["VBZ", "VBZ"]



@pytest.mark.parametrize(
    "text, relative, source, content, speaker",
    [
        (
            "A Kurdish official, who was convinced the cases were cholera, told the local paper that the fighters had fevers.",
            "convinced",
            "A Kurdish official, who was convinced the cases were cholera",
            "that the fighters had fevers",
            "A Kurdish official",
        ),
        (
            "A Kurdish official, who believed the cases were cholera, told the local paper that the fighters had fevers.",
            "believed",
            "A Kurdish official",
            "that the fighters had fevers",
            "A Kurdish official",
        ),
        ("The mayor, who insisted the bridge was safe, told reporters the repairs were done.", "insisted", "The mayor", "the repairs were done", "The mayor"),
    ],
)
def test_a_relative_clause_cut_short_before_its_clause_leaves_the_subject_to_the_report(text, relative, source, content, speaker):
    """The parser ended 'who believed' before the clause it takes: that clause became the
    root (or a claim of the reporting verb before it), the official its second subject, and
    'told' lost its source (or took 'the cases'). Parsed again with 'said' (or 'sure' after
    'was') for the relative verb, the report is the official's (named without the relative
    clause), and the relative verb keeps its own clause."""
    r = analyze(text, options=RAW)
    a = by_cue(r, "told")
    names = {e.id: e.name for e in r.entities}
    assert (a.source.text, a.content.text, names[a.speaker]) == (source, content, speaker)
    word = next(t for t in pipeline.load()(text) if t.text == relative)
    assert any(c.dep_ == "ccomp" for c in word.children)


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("The dam failed at night, the Tribune, the city's oldest paper, reported on Tuesday.", "the Tribune, the city's oldest paper", "The dam failed at night"),
        ("Two guards were hurt in the riot, the Courier, a local paper, reported late on Sunday.", "the Courier, a local paper", "Two guards were hurt in the riot"),
    ],
)
def test_a_closing_report_after_a_source_with_an_apposition_is_the_verb(text, source, content):
    """'..., the Tribune, the city's oldest paper, reported on Tuesday.': the parser read the
    past tense as a participle on the paper's name and the report was lost."""
    a = by_cue(analyze(text, options=RAW), "reported")
    assert (a.source.text, a.content.text, a.source_type) == (source, content, "outlet")


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("\u201cClosed for repairs until Monday,\u201d read a sign on the bakery door.", "a sign on the bakery door", "Closed for repairs until Monday"),
        ("\u201cThe water is safe to drink,\u201d read a notice from the council.", "a notice from the council", "The water is safe to drink"),
    ],
)
def test_an_inverted_read_after_a_quotation_is_what_the_text_says(text, source, content):
    """'"...," read a sign on the door.': the parser made the sign the object read (a claim
    with no source, or nothing at all)."""
    a = by_cue(analyze(text, options=RAW), "read")
    assert (a.source.text, a.source_type) == (source, "document")
    assert content in a.content.text


def test_a_list_before_a_closing_tag_is_the_claims_and_the_name_after_it_the_source():
    """'..., heart rate, stress levels and other functions, the Wall Street Journal reported':
    the parser made the list's later items the verb's subject and the outlet their
    apposition; they go back to the claim, the outlet is the source."""
    text = "The band was meant to track sleep, heart rate, stress levels and other functions, the New York Times reported Monday."
    a = att(text, "reported", RAW)
    assert (a.source.text, a.content.text, a.source_type) == ("the New York Times", "The band was meant to track sleep, heart rate, stress levels and other functions", "outlet")


@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        (
            # the parser hung the name on the claim's last noun, and the tag's clause on "believe"
            "Officials believe the fire was started by a cigarette, a common cause of blazes in dry summers, Tom Reyes, of the county fire service, told the Chronicle on Monday.",
            "told",
            "Tom Reyes, of the county fire service",
            "Officials believe the fire was started by a cigarette, a common cause of blazes in dry summers",
        ),
        (
            "Residents heard a loud bang before the lights went out, a sound that many mistook for thunder, Peter Olsen, of the city utility, said.",
            "said",
            "Peter Olsen, of the city utility",
            "Residents heard a loud bang before the lights went out, a sound that many mistook for thunder",
        ),
        (
            # the parser made the apposition before the name the verb's subject
            "Engineers are fairly sure the crack came from a flaw in the weld, a defect found in older pipes that were laid before 1990, Maria Lopez, of the Institute of Materials at the State University of Sonora, told Reuters on Sunday.",
            "told",
            "Maria Lopez, of the Institute of Materials at the State University of Sonora",
            "Engineers are fairly sure the crack came from a flaw in the weld, a defect found in older pipes that were laid before 1990",
        ),
    ],
)
def test_a_name_set_off_before_a_closing_tag_is_its_source(text, cue, source, content):
    """'..., Humberto Garcia, of the Astronomy Center ..., told The Associated Press': the
    parser hung the name on a noun of the claim (FNC 1622 gave the claim to 'an estimated
    20-meter large piece of rock ...', typed an organisation, or lost the tag)."""
    a = att(text, cue, RAW)
    assert (a.source.text, a.source_type, a.content.text) == (source, "person", content)


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("The firm's founder, John Smith, said the plant would close in May.", "The firm's founder, John Smith", "the plant would close in May"),
        ("The plant will close in May, the firm's founder, John Smith, said.", "the firm's founder, John Smith", "The plant will close in May"),
    ],
)
def test_a_name_in_apposition_to_the_tags_own_subject_stays_there(text, source, content):
    a = att(text, "said", RAW)
    assert (a.source.text, a.content.text) == (source, content)


@pytest.mark.parametrize(
    "text, cue, channel, content",
    [
        # the parser read the outlet as a modifier of the claim's subject ...
        ("Two traders told Bloomberg prices would rise in the spring.", "told", "Bloomberg", "prices would rise in the spring"),
        # ... or of an object before a clause with no subject (FNC 2343)
        ("Insiders tell Variety talks have stalled over the budget.", "tell", "Variety", "talks have stalled over the budget"),
    ],
)
def test_an_outlet_right_after_told_is_the_one_told(text, cue, channel, content):
    a = att(text, cue, RAW)
    assert (a.channel.text if a.channel else None, a.content.text) == (channel, content)


def test_a_that_clause_after_a_claims_maker_is_the_claim_not_a_relative_clause():
    """'claims made by Iraqi newspaper Al-Sabah that Ebola ... are spreading' (FNC 1778): the
    parser read the clause as a relative clause on the paper's name, 'that' the determiner
    of its subject, and the paper's claim was lost."""
    a = att("Officials are checking claims made by Ghanaian newspaper The Herald that malaria is spreading in the camps.", "claims", RAW)
    assert (a.source.text, a.source_type, a.content.text) == ("Ghanaian newspaper The Herald", "outlet", "that malaria is spreading in the camps")


def test_a_claim_noun_kept_for_the_chain_is_its_holders_not_the_sentences_subject():
    """FNC 255: once 'beliefs that animals can go to heaven' has its clause, the inner layer
    must not give the Pope's beliefs to 'Others', the subject of the sentence around them;
    FNC 396: 'Intelligence reports ... were distributed ... and included a warning that ...'
    keeps the reports' warning (the subject of the first of two joined verbs)."""
    r = analyze(fnc_body("255"), options=RAW)
    assert not [a for a in r.attributions if a.cue.text == "beliefs" and a.source is not None and a.source.text == "Others"]
    r = analyze(fnc_body("396"), options=RAW)
    assert [a.source.text for a in r.attributions if a.cue.text == "included a warning"] == ["Intelligence"]


def test_a_word_of_a_stations_name_read_as_a_verb_is_part_of_the_name():
    """'told BBC Radio Leeds that ...': 'Leeds' read as the clause's verb cut the station's
    name into the claim."""
    a = att("Mr Hale told BBC Radio Leeds that the recording was lost in December.", "told", RAW)
    assert (a.content.text, a.channel.text) == ("that the recording was lost in December", "BBC Radio Leeds")


@pytest.mark.parametrize(
    "text, source, source_type",
    [
        ("The mayor, the Gazette reports, will resign on Friday.", "the Gazette", "outlet"),
        ("The suspect, Tom reports, was seen running toward the river.", "Tom", "person"),
        ("The prices, Reuters reports, will rise next year.", "Reuters", "outlet"),
    ],
)
def test_a_report_in_the_present_set_off_by_commas_inside_the_claim_is_the_verb(text, source, source_type):
    """'The mayor, the Gazette reports, will resign': the parser read 'reports' as a plural
    noun in apposition to the subject, and the report was lost."""
    a = att(text, "reports", RAW)
    assert (a.source.text, a.source_type) == (source, source_type)
    assert "will" in a.content.text or "was seen" in a.content.text


@pytest.mark.parametrize("text", ["The new rules, including the police reports, were published on Monday.", "Two documents, the audit reports, were leaked."])
def test_reports_in_apposition_stay_nouns(text):
    assert not analyze(text, options=RAW).attributions


def test_a_name_set_off_after_the_opening_source_is_the_verbs_subject():
    """'According to Reuters, Smith, 54, has told his staff ...': the parser joined the name
    to the source; the source ran on over it and the report lost its subject."""
    r = analyze("According to Reuters, Smith, 54, has told his staff that the plant will close.", options=RAW)
    assert by_cue(r, "According to").source.text == "Reuters"
    told = by_cue(r, "told")
    assert (told.source.text, told.source_type) == ("Smith, 54", "person")
    a = att("According to John Hale, a spokesman, the plant will close.", "According to", RAW)
    assert (a.source.text, a.content.text) == ("John Hale, a spokesman", "the plant will close")


@pytest.mark.parametrize(
    "text, content",
    [
        # the clause's subject read as the participle's object, its verb hung on the root
        ("The group released a clip showing the pilot was alive.", "the pilot was alive"),
        # the whole clause hung on the root
        ("The group released a clip showing the pilot had survived the crash.", "the pilot had survived the crash"),
    ],
)
def test_a_clause_without_that_after_a_participle_of_showing_is_what_it_shows(text, content):
    """'released a video showing the pilot was alive': the parser gave the clause to
    'released', and nothing reported it."""
    a = att(text, "showing", RAW)
    assert (a.source.text, a.source_type, a.content.text) == ("a clip", "document", content)


def test_a_record_released_shows_what_it_shows():
    """'Police released court records showing that the mayor lied': the records' claim, not
    the police's (a text released says what its releaser says; a record or a picture shows
    what it shows)."""
    a = att("Police released court records showing that the mayor lied.", "showing", RAW)
    assert (a.source.text, a.source_type, a.evidence) == ("court records", "document", "cited")
    a = att("The council released a statement saying the road was safe.", "saying", RAW)
    assert a.source_type == "organization"


def test_a_participle_inside_the_clause_it_would_take_is_left_as_parsed():
    """FNC body 508: '... received intelligence indicating eleven commercial aircraft could be
    used to attack ...', where the verb after the object is the one the participle hangs
    from: hung under the participle it made a cycle and the analysis failed."""
    body = fnc_body("508")
    report = analyze(body)
    assert any(a.cue.text == "said" and a.source and a.source.text == "U.S. officials" for a in report.attributions)


def test_a_participle_read_as_the_nouns_past_tense_is_no_report_of_that_noun():
    """'A car bomb thought to have been planted by Boko Haram killed ...', 'The ceasefire
    deal announced ... followed ...' (FNC review): the parser read the participle as the
    noun's verb, which made the bomb the one who thinks."""
    r = analyze("A fire thought to have been started by vandals destroyed the school.", options=RAW)
    thought = by_cue(r, "thought")
    assert thought.source is None and thought.source_type == "unattributed" and "destroyed" not in thought.content.text
    r = analyze("The truce agreed on Monday ended weeks of fighting, said Ali Musa.", options=RAW)
    assert [a.cue.text for a in r.attributions] == ["said"]
    # a past tense with its own claim stays the noun's report
    assert att("The council agreed the budget was too high.", "agreed").source.text == "The council"


@pytest.mark.parametrize(
    ("text", "claim", "channel"),
    [
        ("Rumours that the goalkeeper was dead spread on Twitter.", "that the goalkeeper was dead", "on Twitter"),
        ("Rumors that the commander was killed in an airstrike circulated on Iraqi social media Sunday.", "that the commander was killed in an airstrike", "on Iraqi social media"),
        ("Reports that rebels in the north have contracted cholera swirled on Friday.", "that rebels in the north have contracted cholera", None),
    ],
)
def test_the_verb_of_spreading_talk_is_not_part_of_its_claim(text, claim, channel):
    """'Reports that Islamic State militants in Mosul have contracted Ebola swirled' (FNC):
    the parser hung the sentence's verb inside the clause, and the claim ran on over it
    (spreading_verbs.txt)."""
    r = analyze(text, options=RAW)
    a = r.attributions[0]
    assert a.content.text == claim and a.source is None
    assert (a.channel.text if a.channel else None) == channel
    # and the spreading is no report of its own, with the talk for its source
    assert len(r.attributions) == 1
    # a verb of spreading inside the claim stays there
    assert att("Claims that the disease has spread are false.", "Claims").content.text == "that the disease has spread"


@pytest.mark.parametrize(
    "text, cue, source",
    [
        ("Tomas Reyes, visibly shaken, said the attack had been planned for weeks.", "said", "Tomas Reyes"),
        ("The ferry's captain, badly shaken, told the Kestrel Courier that the engine had failed.", "told", "The ferry's captain"),
    ],
)
def test_a_source_set_off_by_a_participle_is_the_reporting_verbs_subject(text, cue, source):
    """The parser made the source the subject of 'shaken' between the commas; the verb had
    none and the attribution was lost or unsourced (from a review of FNC bodies)."""
    a = by_cue(analyze(text, options=RAW), cue)
    assert a.source is not None and a.source.text == source, a


def test_a_source_set_off_by_a_long_aside_read_as_the_verbs_clausal_subject_speaks():
    """FNC 2490: the parser made the aside 'visibly shaken and angered over ...' the clausal
    subject of 'has vowed', and the king the aside's subject; the vow was unsourced."""
    r = analyze(fnc_body("2490"), options=RAW)
    a = by_cue(r, "vowed")
    assert a.source is not None and a.source.text.endswith("King Abdullah II"), a


@pytest.mark.parametrize(
    ("text", "second", "claim"),
    [
        ("The ministry said the port was open but admitted that two ships had sunk.", "admitted", "that two ships had sunk"),
        ("Police said the man was armed and warned that he was dangerous.", "warned", "that he was dangerous"),
    ],
)
def test_a_second_report_the_parser_hung_as_a_second_clause_is_the_reporters(text, second, claim):
    """From the review of Random(11111): 'said X but admitted that Y' ran the first claim on
    over the second, which had no source. The second verb is the reporter's conjunct, as
    'and added that ...' is."""
    r = analyze(text, options=RAW)
    first, turn = by_cue(r, "said"), by_cue(r, second)
    assert "admitted" not in first.content.text and "warned" not in first.content.text
    assert (turn.source.text, turn.content.text) == (first.source.text, claim)


def test_a_second_that_clause_of_one_report_stays_in_its_claim():
    a = att("Police said the man was armed and that he was dangerous.", "said")
    assert a.content.text == "the man was armed and that he was dangerous"


def test_reports_after_that_with_a_verb_of_their_own_are_a_noun():
    # 'that reports ...' was read as a relative clause with 'reports' its verb (FNC 902, from
    # the review of Random(11010)), so the content held 'in a statement' and denied nothing
    a = att("The palace said in a statement that reports about the king's trip to Cuba are unfounded and baseless.", "said")
    assert a.content.text == "that reports about the king's trip to Cuba are unfounded and baseless"
    assert a.stance == "denies"
    # a relative clause whose verb 'reports' is stays one
    assert att("The ministry issued a statement that reports the outcome of the talks.", "issued").content.text == "a statement that reports the outcome of the talks"


def test_a_role_before_a_name_after_a_quotation_is_the_names_and_the_quotation_goes_on():
    # FNC 1573 (the review of Random(11010)): the parser hung 'expert' on the quotation's
    # clause, so the content took in the role and the second half of the quotation was lost
    text = (
        '"This flood was two days after the storm, so the two are unrelated," weather service expert Ann Kohl told Science Weekly. '
        '"There was no surge, so it seems unlikely the storm caused it."'
    )
    a = att(text, "told")
    assert a.source.text == "weather service expert Ann Kohl"
    assert a.content.text.endswith('"There was no surge, so it seems unlikely the storm caused it."')
    assert a.channel.text == "Science Weekly"


def test_a_relative_clause_on_the_name_after_a_tag_keeps_its_clause():
    # FNC 760 (the review of Random(11010)): 'who maintains | the footage was not faked' was
    # cut short, the name made the subject of 'faked', and the second quotation lost
    text = '"Nobody paid me," said Carla Wen, who maintains the footage was not faked. "For me, it was just a day out."'
    r = analyze(text, options=RAW)
    said, held = by_cue(r, "said"), by_cue(r, "maintains")
    assert said.source.text == "Carla Wen" and said.content.text.endswith('"For me, it was just a day out."')
    names = {e.id: e.name for e in r.entities}
    assert (names[held.speaker], held.content.text) == ("Carla Wen", "the footage was not faked")
    assert held.via is None  # (her own claim in the writer's words between the quotation's halves: no chain)


def test_a_participle_set_off_by_commas_read_as_the_nouns_verb_describes_it():
    # FNC 1573 (the review of Random(11010)): 'the blast and crater, reported earlier this
    # week ..., were actually ...' read 'reported' as the verb, so the content stopped there
    a = att(
        "Astronomers, including experts at the observatory, have questioned whether the flash and crater, "
        "reported earlier this week outside the Peruvian capital, were actually the product of a meteor.",
        "questioned",
    )
    assert a.content.text.endswith("were actually the product of a meteor")


def test_a_raising_participle_set_off_after_a_noun_describes_the_noun():
    # the review of Random(11010) (FNC 1588): 'holding a German national, thought to be a
    # teacher, who ...' read 'thought' as a conjunct of the claim, so its 'to be' made the
    # whole claim a guess
    a = att("Rivera also claimed that the gang was holding a Dutch engineer, thought to be a geologist, who was seized in May.", "claimed")
    assert (a.certainty, a.hedges) == ("asserted", [])
    # a belief joined by 'and' stays the source's own
    r = analyze("Police said they arrested the man and thought he was the leader.", options=RAW)
    assert by_cue(r, "thought").certainty == "speculative"


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("As the Kestrel Times reports, they claim he was recruited.", "reports", "the Kestrel Times", "they claim he was recruited"),
        ("As the Guardian notes, the photo is too blurry to be real.", "notes", "the Guardian", "the photo is too blurry to be real"),
    ],
)
def test_an_as_aside_with_an_outlets_name_read_as_a_compound_reports(text, cue, source, content):
    # the review of Random(11010) (FNC 874): 'as Business Insider notes' gave nothing; the
    # parser read the name as the noun 'notes''s compound, with no subject for the aside
    a = att(text, cue)
    assert (a.source.text, a.content.text) == (source, content)


def test_a_passive_of_the_one_told_joined_to_the_claim_is_no_part_of_it():
    # FNC 544 (the review of Random(11010)): 'was told by doctors that he was suffering from
    # an allergic reaction ... and was sent away with some antihistamine cream' ran the
    # claim on into what was done to him
    a = att("Mira Osei was told by nurses at the clinic that she had a mild sprain and was sent home with a bandage.", "told")
    assert a.content.text == "that she had a mild sprain"
    # the claim's own passive, joined to it, stays in it
    a = att("She was told that the suspect was arrested and was charged with theft.", "told")
    assert a.content.text.endswith("was charged with theft")


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("Photos posted to Twitter show crowds fleeing the stadium.", "Photos posted to Twitter", "crowds fleeing the stadium"),
        # a verb already, hung on the participle with no subject
        (
            "Pictures posted to social media show a number of people arriving at airports with surgical masks.",
            "Pictures posted to social media",
            "a number of people arriving at airports with surgical masks",
        ),
        ("Images shared on Facebook show crowds fleeing the stadium.", "Images shared on Facebook", "crowds fleeing the stadium"),
    ],
)
def test_a_verb_read_as_a_noun_after_a_participle_is_the_pictures_verb(text, source, content):
    # FNC 477 (the review of Random(11313)): the cue was 'posted', the claim 'to social media
    # show ...'; and 'on Facebook show' was the channel, read as a show's name
    a = att(text, "show")
    assert (a.source.text, a.content.text, a.source_type) == (source, content, "document")
    assert a.channel is None or "show" not in a.channel.text


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("The chain will sell dishes such as noodle soup, Beijing food critics claim.", "Beijing food critics", "The chain will sell dishes such as noodle soup"),
        ("The team has players such as Mendes, Lisbon sports writers claim.", "Lisbon sports writers", "The team has players such as Mendes"),
    ],
)
def test_a_closing_tag_hung_on_the_last_noun_as_a_relative_clause_reports_the_sentence(text, source, content):
    # the review of Random(11616): '... such as dog meat soup, North Korea experts claim.'
    # gave nothing (the tag parsed as a relative clause on 'soup')
    a = by_cue(analyze(text, options=RAW), "claim")
    assert (a.source.text, a.content.text) == (source, content)


@pytest.mark.parametrize(
    "text, cue, source",
    [
        ("The Herald notes, “The mayor will quit.”", "notes", "The Herald"),
        ("KXL tweets, “Was the bridge sold?”", "tweets", "KXL"),
        ("BBC Sport tweets, “Kane is fit to play.”", "tweets", "BBC Sport"),
    ],
)
def test_a_name_and_a_verbs_s_form_before_a_quotation_report_it(text, cue, source):
    # the review of Random(11616): 'The Herald notes, “...”' read 'notes' as a plural noun
    # on the name, and the quotation was no one's
    a = by_cue(analyze(text, options=RAW), cue)
    assert (a.source.text, a.kind) == (source, "direct")


def test_a_closing_tag_hung_inside_the_last_clause_reports_the_whole_sentence():
    # FNC 1569 (the review of Random(11313)): '..., but did not reveal if it was Zehaf-Bibeau,
    # Reuters reported.' hung the tag under 'reveal', the police's words ran on to 'Reuters
    # reported' and the chain went the wrong way round
    text = "Police have said the gunman is dead, but did not say if he acted alone, the Kestrel Gazette reported."
    r = analyze(text, options=RAW)
    tag = by_cue(r, "reported")
    assert tag.content.text == "Police have said the gunman is dead, but did not say if he acted alone"
    assert by_cue(r, "have said").via == tag.id and by_cue(r, "did not say").content.text == "if he acted alone"
