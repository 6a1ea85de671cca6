"""Forms of reported speech that real pages misread (issue 10): actions read as speech,
quotations cut or run on, the outer attribution of a quotation missed. Articles we wrote."""

from __future__ import annotations

import dataclasses

import pytest

from allegedly import Options, analyze
from helpers import att, by_cue, fnc_body, holds, only
from helpers import triples as _triples

RAW = Options(raw=True, check_language=False)


def triples(text: str) -> list[tuple[str | None, str, str | None]]:
    return _triples(text, RAW)


@pytest.mark.parametrize(
    "text",
    [
        "The rowing club has agreed a deal with its new coach.",
        "Shares of the ferry operator added more than 2 % on Tuesday.",
        "Police released video of the arrest late on Friday.",
        "The appeals court rejected the appeal last week.",
        "The bakery posted a loss of $2 million for the year.",
        # a death toll (action_senses.txt: claim lives)
        "Masked gunmen opened fire on the market, claiming the lives of nine shoppers.",
        # a caption's picture (action_senses.txt: picture event)
        "Tomas pictured with a load of spoons and keys sticking to his chest. He woke up with the 'power' after a lightning strike.",
        # an idiom of motion (find way) and a journalist at work (report place)
        "The leaked memo soon found its way to the Kestrel Gazette.",
        "Ana Ruiz was reporting in the Middle East when she was abducted.",
        # whom a journalist worked for, and the terms a source spoke on (speaking_terms.txt)
        "Ana Ruiz was a freelancer who frequently reported for the Kestrel Post about the war.",
        "Marla Quince, a chemist at the institute, spoke on condition of anonymity.",
        "The official spoke on the record about the talks.",
        # a count of lives taken, a namesake, a force sent for, a body moved by force, oneself
        # shown, a work made, a journalist at work (action_senses.txt: lives, naming, summon,
        # motion, work, place)
        "The winter flu has claimed hundreds of lives across the valley.",
        "The new ferry is named after a local fisherman.",
        "Apparently the governor is calling in the army to clear the roads.",
        "The courier was blasted across the yard by a gust of wind.",
        "Another famous sleepwalker revealed himself at a clinic in Leeds.",
        "Dora Vance wrote the screenplay, and she is thrilled to have Lee on board.",
        "Ivo Marsh wrote the novel, which was filmed in 2009.",
        # an attack by those who fight, and a shooting (action_senses.txt: force; the review
        # of Random(11717): 'shot dead Nathan Cirillo' and 'launched an attack on IS
        # militants' read as speech)
        "Rebels attacked the convoy near the border.",
        "Kurdish fighters launched an attack on the militants near the border on Sunday.",
        "Zehaf-Bibeau shot Corporal Cirillo dead.",
        # blasting by those who fight, and a weapon fired (the review of Random(12020))
        "The army is losing ground as the gunmen blast towns and villages.",
        "In the clip, a soldier fires a rocket launcher mounted on the roof of the van.",
        # a verb with no sense of saying (action_senses.txt: never; the review of Random(11616))
        "A student jilted by her fiance spent an entire month sitting in a library reading novels.",
    ],
)
def test_actions_are_not_speech(text):
    assert triples(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Host Jo Carr debuted a tape that allegedly contains the voice of the missing pilot.",
        "The mayor unveiled a photograph that allegedly shows the handover of the bribe.",
    ],
)
def test_a_thing_presented_is_no_claim_of_its_presenter(text):
    """'host Don Lemon debuted a recording that allegedly contains audio of the gunshots'
    made the host the source of what the recording allegedly holds (the review of
    Random(12020)); the presenter vouches for nothing (action_senses.txt: show): the claim
    is unsourced, or the picture's. With a clause ('unveiled that ...') or a message ('unveiled
    a proposal', PolNeAR dev) it still reports."""
    got = analyze(text, options=RAW).attributions
    assert got and all(a.cue.text not in ("debuted", "unveiled") and a.certainty == "hedged" for a in got), [(a.cue.text, a.certainty) for a in got]
    assert triples("The minister unveiled that the budget would rise.") == [("The minister", "unveiled", "that the budget would rise")]
    # a thing with words of its own is still the presenter's to report (the review of this round's diff)
    assert [t[1] for t in triples("The party unveiled a poster claiming that migrants cost taxpayers billions.")][0].startswith("unveiled")
    assert [t[1] for t in triples("Prosecutors unveiled new evidence that the senator took bribes.")] == ["unveiled"]
    assert triples("The two ministers unveiled a proposal for closer ties.") == [("The two ministers", "unveiled", "a proposal for closer ties")]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The senator rejected the claims as baseless.", "rejected", "the claims as baseless"),
        ("The harbour board released a statement saying the crane was unsafe.", "released", "a statement saying the crane was unsafe"),
        ("The mayor agreed that the plan was flawed.", "agreed", "that the plan was flawed"),
        ("The ministry issued a warning about the storm.", "issued", "a warning about the storm"),
        ("The Gazette reported from Kabul that the talks had failed.", "reported", "that the talks had failed"),
        ("A senior official, speaking on condition of anonymity, said the talks had failed.", "said", "the talks had failed"),
        ("The senator blasted the plan as reckless.", "blasted", "the plan as reckless"),
        ("She fired off a letter saying the claims were false.", "fired off", "a letter saying the claims were false"),
        ("Critics fired accusations that the vote had been rigged.", "fired", "accusations that the vote had been rigged"),
        ("The senator attacked the governor's budget.", "attacked", "the governor's budget"),
        # (an attack in words by those who fight: the review of this round's diff)
        ("The Israeli army attacked the UN report as biased and one-sided.", "attacked", "the UN report as biased and one-sided"),
        ('"That is simply false," the senator shot at reporters.', "shot", '"That is simply false,"'),
        ("The coach shot back that the claims were nonsense.", "shot back", "that the claims were nonsense"),
        ("She spent years arguing that the dam was unsafe.", "arguing", "that the dam was unsafe"),
        ("The mayor wrote a letter to the council.", "wrote", "a letter to the council"),
        ("The senator wrote that the bill was flawed.", "wrote", "that the bill was flawed"),
        ("The bridge is safe, reports Mia Lane, writing for the Kestrel Times.", "reports", "The bridge is safe"),
        # a time after 'wrote in' is no place a journalist writes from
        ("As the editor wrote in December:\n\nThe bridge over the Lune is unsafe.", "wrote", "The bridge over the Lune is unsafe"),
    ],
)
def test_the_same_verbs_still_report_a_message_or_a_proposition(text, cue, content):
    assert any(holds(t, (t[0], cue, content)) for t in triples(text)), triples(text)


def test_a_quotation_with_a_cue_of_its_own_is_not_the_previous_speakers():
    text = "“I have never met the man,” the witness said. “He came to the office once,” the prosecutor's office said."
    got = triples(text)
    assert any(holds(t, ("the witness", "said", "“I have never met the man,”")) for t in got), got
    assert any(holds(t, ("the prosecutor's office", "said", "“He came to the office once,”")) for t in got), got


@pytest.mark.parametrize(
    "text, kept",
    [
        ("“It was a long night,” the harbour master said, but “the crews did what they were trained to do.”", True),
        ("“It was a long night,” the harbour master said, pausing, “and the crews did what they were trained to do.”", True),
        ("“It was a long night,” the harbour master said when asked about the storm, while insisting that the “old pier” had held.", False),
    ],
)
def test_a_later_quotation_resumes_the_speakers_only_after_a_break_or_a_conjunction(text, kept):
    said = by_cue(analyze(text, options=RAW), "said")
    assert said.content.text.startswith("“It was a long night")
    assert said.content.text.endswith("trained to do.”") if kept else said.content.text == "“It was a long night,”", said.content.text


@pytest.mark.parametrize(
    "text, first, second",
    [
        (
            "“The ferry has to run,” the island's mayor said, arguing that he will bring a “common-sense” approach to the timetable.",
            "“The ferry has to run,”",
            ("arguing", "that he will bring a “common-sense” approach to the timetable"),
        ),
        (
            "“The ferry has to run,” the mayor told reporters, insisting that the island would be cut off without it.",
            "“The ferry has to run,”",
            ("insisting", "that the island would be cut off without it"),
        ),
    ],
)
def test_a_participle_after_a_quoted_cue_reports_its_own_clause(text, first, second):
    report = analyze(text, options=RAW)
    said = report.attributions[0]
    assert said.content is not None and said.content.text == first, [(a.cue.text, a.content and a.content.text) for a in report.attributions]
    participle = by_cue(report, second[0])
    assert participle.content.text == second[1] and participle.source.text.endswith("mayor")


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The fact-checkers ruled that the mayor's claim about the ferry was “mostly true.”", "ruled", "that the mayor's claim about the ferry was “mostly true.”"),
        ("She told the council that the pier \"is safe. The engineers checked it twice.\"", "told", "that the pier \"is safe. The engineers checked it twice.\""),
    ],
)
def test_a_content_runs_on_to_the_end_of_the_quotation_it_opens(text, cue, content):
    assert att(text, cue).content.text == content


def test_a_participle_after_a_cue_is_the_same_speakers_next_report():
    report = analyze("“The ferry has to run,” the mayor said, going on to say that the island had been “cut off for weeks.”", options=RAW)
    said, going = by_cue(report, "said"), by_cue(report, "going on to say")
    assert said.content.text == "“The ferry has to run,”"
    assert going.source.text == "the mayor" and going.content.text == "that the island had been “cut off for weeks.”"


def test_a_quotation_resumed_after_its_cue_still_runs_on():
    text = "“I have never met the man,” the witness said. “He came to the office once. He left quickly.”"
    (source, cue, content), = triples(text)
    assert source == "the witness" and content.startswith("“I have never met") and content.endswith("left quickly.”")


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman said: “The club has no debts.” Another director told the Courier: “The accounts are open to anyone.”",
        "“The club has no debts.” Another director told the Courier “The accounts are open to anyone.”",
    ],
)
def test_a_cue_that_introduces_the_quotation_after_it_is_not_given_the_one_before(text):
    """A colon after the cue, or a quotation before it closed by a full stop, where one
    resumed after its cue would end with a comma: the cue's words are those after it."""
    told = [t for t in triples(text) if t[1] == "told"]
    assert told == [("Another director", "told", "“The accounts are open to anyone.”")], told


def test_a_quotation_kept_whole_across_paragraphs():
    text = (
        "“The first paragraph of what she said runs here, and it does not close.\n\n"
        "“The second paragraph goes on in the same voice,” said Jane Doe, the head of the union."
    )
    (source, cue, content), = triples(text)
    assert holds((None, cue, None), (None, "said", None)) and source.startswith("Jane Doe")
    assert content.startswith("“The first paragraph") and content.endswith("same voice,”")


@pytest.mark.parametrize(
    "text, inner, outer",
    [
        (
            "In the recording, Smith says “I was never there,” the prosecutor's office said in a statement.",
            ("Smith", "says", "“I was never there,”"),
            ("the prosecutor's office", "said", "In the recording, Smith says “I was never there,”"),
        ),
        (
            "Smith told detectives, “I was at home all night,” the prosecutor's office said.",
            ("Smith", "told", "“I was at home all night,”"),
            ("the prosecutor's office", "said", "Smith told detectives, “I was at home all night,”"),
        ),
        # a second tag closing the sentence, which the parser reads as a participle on a noun
        # hung from the first tag, or as the first tag's complement
        (
            "“The ferry will not sail again,” a harbour pilot said, the Kestrel Gazette reported on Friday.",
            ("a harbour pilot", "said", "“The ferry will not sail again,”"),
            ("the Kestrel Gazette", "reported", "“The ferry will not sail again,” a harbour pilot said"),
        ),
        (
            "“It was never a real letter,” a local historian said, Orla news site reported.",
            ("a local historian", "said", "“It was never a real letter,”"),
            ("Orla news site", "reported", "“It was never a real letter,” a local historian said"),
        ),
        (
            "The ferry was sold last month, the harbour master said, the Kestrel Gazette reported.",
            ("the harbour master", "said", "The ferry was sold last month"),
            ("the Kestrel Gazette", "reported", "The ferry was sold last month, the harbour master said"),
        ),
    ],
)
def test_the_outer_attribution_of_a_quoted_attribution_is_found(text, inner, outer):
    r = analyze(text, options=RAW)
    got = [((a.source.text if a.source else None, a.cue.text, a.content.text if a.content else None), a) for a in r.attributions]
    inner_a = next((a for t, a in got if holds(t, inner)), None)
    outer_a = next((a for t, a in got if holds(t, outer)), None)
    assert inner_a is not None and outer_a is not None, [t for t, _ in got]
    assert inner_a.via == outer_a.id  # a chain: the office reports that Smith said


def test_a_raised_passive_report_names_no_source_and_is_hedged():
    """'X is alleged to have ...': what is said of X, by nobody named (the tabloid form)."""
    r = analyze("The ferry captain is alleged to have ignored two storm warnings before the crossing.", options=RAW)
    a = next(a for a in r.attributions if a.cue is not None and "alleged" in a.cue.text)
    assert a.source is None and a.source_type == "unattributed" and a.certainty == "hedged"
    assert a.content is not None and a.content.text.startswith("The ferry captain") and a.content.text.endswith("warnings before the crossing")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The striker has missed three games and is said to be unhappy at the club.", "is said", "to be unhappy at the club"),
        ("The actor has gained weight since his divorce and is rumored to be suffering from gout.", "is rumored", "to be suffering from gout"),
    ],
)
def test_a_raised_passive_joined_to_a_verb_before_shares_its_subject(text, cue, content):
    """A second verb with the first one's subject ('... and is rumored to be ...') is the same
    raised passive: an unsourced, hedged claim, the infinitive its content."""
    r = analyze(text, options=RAW)
    a = next(a for a in r.attributions if a.cue is not None and a.cue.text == cue)
    assert a.source is None and a.certainty == "hedged" and a.content is not None and a.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the noun is what the belief is about, not who believes: the parser read these
        # participles as actives with the noun for subject, or lost the name after 'to be'
        ("A woman believed to be Ilse Marrow was seen leaving the hotel.", "believed", "A woman believed to be Ilse Marrow"),
        ("About halfway in, a man believed to be Tomas Reyne speaks to his family.", "believed", "a man believed to be Tomas Reyne"),
        ("The man alleged to have shot the guard was arrested on Sunday.", "alleged", "The man alleged to have shot the guard"),
        ("A body believed to be that of the missing climber was found.", "believed", "A body believed to be that of the missing climber"),
        # 'said to be' after the object of another verb, which the parser read as that verb's
        # second verb (the review of Random(11515): the claim went to the main clause's subject)
        ("The studio uses older cameras said to be the cause of the blur.", "said", "older cameras said to be the cause of the blur"),
    ],
)
def test_a_reduced_passive_of_belief_names_no_believer(text, cue, content):
    a = att(text, cue)
    assert a.source is None and a.source_type == "unattributed" and a.certainty == "hedged"
    assert a.content.text == content


def test_one_heard_saying_a_quotation_says_it():
    """'"...," the mayor can be heard saying in the clip': the one heard speaks, not no one."""
    a = att('"We will not close the harbour," the mayor can be heard saying in the clip.', "saying")
    assert (a.source.text, a.content.text) == ("the mayor", '"We will not close the harbour,"')


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Boston Globe said the bridge was unsafe. The paper quoted the mayor saying the bridge was safe.", "the mayor"),
        ("The report cited a witness saying that the gunman fled.", "a witness"),
        ("The paper quoted the study, saying it was flawed.", "The paper"),  # a study does not speak
        # after a comma the participle goes on with the quoting (FNC 691)
        ("It quotes several journalists covering the event, adding that the broadcast was not cut.", "It"),
    ],
)
def test_one_quoted_saying_something_says_it(text, source):
    """'quoted the mayor saying ...' without 'as': the one quoted says it, as with 'as
    saying', not the paper that quotes."""
    assert att(text, "adding" if "adding" in text else "saying").source.text == source


def test_one_quoted_then_saying_after_a_comma_says_it_through_the_quoter():
    # the review of Random(11515): 'has quoted YPG fighters ..., saying that Gill was not
    # captured' gave the claim to the reporter who quoted them, and no chain
    r = analyze("The Herald has quoted nurses at the clinic, saying that the ward was closed.", options=RAW)
    quoted, saying = by_cue(r, "quoted"), by_cue(r, "saying")
    assert (quoted.source.text, saying.source.text, saying.via) == ("The Herald", "nurses", quoted.id)


def test_people_heard_vowing_are_its_source_whatever_the_noun():
    """'the fighters can be heard vowing to ...' (FNC): any noun WordNet files under people
    is the one heard, as 'the mayor' is, not no one."""
    a = att("In the video, the fighters can be heard vowing to take the city.", "vowing")
    assert (a.source.text, a.content.text) == ("the fighters", "to take the city")


def test_a_verb_after_a_subject_set_off_by_its_apposition_is_the_subjects_report():
    """'The driver, a 45-year-old from Leeds, claimed to have seen nothing': no verb follows
    for 'claimed' to be a participle set off from, so the driver claimed it (not an
    unsourced 'claimed'); 'The man, said to be a former soldier, fled' is still one."""
    a = att("The bus driver, a 45-year-old from Leeds, claimed to have seen nothing.", "claimed")
    assert (a.source.text, a.certainty) == ("The bus driver, a 45-year-old from Leeds", "asserted")
    a = att("The man, said to be a former soldier, fled the scene.", "said")
    assert a.source is None and a.certainty == "hedged"
    # set off by spaced hyphens, with a closing tag after it: no one's words but the tag's
    text = "A prize-winning baker - said to be the best in the county - opened a new shop, the council announced."
    assert [a.source.text for a in analyze(text, options=RAW).attributions if a.source is not None] == ["the council"]
    # a caption: the phrase closed by its comma, no verb after it
    assert att("The gunman, thought to be Tom Vale, in a photo released by local media.", "thought").source is None


def test_a_source_holds_neither_its_cue_nor_a_quotation_the_parse_hung_on_it():
    # the parser hangs an apposition after the content on the subject: the source stops at the cue
    text = (
        "The manager said his driver was taken to a back room.\n\n\nA video posted on YouTube shows the driver being stopped as he "
        "handed over the pizza and then presented with $2,084, letters of thanks, a gift card and lottery tickets -- all to cheers "
        "from the crowd. The manager said the driver has worked at the shop about six years."
    )
    assert att(text, "shows").source.text == "A video posted on YouTube"
    # a fronted quotation read as part of the subject, for the verb and the participle after it
    text = (
        "He was rushed to the hospital, he said.\n\n\"Everyone knows I'm pretty competitive,\" Ryan Roche of Lehi, Utah, told "
        "ABC News today, explaining how his colleagues talked him into it."
    )
    r = analyze(text, options=RAW)
    assert by_cue(r, "told").source.text == "Ryan Roche of Lehi, Utah"
    assert by_cue(r, "explaining").source.text == "Ryan Roche of Lehi, Utah"


