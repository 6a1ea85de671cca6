"""How sure, on what evidence, through which channel, asserted, denied or not said at all:
the qualifiers of sourcing/qualifiers.py on short articles written for these tests."""

from __future__ import annotations

import pytest

from allegedly import Options, analyze

RAW = Options(raw=True)


def att(text: str, cue: str):
    """The first attribution whose cue is (or ends with) `cue`."""
    r = analyze(text, options=RAW)
    hits = [a for a in r.attributions if a.cue is not None and (a.cue.text == cue or a.cue.text.endswith(" " + cue))]
    assert hits, [(a.cue.text if a.cue else None) for a in r.attributions]
    return hits[0]


# -- certainty -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "certainty", "hedge"),
    [
        ("Neighbours said the alleged attacker had fled across the river.", "said", "hedged", "alleged"),
        ("The ferry operator said unconfirmed reports of a second leak were being checked.", "said", "hedged", "unconfirmed"),
        ("Harbour staff said the crane may have failed during the storm.", "said", "speculative", "may have"),
        ("The engineer said the bridge could collapse if the river rises again.", "said", "speculative", "could"),
        ("Councillors asked whether the depot had ever been inspected.", "asked", "speculative", "asked"),
        ("The coach said the striker is likely to miss the final.", "said", "speculative", "likely to"),
        ("The coach said the striker will miss the final.", "said", "asserted", None),
    ],
)
def test_certainty(text, cue, certainty, hedge):
    a = att(text, cue)
    assert a.certainty == certainty
    if hedge:
        assert hedge in [h.text for h in a.hedges]
    else:
        assert a.hedges == []


def test_inability_and_concession_are_not_speculation():
    a = att("The pilot said he could not see the runway lights.", "said")
    assert a.certainty == "asserted"
    b = att("The keeper said the parcels are sturdy even if they are dropped from a van.", "said")
    assert b.certainty == "asserted"


# -- evidence --------------------------------------------------------------------------------


def test_none_provided_reaches_the_claim_of_the_sentence_before():
    text = (
        "A former warehouse manager, Tobias Reyne, claimed that the depot stored stolen copper.\n\n"
        "The claim could not be independently verified."
    )
    assert att(text, "claimed").evidence == "none_provided"


def test_none_provided_reaches_the_same_speakers_other_claims():
    text = (
        "Carla Voss said the ferry company had hidden two accidents. "
        "Voss also said the company paid the inspectors. "
        "She did not provide evidence."
    )
    r = analyze(text, options=RAW)
    voss = [a for a in r.attributions if a.cue and a.cue.text == "said"]
    assert len(voss) == 2 and all(a.evidence == "none_provided" for a in voss)


def test_the_absence_of_evidence_claimed_by_a_source_is_its_content():
    a = att("There is no evidence that the water is unsafe, the health officer said.", "said")
    assert a.evidence == "unstated"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Court papers show that the landlord was warned twice, the tenants' lawyer said.", "said"),
        ("A police report obtained by the Gazette says the driver was speeding.", "says"),
        ("A video shows the guard opening the gate, the union said.", "said"),
        ("The drug cut relapses by half, according to a paper published in the journal Addiction.", "according to"),
    ],
)
def test_cited_evidence(text, cue):
    assert att(text, cue).evidence == "cited"


# -- channel ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "channel"),
    [
        ("The mayor tweeted that the bridge would reopen on Monday.", "tweeted", "tweeted"),
        ("The actor wrote on Instagram that she had left the band.", "wrote", "wrote on Instagram"),
        ("The striker said on Twitter that he was staying.", "said", "on Twitter"),
        ("The airline said in a statement that no passengers were hurt.", "said", "in a statement"),
        (
            "The coroner said in an email to The Associated Press that the inquest would resume.",
            "said",
            "in an email to The Associated Press",
        ),
        ("The analyst said on CNBC's Trading Nation that the shares were overvalued.", "said", "on CNBC's Trading Nation"),
        ("The senator said in an interview with Reuters that she would run again.", "said", "in an interview with Reuters"),
        ("The chef said in a newsletter that the restaurant would close.", "said", "in a newsletter"),
        ("Users claimed on online forums that the update wiped their phones.", "claimed", "on online forums"),
    ],
)
def test_channel_and_its_span(text, cue, channel):
    a = att(text, cue)
    assert a.channel is not None and a.channel.text == channel
    assert text[a.channel.start : a.channel.end] == channel


def test_a_channel_inside_the_claim_belongs_to_someone_else():
    a = att("The coach said the goalkeeper had posted the photo on Twitter.", "said")
    assert a.channel is None


# -- stance ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The contractor denies the accusation and will appear in court on Friday.", "denies"),
        ("The minister has denied taking money from the shipping firm.", "denied"),
        ("The club rejected the claims that it had underpaid its players.", "rejected"),
        ("The spokesman dismissed the report as fiction.", "dismissed"),
    ],
)
def test_denials(text, cue):
    assert att(text, cue).stance == "denies"


def test_rejecting_an_act_is_not_a_denial():
    a = att("The judge rejected the builder's attempt to delay the hearing, the court said.", "said")
    assert a.stance == "asserts"
    r = analyze("The judge rejected the builder's attempt to delay the hearing.", options=RAW)
    assert all(x.stance != "denies" for x in r.attributions)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor did not say whether the pool would reopen.", "say"),
        ("The club declined to comment on the transfer.", "declined"),
        ("The company hasn't claimed that the watch is waterproof.", "claimed"),
    ],
)
def test_a_negated_report_is_not_an_assertion(text, cue):
    assert att(text, cue).stance == "negated"


def test_a_denial_links_to_the_claim_it_denies():
    text = (
        "A former aide, Rosa Lind, claimed that the governor took bribes from a road builder.\n\n"
        "The weather was mild on Tuesday, forecasters said.\n\n"
        "The governor has denied taking bribes from anyone."
    )
    r = analyze(text, options=RAW)
    claim = next(a for a in r.attributions if a.cue.text == "claimed")
    denial = next(a for a in r.attributions if a.stance == "denies")
    assert denial.denies == claim.id


def test_a_denial_of_the_accusation_links_to_the_nearest_claim():
    text = (
        "Prosecutors said the trader hid the losses from the bank.\n\n"
        "The trader denies the accusation."
    )
    r = analyze(text, options=RAW)
    claim = next(a for a in r.attributions if a.cue.text == "said")
    denial = next(a for a in r.attributions if a.stance == "denies")
    assert denial.denies == claim.id


def test_the_json_contract_carries_the_new_fields():
    r = analyze("The minister has denied taking money from the shipping firm.", options=RAW)
    d = r.to_dict()
    assert {"stance", "denies"} <= set(d["attributions"][0])
    from allegedly.schema import Report

    assert Report.from_dict(d).attributions[0].stance == "denies"


def test_a_medium_told_is_the_channel_and_reporters_are_not():
    a = att("The harbour master told Fox News that the crane had failed.", "told")
    assert a.channel is not None and a.channel.text == "Fox News"
    b = att("The harbour master told reporters that the crane had failed.", "told")
    assert b.channel is None


def test_a_channel_carries_to_the_same_speakers_next_claims():
    text = (
        "The director Mara Quist said in an interview with Reuters that the film would be shot in Oslo. "
        "Quist said the cast had been chosen."
    )
    r = analyze(text, options=RAW)
    said = [a for a in r.attributions if a.cue and a.cue.text == "said"]
    assert len(said) == 2 and all(a.channel and a.channel.text == "in an interview with Reuters" for a in said)