def test_a_concession_after_a_closing_tag_is_the_writers_not_the_claim():
    text = "Rebels attacked the town from the hills on Saturday, a local official and residents said, although the army denied that the rebels had crossed the river."
    r = analyze(text, options=RAW)
    said, denied = by_cue(r, "said"), by_cue(r, "denied")
    assert said.content.text == "Rebels attacked the town from the hills on Saturday"
    # and the denial the concession tells of is kept, against that claim
    assert (denied.source.text, denied.stance, denied.denies) == ("the army", "denies", said.id)


@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        # the writer's note on the claim, with a clause the parser hung inside it
        ("The mayor claimed that closing the depot was prudent, although he again refused to publish the audit.", "claimed", "that closing the depot was prudent"),
        ("The bridge, the council said, was the oldest in the county, although it may take weeks to confirm its age.", "said", "The bridge, the council said, was the oldest in the county"),
        ("The coach said the squad would travel on Friday, even though the ferry has not confirmed the crossing.", "said", "the squad would travel on Friday"),
        # the speaker's next remark is a report of its own, not a part of the first
        ("Okafor said the new levy sometimes hurts the firms that hire most, though she noted shops are beginning to pass it on.", "said", "the new levy sometimes hurts the firms that hire most"),
        # after a quotation's closing mark, hung on the cue itself (FNC 1153)
        ('The coach later commented that players will "have to adapt quickly," though the club has stayed silent since March.', "commented", 'that players will "have to adapt quickly,"'),
        # set off by a dash (FNC 77)
        ("Local officials say they think the mayor is among the injured - though the governor said he is still awaiting confirmation.", "say", "they think the mayor is among the injured"),
        # another voice's answer joined by 'but', with a subject of its own (FNC 1292)
        ('The chef said the soup was "too salty" but critics disagree.', "said", 'the soup was "too salty"'),
        ("The mayor said the bridge was safe but would close it anyway.", "said", "the bridge was safe but would close it anyway"),  # the mayor's own second half
    ],
)
def test_a_concession_set_off_at_the_end_of_a_claim_is_no_part_of_it(text: str, cue: str, claim: str):
    """PolNeAR leaves a trailing 'although ...' out of the claim on every dev case, where
    the parse hung it inside (dev attr+src +0.1)."""
    assert by_cue(analyze(text, options=RAW), cue).content.text == claim


@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        # the writer's correction set against the claim: by a record, by 'actually' or 'in fact'
        ("The hoax site claims the painter was born in Hull when every parish record shows he is from Derby.", "claims", "the painter was born in Hull"),
        ("The post says the thief was caught in Ripon, which actually falls under another police force.", "says", "the thief was caught in Ripon"),
        ("The leaflet says the pier was built in 1890 while in fact it opened in 1902.", "says", "the pier was built in 1890"),
        # a time or a place the speaker gives stays in the claim
        ("The keeper said the pier was closed when the storm hit.", "said", "the pier was closed when the storm hit"),
        ("The keeper said the pier was built in Ripon, which is in Yorkshire.", "said", "the pier was built in Ripon, which is in Yorkshire"),
    ],
)
def test_the_writers_correction_at_the_end_of_a_claim_is_no_part_of_it(text: str, cue: str, claim: str):
    r = analyze(text, options=RAW)
    assert by_cue(r, cue).content.text == claim
    assert all(a.via is None for a in r.attributions)  # (the record's showing is the writer's, not relayed by the claim)


@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        # the writer's comment tacked on: a verdict on it, the writer's first person, 'so ...'
        ("Insiders also said the new tablet would have a larger screen, which is odd given that the firm said it would keep the old design.", "also said", "the new tablet would have a larger screen"),
        ("The minister said he takes the train to work — something we have long doubted.", "said", "he takes the train to work"),
        ("The brewer has stressed that it sells the ale as a luxury, so it's not surprising that prices are high.", "has stressed", "that it sells the ale as a luxury"),
        # in the speaker's own quotation the words are the speaker's
        ('The chef said: "We sell it cheap, which is odd, I know."', "said", '"We sell it cheap, which is odd, I know."'),
        # a relative clause that says what the thing is stays, and so does one set into the claim
        ("The keeper said the pier was built in Ripon, which is in Yorkshire.", "said", "the pier was built in Ripon, which is in Yorkshire"),
        ("He said the bridge, which was notable for its age, would be closed for a year.", "said", "the bridge, which was notable for its age, would be closed for a year"),
    ],
)
def test_the_writers_comment_at_the_end_of_a_claim_is_no_part_of_it(text: str, cue: str, claim: str):
    """From two reviews of FNC bodies: the writer's 'which is odd ...' was put in the
    source's mouth, and another source's claim inside it relayed through that source."""
    r = analyze(text, options=RAW)
    assert by_cue(r, cue).content.text == claim
    assert all(a.via is None for a in r.attributions)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a quotation split by its tag, after a colon, is both halves (FNC 8)
        ('A tweet from the club settled it: "He is staying," the spokesman said, "and he is happy."', "said", '"He is staying," the spokesman said, "and he is happy."'),
        # a closing tag's claim starts after the colon that announces the quotation
        ('Dock police told the Herald there was no sign at all of a fire: Workers "saw smoke and panicked," one guard said.', "said", 'Workers "saw smoke and panicked,"'),
    ],
)
def test_a_quotation_after_a_colon_is_the_tags_claim_and_no_more(text, cue, content):
    r = analyze(text, options=RAW)
    assert by_cue(r, cue).content.text == content
    assert all(a.via is None for a in r.attributions)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the time the words were said, after the quotation they tag, is no claim (FNC 1651)
        ('"Is the park really closing?" Smith asked as she watched the children play.', '"Is the park really closing?"'),
        ('"Who paid for this?" the senator asked as he left the hall.', '"Who paid for this?"'),
    ],
)
def test_a_clause_of_time_after_a_quotations_tag_is_not_its_content(text, content):
    assert by_cue(analyze(text, options=RAW), "asked").content.text == content


def test_a_concession_before_the_closing_tag_or_in_a_quotation_stays_in_the_claim():
    r = analyze("Sales rose in the spring, although costs grew, the chief executive said.", options=RAW)
    assert by_cue(r, "said").content.text == "Sales rose in the spring, although costs grew"
    r = analyze("The vet said: 'I have never operated on a goldfish, although I have done it on a frog.'", options=RAW)
    assert by_cue(r, "said:").content.text.endswith("on a frog.'")
    # and the remark in the concession is the speaker's own, not nested in the claim
    r = analyze("Okafor said the new levy sometimes hurts the firms that hire most, though she noted shops are beginning to pass it on.", options=RAW)
    assert by_cue(r, "noted").via is None


def test_people_who_found_a_thing_or_a_person_report_nothing():
    """A discovery, not a finding (from the review of Random(10707)): 'reportedly' is then
    the claim's unsourced cue, as for any other act."""
    assert analyze("A fisherman found a bottle on the beach.", options=RAW).attributions == []
    only, = analyze("Guards reportedly found the inmate in his cell.", options=RAW).attributions
    assert (only.cue.text, only.source, only.certainty) == ("reportedly", None, "hedged")
    # a finding still reports, as does a study's
    assert [a.cue.text for a in analyze("Officials found that the dam was weak.", options=RAW).attributions] == ["found"]
    assert [a.cue.text for a in analyze("Investigators found no evidence of foul play.", options=RAW).attributions] == ["found"]


def test_talk_a_checker_checks_keeps_the_holder_it_names():
    """'is investigating reports that ...' is the reports' (unsourced), but 'will review the
    government's argument that ...' stays the government's."""
    a = att("The judges will review the government's argument that the law is constitutional.", "argument")
    assert a.source.text == "the government"


@pytest.mark.parametrize(
    "text",
    [
        "The comet came from a cloud of ice, and the rock, dubbed \u201c2019 QX\u201d, passed the Earth in May.",
        "On a walk in the woods the ranger came across a tall grey mushroom \u2014 called Coprinus comatus, or shaggy ink cap \u2014 beside the path.",
        "One of the latest clips, called 'SLIME TOWER Rainbow Bucket SURPRISE', has already passed a million views.",
    ],
)
def test_a_thing_given_its_name_by_a_participle_reports_nothing(text):
    """'an asteroid dubbed “2014 RC”', 'a toadstool — called Amanita muscaria —': the
    name of a thing, no claim, where no one is named for the naming."""
    assert [a.cue.text for a in analyze(text, options=RAW).attributions] == []


@pytest.mark.parametrize("body_id", ["527", "1707"])
def test_a_things_name_on_real_pages_is_no_claim(body_id):
    """FNC 527 ('the ... toadstool — called Amanita muscaria, or fly agaric —'), 1707 ('a
    goldfish called George'): each was an unsourced claim."""
    r = analyze(fnc_body(body_id), options=RAW)
    assert not [a for a in r.attributions if a.cue.text == "called"]


def test_a_naming_with_its_namer_or_a_finite_call_still_reports():
    a = att("The three guards were dubbed \u201cthe Wolves\u201d by the prisoners they beat.", "dubbed")
    assert (a.source.text, a.content.text) == ("the prisoners they beat", "\u201cthe Wolves\u201d")
    a = att("The fossil came from a fish, dubbed \u201cBig Tom\u201d by the diggers, that lived in the lake.", "dubbed")
    assert (a.source.text, a.content.text) == ("the diggers", "\u201cBig Tom\u201d")
    a = att("Trump called the deal a disgrace.", "called")
    assert a.source.text == "Trump"
    # a participle that judges, not names: its object (FNC 2387), or a judgement for a name
    a = att("Bloggers claimed the singer had died. The report, called \u201ca sick hoax\u201d, spread quickly.", "called")
    assert a.stance == "denies"
    a = att("The foreign minister, Jon Vale, called the group's claim \u201can old and sick trick.\u201d", "called")
    assert a.content.text.startswith("the group's claim")


def test_a_finding_that_emerged_or_was_discovered_is_unsourced():
    a = att("Update: It has now been discovered that the woman in the clip is not a nurse.", "It has now been discovered")
    assert (a.source, a.content.text, a.certainty) == (None, "that the woman in the clip is not a nurse", "asserted")
    a = att("It has since emerged that the letter was a forgery.", "It has since emerged")
    assert (a.source, a.content.text, a.certainty) == (None, "that the letter was a forgery", "hedged")
    # a thing that came out is no finding
    assert analyze("As it emerged from the trees, the deer stopped.", options=RAW).attributions == []


def test_an_agentless_claim_opened_by_a_report_named_with_its_outlet_is_that_outlets():
    """'In a related report by the Inquisitr, it's claimed that ...' was no one's claim (the
    review of Random(12020)); a report with no one named leaves it unsourced."""
    a = att("In a related report by the Harbour Gazette, it's claimed that the novelist worked for the navy.", "claimed")
    assert (a.source.text, a.source_type, a.content.text) == ("the Harbour Gazette", "outlet", "that the novelist worked for the navy")
    a = att("In a related report, it's claimed that the novelist worked for the navy.", "claimed")
    assert (a.source, a.source_type) == (None, "unattributed")
    # a date or a place is no author (the review of this round's diff)
    for text in ("In a report from Tuesday, it was claimed that the mayor had resigned.", "In a report from Kabul, it is claimed that the town had fallen."):
        assert att(text, "claimed").source is None


def test_a_claim_assumed_or_presumed_by_no_one_named_is_unsourced():
    a = att("The ferry captain is widely assumed to have ignored the storm warnings.", "assumed")
    assert (a.source, a.source_type) == (None, "unattributed")
    assert a.content.text == "The ferry captain is widely assumed to have ignored the storm warnings"
    assert att("The gunman is presumed to have acted alone.", "presumed").source is None


# -- issue 11: forms seen on rumour stories (FNC-1 bodies), on sentences written here ----------


def test_a_closing_cue_with_people_and_a_participle_after_it_takes_them_as_speakers():
    """'..., say doctors writing in the journal X.': the parser makes 'doctors writing ...' a
    second clause of 'say'; the doctors are who say the claim before the comma."""
    got = triples("The rise in cases is most likely due to the fashion for raw fish, say doctors writing in the Harbour Medical Journal.")
    assert [(t[0], t[2]) for t in got] == [("doctors", "The rise in cases is most likely due to the fashion for raw fish")], got


def test_a_clause_with_its_own_auxiliary_after_a_closing_cue_is_its_claim_not_its_speakers():
    """'..., claimed his brother was making ...': 'his brother' is said of, not who says
    (the parser made the clause before the comma the verb's complement)."""
    got = triples("Talk about Park's health rose after an article from the Observer, a magazine based in Tokyo, claimed his brother was making important government decisions.")
    assert [t[0] for t in got if t[1] == "claimed"] == ["an article from the Observer, a magazine based in Tokyo"], got


@pytest.mark.parametrize(
    "text, source",
    [
        # the parser makes 'grew' the verb's complement, or 'claimed' its second verb, or a clause on it
        ("Questions about the minister's health grew after an article from the Ledger, a weekly based in Cork, claimed his deputy was making the important decisions.", "an article from the Ledger, a weekly based in Cork"),
        ("Doubts about the mayor's plan grew after a report in the Clarion, a paper based in Leeds, claimed his brother was running the council.", "a report in the Clarion"),
        ("The shares fell after the announcement by Acme, a chipmaker in Ohio, confirmed that the plant would close.", "the announcement by Acme, a chipmaker in Ohio"),
    ],
)
def test_a_subject_set_off_by_its_apposition_after_a_preposition_is_the_source(text, source):
    """'X grew after a report in the Clarion, a paper in Leeds, claimed ...': the commas
    around the apposition make the parser read the report as the object of 'after'."""
    got = triples(text)
    assert [t[0] for t in got] == [source], got


def test_a_participle_after_an_apposition_keeps_the_main_clause_subject():
    got = triples("The mayor spoke by phone with Ana Ruiz, the party's leader, saying the talks had gone well.")
    assert [t[0] for t in got if t[1] == "saying"] == ["The mayor"], got


def test_a_speaker_after_an_apposition_and_and_keeps_the_clause_subject():
    got = triples("He spoke after a meeting with Smith, his lawyer, and claimed that the deal was off.")
    assert [t[0] for t in got] == ["He"], got


@pytest.mark.parametrize(
    "text, source",
    [
        ("He was reportedly radicalized by followers of the preacher and walked out of his family home, saying he was leaving everything behind.", "He"),
        ("The singer was interviewed by the BBC on Monday, saying she would retire.", "The singer"),
        # a thing the passive is said of does not speak: the agent does
        ("The claim was first made by Lopez in March, saying the mayor had lied.", "Lopez"),
    ],
)
def test_a_participle_hung_on_a_passive_is_said_by_its_subject(text, source):
    assert [t[0] for t in triples(text) if t[1] == "saying"] == [source]


def test_a_participle_after_another_clause_with_its_own_subject_is_not_the_passives():
    got = triples("The reporter was shown alive at the end of the video, with a masked man holding him by the arm, saying that the reporter's fate depended on the next air strike.")
    assert all(t[0] != "The reporter" for t in got), got
    # nor one the clause's own subordinator makes a time: the work being done then
    got = triples("In 2011, the reporter was taken while reporting on the uprising against the dictator.")
    assert all(t[0] != "the reporter" for t in got), got


def test_a_passive_report_with_its_agent_takes_no_source_from_outside_its_clause():
    """'Royster said she has been told by some that ...': some told her, not Royster."""
    got = triples("Royster said she has been told by some that they believe the word is sexist.")
    assert all(t[0] != "Royster" for t in got if t[1] != "said"), got


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("The presenter turned away from the camera. It appeared to many viewers he was leaving the set.", "many viewers", "he was leaving the set"),
        ("It seemed to some residents that the fire had been set on purpose.", "some residents", "that the fire had been set on purpose"),
    ],
)
def test_it_seemed_to_someone_is_their_impression(text, source, content):
    (a,) = analyze(text, options=Options(raw=True)).attributions
    assert (a.source.text, a.content.text, a.certainty) == (source, content, "speculative")


@pytest.mark.parametrize(
    "text",
    [
        "The driver is believed to have been in contact with members of the al-Shabaab linked Harakat network.",
        "The banker is said to have been in touch with members of the Kremlin linked Volga group.",
    ],
)
def test_a_raised_claim_runs_on_over_a_compound_the_parser_read_as_a_verb(text):
    """'members of the al-Qaeda | linked Haqqani network': 'linked' of 'al-Qaeda linked' is
    read as a second verb with no subject; the claim runs on to the sentence's end."""
    (a,) = analyze(text, options=Options(raw=True)).attributions
    assert a.content.text == text.rstrip(".")


def test_a_denial_someone_is_said_to_have_made_is_their_hedged_denial():
    """'An official is said to have denied any such plans': the official denies, and only
    hearsay says so."""
    (a,) = analyze("A spokesman for the ministry is said to have denied any such plans.", options=Options(raw=True)).attributions
    assert (a.source.text, a.stance, a.certainty) == ("A spokesman for the ministry", "denies", "hedged")


@pytest.mark.parametrize(
    "text",
    [
        "The embassy is not thought to have denied the reports.",  # the hearsay says the opposite
        "The prisoner is made to deny his faith in the video.",  # made to: no raised passive of saying
    ],
)
def test_no_denial_is_read_into_a_negated_or_forced_infinitive(text):
    got = analyze(text, options=Options(raw=True)).attributions
    assert not any(a.stance == "denies" for a in got), [(a.cue.text, a.stance) for a in got]


def test_a_relative_pronoun_lifted_out_of_the_claim_is_not_the_source():
    """'a former gang member who The Courier said converted to Islam': 'who' is the subject
    of the claim, the paper the one who says it."""
    got = triples("Lyle Moran, a former gang member who The Courier said converted to Islam, left Britain in 2013.")
    assert [(t[0], t[1], t[2]) for t in got] == [("The Courier", "said", "converted to Islam")], got
    # the World Health Organization's initials are no relative pronoun, however tagged
    got = triples("WHO spokesman Christy Feig confirmed that the agency is reaching out to officials in the region.")
    assert [t[0] for t in got] == ["WHO spokesman Christy Feig"], got


def test_an_inverted_cue_inside_its_claim_takes_the_speaker_after_the_verb():
    """'X, said Haas, “...”': the phrase before the comma opens the claim, not the source."""
    got = triples("The new bridge, said Mr Okafor, “will carry twice the traffic.”")
    assert [t[0] for t in got] == ["Mr Okafor"], got
    assert got[0][2].endswith("twice the traffic.”")
    # an apposition before the verb is not an inversion ('X, a website, reported ...')
    got = triples("Pixly, a photo-sharing service, reported the outage.")
    assert all(t[0] != "the outage" for t in got), got
    # nor a speaker described before the verb: the name after it is the one told
    got = triples("Lena Morrow, the port authority's head of safety, told Vox, “The crane had been inspected.”")
    assert [t[0] for t in got] == ["Lena Morrow, the port authority's head of safety"], got
    # ... but after 'said', whose object is never the one told, the inversion stands
    got = triples("The suspect, a 34-year-old man from Leeds, said Inspector Jane Holt, “was known to police.”")
    assert [t[0] for t in got] == ["Inspector Jane Holt"], got


def test_a_quotation_split_by_an_inverted_cue_is_one_content():
    (source, cue, content), = triples("“The bridge is safe,” said Mr Okafor, “and it will open in May.”")
    assert source == "Mr Okafor" and content.startswith("“The bridge is safe") and content.endswith("open in May.”")


@pytest.mark.parametrize(
    "text, source",
    [
        ("In a letter to the council, the head of roads Maria Santos writes:", "Maria Santos"),
        ("Maria Santos, the head of roads, said:", "Maria Santos"),
    ],
)
def test_a_cue_closing_its_paragraph_with_a_colon_introduces_the_next_one(text, source):
    claim = "The bridge will stay closed until the spring because the steel needs to be replaced."
    got = triples(text + "\n\n" + claim + "\n\nThe council meets again on Monday.")
    assert any(t[0] is not None and source in t[0] and t[2] == claim.rstrip(".") for t in got), got
    # the same with the claim in quotation marks
    got = triples(text + "\n\n“" + claim + "”")
    assert any(t[0] is not None and source in t[0] and t[2] == "“" + claim + "”" for t in got), got


@pytest.mark.parametrize(
    "cue_line, source, cue",
    [
        ("The harbour master answered the complaint on Friday, saying,", "The harbour master", "saying"),
        ("A spokeswoman for the ferry line told us the following,", "A spokeswoman for the ferry line", "told"),
    ],
)
def test_a_cue_closing_its_paragraph_with_a_comma_introduces_the_quotation_below(cue_line, source, cue):
    """Pages that set a quotation in a paragraph of its own close the cue's with a comma."""
    quote = "“Nobody has been turned away from the quay this year, and nobody will be.”"
    a = att(cue_line + "\n\n" + quote + "\n\nThe council meets again on Monday.", cue)
    assert (a.source.text, a.content.text) == (source, quote)
    # a quotation the page left open: its paragraph, and no further
    a = att(cue_line + "\n\n" + quote.rstrip("”") + "\n\nThe council meets again on Monday.", cue)
    assert (a.source.text, a.content.text) == (source, quote.rstrip("”."))
    # a comma inside the paragraph introduces nothing below it
    text = cue_line + " and left.\n\n" + quote
    assert all(a.content is None or a.content.text != quote for a in analyze(text, options=RAW).attributions if a.cue.text == cue)


def test_a_source_and_verb_set_between_commas_vouch_for_the_clause_after_them():
    """The parser may hang 'the Gazette reported' under the clause it vouches for."""
    a = att("At one point, the Gazette reported, the dockers were barred from the quay for a month.", "reported")
    assert (a.source.text, a.content.text) == ("the Gazette", "the dockers were barred from the quay for a month")
    # with a subordinator it is a time, not a source
    got = triples("When the Gazette reported, the dockers were barred from the quay for a month.")
    assert all(c is None or "barred" not in c for _, _, c in got), got


def test_according_to_opening_a_sentence_the_parser_read_without_a_verb():
    """'reeks' read as a noun leaves 'According' the root: the phrase names its source up to
    the comma and the rest of the sentence is the claim."""
    a = att("According to radio host Sam Pike, the move reeks of fear and desperation.", "According to")
    assert (a.source.text, a.content.text) == ("radio host Sam Pike", "the move reeks of fear and desperation")


def test_a_quotation_of_two_sentences_before_an_inverted_cue_is_the_speakers():
    """'“... Full panic mode,” said X': the parser may make a word in the quotation a
    second subject of 'said'."""
    text = "“The port is in panic mode. Full panic mode,” said Lena Ward, a Dover-based president of the Dockers Caucus."
    a = att(text, "said")
    assert a.source.text.startswith("Lena Ward") and a.content.text == "“The port is in panic mode. Full panic mode,”"


def test_a_title_abbreviated_before_a_name_does_not_end_the_sentence():
    """spaCy split 'Sgt.' and ended a sentence there: the claim was cut at the title."""
    a = att("The council said the ferry was held for Sgt. Bowe Tanner of the harbour police.", "said")
    assert a.content.text == "the ferry was held for Sgt. Bowe Tanner of the harbour police"
    a = att("Dover police spokesman Lt. Ann Reyes said the ferry was safe.", "said")
    assert (a.source.text, a.content.text) == ("Dover police spokesman Lt. Ann Reyes", "the ferry was safe")
    # the police ranks below them (a review of FNC bodies: 'said Ofc. William ...' gave 'Ofc')
    for title in ("Ofc.", "Cst.", "Tpr."):
        r = analyze(f'"The ferry is safe," said {title} Ann Reyes of the harbour police.', options=RAW)
        assert [(e.name, e.type) for e in r.entities if e.id == r.attributions[0].speaker] == [("Ann Reyes", "person")], title
    # "Vs." between two names in a title ends no sentence either: the claim kept its verb
    a = att("It is being reported that one of the trucks used on the set of Alien Vs. Predator has been stolen.", "reported")
    assert a.content.text == "that one of the trucks used on the set of Alien Vs. Predator has been stolen"


def test_a_claim_set_out_after_a_colon_ends_with_its_line():
    """Where a page sets its paragraphs as single lines, the next line is the article again;
    a line that runs on in lower case was wrapped."""
    text = "The Courier reports:\nBridge to stay closed until spring\nCouncil to meet again on Monday"
    assert att(text, "reports").content.text == "Bridge to stay closed until spring"
    text = "The Courier reports:\nThe bridge will stay closed until the spring, and\nthe council will meet on Monday.\nIn other news"
    assert att(text, "reports").content.text == "The bridge will stay closed until the spring, and\nthe council will meet on Monday"


@pytest.mark.parametrize(
    "after",
    ["“The council meets again on Monday,” the mayor said.", "The council meets again on Monday, and the bridge stays shut."],
)
def test_a_colon_over_an_empty_paragraph_introduced_an_embed_the_page_lost(after):
    """'wrote on Twitter:' over a tweet the page dropped: the next words are someone else's."""
    text = "Julia Marsh, a harbour pilot, wrote on Twitter:\n\n\n\n" + after
    assert all(a.source is None or "Julia" not in a.source.text for a in analyze(text, options=RAW).attributions)


def test_reports_inside_a_passage_set_out_are_the_next_layer_of_the_chain():
    text = (
        "The Harbour Courier reported the following:\n\n"
        "The mayor told councillors that the bridge would reopen in May. Engineers said the steel was sound.\n\n"
        "The council meets again on Monday."
    )
    r = analyze(text, options=RAW)
    outer = by_cue(r, "reported")
    assert outer.source.text == "The Harbour Courier" and outer.content.text.startswith("The mayor told councillors")
    inner = [a for a in r.attributions if a.cue.text in ("told", "said")]
    assert {a.source.text for a in inner} == {"The mayor", "Engineers"} and all(a.via == outer.id for a in inner), inner


@pytest.mark.parametrize(
    "text, content",
    [
        ("The driver who was stopped by police when they told him he was speeding drove off and hid in a barn.", "he was speeding"),
        ("A teenager whose parents told him he was not clever enough ran away from home.", "he was not clever enough"),
    ],
)
def test_a_claim_told_inside_a_relative_or_adverbial_clause_stops_with_it(text, content):
    """The main clause after the clause that holds the cue is the article's own account."""
    told = [t for t in triples(text) if holds(t, (t[0], "told", t[2]))]
    assert told and all(t[2] is not None and t[2].endswith(content) for t in told), told


def test_a_claim_before_its_cue_is_not_cut_at_a_clause():
    got = triples("Prices will rise sharply in the spring, the bank warned on Monday.")
    assert any(holds(t, ("the bank", "warned", "will rise sharply in the spring")) or holds(t, ("the bank", "warned", "Prices will rise sharply in the spring")) for t in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The shop owner had called paramedics after the fire spread to the roof.",
        "She called the police when her car was stolen.",
        "The airline subjected itself to fierce questions about the safety of its fleet.",
        "The network faced doubts about the accuracy of its poll.",
    ],
)
def test_a_call_for_help_or_a_claim_someone_undergoes_is_not_their_speech(text):
    """'call' phones or summons the people it names; the subject of 'subjected to doubts'
    or 'faced doubts' is their target, not the one who doubts."""
    assert triples(text) == []


@pytest.mark.parametrize(
    "text, cue",
    [
        ("He called the report a lie.", "called"),
        ("The mayor called for an inquiry into the fire.", "called"),
        ("She called him “a coward”.", "called"),
        ("The reporters exposed his secret bank accounts.", "exposed"),
    ],
)
def test_calling_something_a_name_or_for_something_still_reports(text, cue):
    assert any(holds(t, (t[0], cue, t[2])) for t in triples(text)), triples(text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The Harbour Gazette quotes a senior engineer as saying the crane had failed twice.", "a senior engineer"),
        ("The paper cited two port officials as saying the contract was void.", "two port officials"),
    ],
)
def test_quoted_as_saying_gives_the_words_to_the_one_quoted(text, speaker):
    got = triples(text)
    assert any(cue == "saying" and source == speaker for source, cue, _ in got), got
    assert not any(cue == "saying" and source != speaker for source, cue, _ in got), got


@pytest.mark.parametrize(
    "text, speaker, channel",
    [
        ('"The talks have collapsed," Reuters quoted Interior Minister Ilse Moreau.', "Interior Minister Ilse Moreau", "Reuters"),
        ('"It is not clear who the envoy is," the Kestrel Courier quoted Tomas Reyes, a senior analyst.', "Tomas Reyes, a senior analyst", "the Kestrel Courier"),
    ],
)
def test_a_quotation_an_outlet_quoted_someone_for_is_theirs_through_the_outlet(text, speaker, channel):
    """No 'as saying': the quotation was the outlet's and the name its content, or the one
    quoted was lost (from a review of FNC bodies, Random(10606))."""
    only, = analyze(text, options=RAW).attributions
    assert only.source.text == speaker and only.content.text.startswith('"') and only.channel.text == channel, only


def test_an_adverb_hedge_inside_a_named_report_is_not_a_second_attribution():
    text = "Two masked men reportedly left the bank by the back door, a cashier told the Valley Herald."
    got = triples(text)
    assert [cue for _, cue, _ in got] == ["told"], got
    only, = analyze(text, options=RAW).attributions
    assert only.certainty == "hedged" and only.source is not None and only.source.text == "a cashier"


def test_an_adverb_hedge_with_no_named_report_stays_unsourced():
    text = "The singer reportedly cancelled the tour, and her fans said they were upset."
    got = triples(text)
    assert (None, "reportedly", "The singer reportedly cancelled the tour") in got, got


@pytest.mark.parametrize(
    "text, outer, inner_source, inner_content",
    [
        ("The rebel commander dismissed claims by the provincial government that his men had signed a truce.",
         "dismissed", "the provincial government", "that his men had signed a truce"),
        ("The minister moved to counter claims made by an opposition senator that the dam was leaking.",
         "counter", "an opposition senator", "that the dam was leaking"),
        # the ranker scores these named claims far under its cut: kept all the same
        ("The leader of the rebel militia has dismissed claims by the Kestrian government that it has signed a truce or agreed to release hostages including the aid workers seized in March.",
         "dismissed", "the Kestrian government", "that it has signed a truce or agreed to release hostages including the aid workers seized in March"),
        ("The ministry strongly denied the mayor's claim that smugglers had been caught near the harbour.",
         "denied", "the mayor", "that smugglers had been caught near the harbour"),
        # the body a reporting noun is compounded with is its maker
        ("The skipper dismissed police reports that his trawler had sunk off the point.",
         "dismissed", "police", "that his trawler had sunk off the point"),
    ],
)
def test_a_claim_named_inside_its_denial_is_an_attribution_the_denial_links_to(text, outer, inner_source, inner_content):
    report = analyze(text, options=RAW)
    by_cue = {a.cue.text.split()[-1]: a for a in report.attributions if a.cue}
    denial, claim = by_cue.get(outer), next((a for a in report.attributions if a.source and a.source.text == inner_source), None)
    assert denial is not None and claim is not None, [(a.cue, a.source) for a in report.attributions]
    assert claim.content is not None and claim.content.text == inner_content
    assert denial.stance == "denies" and denial.denies == claim.id


@pytest.mark.parametrize(
    "text, outer, inner, inner_content",
    [
        ("The bakery chain dismissed claims that its flour had been mixed with chalk.",
         "dismissed", "claims", "that its flour had been mixed with chalk"),
        ("Harbour officials denied reports that a tanker had run aground off the pier.",
         "denied", "reports", "that a tanker had run aground off the pier"),
        ("Rumours that the bishop had resigned were denied by the diocese.",
         "denied", "Rumours", "that the bishop had resigned"),
        ("The coach poured cold water on speculation that he would leave the club.",
         "poured", "speculation", "that he would leave the club"),
    ],
)
def test_talk_no_one_is_named_for_inside_its_denial_is_an_unsourced_claim_the_denial_links_to(text, outer, inner, inner_content):
    report = analyze(text, options=RAW)
    denial = next((a for a in report.attributions if a.cue is not None and outer in a.cue.text.split()), None)
    claim = next((a for a in report.attributions if a.cue is not None and a.cue.text == inner), None)
    assert denial is not None and claim is not None, [(a.cue, a.source) for a in report.attributions]
    assert claim.source is None and claim.source_type == "unattributed" and claim.certainty in ("hedged", "speculative")
    assert claim.content is not None and claim.content.text == inner_content
    assert denial.stance == "denies" and denial.denies == claim.id


@pytest.mark.parametrize(
    "text",
    [
        # the claims the article has told of already are not new talk
        "The Valley Herald said the mill had closed. The owner dismissed the claims that the mill had closed.",
        # nor a rebuttal of a claim someone is named for
        "The owner dismissed his rival's claims that the mill had closed.",
    ],
)
def test_a_denied_claim_told_of_before_or_owned_is_no_new_unsourced_claim(text):
    got = analyze(text, options=RAW).attributions
    assert not any(a.source is None and a.cue is not None and a.cue.text == "claims" for a in got), [(a.cue, a.source) for a in got]


def test_a_claim_noun_s_agent_inside_its_own_that_clause_is_no_maker():
    from allegedly import pipeline
    from allegedly.extract.context import Context
    from allegedly.extract.nouns import reporting_nouns

    text = "Police cast doubt over reports that the boy had been taken by a stranger."
    ctx = Context.of(pipeline.load()(text))
    found = [f for f in reporting_nouns(ctx) if text[f.cue[0] : f.cue[1]] == "reports"]
    assert found and all(f.source is None for f in found), [f.source and text[f.source[0] : f.source[1]] for f in found]
    text = "Claims made by the mayor that the bridge is unsafe were rejected."
    ctx = Context.of(pipeline.load()(text))
    assert [text[f.source[0] : f.source[1]] for f in reporting_nouns(ctx) if f.source is not None] == ["the mayor"]


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("The rat problem, which was first reported by the Valley Post in May, is not going away.", "the Valley Post", "The rat problem"),
        ("The new parking policy, which was first reported by Radio Kestrel, starts in June.", "Radio Kestrel", "The new parking policy"),
    ],
)
def test_a_report_by_its_agent_in_a_relative_clause_tells_of_the_noun(text, source, content):
    # a review of FNC bodies, Random(11515): the first outlet of a chain was lost
    a = att(text, "reported", RAW)
    assert (a.source.text, a.content.text) == (source, content)


@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        ("The claim, which police confirmed on Monday, shocked the town.", "confirmed", "police", "The claim"),
        ("The plan, which the mayor announced on Friday, will cost millions.", "announced", "the mayor", "The plan"),
    ],
)
def test_a_report_whose_object_is_the_which_of_a_relative_clause_tells_of_the_noun(text, cue, source, content):
    # the review of Random(11717): 'News of the accidental airdrop, which the Associated
    # Press corroborated and the Syrian Observatory for Human Rights confirmed, ...' was missed
    a = att(text, cue, RAW)
    assert (a.source.text, a.content.text) == (source, content)
    assert triples("The car, which he bought in May, was stolen.") == []
    assert triples("The emails, which the senator wrote in 2016, were made public on Friday.") == []
    assert att("The claim, which Reuters reported on Monday, shocked the town.", "reported", RAW).content.text == "The claim"


@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        ("The merger, first reported by Bloomberg, was completed on Friday.", "reported", "Bloomberg", "The merger"),
        ("The plan, announced by the mayor last week, will cost millions.", "announced", "the mayor", "The plan"),
    ],
)
def test_a_report_by_its_agent_in_a_participle_set_off_tells_of_the_noun(text, cue, source, content):
    # the review of Random(11616): 'The deal, first reported by Agence France-Presse, came
    # ...' gave 'The merger, first' for the claim, or nothing
    a = att(text, cue, RAW)
    assert (a.source.text, a.content.text) == (source, content)
    # not a description, nor a thing put out
    assert triples("The boy, described by neighbours as quiet, was arrested.") == []
    assert [t[1] for t in triples("The video, posted by the group on Monday, shows a hostage.")] == ["shows"]


@pytest.mark.parametrize(
    "text",
    [
        "The chinook, which was attacked by rocket-propelled grenades, landed safely.",
        "The original post, which was cited by us and others, has vanished.",
    ],
)
def test_a_relative_passive_whose_agent_cannot_speak_reports_nothing(text):
    assert triples(text) == [], triples(text)


def test_a_claim_noun_whose_by_phrase_lies_in_its_own_claim_names_no_source():
    text = "The two governments said they were looking into reports that a nurse had been captured by the militia in the north."
    assert not any(a.source is not None and a.source.text.endswith("militia in the north") for a in analyze(text, options=RAW).attributions)


def test_a_raising_passive_inside_a_named_report_hedges_it():
    text = "The Valley Herald reported that the driver is believed to be a former employee of the quarry."
    only, = analyze(text, options=RAW).attributions
    assert only.cue is not None and only.cue.text == "reported" and only.certainty == "hedged"


@pytest.mark.parametrize(
    "text, report, aside",
    [
        ("Apple had announced that the watch would start at $350, which was widely assumed to be the price of the basic model.",
         "that the watch would start at $350", "was widely assumed"),
        ("The minister said the bridge would cost $5 million, which is believed to be a record for the county.",
         "the bridge would cost $5 million", "is believed"),
    ],
)
def test_an_unsourced_aside_closing_a_report_is_its_own_attribution_and_hedges_nothing(text, report, aside):
    got = analyze(text, options=RAW).attributions
    outer = next(a for a in got if a.source is not None)
    inner = next((a for a in got if a.cue is not None and a.cue.text == aside), None)
    assert outer.content is not None and outer.content.text == report
    assert outer.certainty == "asserted"
    assert inner is not None and inner.source is None, [(a.cue, a.source) for a in got]


def test_a_raised_passive_with_a_small_clause_is_an_unsourced_claim():
    # 'were reported killed': the passive of a report with a participle for 'to be ...'
    only, = analyze("Two fishermen were reported killed in the storm off the headland.", options=RAW).attributions
    assert only.cue is not None and only.cue.text == "were reported" and only.source is None and only.certainty == "hedged"
    only, = analyze("A 12-year-old boy was reported missing on Sunday evening.", options=RAW).attributions  # ('missing' tagged a gerund)
    assert only.cue is not None and only.cue.text == "was reported" and only.source is None
    # inside a named report, a hedge on it (the guideline, section 1), not a second claim
    only, = analyze("Three sailors were reported missing on Monday, the coast guard said.", options=RAW).attributions
    assert only.source is not None and only.source.text == "the coast guard" and only.certainty == "hedged"
    # in an aside on a place closing the report ('where ...'), a claim of its own
    text = "Drivers were stopped at the bridge on Quay Street, where shots were reported fired, the Kestrel Gazette reported."
    got = analyze(text, options=RAW).attributions
    assert [a.cue.text for a in got if a.cue] == ["were reported", "reported"], [(a.cue, a.source) for a in got]
    assert got[1].certainty == "asserted" and got[1].content is not None and got[1].content.text.endswith("Quay Street")


def test_a_describing_participle_inside_a_report_is_a_claim_of_its_own():
    # no hedge word: the description is its own layer, and the report stays asserted
    text = "The guard, described as in his 40s, was taken to hospital, the Kestrel Gazette reported."
    got = analyze(text, options=RAW).attributions
    described = next((a for a in got if a.cue is not None and a.cue.text == "described"), None)
    reported = next(a for a in got if a.cue is not None and a.cue.text == "reported")
    assert described is not None and described.source is None, [(a.cue, a.source) for a in got]
    assert reported.certainty == "asserted" and reported.source is not None


def test_an_adverb_in_a_relative_clause_of_a_report_hedges_the_report():
    # the guideline, section 1: 'allegedly' in what a named source reports is its hedge
    only, = analyze("Prosecutors said Smith sold the car to Jones, who allegedly used it in the robbery.", options=RAW).attributions
    assert only.certainty == "hedged" and only.content is not None and only.content.text.endswith("robbery")


def test_a_rule_or_a_judgement_in_a_small_clause_is_no_report():
    assert analyze("Every defendant is presumed innocent until proven guilty.", options=RAW).attributions == []


def test_an_unsourced_passive_inside_a_report_still_hedges_it():
    # a relative clause inside the claim, not closing it, is the claim's
    text = "The minister said the bridge, which is believed to be the oldest in the county, would close."
    only, = analyze(text, options=RAW).attributions
    assert only.certainty == "hedged" and only.content is not None and only.content.text.endswith("would close")


def test_it_is_claimed_frames_its_own_clause_even_after_a_report():
    text = "The clerk was told that the shop would close, so it is claimed he emptied the till."
    assert any(cue == "it is claimed" and source is None for source, cue, _ in triples(text)), triples(text)


@pytest.mark.parametrize(
    "text, cue",
    [
        # the tagger marked a name elsewhere in the sentence ('death', 'Malik') as its source
        ("A cruel hoax involving the drummer Ravi Okafor made headlines when it was incorrectly reported that his younger sister had died.",
         "it was incorrectly reported"),
        ("It has since been claimed that the ferry was overloaded, the harbour master's deputy said.", "It has since been claimed"),
        ("It is widely believed that the quarry will close next spring.", "It is widely believed"),
    ],
)
def test_it_is_reported_with_an_adverb_inside_is_still_no_ones_claim(text, cue):
    got = analyze(text, options=RAW).attributions
    claim = next((a for a in got if a.cue is not None and a.cue.text == cue), None)
    assert claim is not None and claim.source is None and claim.source_type == "unattributed", [(a.cue, a.source) for a in got]
    assert claim.certainty == "hedged"


def test_an_agentless_confirmation_is_no_ones_and_stated():
    only, = analyze("It has been verified that the ferry returned to port on Monday.", options=RAW).attributions
    assert only.cue is not None and only.cue.text == "It has been verified"
    assert only.source is None and only.source_type == "unattributed" and only.certainty == "asserted"
    # 'when it is confirmed': a time to come, and 'it' the thing, no one's telling
    assert analyze("In the port, his death, when it is finally confirmed, will be a relief.", options=RAW).attributions == []
    # a source's own 'was reported dead by' is the agent's report, not hedged by its verb
    got = analyze("Only weeks after the actor was reported dead by a fake news website, a second site made the same claim.", options=RAW)
    reported = next(a for a in got.attributions if a.cue is not None and a.cue.text.endswith("reported"))
    assert reported.source is not None and reported.certainty == "asserted"


def test_a_closing_tag_whose_speaker_the_parser_made_its_object_names_it():
    # '..., reports 9to5Mac.': the name tagged a number, read as the verb's object
    only, = analyze("The watch will last 19 hours of mixed usage, reports 9to5Mac.", options=RAW).attributions
    assert only.source is not None and only.source.text == "9to5Mac" and only.source_type == "outlet"


def test_an_expletive_passive_keeps_its_agent_as_the_source():
    text = "It was reported by the Valley Herald that the quarry will close next spring."
    only_one, = analyze(text, options=RAW).attributions
    assert only_one.source is not None and only_one.source.text == "the Valley Herald"


def test_an_expletive_passive_under_a_fronted_according_to_is_that_sources():
    text = "According to the Valley Herald, accounts vary on the exact number, but it's estimated that there were between 12 and 25 people at the dinner."
    got = analyze(text, options=RAW)
    estimate = next(a for a in got.attributions if a.cue is not None and a.cue.text.endswith("estimated"))
    assert estimate.source is not None and "Herald" in estimate.source.text


@pytest.mark.parametrize(
    "text, first, going_on, content",
    [
        # the parser hangs 'calling' on 'was', the reported clause's verb
        ("The band's agent, Maria Lund, also confirmed that the drummer was a victim of a cruel hoax, calling his health “excellent” and noting that he recently toured Japan.",
         "also confirmed", "noting", "that the drummer was a victim of a cruel hoax"),
    ],
)
def test_a_reporting_participle_after_the_reported_clause_is_the_reporters(text, first, going_on, content):
    got = analyze(text, options=RAW)
    cues = {a.cue.text: a for a in got.attributions if a.cue is not None}
    assert first in cues and going_on in cues, list(cues)
    report, more = cues[first], cues[going_on]
    assert report.content is not None and report.content.text == content
    assert more.speaker == report.speaker and more.source is not None and more.source.text == report.source.text


def test_a_participle_after_a_clause_hung_across_and_is_that_clauses_subjects():
    # the parser makes 'appealed' a clause of 'asked for', across the 'and'
    text = ("The reporter's father, Tom, called his son \"a friend of the village\" and asked for his safe return and "
            "his mother and sister appealed to the kidnappers to free him, saying he \"only wanted to help\".")
    saying = next(a for a in analyze(text, options=RAW).attributions if a.cue is not None and a.cue.text == "saying")
    assert saying.source is not None and saying.source.text == "his mother and sister"


def test_a_manner_of_speaking_after_the_reported_clause_is_its_subjects():
    text = "Police said the suspect fled the scene, shouting that he would return."
    got = {a.cue.text: a for a in analyze(text, options=RAW).attributions if a.cue is not None}
    assert "shouting" not in got or got["shouting"].source is None or got["shouting"].source.text == "the suspect", got
    assert got["said"].content is not None and "shouting" in got["said"].content.text


def test_the_one_not_quoted_as_saying_is_no_source():
    got = analyze("The official was not quoted as saying that the hostage had been shot.", options=RAW).attributions
    assert not any(a.source is not None and a.source.text == "The official" and a.stance == "asserts" for a in got), [(a.cue, a.source, a.stance) for a in got]


def test_a_negative_adverb_keeps_it_is_believed_from_reading_as_a_hedge():
    got = analyze("It is hardly believed that the quarry will close next spring.", options=RAW).attributions
    assert not any(a.cue is not None and a.cue.text == "It is hardly believed" for a in got), [a.cue for a in got]


def test_a_participle_of_belief_after_the_reported_clause_is_its_subjects_motive():
    text = "The paper says the network will take no action against its anchor, believing that his apology will suffice."
    got = {a.cue.text: a for a in analyze(text, options=RAW).attributions if a.cue is not None}
    assert got["believing"].source is not None and got["believing"].source.text == "the network"
    assert got["says"].content is not None and got["says"].content.text.endswith("will suffice")


@pytest.mark.parametrize(
    "text, source",
    [
        ("The official was quoted as saying that the hostage had been shot.", "The official"),
        ("He was quoted by the Valley Herald as saying that the bridge would reopen.", "He"),
    ],
)
def test_the_one_quoted_as_saying_says_it(text, source):
    got = analyze(text, options=RAW).attributions
    saying = [a for a in got if a.cue is not None and a.cue.text.endswith("saying")]
    assert saying and saying[0].source is not None and saying[0].source.text == source, [(a.cue, a.source) for a in got]
    assert saying[0].content is not None and saying[0].content.text.startswith("that the")


def test_an_adverb_hedge_on_a_verb_that_goes_on_to_report_hedges_that_report():
    text = "The coach reportedly went on to admit that the squad had been overtrained."
    got = triples(text)
    assert not any(source is None for source, _, _ in got), got
    report, = analyze(text, options=RAW).attributions
    assert report.source is not None and report.source.text == "The coach" and report.certainty == "hedged"


@pytest.mark.parametrize(
    "text",
    [
        "The striker tweeted a photo of his new boots on Sunday.",
        "The council posted a video of the flooded underpass.",
        "Her brother shared a selfie from the summit.",
        "Chef Ana Roy also uploaded a snap of the burnt cake on Sunday.",  # (FNC 1148: 'snap', a snapshot)
        # what a participle says the picture shows is no claim either, nor the clause before
        "Last spring the gunman posted a picture of himself holding a rifle on a rooftop.",
        "His part in the raid is not in doubt - he tweeted a photo of himself standing at the gate.",
    ],
)
def test_sharing_a_picture_states_no_claim(text):
    assert triples(text) == []


def test_a_picture_with_a_claim_in_it_still_reports():
    text = "The campaign released a video that said the mayor had lied about the budget."
    assert any(cue == "said" for _, cue, _ in triples(text)), triples(text)
    text = "“We have the money,” the mayor tweeted with a photo of the budget sheet."
    assert [(t[0], t[1].split()[0], t[2]) for t in triples(text)] == [("the mayor", "tweeted", "“We have the money,”")], triples(text)


def test_a_hedge_does_not_reach_a_second_clause_with_its_own_subject():
    text = "The singer reportedly cancelled the tour, and her fans said they were upset."
    fans = next(a for a in analyze(text, options=RAW).attributions if a.source is not None)
    assert fans.source.text == "her fans" and fans.certainty == "asserted"


def test_a_report_closing_its_sentence_is_trailing_whichever_word_the_comma_hangs_from():
    from spacy.tokens import Doc

    from allegedly import pipeline
    from allegedly.extract.verbs import _is_trailing

    words = ["The", "militia", "declared", "a", "curfew", ",", "the", "Gazette", "reported", "."]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "punct", "det", "nsubj", "ccomp", "punct"]
    for comma_head in (2, 8):  # the parser hangs it from the claim's verb or from the report's
        heads = [1, 2, 2, 4, 2, comma_head, 7, 8, 2, 2]
        doc = Doc(pipeline.load().vocab, words=words, heads=heads, deps=deps)
        assert _is_trailing(doc[8]), comma_head


def test_a_claim_verb_the_tagger_read_as_a_plural_noun_keeps_its_source():
    text = "A story circulating online claims that the ferry captain was arrested at the border."
    assert ("A story circulating online", "claims", "that the ferry captain was arrested at the border") in triples(text), triples(text)


@pytest.mark.parametrize(
    "text, content",
    [
        ("By Friday there was a rumour going around that the goalkeeper had signed for a rival club.", "that the goalkeeper had signed for a rival club"),
        ("Fans traded allegations that the referee had been paid.", None),
        # what stirs a rumour up does not say it
        ("The goalkeeper missed the final, spurring rumours he is injured.", "he is injured"),
        ("The photo sparked rumours that the goalkeeper had signed for a rival club.", "that the goalkeeper had signed for a rival club"),
        # one the article brings in with 'a': as vague as the plural
        ("A claim that the stadium roof would collapse went viral last week.", "that the stadium roof would collapse"),
        # the parser's relative clause: a 'that' read as a conjunction, or as an object beside the verb's own
        ("A report that the harbour master had resigned turned out to be false.", "that the harbour master had resigned"),
        ("A rumour that the drummer tore up a record deal has spread among fans.", "that the drummer tore up a record deal"),
    ],
)
def test_a_rumour_with_its_that_clause_and_no_one_named_is_an_unsourced_claim(text, content):
    got = [t for t in analyze(text, options=RAW).attributions if t.cue is not None and t.source is None]
    if content is None:  # the noun is a verb's object: that verb's to report
        assert got == [], got
    else:
        assert any(a.content is not None and a.content.text == content and a.certainty == "hedged" for a in got), got


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause on a claim noun is no claim, and a noun with no verb over it none either
        "The rumour that the tabloid printed was false.",
        "The claim that the mayor repeated on Monday has no basis.",
    ],
)
def test_a_relative_clause_on_a_claim_noun_is_not_its_claim(text):
    assert [a for a in analyze(text, options=RAW).attributions if a.source is None] == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The resignation follows reports that the treasurer moved funds abroad.", "reports", "that the treasurer moved funds abroad"),
        ("The leaked memo sparked claims that the harbour would close.", "claims", "that the harbour would close"),
        # the claim's clause without its 'that', read as the noun's complement
        ("The row follows claims the treasurer lied to the board.", "claims", "the treasurer lied to the board"),
        # talk the subject checks (cue_verbs.txt's "inquiry" verbs; FNC 1615, 1778)
        ("The charity is investigating reports that food parcels were stolen at the depot.", "reports", "that food parcels were stolen at the depot"),
        ("Detectives are examining claims that the treasurer hid cash in a shed.", "claims", "that the treasurer hid cash in a shed"),
    ],
)
def test_talk_a_subject_set_off_or_came_after_is_not_its_claim(text, cue, content):
    """What follows, sparks, answers or checks a rumour is its occasion, not its source: the
    rumour stays unsourced, its cue the noun alone."""
    a = only(analyze(text, options=RAW), cue)
    assert a.source is None and a.source_type == "unattributed" and a.content.text == content and a.certainty == "hedged"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The rumour spread after a radio host claimed that the pier had collapsed.", "claimed", "a radio host"),
        ("The hashtag refers to a joke that took off after a Kestrel Gazette columnist declared that the pier had collapsed.", "declared", "a Kestrel Gazette columnist"),
    ],
)
def test_who_says_it_after_a_subordinator_read_as_a_preposition(text, cue, source):
    """'after a radio host claimed': the parser read 'after' as a preposition and its
    clause's subject as its object; the main clause's subject does not say it."""
    assert only(analyze(text, options=RAW), cue).source.text == source


def test_answering_accusations_does_not_make_them_the_answerers():
    got = analyze("The ferry company was responding to accusations that the boats were late.", options=RAW).attributions
    assert not any(a.source is not None and a.source.text == "The ferry company" for a in got), got
    # nor does answering a question stop the answer being the answerer's
    a = only(analyze("“Yes, on the night boat,” replies one passenger to the question.", options=RAW), "replies")
    assert a.source.text == "one passenger"


@pytest.mark.parametrize(
    "text",
    [
        "Speculation that the harbour master would resign was fuelled by his absence.",
        "His absence led to speculation that the harbour master would resign.",
    ],
)
def test_speculation_with_its_that_clause_and_no_one_named_is_an_unsourced_claim(text):
    got = [a for a in analyze(text, options=RAW).attributions if a.content is not None and a.content.text == "that the harbour master would resign"]
    assert got and got[0].source is None and got[0].source_type == "unattributed" and got[0].certainty != "asserted", got


def test_a_denial_of_allegations_that_keeps_the_denial():
    only = [a for a in analyze("The minister denied allegations that he had taken bribes.", options=RAW).attributions if a.stance == "denies"]
    assert len(only) == 1 and only[0].source is not None and only[0].source.text == "The minister"


@pytest.mark.parametrize(
    "text, source, channel",
    [
        (
            "The suspect in the robbery on Harbour Street Tuesday is 27-year-old Daniel Okafor-Reyes, sources have confirmed to Channel 9 News.",
            "sources",
            "Channel 9 News",
        ),
        (
            "The alleged driver in a crash on Ring Road Monday is 45-year-old Petra Lind-Haugen, police have confirmed to the Kestrel Gazette.",
            "police",
            "the Kestrel Gazette",
        ),
    ],
)
def test_a_clause_closed_by_its_source_and_whom_it_was_told_to_is_reported(text, source, channel):
    # the ranker scores these two under its cut (a verb with 'to' after it is often a raising
    # 'confirmed to be'); the closing form itself says who says what
    a = att(text, "confirmed")
    assert a.source.text == source and a.channel is not None and a.channel.text == channel
    assert a.content.text.startswith("The ") and a.content.text.endswith(text.split(", ")[0][-8:])


def test_a_belief_tacked_on_after_a_clause_is_not_lifted():
    from allegedly import pipeline
    from allegedly.extract import _closing_report, candidates
    from allegedly.extract.context import Context

    doc = pipeline.load()("The ferry will be late again tomorrow, I think.")
    ctx = Context.of(doc)
    assert not any(_closing_report(ctx, f) for f in candidates(ctx))
    doc = pipeline.load()("The ferry will be late again tomorrow, the harbour master said.")
    ctx = Context.of(doc)
    assert any(_closing_report(ctx, f) for f in candidates(ctx))


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("Shares in the mining firm fell after reports on local news websites that the company had scheduled a press conference.",
         "local news websites", "that the company had scheduled a press conference"),
        ("Protesters gathered after reports in a local newspaper that the council had sold the park.", "a local newspaper", "that the council had sold the park"),
    ],
)
def test_a_report_in_a_news_medium_is_that_mediums(text, source, content):
    a = att(text, "reports")
    assert a.source is not None and a.source.text == source and a.content.text == content
    assert a.source_type == "anonymous"  # an unnamed outlet (the guideline, section 3)


@pytest.mark.parametrize(
    "text, cue, outlet, content",
    [
        ("The mayor denied reports in the Kestrel Gazette that she had resigned.", "denied", "the Kestrel Gazette", "that she had resigned"),
        ("The club dismissed reports in the Evening Post that its manager had been sacked.", "dismissed", "the Evening Post", "that its manager had been sacked"),
    ],
)
def test_a_report_in_a_medium_that_someone_denies_is_the_claim_the_denial_links_to(text, cue, outlet, content):
    report = analyze(text, options=RAW)
    denial, claim = by_cue(report, cue), by_cue(report, "reports")
    assert claim.source.text == outlet and claim.content.text == content and claim.source_type == "outlet"
    assert denial.stance == "denies" and denial.denies == claim.id
    assert denial.channel is None and claim.channel is None  # the Evening Post is no social 'post'


def test_reports_on_a_platform_name_no_source():
    a = att("There were reports on Twitter that the bridge had collapsed.", "reports")
    assert a.source is None and a.channel is not None and a.channel.text == "on Twitter"


@pytest.mark.parametrize(
    "text, outer, inner, inner_content",
    [
        ("According to the discredited reports, the virus was said to have been brought to the island by sailors.",
         "According to", "was said", "the virus was said to have been brought to the island by sailors"),
        ("The militia has allegedly recruited a singer from Berlin who is reportedly being used as a recruitment tool.",
         "allegedly", "reportedly", "a singer from Berlin who is reportedly being used as a recruitment tool"),  # (with whom it is said of)
    ],
)
def test_an_unsourced_hedge_inside_a_claim_no_one_is_named_for_is_a_claim_of_its_own(text, outer, inner, inner_content):
    report = analyze(text, options=RAW)
    assert by_cue(report, outer) is not None
    a = by_cue(report, inner)
    assert a.source is None and a.certainty == "hedged" and a.content.text == inner_content


def test_an_unsourced_hedge_inside_a_named_report_still_hedges_it():
    report = analyze("According to police, the man allegedly stole a car from the depot.", options=RAW)
    assert [a.cue.text for a in report.attributions] == ["According to"] and report.attributions[0].certainty == "hedged"


@pytest.mark.parametrize(
    "text",
    [
        "Little is known about the gunman, who moved to the city last year.",
        "Nothing was reported about the fire at the depot until Monday.",
        # an event witnessed, told by a verb of perception with its -ing clause
        "The ferry captain was last seen leaving the harbour with his brother.",
        "The mayor had been seen walking with a limp in July.",
        "The mayor was seen in the harbour on Monday with two bodyguards.",  # seen somewhere
        "Viewers only ever see her hands on the toy boxes.",  # seen, a plain object
    ],
)
def test_how_much_is_known_is_no_claim(text):
    assert triples(text) == []


def test_a_participle_before_that_is_the_reports_not_the_claims():
    text = "The Kestrel Gazette reported, citing police sources, that the driver had fled."
    assert ("The Kestrel Gazette", "reported", "that the driver had fled") in triples(text), triples(text)


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("We were told by insiders that staffers at the magazine are still seeing rodents.", "insiders", "that staffers at the magazine are still seeing rodents"),
        ("I was told by a source that the deal was off.", "a source", "that the deal was off"),
        ("It was reported by the Kestrel Gazette that the mayor had resigned.", "the Kestrel Gazette", "that the mayor had resigned"),
    ],
)
def test_a_passive_report_with_a_by_agent_is_the_agents(text, source, content):
    assert any(s == source and c == content for s, _, c in triples(text)), triples(text)


@pytest.mark.parametrize(
    "text, source",
    [
        ("The mayor will resign, as per the Kestrel Gazette.", "the Kestrel Gazette"),
        ("The plant will close in March, as per a memo seen by staff.", "a memo seen by staff"),
        ("The striker will leave in June, as per sources close to the club.", "sources close to the club"),
        # people or a body, with an article or set off by a comma
        ("The bridge was closed on Monday, per police.", "police"),
        ("The bridge was closed on Monday, per a harbour spokesman.", "a harbour spokesman"),
    ],
)
def test_as_per_a_source_is_according_to_it(text, source):
    a = att(text, "per")
    assert a.source.text == source and a.content.text == text.split(", ")[0]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the guideline's own example of a document source, speculative
        ("A video posted online appears to show the suspect leaving.", "appears to show", "the suspect leaving"),
        ("The photo seems to show the mayor at the party.", "seems to show", "the mayor at the party"),
    ],
)
def test_a_picture_that_appears_to_show_something_is_its_claim(text, cue, content):
    a = att(text, "show")
    assert (a.cue.text, a.content.text, a.source_type, a.certainty) == (cue, content, "document", "speculative")


@pytest.mark.parametrize(
    "text, speaker, outlet",
    [
        ('"It would not surprise me if they sold the club," Ian Rusk said, according to the Evening Post. "The owners want out."', "Ian Rusk", "the Evening Post"),
        ('"We will open a shop in Leeds," she said, according to the Herald. "It is the next step for us."', "she", "the Herald"),
    ],
)
def test_a_quotation_split_by_a_tag_an_according_to_closes_keeps_its_speaker(text, speaker, outlet):
    """'"Q1," X said, according to Y. "Q2."' (FNC 2225): the quotation's content runs over
    the tag and the phrase to its second part, and the phrase pushed the report out."""
    r = analyze(text, options=RAW)
    said, phrase = by_cue(r, "said"), by_cue(r, "according to")
    assert said.source.text == speaker and said.content.text.startswith('"') and said.content.text.endswith('"')
    assert phrase.source.text == outlet
    # the outlet passes the whole quotation on: neither is read as inside the other
    assert phrase.content.text == said.content.text and said.via is None and phrase.via is None


@pytest.mark.parametrize(
    "text, source, claim",
    [
        ("According to the Harbour Gazette, Brandt, who lives in Leeds, is refusing to eat there.", "the Harbour Gazette", "Brandt, who lives in Leeds, is refusing to eat there"),
        (
            'According to a source close to the club, Mendes, who recently made headlines for calling the manager "clueless," is refusing to train.',
            "a source close to the club",
            'Mendes, who recently made headlines for calling the manager "clueless," is refusing to train',
        ),
    ],
)
def test_a_name_and_its_relative_clause_after_an_opening_according_to_are_the_claims_subject(text, source, claim):
    """'According to a report on Gawker, Wintour, who recently made headlines for ..., is
    apparently refusing ...': the parser took the name into the source, which became 'a
    report on Gawker, Wintour' (the review of Random(12020)); a description after the
    source's name stays the source's ('According to John Hale, a spokesman, ...')."""
    a = att(text, "According to")
    assert (a.source.text, a.content.text) == (source, claim)
    assert att("According to John Hale, a spokesman, the plant will close.", "According to").source.text == "John Hale, a spokesman"


@pytest.mark.parametrize(
    "text, source",
    [
        # the outlet the phrase names passes the words on; the subject before it said them
        ("The union, according to Reuters, says it will appeal the ruling.", "The union"),
        # the parser joined the subject to the verb before it (FNC 147: 'Ty Votaw ... shot
        # down the report Monday, too, and the Tour, according to ESPN, says ...')
        ("Dana Pike, the union's treasurer, rejected the audit on Tuesday, and the union, according to Reuters, says it will appeal the ruling.", "the union"),
        ("Mayor Ellen Ross cancelled the parade, and the council, according to the Herald, says it was never consulted.", "the council"),
    ],
)
def test_an_according_to_set_off_before_its_verb_leaves_the_verb_its_subject(text, source):
    r = analyze(text, options=RAW)
    says = by_cue(r, "says")
    assert says.source.text == source and says.source_type == "organization"
    assert next(a for a in r.attributions if a.id == says.via).cue.text.lower() == "according to"


@pytest.mark.parametrize(
    "text, source, channel, content",
    [
        # FNC 551: '..., London's Sunday Times quoted counterterrorism officials.'
        ("Karl Meyer, a Berlin banker, has been arrested over the fraud, London's Evening Courier quoted prosecutors.", "prosecutors", "London's Evening Courier", "Karl Meyer, a Berlin banker, has been arrested over the fraud"),
        ("The plant will close in May, the Herald quoted a union official.", "a union official", "the Herald", "The plant will close in May"),
    ],
)
def test_a_clause_closed_by_an_outlet_quoting_someone_is_theirs(text, source, channel, content):
    a = att(text, "quoted")
    assert (a.source.text, a.channel.text, a.content.text) == (source, channel, content)


def test_according_to_closing_its_paragraph_with_a_colon_takes_the_next_one():
    text = (
        "The clinic has treated hundreds of patients.\n\nAccording to the Brenner Foundation:\n\n"
        "A rare condition in which the body cannot absorb iron from food.\n\nThe clinic opened in 2010."
    )
    a = att(text, "According to")
    assert a.source.text == "the Brenner Foundation"
    assert a.content.text == "A rare condition in which the body cannot absorb iron from food"
    # the reports inside the paragraph set out are the next layer of the chain, not lost
    text = (
        "Scientists studied the crater.\n\nAccording to the Lantern:\n\nThe asteroid was found on Aug. 31 by a survey near "
        "Tucson, according to a NASA statement issued last week. The office promised that a report would follow.\n\nThe crater is deep."
    )
    r = analyze(text, options=RAW)
    lantern = next(a for a in r.attributions if a.source is not None and a.source.text == "the Lantern")
    inner = [a for a in r.attributions if a.via == lantern.id]
    assert sorted(a.source.text for a in inner) == ["The office", "a NASA statement issued last week"]


@pytest.mark.parametrize("text", ["Prices rose 3 per cent per year.", "The match started late, as per usual.", "The ferry costs ten dollars per person."])
def test_per_with_no_source_is_no_attribution(text):
    assert triples(text) == []


@pytest.mark.parametrize("text", ["On average there are 65 Apps per iPhone.", "The firm said that an average Android user will have 50 Apps per Android."])
def test_per_after_a_count_of_things_is_a_rate_not_a_source(text):
    # a review of FNC bodies, Random(11616): '65 Apps per iPhone' gave the figure to the
    # iPhone, and an outer 'said' with a rate inside it was lost
    assert [a.cue.text for a in analyze(text, options=RAW).attributions] == (["said"] if "said" in text else [])


def test_per_set_off_after_a_count_is_still_a_source():
    assert triples("The death toll rose to 40, per CNN.") == [("CNN", "per", "The death toll rose to 40")]
    # and a source the tagger names, not set off (the review of this round's diff)
    assert [a.source.text for a in analyze("The president's approval rating fell to 38 percent per Gallup.", options=RAW).attributions] == ["Gallup"]


@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        ("The agency released a study according to which a third of the rivers are polluted.", "a study", "a third of the rivers are polluted"),
        ("Officials cited a survey, according to which most farmers oppose the levy, on Monday.", "a survey", "most farmers oppose the levy"),
    ],
)
def test_according_to_which_is_the_nouns_that_which_stands_for(text, source, claim):
    """'information according to which boys marry at 11' had 'which' for its source, typed a
    person, and the sentence before it for the claim (the review of Random(12121))."""
    a = att(text, "according to")
    assert (a.source.text, a.content.text, a.source_type) == (source, claim, "document")
    # a rule followed is no source (the review of this round's diff)
    assert triples("The court struck down the formula according to which pensions are calculated.") == []


def test_per_as_a_first_name_is_no_according_to():
    # the Scandinavian first name, the subject of its own verb
    text = "Per Lundqvist says doctors pulled a worm out of his arm."
    assert [a.cue.text for a in analyze(text, options=RAW).attributions] == ["says"]


def test_a_closing_mark_typed_for_the_opening_one_after_a_colon_opens_a_quotation():
    """'one of them wrote: ”I would ... But I am afraid I’ll be judged.”': the quotation was
    not seen, its 'I am afraid' became the writer's own attribution and the colon's claim
    stopped at the first full stop (the review of Random(12121))."""
    text = "One mother wrote: ”My son is only nine. But I am afraid he will be bullied.”"
    assert triples(text) == [("One mother", "wrote:", "”My son is only nine. But I am afraid he will be bullied.”")]


def test_a_line_opened_with_a_closing_quote_mark_is_still_a_quotation():
    text = (
        "Readers wrote in after the debate.\n\n"
        "”The council has lost the trust of the town. It must go.” ― Maria Okafor\n"
        "“The budget is a mess, and everyone knows it.” ― Tom Reyes"
    )
    got = {(a.source.text, a.content.text) for a in analyze(text, options=RAW).attributions if a.source is not None}
    assert ("Maria Okafor", "”The council has lost the trust of the town. It must go.”") in got, got
    assert ("Tom Reyes", "“The budget is a mess, and everyone knows it.”") in got, got


def test_a_finding_reported_in_a_poll_is_the_polls():
    a = att("In the latest Kestrel Gazette poll, the mayor led her rival by 5 points among likely voters.", "In")
    assert a.source.text == "the latest Kestrel Gazette poll" and a.source_type == "document"
    assert a.content.text == "the mayor led her rival by 5 points among likely voters"
    assert a.certainty == "asserted"  # 'likely voters' is a kind of voter, no hedge


@pytest.mark.parametrize(
    "text",
    [
        "Of the 4,000 respondents asked to take part in the survey, about half were women.",
        "The first results were published in a survey of 300 firms.",
    ],
)
def test_in_a_survey_without_a_finding_of_its_own_is_no_attribution(text):
    assert not any(a.cue.text.lower() == "in" for a in analyze(text, options=RAW).attributions)


def test_in_a_statement_before_a_verb_of_saying_stays_that_verbs_channel():
    report = analyze("In a statement, the club said the deal was off.", options=RAW)
    assert [a.cue.text for a in report.attributions] == ["said"] and report.attributions[0].channel.text == "In a statement"


def test_a_curly_quotation_closed_with_a_straight_mark_is_still_one():
    text = '“The budget is a mess," the mayor said on Monday.\n\nCouncillors called the plan "a disaster" and walked out.'
    a = att(text, "said")
    assert a.source.text == "the mayor" and a.content.text == '“The budget is a mess,"'


@pytest.mark.parametrize(
    "text, person, quote",
    [
        ("Mara Quist Hammers Harbour Board Chief: ‘You Should Be Investigated.’\n\nThe senator spoke on Tuesday.", "Mara Quist", "‘You Should Be Investigated.’"),
        ("A lesson from Tomas Lindqvist: 'Be the voice that people hear.'\n\nThe judge spoke to students.", "Tomas Lindqvist", "'Be the voice that people hear.'"),
        ("Ferry founder Dave Okafor on the timetable: “Did the experiment fail? Maybe.”", "Dave Okafor", "“Did the experiment fail? Maybe.”"),
    ],
)
def test_a_headline_that_gives_a_quotation_after_its_colon_quotes_the_person_it_names(text, person, quote):
    a = att(text, ":")
    assert a.source.text == person and a.content.text == quote and a.source_type == "person"


def test_a_quotation_a_colon_sets_out_is_the_claim_whole_over_its_paragraphs():
    # the parser made the first sentence's "A and B" a clause of the cue, and the claim
    # stopped there (from the review of Random(10606))
    text = 'Alan Hart told the Kestrel Herald: "The dam is failing and the town is at risk.\n\n"Water is already seeping through the wall."'
    only, = analyze(text, options=RAW).attributions
    assert only.content.text.endswith("through the wall.\"") and only.content.text.startswith('"The dam') and only.kind == "direct", only


def test_a_colon_after_a_verb_in_running_text_stays_the_verbs():
    text = "Senator Mara Quist scolded him: “The science is against you on every one of these products.”"
    report = analyze(text, options=RAW)
    assert [a.cue.text for a in report.attributions if a.source is not None] == ["scolded"], [a.cue.text for a in report.attributions]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "The gang made millions from ransoms, enough to retire to Qatar, as one hostage told the paper.",
            ("one hostage", "told", "The gang made millions from ransoms, enough to retire to Qatar"),
        ),
        ("As Ilse Moreau told reporters, the harbour deal is dead.", ("Ilse Moreau", "told", "the harbour deal is dead")),
        ("Yet, as Mr. Brandt observed, the old quay floods every spring.", ("Mr. Brandt", "observed", "the old quay floods every spring")),
        ("As previously reported by the Courier, the ferry sailed without a licence.", ("the Courier", "reported", "the ferry sailed without a licence")),
        # a preposition that says when is no topic of its own ('reported on the strike' is)
        ("As the Gazette reported on Monday, the company will close its plant.", ("the Gazette", "reported", "the company will close its plant")),
        # nor is the paper written for ('called for a vote' is)
        ("As Rhea Voss wrote for the Kestrel Courier last week, the levy will fall on renters.", ("Rhea Voss", "wrote", "the levy will fall on renters")),
    ],
)
def test_an_as_clause_with_a_reporting_verb_vouches_for_the_clause_it_hangs_from(text, want):
    got = triples(text)
    assert any(holds(t, want) for t in got), got


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Prices rose as the company announced a new plan.", "announced"),  # an event at the time, with its own object
        ("The crowd cheered as the mayor spoke about the budget.", "spoke"),
        ("Shares fell sharply as the paper reported on the strike at the mill.", "reported"),
        ("Nasa has raised doubts about whether the crater was made by a meteorite, as the government has said.", "raised"),
    ],
)
def test_an_as_clause_that_is_an_event_or_speaks_of_an_inner_clause_is_not_given_the_main_one(text, cue):
    """'as the government has said' of the inner 'whether' clause leaves Nasa's doubts Nasa's."""
    for source, c, content in triples(text):
        if cue not in c:
            assert content is None or not content.startswith(text[:12]), (source, c, content)
    if cue == "raised":
        assert [t[0] for t in triples(text)] == ["Nasa"], triples(text)


def test_a_claim_after_an_opening_clause_of_its_own_starts_after_that_clause():
    """'As she called for a vote on the levy, the council met': whatever the cue is taken to
    say, it never starts inside its own clause and runs on over the comma into the main one."""
    text = "As Rhea Voss called for a vote on the levy last week, the council met in secret."
    got = triples(text)
    assert any(c.startswith("called") for _, c, _ in got), got
    for source, c, content in got:
        assert content is None or "vote on the levy last week, the council" not in content, (source, c, content)


def test_a_particle_of_the_cue_is_no_part_of_what_follows_it():
    a = att("As the engineers pointed out, the quay has flooded twice this year.", "pointed out")
    assert not a.content.text.startswith("out"), a.content.text


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("A guard was hurt while a second man, believed to be the driver, was taken to hospital.", "believed", "to be the driver"),
        ("The skipper, said to be a former navy diver, swam ashore.", "said", "to be a former navy diver"),
        ("Both the mayor and his deputy, believed to have fled abroad, were charged on Monday.", "believed", "to have fled abroad"),
    ],
)
def test_a_participle_of_saying_set_off_by_commas_names_no_source(text, cue, content):
    """The parser reads '..., said to be ...,' as a past tense with the noun before it as its
    subject: the noun is what is said of, nobody is named, and the report is hedged."""
    a = att(text, cue)
    assert (a.source, a.source_type, a.content.text, a.certainty) == (None, "unattributed", content, "hedged")


def test_a_past_tense_with_its_subject_before_a_comma_less_verb_keeps_its_source():
    a = att("The skipper said to the coastguard that the boat was sinking.", "said")
    assert a.source.text == "The skipper"


def test_a_passive_participle_on_a_noun_is_not_that_nouns_speech():
    """'three Britons identified as the killer': the Britons are what is said, not who says it."""
    for source, cue, _ in triples("Bary was among three Britons identified as possibly being the masked killer."):
        assert source not in ("Bary", "three Britons"), (source, cue)


def test_a_colon_after_whom_it_was_told_to_introduces_the_quotation_in_the_next_paragraphs():
    text = 'The boy, 21, told the Harbour Times:\n\n"I was scared.\n\n"I ran as fast as I could."\n\nThe police arrived later.'
    a = att(text, "told")
    assert a.content.text == '"I was scared.\n\n"I ran as fast as I could."'
    assert a.channel is not None and a.channel.text == "the Harbour Times"


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("The story was first reported by the Courier.", "the Courier", "The story"),
        ("Jackson's death was reported by website Gossipline on Friday.", "website Gossipline", "Jackson's death"),
    ],
)
def test_what_a_passive_with_its_agent_reports_is_its_subject(text, source, content):
    a = att(text, "reported")
    assert (a.source.text, a.content.text) == (source, content)


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("His remark was reported this week by several papers outside the county.", "reported", "His remark"),
        ("That sentiment was echoed by Harbour Commissioner Ann Reyes.", "echoed", "That sentiment"),
    ],
)
def test_a_passive_reported_by_its_agent_leaves_its_auxiliary_to_the_cue(text, cue, content):
    assert att(text, cue).content.text == content


def test_a_passive_with_its_own_complement_keeps_it():
    text = "A tribunal is defined by the Harbour Dictionary as a court or forum of justice."
    assert all(c != "A tribunal" for _, _, c in triples(text)), triples(text)


@pytest.mark.parametrize(
    "text, content",
    [
        ("There are persistent rumours the harbour master has been replaced by his deputy.", "the harbour master has been replaced by his deputy"),
        ("There are rumours the mayor is seriously ill.", "the mayor is seriously ill"),
    ],
)
def test_a_rumour_with_its_clause_and_no_that_is_a_claim(text, content):
    a = att(text, "rumours")
    assert (a.source, a.content.text) == (None, content)


def test_a_relative_clause_on_a_claim_noun_is_not_its_content():
    for _, cue, content in triples("The mayor repeated the claims he made last year about the harbour."):
        assert content != "he made last year about the harbour", (cue, content)



@pytest.mark.parametrize(
    "text, content, hedges",
    [
        ("The minister flew home amid reports of an attempted coup.", "an attempted coup", ["reports"]),
        ("There were unconfirmed reports of more shootings inside the harbour station.", "more shootings inside the harbour station", ["unconfirmed", "reports"]),
        # an event of someone named is still an event
        ("Fans gathered outside the theatre amid reports of Ada Brill’s death.", "Ada Brill’s death", ["reports"]),
    ],
)
def test_vague_reports_of_an_event_are_an_unsourced_hedged_claim(text, content, hedges):
    """The guideline's vague plural 'reports', no one named, as 'rumours of' is."""
    a = att(text, "reports")
    assert (a.source, a.source_type, a.content.text, a.certainty) == (None, "unattributed", content, "hedged")
    assert sorted(h.text for h in a.hedges) == sorted(hedges)


@pytest.mark.parametrize(
    "text",
    [
        "There have been no reports of an outbreak in the town.",  # none at all
        "Residents were amused by reports of the man.",  # of a person, not of an event
        "Residents were amused by reports of Ada Brill’s garden.",  # of a thing of hers, not of an event
    ],
)
def test_reports_of_nothing_or_of_someone_are_no_claim(text):
    assert triples(text) == []


def test_a_rumour_a_source_denies_stays_inside_the_denial():
    """'denied the rumours of ...' is the council's denial, not an unsourced rumour that
    pushes it out; a rumour that is the subject of what is said of it stays a claim."""
    (source, cue, content), = triples("The council denied the persistent rumours of a merger.")
    assert (source, cue, content) == ("The council", "denied", "the persistent rumours of a merger")
    a = att("A harbour pilot said that reports of a strike at the port were probably exaggerated.", "said")
    assert (a.source.text, a.stance) == ("A harbour pilot", "denies")


def test_a_rumour_kept_as_found_inside_what_a_source_says_is_the_next_layer():
    """'said rumours of a coup were “rubbish”': the rumour, kept whatever the ranker says,
    had pushed out the report that holds it, and with it the denial."""
    r = analyze("The source with knowledge of the mayor’s health said rumours of a coup were “rubbish.”", options=RAW)
    said, rumour = by_cue(r, "said"), by_cue(r, "rumours of")
    assert said.source.text == "The source with knowledge of the mayor’s health" and said.stance == "denies"
    assert (rumour.source, rumour.content.text, rumour.via, said.denies) == (None, "a coup", said.id, rumour.id)


@pytest.mark.parametrize(
    "text, source, cue, claim",
    [
        ("The cleric Omar Haddad said people must not build snowmen, according to the Harbour Gazette.", "The cleric Omar Haddad", "said", "people must not build snowmen"),
        ("Witnesses say they saw the gunman wearing a black coat, according to Harbour Radio.", "Witnesses", "say", "they saw the gunman wearing a black coat"),
        # a denial of a claim noun, kept as found, was pushed out by the phrase (the review of Random(12121))
        ("The harbour board denied the report, according to Harbour Radio.", "The harbour board", "denied", "the report"),
        ("The club dismissed the rumours, according to the Harbour Gazette.", "The club", "dismissed", "the rumours"),
    ],
)
def test_a_report_closed_by_according_to_is_kept_inside_the_outlets(text, source, cue, claim):
    """The parser hangs 'according to' on the claim: the phrase, kept as found, had taken the
    claim alone and pushed out the one who made it."""
    r = analyze(text, options=RAW)
    report, outlet = by_cue(r, cue), by_cue(r, "according to")
    assert (report.source.text, report.content.text, report.via) == (source, claim, outlet.id)
    assert outlet.content.text == text[: text.index(", according")]
    # not a manner 'according to' ('reshape the region according to its vision')
    got = triples("The mayor has vowed to rebuild the harbour according to the council's plan.")
    assert all(c is None or not c.startswith("The mayor") for _, _, c in got), got


def test_a_content_never_ends_on_the_conjunction_before_a_clause_it_leaves_out():
    """'he was a keen fan of comics and, believing ..., had decided ...': the parser gives
    'said' the first clause only; its content stopped on 'and'."""
    text = "He said he was a keen fan of comics and, believing he had powers, had decided to put it to the test."
    got = [t for t in triples(text) if t[1] == "said"]
    assert got and got[0][2] == "he was a keen fan of comics", got


@pytest.mark.parametrize(
    "text, content",
    [
        ("HARBOURTON (AP) — Port workers walked out on Monday, union officials said.", "Port workers walked out on Monday"),
        ("LAS VEGAS -- The diner behind the dinner has been named, police revealed.", "The diner behind the dinner has been named"),
        ("KESTREL BAY, Wales — The ferry was late again, the operator said.", "The ferry was late again"),
        # the agency's credit alone (a review of FNC bodies)
        ("(Reuters) - Rebels have seized the airport, a group monitoring the war said on Friday.", "Rebels have seized the airport"),
    ],
)
def test_a_dateline_is_no_part_of_the_claim_that_opens_its_paragraph(text, content):
    got = triples(text)
    assert got and got[0][2] == content, got



def test_the_one_quoted_as_saying_is_the_inner_source_not_the_paper():
    """'The Kestrel Gazette quoted Ada Brill, a ferry pilot, as saying ...': the paper quotes
    (its attribution), Ada Brill says (the chain's inner layer): a candidate giving 'saying'
    to the paper goes before the ranker (on FNC the ranker chose it for 'The Edinburgh
    Evening News quoted Michael Madden ... as saying')."""
    from allegedly.extract import _quoter_as_speaker, candidates
    from allegedly.extract.context import Context
    from allegedly.pipeline import load

    text = "The Kestrel Gazette quoted Ada Brill, a ferry pilot, as saying the crossing was unsafe."
    ctx = Context.of(load()(text), None)
    said = [f for f in candidates(ctx) if text[f.cue[0] : f.cue[1]] == "saying" and f.source is not None]
    assert said and all(text[f.source[0] : f.source[1]].startswith("Ada Brill") for f in said)
    paper = dataclasses.replace(said[0], source=(0, 19))  # 'The Kestrel Gazette'
    assert _quoter_as_speaker(ctx, paper) and not _quoter_as_speaker(ctx, said[0])


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Police have seen no evidence that the ferry was sabotaged.", "seen"),  # an object with its clause
        ("Some saw the remark as a dig at the navy.", "saw"),  # 'as'
        ("Witnesses saw that the gate had been left open.", "saw"),  # a clause
    ],
)
def test_a_verb_of_perception_with_a_claim_still_reports(text, cue):
    assert by_cue(analyze(text, options=RAW), cue)


def test_according_to_hung_on_a_participle_of_the_name_reports_the_main_clause():
    """'According to staff at The Loft, opened by the Farndons last year, Bernard sang every
    day': the parser hangs the phrase on the participle that describes the café; the claim
    is the main clause, not 'opened by ...'."""
    text = "According to staff at The Copper Kettle, opened by a local couple in October last year, the parrot was out every day singing."
    a = by_cue(analyze(text, options=RAW), "According to")
    assert a.content.text == "the parrot was out every day singing"



@pytest.mark.parametrize(
    "text, source, content",
    [
        (
            "The ferries are moored at the old quay east of the town of Kestrel, the Harbour Users Association said.",
            "the Harbour Users Association",
            "The ferries are moored at the old quay east of the town of Kestrel",
        ),
        (
            "Repairs have begun on the pier at the village of Orla, the head of the parish council, Ada Brennan, said on Thursday.",
            "the head of the parish council, Ada Brennan",
            "Repairs have begun on the pier at the village of Orla",
        ),
    ],
)
def test_a_closing_source_the_parser_hung_on_the_claims_last_noun_is_the_source(text, source, content):
    # the parser reads 'Kestrel, the Harbour Users Association' as an apposition, leaving 'said'
    # with no subject
    assert (source, "said", content) in triples(text), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "If the mayor does not turn up, expect talk of a resignation to grow.",
        "For the larger boat, expect to pay twice as much.",
    ],
)
def test_the_article_bidding_its_reader_is_no_attribution(text):
    assert triples(text) == []


@pytest.mark.parametrize(
    "text, source, cue",
    [
        ("The ferry sank, say officials.", "officials", "say"),
        ("The rise is due to cheap flights, say doctors writing in a travel journal.", "doctors", "say"),
        ("Images posted on Twitter show a fire raging inside the terminal.", "Images posted on Twitter", "show"),
    ],
)
def test_a_verb_with_its_speaker_after_it_or_before_it_is_still_a_cue(text, source, cue):
    assert any(s == source and c == cue for s, c, _ in triples(text)), triples(text)


def test_a_fronted_phrase_the_parser_took_for_the_subject_is_not_the_source():
    # 'After ...' read as a clause mark, its noun as the subject and the real subject as a conjunct
    text = "After Ada's dismissal, her employer, the shipping firm, said it had received a letter from the council."
    assert ("her employer, the shipping firm", "said", "it had received a letter from the council") in triples(text), triples(text)
    # a name after 'after' is the subject it seems to be
    text = "The ban comes weeks after Ada Brill, an analyst with the Kestrel Group, said that the port was closing."
    assert any(s == "Ada Brill, an analyst with the Kestrel Group" and c == "said" for s, c, _ in triples(text)), triples(text)


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The two friends told the programme it was time to free the old burger.", "told", "it was time to free the old burger"),
        ("The host asked the pair how much they would have to give to charity.", "asked", "how much they would have to give to charity"),
    ],
)
def test_whom_a_source_told_or_asked_is_not_what_was_said(text, cue, content):
    assert any(c == cue and t == content for _, c, t in triples(text)), triples(text)


@pytest.mark.parametrize(
    "text, cue, content",
    [
        # the writer's aside on what was praised, defended or reported is not part of it
        ("The experts praised the senator's proposals for small firms, which include a tax credit for new hires.", "praised", "the senator's proposals for small firms"),
        ("Mayor Ellen Ruiz defended the new parking rules, further angering shop owners on Main Street.", "defended", "the new parking rules"),
        ("The rebels reported the capture of an airfield near the border, which had been held by the army since May.", "reported", "the capture of an airfield near the border"),
        # a clause that reports is what was cited, and an appositive may name the object
        ("The agency cited local fishermen, who said the river had turned red overnight.", "cited", "local fishermen, who said the river had turned red overnight"),
        ("The family announced the death of their eldest son, Joseph Okafor.", "announced", "the death of their eldest son, Joseph Okafor"),
    ],
)
def test_an_objects_closing_aside_is_the_writers_not_the_claim(text, cue, content):
    assert any(cue in c and t == content for _, c, t in triples(text)), triples(text)


@pytest.mark.parametrize(
    "text, cue, content",
    [
        # a clause of time or cause on the verb, after its object, says when or why, not what
        ("The minister praised the report after it was published on Monday.", "praised", "the report"),
        ("The coach criticised the referee after his side lost the final.", "criticised", "the referee"),
        # a verb with no object: the clause is the claim's ('because' hung on the cue)
        ("Officials claim the ferry sank because the crew was drunk.", "claim", "the ferry sank because the crew was drunk"),
    ],
)
def test_the_verbs_own_clause_of_time_or_cause_is_not_the_claim(text, cue, content):
    assert any(cue in c and t == content for _, c, t in triples(text)), triples(text)


@pytest.mark.parametrize(
    "text, content",
    [
        # a text's own wording in a relative clause, which the ranker doubts: kept as found
        ("Outside the depot there was a small notice that reads, “No entry after dark.”", "“No entry after dark.”"),
        ("Inside the box she found a handwritten card from her nephew that read, “Happy birthday, Aunt May.”", "“Happy birthday, Aunt May.”"),
        ("Fans bought scarves that read \"Never walk alone,\" the club's old motto.", "\"Never walk alone,\""),
    ],
)
def test_a_text_giving_its_own_wording_is_a_document_claim(text, content):
    a = next((a for a in analyze(text, options=RAW).attributions if a.cue is not None and a.cue.text.startswith("read")), None)
    assert a is not None and a.content is not None and a.content.text == content, triples(text)
    assert a.cue.text == a.cue.text.split()[0] and a.source_type == "document"  # (no 'particle' from inside the quotation)


def test_a_person_reading_out_is_not_a_document():
    a = att("At the vigil the mayor read: “We will rebuild the bridge.”", "read")
    assert a.source_type == "person"
    a = att("In the video, a masked gunman with a northern accent read a statement warning the town not to resist.", "read")
    assert a.source_type != "document"


def test_a_quotation_closed_before_the_sentence_is_not_the_next_verbs_claim():
    # '“A.” Smith told the paper that B.': the verb's own clause is what it reports
    text = "The club posted a short message on its website on Sunday night. “We are heartbroken.” Coach Diaz told the Herald that the players would wear black armbands."
    told = att(text, "told")
    assert told.content is not None and told.content.text == "that the players would wear black armbands"


@pytest.mark.parametrize(
    "text, cue, content",
    [
        # a cue clause set between commas into its claim: the claim's subject is the claim's
        ("The bridge, officials said on Monday, will reopen in May.", "said", "The bridge, officials said on Monday, will reopen in May"),
        ("The ferry, the harbour master told reporters, had lost power twice.", "told", "The ferry, the harbour master told reporters, had lost power twice"),
    ],
)
def test_a_cue_set_into_its_claim_keeps_the_claims_subject(text, cue, content):
    assert any(cue in c and t == content for _, c, t in triples(text)), triples(text)


def test_the_speakers_next_act_joined_to_the_claim_is_not_said():
    # 'would be fixed and took ...': a past that is never a participle cannot share the claim's modal
    text = "The landlord promised that the boiler would be fixed by Friday and took the old one away."
    assert any(c == "promised" and t == "that the boiler would be fixed by Friday" for _, c, t in triples(text)), triples(text)
    # 'would order ... and warned ...': after the modal's bare verb, any past is the speaker's next act
    text = "The mayor said she would order a review of the budget and warned against further cuts."
    assert any(c == "said" and t == "she would order a review of the budget" for _, c, t in triples(text)), triples(text)
    # a participle the tagger may call a past stays in the claim
    text = "The minister said the decline will not be stopped or turned around any time soon."
    assert any(c == "said" and t == "the decline will not be stopped or turned around any time soon" for _, c, t in triples(text)), triples(text)


def test_a_picture_released_with_a_participle_of_showing_shows_its_claim():
    # 'released a video showing ...': the video's own claim (a document), as 'a video that shows'
    r = analyze("The rebels released a video showing the capture of the northern airfield.", options=RAW)
    a = by_cue(r, "showing")
    assert a.content.text == "the capture of the northern airfield"
    assert (a.source_type, a.evidence, a.channel) == ("document", "cited", None)
    assert not any(x.cue.text.startswith("released") for x in r.attributions)
    # inside someone's report it is the next layer, and the report stays
    r = analyze("The prosecutor said detectives had obtained videos showing that the guards fled.", options=RAW)
    assert by_cue(r, "showing").via == by_cue(r, "said").id


@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        # a verb of causing makes its object the one who says (cue_verbs.txt: cause)
        ("The leaked memo led several analysts to conclude that the merger would fail.", "conclude", "several analysts", "that the merger would fail"),
        ("A blurry photo of the lake prompted some readers to speculate the monster was back.", "speculate", "some readers", "the monster was back"),
        ("The senator forced the banker to admit that nobody had been fired.", "admit", "the banker", "that nobody had been fired"),
        ("The picture provoked the mayor to claim that the car was his.", "claim", "the mayor", "that the car was his"),  # (FNC 1144)
    ],
)
def test_whom_a_verb_of_causing_makes_say_it_is_the_source(text, cue, source, content):
    a = att(text, cue, RAW)
    assert (a.source.text, a.content.text) == (source, content)



@pytest.mark.parametrize(
    "text, cue, content",
    [
        # the tagger's content left off the sentence's last word (tagged._to_phrase_end)
        ("Gurman was adamant that the Watch would arrive in March.", "adamant", "that the Watch would arrive in March"),
        ("Officials are hopeful the bridge will reopen by May.", "hopeful", "the bridge will reopen by May"),
    ],
)
def test_a_tagged_content_runs_to_the_end_of_its_phrase(text, cue, content):
    assert att(text, cue, RAW).content.text == content


@pytest.mark.parametrize(
    "text, source, content",
    [
        # a statement labelled with its author (statement_labels.txt)
        ('The station later issued a statement.\n\nA statement from Kestrel Radio: "We have no plans to cancel the show."', "Kestrel Radio", '"We have no plans to cancel the show."'),
        ('Statement from the rowing club:\n\n"The coach remains under contract."', "the rowing club", '"The coach remains under contract."'),
        # 'Here is' before it (the review of Random(11313))
        ('The club replied on Friday. Here is the full statement from the rowing club: "The coach remains under contract."', "the rowing club", '"The coach remains under contract."'),
        ("Here's the email from the harbour board:\n\nThe crane was inspected in May.", "the harbour board", "The crane was inspected in May"),
    ],
)
def test_a_statement_label_credits_its_author(text, source, content):
    a = att(text, "from", RAW)
    assert (a.source.text, a.content.text, a.kind) == (source, content, "direct")


def test_a_statement_that_is_a_verbs_subject_is_no_label():
    report = analyze('A statement from the harbour board said: "The crane was unsafe."', options=RAW)
    assert [(a.cue.text, a.source.text) for a in report.attributions] == [("said:", "A statement from the harbour board")]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        # a phrase set off inside its claim: the claim is the sentence around it
        ("The driver, it is believed, fled across the border.", "it is believed", "The driver, it is believed, fled across the border"),
        ("The ferry, it is feared, may have sunk with all hands.", "it is feared", "The ferry, it is feared, may have sunk with all hands"),  # (unsourced_phrases.txt)
        ("The mayor, according to her deputy, will resign on Friday.", "according to", "The mayor, according to her deputy, will resign on Friday"),
    ],
)
def test_a_source_set_off_inside_its_claim_keeps_the_claims_subject(text, cue, content):
    assert att(text, cue, RAW).content.text == content


def test_an_unsourced_phrase_inside_a_named_report_keeps_the_report():
    text = "The Kestrel Gazette said he was recently put on a watch list by the police - meaning it was feared he would flee the country - and that his licence had been seized."
    report = analyze(text, options=RAW)
    gazette, feared = att(text, "said", RAW), att(text, "it was feared", RAW)
    assert (gazette.source.text, feared.source, feared.content.text) == ("The Kestrel Gazette", None, "he would flee the country")
    assert len(report.attributions) == 2


@pytest.mark.parametrize(
    "text, source, cue, content",
    [
        # an adjective of certainty, doubt or hope over a clause (attitude_adjectives.txt)
        ("Smith was adamant that he had done nothing wrong.", "Smith", "was adamant", "that he had done nothing wrong"),
        ("The coach is confident that the team will win.", "The coach", "is confident", "that the team will win"),
        ("The mayor is insistent that the budget will balance.", "The mayor", "is insistent", "that the budget will balance"),
        ("Doctors are certain the boy will recover.", "Doctors", "are certain", "the boy will recover"),
        ("Officials were not sure the bridge would hold.", "Officials", "were not sure", "the bridge would hold"),
        # a clause with no 'that' the parser read as adverbial is the complement all the same
        ("Gurman was adamant the watch would arrive in March.", "Gurman", "was adamant", "the watch would arrive in March"),
    ],
)
def test_an_attitude_adjective_over_a_clause_is_a_cue(text, source, cue, content):
    a = only(analyze(text, options=RAW), cue)
    assert (a.source.text, a.cue.text, a.content.text) == (source, cue, content)


@pytest.mark.parametrize(
    "text, cues",
    [
        ("He said he was confident that the team would win.", ["said"]),  # the report holds it
        ("It is certain that prices will rise next year.", []),  # no one stands anywhere
        ('"I am sure we will win," she said.', ["said"]),  # the speaker's own words
        ("The coach was confident when the team arrived.", []),  # a clause of time, not what he is sure of
        ("The coach was confident because the team arrived.", []),
    ],
)
def test_an_attitude_adjective_held_by_a_report_or_no_one_is_no_cue(text, cues):
    assert [a.cue.text for a in analyze(text, options=RAW).attributions] == cues


@pytest.mark.parametrize(
    "text, cue, source",
    [
        # the object of a fronted clause taken for the subject, the real one hung on it
        ("While little is known so far about the man accused of attacking Canadian soldier Nathan Ward, a Montreal court database shows he was arrested five times.", "shows", "a Montreal court database"),
        # a relative clause after a passive's agent is a report of its own
        ("The plan was confirmed by a senior harbour official, who said that the crane was unsafe.", "confirmed", "a senior harbour official"),
        ("The closure was first reported by the Kestrel Gazette, which said the port would lose millions.", "reported", "the Kestrel Gazette"),
    ],
)
def test_the_source_is_the_speakers_own_phrase(text, cue, source):
    assert att(text, cue, RAW).source.text == source


@pytest.mark.parametrize(
    "text, claim",
    [
        # 'according to' hung by the parser on the verb of the quotation it follows: the claim
        # is the report around the quotation, and the quoted speaker keeps their own report
        ("But the editor replied, \u201cI don\u2019t want to hear about it,\u201d according to our source.", "But the editor replied, \u201cI don\u2019t want to hear about it,\u201d"),
        ("\u201cThe plan is dead,\u201d according to a senior aide.", "\u201cThe plan is dead,\u201d"),
    ],
)
def test_according_to_after_a_quotation_takes_the_whole_report(text, claim):
    report = analyze(text, options=RAW)
    assert by_cue(report, "according to").content.text == claim
    if "replied" in text:
        assert by_cue(report, "replied").content.text == "\u201cI don\u2019t want to hear about it,\u201d"


@pytest.mark.parametrize(
    "text, cue, source",
    [
        # a participle of saying on a text or on people, with no comma between, is theirs
        ("Thousands shared a fake news story claiming the actor was dead.", "claiming", "a fake news story"),
        ("Police are citing witnesses saying the driver fled.", "saying", "witnesses"),
        ("On Monday morning, a report surfaced claiming that the mill had been sold.", "claiming", "a report"),
        # a text its subject released speaks for the subject; a comma sets the participle off
        ("The ministry released a statement claiming the hostage was freed.", "claiming", "The ministry"),
        ("The ministry issued a statement on Friday, saying the hostage was freed.", "saying", "The ministry"),
    ],
)
def test_a_participle_of_saying_on_a_text_or_on_people_is_theirs(text, cue, source):
    a = att(text, cue)
    assert a.source is not None and a.source.text == source, (a.source and a.source.text, a.content and a.content.text)


def test_a_tagged_adjective_without_its_noun_is_no_source():
    """The tagger may mark 'false' of 'A false report claiming ...' as the source: a word
    that names no one is no source, whatever the tags say."""
    report = analyze("A false report claiming the singer had died spread online.", options=RAW)
    assert report.attributions
    for a in report.attributions:
        assert a.source is None or a.source.text not in ("false", "A false"), a.source.text



@pytest.mark.parametrize(
    "text, cue, source, certainty",
    [
        # a picture as the subject of a verb giving the scene it shows: the picture's claim
        ("Video captured dozens of shots fired as the gunman ran into the hall.", "captured", "Video", "asserted"),
        ("A newly surfaced audio recording allegedly captures the moment the ferry struck the pier.", "captures", "A newly surfaced audio recording", "hedged"),
        ("The image depicts cattle drowned in the 1999 flood.", "depicts", "The image", "asserted"),
    ],
)
def test_a_picture_that_captures_a_scene_claims_it(text, cue, source, certainty):
    a = att(text, cue)
    assert (a.source.text, a.source_type, a.certainty) == (source, "document", certainty)


def test_a_picture_that_features_something_or_is_itself_captured_claims_nothing():
    assert not [a for a in analyze("The video was captured by a bystander on Friday.", options=RAW).attributions if "captured" in a.cue.text]
    r = analyze("The video features text saying the deal is off.", options=RAW)
    assert not [a for a in r.attributions if a.content is not None and a.content.text == "text"], [(a.cue.text, a.content.text) for a in r.attributions]


def test_a_claim_runs_on_over_a_root_predicate_with_no_subject_after_its_clause():
    """FNC body 2337: '... has clarified that the woman identified as Saja ... al Dulaimi, |
    is an Iraqi national ... and not the wife of Abu Bakr al-Baghdadi.': the parser read
    'identified' as the clause's verb and made 'is' the sentence's root, with the cue below
    it; the claim, and with it the denial, runs on to the end."""
    body = fnc_body("2337")
    a = next(a for a in analyze(body, options=Options(raw=True)).attributions if a.cue.text == "has clarified")
    assert a.content.text.endswith("not the wife of Abu Bakr al-Baghdadi"), a.content.text


def test_an_unverified_report_from_a_named_source_is_that_sources_claim():
    """'alarmed by an unverified report from the Syrian Observatory that ISIS has three
    warplanes': the story's core claim, the named source's, hedged by 'unverified'."""
    (a,) = analyze("Officials are alarmed by an unverified report from the Kestrel Monitor that the rebels have three warplanes.", options=Options(raw=True)).attributions
    assert (a.source.text, a.content.text, a.evidence) == ("the Kestrel Monitor", "that the rebels have three warplanes", "none_provided")


def test_a_participle_after_a_closing_tag_leaves_the_claim_before_it():
    """'..., a source said yesterday, playing down speculation over ...': what the source did
    while saying it is no claim; the clause the tag closes is."""
    a = att("The keeper is fit but has bruised his wrist, a source close to the club said on Friday, playing down talk of a long absence.", "said")
    assert (a.source.text, a.content.text) == ("a source close to the club", "The keeper is fit but has bruised his wrist")


def test_a_second_report_joined_to_a_denied_claim_is_not_part_of_it():
    text = "Harbour officials have denied that the pilot was drunk and a union source said on Monday there was no inquiry."
    denial = att(text, "denied")
    assert denial.content.text == "that the pilot was drunk"
    second = att(text, "said")
    assert (second.source.text, second.content.text.endswith("there was no inquiry")) == ("a union source", True)
    # words of the same claim, or a report inside it, stay in it
    assert att("Mr. Dunne noted that the ferry left late, and some wondered about the weather at the time.", "noted").content.text == (
        "that the ferry left late, and some wondered about the weather at the time"
    )
    assert att("The paper reported that the mayor resigned and that police said he had fled.", "reported").content.text == (
        "that the mayor resigned and that police said he had fled"
    )


def test_a_second_report_set_against_the_first_by_while_is_not_part_of_it():
    """'One user said that ..., while another said ...': the parser hangs the second report on
    the first claim's verb; the writer sets two reports side by side (a review of FNC
    bodies, Random(12323): the second was chained through the first)."""
    text = "One reader said that the printer kept jamming, while another said his order had never arrived."
    first, second = [a for a in analyze(text, options=RAW).attributions if a.cue.text == "said"]
    assert first.content.text == "that the printer kept jamming"
    assert (second.source.text, second.content.text, second.via) == ("another", "his order had never arrived", None)
    text = "The coach told the Herald it was “a clean tackle”, while the referee told the Courier he had seen a foul."
    assert att(text, "told").content.text == "it was “a clean tackle”"
    # a 'while' of time, with no report of its own, stays in the claim
    assert att("The mayor said the bridge was safe while the engineers were inspecting it.", "said").content.text == (
        "the bridge was safe while the engineers were inspecting it"
    )
    # nor a report by the claim's own 'he' (a review of the round's diff)
    text = "The witness said the driver kept laughing while he told officers that nobody had been hurt."
    assert att(text, "said").content.text.endswith("that nobody had been hurt")
    # and the first report's channel is not the second's
    text = "The minister said in a statement that the talks had failed, while union leaders said they would continue."
    first, second = [a for a in analyze(text, options=RAW).attributions if a.cue.text.startswith("said")]
    assert (first.channel.text, second.channel) == ("in a statement", None)


@pytest.mark.parametrize(
    "text",
    [
        "Coastguard officers said the boat was found empty and a spokesman for the owners declined to comment.",
        # the parser joined the people to the claim's object ('the figures and officials')
        "The ministry said it would not publish the figures and regional officials declined to comment.",
        "The league said it would not discuss the allegations and club officials had also refused to comment.",
    ],
)
def test_a_refusal_to_comment_joined_to_the_claim_is_not_part_of_it(text):
    """'X said it would not confirm the reports and officials declined to comment': a refusal
    to speak with a subject of its own after 'and' is a second report, as a second 'said'
    is; the claim stops before it."""
    content = att(text, "said").content.text
    assert "and" not in content.split() and "comment" not in content


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("A spokesman for the ferry line told KTVU 2 News that the boat was sold at auction.", "KTVU 2 News"),
        ("A hospital spokeswoman told the local paper The Riverside Courier that the patient had been discharged.", "the local paper The Riverside Courier"),
    ],
)
def test_a_that_clause_the_parser_hung_on_the_one_told_is_the_claim(text, medium):
    """'told KHOU 11 News that the truck went to auction': the parser read the 'that' clause
    as a relative clause of the station, and the claim began with the hearer (the review of
    Random(12020)); a relative clause whose 'that' is its subject stays the hearer's."""
    a = att(text, "told")
    assert (a.content.text.split()[0], a.channel.text) == ("that", medium)
    a = att("She told the paper that published the story that it was false.", "told")
    assert not a.content.text.startswith("that published")


def test_people_joined_to_people_before_a_refusal_stay_in_the_claim():
    """A joint subject of people refuses together: 'the captain and the crew declined' is
    the claim's own words, not a second report."""
    a = att("The owners said the captain and the crew had declined to comment.", "said")
    assert a.content.text == "the captain and the crew had declined to comment"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The ledgers will be checked, he said, but the office will stay shut.", "The ledgers will be checked, he said, but the office will stay shut"),
        ("Teachers should, she said, take a bigger role in the program.", "Teachers should, she said, take a bigger role in the program"),
        # hung on the clause's auxiliary, with a quotation after the tag
        ("The county government, she wrote, was \u201cinvesting significant resources to fix the roads\u201d.", "The county government, she wrote, was \u201cinvesting significant resources to fix the roads\u201d"),
    ],
)
def test_a_tag_set_into_its_clause_holds_the_whole_clause(text, claim):
    """As for 'The deal, the minister said, is worth $2bn': the claim is the clause on both
    sides of the tag, not the half the reading took; a channel-like phrase in the claim
    ('in the program') is the claim's, not where it was said."""
    a = att(text, "wrote" if " wrote," in text else "said")
    assert (a.content.text, a.channel) == (claim, None)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "No soil test was carried out, Dr. Amara Diallo said, because the rain never stopped.",
            "No soil test was carried out, Dr. Amara Diallo said, because the rain never stopped",
        ),
        ("Fares will rise, the operator warned, unless the city pays more.", "Fares will rise, the operator warned, unless the city pays more"),
        # a concession after the tag is the writer's, as for a tag set into its clause
        ("The army left the village, residents said, although the ministry denied it.", "The army left the village"),
    ],
)
def test_a_claim_that_runs_on_past_its_closing_tag_holds_the_clause_after_it(text, claim):
    """'No test was done, Dr. Archer said, because ...': the clause after the tag is the rest
    of the claim (PolNeAR's annotators take both halves), not the claim itself."""
    assert att(text, "said" if "said" in text else "warned", RAW).content.text == claim


def test_a_claim_in_a_series_of_that_clauses_runs_to_its_end():
    """'told reporters that ...; that ...; and that ...': the series is one claim, though the
    splitter ends a sentence at each semicolon; a clause after a semicolon without its own
    'that' is not part of it."""
    a = att("Reed told reporters that she left the firm; that she was never paid; and that she will sue the owners.", "told")
    assert a.content.text == "that she left the firm; that she was never paid; and that she will sue the owners"
    assert att("Reed said that the bridge is safe; that was the view of the mayor too.", "said").content.text == "that the bridge is safe"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a state of mind joined to the claim is part of it, no second report
        (
            "The lawsuit alleges that the company hid the losses and its auditors knew the figures were false.",
            "alleges",
            "that the company hid the losses and its auditors knew the figures were false",
        ),
    ],
)
def test_what_the_round_must_not_cut_or_run_on(text, cue, content):
    assert att(text, cue).content.text == content


@pytest.mark.parametrize(
    "text, content",
    [
        ("The five men were actually students, CNN is told.", "The five men were actually students"),
        ("The striker had fled to Spain, the BBC has been told.", "The striker had fled to Spain"),
        ("The plant will close, I was told.", "The plant will close"),
    ],
)
def test_the_one_told_that_closes_a_claim_is_no_part_of_it(text, content):
    """'..., CNN is told.': the outlet the claim was told to, and its auxiliary, ran into the
    claim ('... were actually students, CNN is')."""
    assert att(text, "told").content.text == content


@pytest.mark.parametrize(
    "text, cue, claim",
    [
        ("Finally, the mayor addressed claims that the bridge could close in May by saying that the city planned to keep it open.", "addressed", "claims that the bridge could close in May"),
        # a rumour answered stays unsourced (senses.occasioned), its claim short of the answer
        ("Garcia responded to rumours that Netflix would buy the studio by saying the talks had ended.", "rumours", "that Netflix would buy the studio"),
    ],
)
def test_what_the_speaker_did_to_a_claim_by_saying_is_the_speakers(text, cue, claim):
    """'addressed claims that the bridge could close by saying ...': the parser hung 'by
    saying' on the claim's own verb, and the answer went to the bridge, or Netflix; it is the
    act of the one who addressed the claims, and no part of them."""
    r = analyze(text, options=RAW)
    answer = by_cue(r, "saying")
    assert answer.source.text in ("the mayor", "Garcia")
    assert by_cue(r, cue).content.text == claim
    # a 'by' phrase of the claim's own stays in it
    assert att("Police said the thief entered the house by breaking a window.", "said").content.text == "the thief entered the house by breaking a window"


def test_a_relative_clause_after_a_closing_tag_reports_nothing_before_it():
    """FNC body 2379: '..., Collins says, who has also written about the auto industry for
    The Christian Science Monitor.' The parser made 'written' the root with 'who' its subject,
    and the clause became a report of everything before it, with 'who' for source."""
    body = fnc_body("2379")
    report = analyze(body)
    assert not any("written about" in a.cue.text for a in report.attributions)
    says = next(a for a in report.attributions if a.cue.text == "says" and a.content and a.content.text.startswith("Exporters comprise"))
    assert says.source.text == "Collins"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the bridge was safe\nThe council will meet on Friday to vote on it.",
        # a caption and a gallery count, each on a line of its own
        "Sunny: Ortega said his wife knew nothing of the plan \n+12\nOn the beach: the couple in May",
    ],
)
def test_a_line_without_a_full_stop_ends_its_claim(text):
    """A caption or a gallery line set without a full stop: the parser ran its claim into the
    next line's sentence."""
    a = by_cue(analyze(text, options=RAW), "said")
    assert "\n" not in a.content.text and a.content.text.endswith(("safe", "plan"))


def test_a_line_wrapped_inside_a_sentence_keeps_its_claim_whole():
    a = by_cue(analyze("Rosenberg said she had met the fighters over the\nInternet before she left for Erbil.", options=RAW), "said")
    assert a.content.text.endswith("before she left for Erbil")
    a = by_cue(analyze("Rosenberg said she had met the fighters\nonline before she left for Erbil.", options=RAW), "said")
    assert a.content.text.endswith("before she left for Erbil")


def test_related_headlines_on_lines_above_a_source_stay_out_of_it():
    """FNC body 2249: two related-story headlines, each on a line of its own, ran into the
    source 'Rep. Duncan Hunter, R-Calif.' of the next line's report."""
    body = fnc_body("2249")
    told = next(a for a in analyze(body).attributions if a.cue.text == "told" and a.content and "southwestern border" in a.content.text)
    assert told.source.text.startswith("Rep. Duncan Hunter") and told.source_type == "person"


def test_a_participle_on_a_picture_after_the_one_it_shows_is_that_ones():
    """'a clip of President Obama announcing his authorization of airstrikes' (FNC review):
    the parser hung 'announcing' on the clip; it is Obama's, not the clip's or its uploader's."""
    a = by_cue(analyze("A video uploaded to YouTube begins with a clip of Governor Ruiz announcing a curfew in the capital.", options=RAW), "announcing")
    assert a.source.text == "Governor Ruiz" and a.source_type == "person"


@pytest.mark.parametrize(
    "text",
    [
        "He pleaded guilty and was sentenced to 60 days in jail.",
        "The driver pleaded not guilty to careless driving.",
        "She pleaded guilty to both charges in December.",
    ],
)
def test_a_plea_in_court_is_no_report(text):
    """A plea is the court's record of a legal act (the guideline, section 1), not a claim
    on the defendant's word; the FNC bodies annotated by hand never mark one."""
    assert analyze(text, options=RAW).attributions == []
    assert by_cue(analyze("His parents pleaded for his release.", options=RAW), "pleaded for").source.text == "His parents"


@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        # the tag's two complements, joined by 'but'
        ("The bridge was closed on Monday, but engineers found no damage, the mayor said.", "said", "The bridge was closed on Monday, but engineers found no damage"),
        # the tag a conjunct of the first clause, the second its complement
        ("The firm planned a big launch, but it had to delay the product, the Times reports.", "reports", "The firm planned a big launch, but it had to delay the product"),
        ("The council wanted a bigger park, but engineers could not make it fit, the Gazette reported.", "reported", "The council wanted a bigger park, but engineers could not make it fit"),
    ],
)
def test_a_closing_tag_closes_both_clauses_joined_before_it(text, cue, claim):
    """'Apple originally planned ..., but the company had to cut many of them, The Wall Street
    Journal reports' (FNC review): only the last clause was the claim. PolNeAR dev +0.05."""
    r = analyze(text, options=RAW)
    assert by_cue(r, cue).content.text == claim
    assert [a.cue.text for a in r.attributions] == [cue]


def test_a_closing_according_to_on_a_clause_of_time_after_the_main_one_is_on_both():
    """'..., just weeks after his high-profile trial began, according to warden Paul
    Jacobson' (FNC review): the parser hung the phrase on the 'after' clause, which alone
    became the claim."""
    r = analyze("The suspect was injured in a fight at the county jail, just days after his trial opened, according to sheriff Tom Reed.", options=RAW)
    assert by_cue(r, "according to").content.text == "The suspect was injured in a fight at the county jail, just days after his trial opened"


def test_a_participle_on_a_text_its_author_put_out_is_the_authors():
    """'The site published an article claiming the singer had died' (FNC review): the
    participle's source was lost; who put the text out says what it claims
    (verbs._restrictive_participle's author verbs)."""
    r = analyze("The site published an article claiming the singer had died.", options=RAW)
    assert by_cue(r, "claiming").source.text == "The site"
    # the one an article quotes says what it is quoted as saying
    r = analyze("The Herald ran an article quoting the mayor as saying the bridge was safe.", options=RAW)
    assert by_cue(r, "saying").source.text == "the mayor"
    # a text shared by others speaks for itself
    assert by_cue(analyze("Fans shared a story claiming the singer had died.", options=RAW), "claiming").source.text == "a story"


def test_the_one_left_wondering_is_who_wonders():
    """'A hoax ... has left fans of one country musician wondering' (FNC review): the fans
    wonder, not the hoax (cue_verbs.txt's cause group: 'leave', 'keep')."""
    a = by_cue(analyze("The scandal has left voters wondering whether the mayor lied.", options=RAW), "wondering")
    assert a.source.text == "voters" and a.source_type == "anonymous"


def test_a_picture_released_in_the_passive_shows_what_its_participle_says():
    """'video footage was released showing Isis firing on targets' (FNC review): the release
    was read as an unsourced report; the footage shows it (a document, evidence cited)."""
    r = analyze("Footage was released showing soldiers firing on the crowd.", options=RAW)
    [a] = r.attributions
    assert (a.source.text, a.source_type, a.evidence, a.content.text) == ("Footage", "document", "cited", "soldiers firing on the crowd")
    # a release that shows nothing says nothing
    assert analyze("Footage was released on Tuesday.", options=RAW).attributions == []


def test_a_referring_aside_after_a_tag_is_part_of_its_cue():
    """'"I died that day, John," he says, referring to U.S. air strikes' (FNC): the aside was
    a second report of the same quotation; PolNeAR marks 'said, referring to ...' as one cue
    (dev token cue F1 65.45 -> 65.75)."""
    r = analyze('"I died that day, John," he says, referring to air strikes against the group.', options=RAW)
    [a] = r.attributions
    assert a.cue.text == "says, referring to air strikes against the group"
    assert a.content.text == '"I died that day, John,"'
    # an inverted tag keeps its own cue (the aside would run over its source)
    r = analyze('"It is a scam," said one viewer, referring to the channel\'s stars.', options=RAW)
    assert [a.cue.text for a in r.attributions] == ["said"]


@pytest.mark.parametrize(
    ("text", "claim", "second"),
    [
        # a dash or 'while' sets the next report off as a comma does (FNC 781, 1899, 655)
        ("The minister today said the plan had been a failure - adding that he could not see why the army was needed.", "the plan had been a failure", "adding"),
        ("The ministry said it was looking into the reports while stressing that the leaked files were forged.", None, "stressing"),
        ("Tom Hale, dean of admissions, insists that it will make the school a better place for women \u2014 telling the Herald that people consider the word sexist.", "that it will make the school a better place for women", "telling"),
    ],
)
def test_a_report_set_off_by_a_dash_or_while_goes_on_with_the_first(text, claim, second):
    """The participle is the first speaker's next report, not a report inside the claim nor
    the claim's subject's."""
    r = analyze(text, options=RAW)
    first, nxt = r.attributions[0], by_cue(r, second)
    assert nxt.source.text == first.source.text
    if claim is not None:  # (after 'while' a tagged reading of the first still runs on: left)
        assert first.content.text == claim and nxt.via is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("'Back in the studio tomorrow,' @lilamusic captioned the photograph.", "@lilamusic"),
        ("'Oops we fooled everyone lol', Tom Bell captioned the snap.", "Tom Bell"),
    ],
)
def test_a_caption_written_under_a_picture_is_its_posters_words(text, source):
    # two such tags were missed in a review of FNC bodies (1148)
    a = only(analyze(text, options=RAW), "captioned")
    assert a.source.text == source and a.content.text.startswith("'")


def test_a_users_page_on_a_platform_is_no_account_of_events():
    # FNC 1357 (the review of Random(11212)): 'The Instagram account that the illustration
    # originates from is part of a ring ...' was a claim of Instagram's, cue 'account'
    text = "A drawing of the singer went viral. The Instagram account that the drawing comes from is part of a ring of fake profiles."
    assert [a.cue.text for a in analyze(text, options=RAW).attributions] == []
    # an account given stays one
    a = only(analyze("In his account to police, the driver said the brakes had failed.", options=RAW), "said")
    assert a.content.text == "the brakes had failed"


@pytest.mark.parametrize("verb", ["assures", "insists", "warned"])
def test_an_inverted_closing_tag_with_another_verb_than_say_is_the_speakers(verb):
    # FNC 244 (the review of Random(11212)): 'However, he is prepared, assures the priest.'
    # gave nothing; the parser took the speaker for the verb's object, or the ranker
    # doubted the verb where 'says' passed
    a = only(analyze(f"However, the ferry is safe, {verb} the ferry's captain.", options=RAW), verb)
    assert (a.source.text, a.content.text) == ("the ferry's captain", "However, the ferry is safe")
    # a verb whose object is the one told keeps it, and an object no one could be stays one
    assert [x.source.text for x in analyze("The ferry is safe, told the ferry's captain.", options=RAW).attributions if x.source] != ["the ferry's captain"]
    got = analyze("The firm will share details, including expected retail pricing, expected battery life and accessories.", options=RAW)
    assert "battery life and accessories" not in [x.source.text for x in got.attributions if x.source]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Shares fell after claims the water supply had been poisoned.", "claims", "the water supply had been poisoned"),
        ("The bar shut after reports its owner had been arrested.", "reports", "its owner had been arrested"),
    ],
)
def test_a_claims_clause_without_that_hung_on_the_sentences_verb_is_the_nouns(text, cue, content):
    # the review of Random(11212), FNC 2446 ('after receiving complaints his festive tunes
    # were causing a noise nuisance'): the parser joined the clause to the verb before the noun
    a = only(analyze(text, options=RAW), cue)
    assert a.source is None and a.content.text == content
    # a relative clause with its gap in the verb it controls is no claim
    assert [x.cue.text for x in analyze("Shares fell after rumours the bank was forced to deny.", options=RAW).attributions] == []


def test_a_second_complement_opened_by_but_that_is_the_same_claim():
    # the review of Random(11414): 'said the militants tried to enter the town, but that
    # soldiers had fought them off' lost the soldiers' part (its 'that' read as a determiner)
    a = att("A ranger said the bears entered the camp late on Friday, but that staff had chased them away.", "said", RAW)
    assert a.content.text == "the bears entered the camp late on Friday, but that staff had chased them away"
    # a second report beside it is not
    r = analyze("The ranger said the bears had gone, and police said the camp was safe.", options=RAW)
    assert [x.content.text for x in r.attributions] == ["the bears had gone", "the camp was safe"]


def test_a_plural_noun_the_tagger_made_a_verb_as_a_subject_is_the_claims_noun():
    # the review of Random(11515): the claim ran on into the main clause's predicate
    a = att("And reports that the coach had a history of gambling debts have put his job in doubt.", "reports", RAW)
    assert (a.source, a.content.text, a.certainty) == (None, "that the coach had a history of gambling debts", "hedged")


@pytest.mark.parametrize(
    "text, cue",
    [
        # a claim attacked, not a body moved (a review of the round's diff)
        ("The actress slammed down rumours that she was pregnant.", "slammed"),
        ("The singer blasted back at reports that she had quit the band.", "blasted"),
        # an order passed on, the sentence's own verb ('said to be' is no passive there)
        ("Doctors said to be careful with the new pills.", "said"),
        # a time after 'named', not a namesake
        ("Police named Dale Orr as the suspect after the raid.", "named"),
        # what one writes of, not a work written
        ("The reporter wrote of a cover-up at the ministry.", "wrote"),
        # a toll that is what is claimed
        ("The governor claimed dozens of lives, not hundreds, were lost.", "claimed"),
    ],
)
def test_the_non_speech_senses_leave_speech_alone(text, cue):
    assert any(cue in t[1] and t[0] is not None for t in triples(text)), triples(text)


def test_a_picture_posted_and_what_it_appears_to_show_both_stand():
    got = triples("The rebels posted a photo, which appears to show the pilot alive.")
    assert {t[1] for t in got} >= {"posted", "appears to show"}, got


def test_a_named_force_called_in_is_no_claim():
    assert triples("The governor called in the National Guard to restore order.") == []


def test_the_quoters_own_note_after_a_comma_is_the_quoters():
    a = att("Reuters quoted witnesses, saying it could not independently verify their accounts.", "saying", RAW)
    assert a.source.text == "Reuters"


@pytest.mark.parametrize(
    "text, source",
    [
        ("State TV in a rare admission on Thursday admitted that the jets had crashed.", "State TV"),
        ("The ministry in a brief statement on Sunday conceded that the dam had cracked.", "The ministry"),
        # a phrase that says which people, not what they spoke in, stays
        ("Officials in the capital said the dam held.", "Officials in the capital"),
    ],
)
def test_the_message_a_source_spoke_in_is_no_part_of_the_source(text, source):
    """'State TV in a rare admission on Thursday admitted': the parser hangs the message on the
    subject, which kept it in the source and the speaker's name (a review of FNC bodies,
    Random(12424))."""
    assert [t[0] for t in triples(text)] == [source]


@pytest.mark.parametrize(
    "text, source, claim",
    [
        ("The pump failed twice, the plant's engineer, Ruth Ames, told Reuters.", "the plant's engineer, Ruth Ames", "The pump failed twice"),
        ("The driver never saw the cyclist, his lawyer, Mark Hale, told NBC.", "his lawyer, Mark Hale", "The driver never saw the cyclist"),
    ],
)
def test_a_closing_tag_with_a_role_before_the_name_keeps_the_role_out_of_the_claim(text, source, claim):
    """'..., his lawyer, Lopa Blumenthal, told CNN.': the parser made the role the claim's
    object, so the claim ran on over it (a review of FNC bodies, Random(12424))."""
    assert triples(text) == [(source, "told", claim)]


@pytest.mark.parametrize(
    "text, sources",
    [
        # the one who lets others know tells them (PolNeAR marks 'letting them know' so)
        ("The coach is letting the players know that the season is over.", ["The coach"]),
        # a telling promised or intended is none yet
        ("Police will let the family know whether charges are filed.", []),
        ("The lab has taken the samples and will let Dr Hale know what the virus is.", []),
    ],
)
def test_the_one_who_lets_others_know_is_the_source(text, sources):
    """'will let Thomas know what kind of spider it is next week': the one told was the
    source of a telling yet to come (a review of FNC bodies, Random(12424))."""
    assert [t[0] for t in triples(text) if t[1].endswith("know")] == sources


@pytest.mark.parametrize(
    "text, source, claim",
    [
        ("The clip purporting to show the crash appears to be edited.", "The clip", "the crash"),
        ("A video purporting to show that the pilot survived was posted online.", "A video", "that the pilot survived"),
    ],
)
def test_a_picture_purporting_to_show_is_its_hedged_claim(text, source, claim):
    """'The video purporting to show the airborne assault appears to be a sneaky editing
    job': the picture's claim was missed (a review of FNC bodies, Random(12424))."""
    a = att(text, "show")
    assert (a.source.text, a.content.text, a.source_type, a.certainty) == (source, claim, "document", "hedged")


def test_a_scene_videotaped_is_no_claim_and_a_tape_of_the_denier_no_evidence_of_hers():
    """FNC 1938, read back after a round: 'the investigator successfully videotaped the
    woman stealing a neighbor's cat' was the investigator's claim, and 'Prior to being
    caught on tape, the woman denied all allegations' had the tape for her evidence."""
    got = analyze(fnc_body("1938"), options=RAW).attributions
    assert not any("videotaped" in a.cue.text for a in got), [a.cue.text for a in got]
    denial = next(a for a in got if a.cue.text == "denied")
    assert denial.evidence == "unstated"


def test_a_participle_the_parser_read_as_a_subject_is_the_main_subjects_report():
    """'A senior cleric ... has reportedly issued a fatwa against building snowmen, stating
    the practice is not acceptable': the parser read 'stating the practice' as the subject
    of 'is' (a review of FNC bodies, Random(12424)); the participle had no source."""
    got = triples("A judge in Peru issued an order against the mine, stating the permit is invalid.")
    assert ("A judge in Peru", "stating", "the permit is invalid") in got, got
