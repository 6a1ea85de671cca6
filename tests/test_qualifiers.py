"""How sure, on what evidence, through which channel, asserted, denied or not said at all:
the qualifiers of sourcing/qualifiers.py on short articles written for these tests."""

from __future__ import annotations

import pytest

from allegedly import Options, analyze
from helpers import att, by_cue, cue_is, fnc_body, only

RAW = Options(raw=True)


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
        ("The Gazette reported that the council had called a meeting, possibly to discuss the budget.", "reported", "speculative", "possibly"),
        ("The coach said the striker will miss the final.", "said", "asserted", None),
        # a conditional on the claim's own truth, with no verb: anywhere in what the source
        # passes on, not only in its main clause
        ("Harbour Daily: “Bridge closed after crack found”. If true, this is terrible! #Town\n\n— Jo Bloggs (@jobloggs) March 3, 2015", "—", "speculative", "If true"),
        ("Whoa if true RT @ferrywatch: BREAKING: two ferries have collided\n\n— Jo Bloggs (@jobloggs) March 3, 2015", "—", "speculative", "if true"),
        ("The senator said the deal, if confirmed, is the largest the port has signed.", "said", "speculative", "if confirmed"),
        # the report itself a condition: nobody has said it yet
        ("If the harbour master says the pier is unsafe, the ferry will stop running.", "says", "speculative", "If"),
        ("The board will resign if it is confirmed that the club paid the fine.", "it is confirmed", "speculative", "if"),
        ("Unless the lab reports that the water is clean, the pool stays shut.", "reports", "speculative", "Unless"),
        ("Even if the harbour master says the pier is unsafe, the ferry will keep running.", "says", "asserted", None),
        # a named outlet's reports are no hedge, but unconfirmed ones still are
        ("According to reports in the Daily Kestrel, the ferry operator is for sale.", "According to", "asserted", None),
        ("According to unconfirmed reports from the Daily Kestrel, the ferry operator is for sale.", "According to", "hedged", "unconfirmed"),
        ("Unverified reports in the Daily Kestrel say the ferry operator is for sale.", "say", "hedged", "Unverified"),
        ("The Daily Kestrel, which ran a story about the purported sale, acknowledged its mistake.", "acknowledged", "asserted", None),
        # a hedging adverb the cue took in, and a phrase with a focusing adverb inside it
        ("Austria's Federal Audit Office has reportedly accused Felder of fraud and he is under investigation.", "accused", "hedged", "reportedly"),
        ("But he said it's also possible that the tablet could eventually replace the laptop.", "said", "speculative", "it's also possible"),
        # the agent names who reported it: 'it was reported' is no hedge then
        ("It was reported by the Daily Kestrel that the dam had burst.", "reported", "asserted", None),
        # the impersonal passive in the progressive is as unowned
        ("It's being reported that the ferry operator is for sale.", "'s being reported", "hedged", "It's being reported"),
        ("It is being claimed that the dam had burst.", "is being claimed", "hedged", "It is being claimed"),
        # ... with 'widely' inside it; a possibility weighed (review of Random(12323))
        ("It's being widely reported that the ferry operator is for sale.", "being widely reported", "hedged", "It's being widely reported"),
        ("Analysts are weighing the possibility that the ferry operator will be sold.", "are weighing", "speculative", "the possibility that"),
        # ... not one ruled out or never weighed, nor one who passes himself off (review of the round's diff)
        ("Police have ruled out the possibility that the fire was started deliberately.", "ruled out", "asserted", None),
        ("The mayor said the possibility that the bridge would close had never been discussed.", "said", "asserted", None),
        ("Police said a man purporting to be a gas engineer stole jewellery from the flat.", "said", "asserted", None),
        # a proposal in the subjunctive is no guess; an inference still is (review of Random(12323))
        ("The mayor suggested that the council delay the vote.", "suggested", "asserted", None),
        ("The ledger suggested that the council had delayed the vote.", "suggested", "speculative", "suggested"),
        # an inference by participle or by 'imply', as 'suggested' is (from a review of FNC bodies)
        ("A photo from her account shows the car parked outside, suggesting the car was never stolen.", "suggesting", "speculative", "suggesting"),
        ("The note would imply the driver had left the country.", "imply", "speculative", "imply"),
    ],
)
def test_certainty(text, cue, certainty, hedge):
    a = att(text, cue)
    assert a.certainty == certainty
    if hedge:
        assert hedge in [h.text for h in a.hedges]
    else:
        assert a.hedges == []


def test_a_hedge_found_by_two_readings_is_shown_once():
    # 'If' and 'If genuine' both start the condition (FNC 2451): the wider one only
    a = att("If genuine, the video shows the journalist being killed, the group said.", "said")
    assert [h.text for h in a.hedges] == ["If genuine"] and a.certainty == "speculative"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a refusal by someone else than the source, and refusing to testify
        ("Police said a man had been arrested at the harbour, though he has declined to provide any more information.", "said"),
        ("The minister said the figures were correct. She refused to give evidence to the committee.", "said"),
    ],
)
def test_a_refusal_not_the_sources_or_not_of_evidence_leaves_the_claim_as_it_was(text, cue):
    assert att(text, cue).evidence == "unstated"


def test_a_concession_on_the_truth_is_no_condition():
    assert att("The senator said the claim, even if true, changed nothing.", "said").certainty == "asserted"
    # nor a remark on another's claim in a relative clause
    text = "The agency said it had opened an inquiry into the pilot's account, which, if true, would be a serious breach."
    assert att(text, "said").certainty == "asserted"


def test_inability_and_concession_are_not_speculation():
    a = att("The pilot said he could not see the runway lights.", "said")
    assert a.certainty == "asserted"
    b = att("The keeper said the parcels are sturdy even if they are dropped from a van.", "said")
    assert b.certainty == "asserted"


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("“You could taste the smoke in the air,” a baker said.", "asserted"),
        ("The lifeguard said she could see a swimmer far beyond the buoys.", "asserted"),
        ("Neighbours said they could hear the alarm from across the square.", "asserted"),
        # a thing's or a group's future: a possibility, whatever the verb
        ("Brokers said shareholders could see losses next quarter.", "speculative"),
        ("The forecaster said it could feel like winter by Sunday.", "speculative"),
    ],
)
def test_what_someone_could_sense_is_no_possibility(text, certainty):
    assert att(text, "said").certainty == certainty


@pytest.mark.parametrize(
    ("text", "cue", "hedge"),
    [
        ("Harbour police believe the fire on the trawler was set deliberately.", "believe", "believe"),
        ("Investigators suspect the signal from the buoy is noise.", "suspect", "suspect"),
        ("The skipper's brother fears the crew will never be found.", "fears", "fears"),
        ("Villagers worry that the trawler sank in the storm.", "worry", "worry"),
        ("The farmer guessed that the storm had passed.", "guessed", "guessed"),
        ("The coach is convinced that the striker will play.", "convinced", "convinced"),
        ("The engineer is very confident that the dam will hold.", "confident", "confident"),
        # the belief as the main verb of what the source says
        ("The engineer said he believed that the dam would hold.", "said", "believed"),
        # ... or as the noun the cue puts out, with its clause
        ("Harbour officials expressed fears that the trawler had sunk.", "expressed", "fears"),
        # the noun of worry (beliefs.txt, flag "noun"; the review of Random(12121))
        ("Harbour officials voiced concerns that the pier would collapse.", "voiced", "concerns"),
        ("There are already concerns that the harbour will miss its targets.", "concerns", "concerns"),
        ("Officials said they suspected the tanker had been sabotaged.", "said", "suspected"),
        ('"I think the team will win on Saturday," the coach said.', "said", "think"),
        # an estimate is a guess at a figure (beliefs.txt), as the verb and as the source
        ("Harbour officials estimate that 300 boats were damaged.", "estimate", "estimate"),
        # a judgement of the source's own with "as" (beliefs.txt, flag "as")
        ("Harbour police are eyeing a deckhand as the man who started the fire.", "eyeing", "eyeing"),
        ("Investigators view the skipper as the main suspect.", "view", "view"),
        ("Estimates pegged the price of the gold model at $5,000.", "pegged", "Estimates"),
        ("Projections show the river will crest on Friday.", "show", "Projections"),
        ("According to one interpretation, the harbour will close in May.", "According to", "interpretation"),  # (FNC 2325)
        # an expectation is a belief about what will happen (beliefs.txt, FactBank's "expect")
        ("The harbour master expects the river to crest on Friday.", "expects", "expects"),
        ("The analyst said he expects the price could reach 400 dollars.", "said", "expects"),
    ],
)
def test_a_belief_or_guess_is_speculative(text, cue, hedge):
    a = att(text, cue)
    assert a.certainty == "speculative"
    assert hedge in [h.text for h in a.hedges]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The tests confirmed concerns that the water was contaminated with lead.", "confirmed"),
        ("The chief executive rejected concerns that the company was running out of cash.", "rejected"),
    ],
)
def test_others_worry_that_a_source_acts_on_is_no_hedge_of_its_own(text, cue):
    """'confirmed concerns that ...' is the source's confirmation, not its worry (beliefs.txt,
    'concern': only as the object of a verb that voices or stirs it; the review of this
    round's diff)."""
    assert att(text, cue).certainty == "asserted"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Smith said he did not believe the striker would play.", "said"),  # not a belief in it
        ('"I think I\'ll stay at home tonight," the coach said.', "said"),  # a softened intention
        ("The dealer told the court that the middlemen were supposed to have paid the tax.", "told"),  # a duty
        ("Analysts said the estimate was too low.", "said"),  # an estimate spoken of, not the source
        ("The harbour is regarded as one of the safest on the coast.", "regarded"),  # a standing description
        ("The river is expected to crest on Friday, the harbour master said.", "said"),  # a forecast relayed
        ("The school said it expects pupils to wear uniforms.", "said"),  # a demand on people, not a belief
    ],
)
def test_no_belief_in_the_content(text, cue):
    a = att(text, cue)
    assert a.certainty == "asserted" and a.hedges == []


def test_a_negated_belief_is_a_negated_report_not_speculation():
    a = att("Police did not believe the driver had fled.", "believe")
    assert a.stance == "negated" and a.certainty == "asserted"


def test_the_agentless_passive_of_believe_hedges_a_report():
    a = att("It's believed the rats came in through the vents, the caretaker said.", "said")
    assert a.certainty == "hedged" and [h.text for h in a.hedges] == ["It's believed"]
    b = att("The man, believed to be in his forties, was arrested, police said.", "said")
    assert b.certainty == "hedged" and [h.text for h in b.hedges] == ["believed to be"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry is expected to resume sailing on Monday.",
        "The new bridge, which is expected to open in May, cost twice its budget.",
        "Both captains are expected to appear in court next week.",
    ],
)
def test_an_expectation_no_one_is_named_for_is_hedged(text):
    """'is expected to' as a cue with no one named relays a forecast as 'it is understood'
    relays a report; inside a named source's words it is that source's (asserted above)."""
    a = only(analyze(text, options=RAW), "expected")
    assert a.source is None and a.certainty == "hedged"


@pytest.mark.parametrize(
    ("text", "certainty", "hedge"),
    [
        ("Police said the van was possibly stolen.", "speculative", "possibly"),
        ("The harbour master said the trawler had perhaps drifted onto the rocks.", "speculative", "perhaps"),
        ("Police said the man fled and probably drowned.", "speculative", "probably"),  # a conjunct of the main clause
        ("Police said the car had seemingly been abandoned.", "speculative", "seemingly"),
        ("Officials said the tanker had apparently run aground.", "hedged", "apparently"),
        ("Officials said a clip that purports to show the tanker aground was shared widely.", "hedged", "purports to"),
        ("The coach said maybe the striker would play on Sunday.", "speculative", "maybe"),
        # second-hand by the source's own account
        ("The golfer said: \"I heard he's on a month's suspension.\"", "hedged", "I heard"),
        ("The agent said: \"I was told the deal had collapsed.\"", "hedged", "I was told"),
        ("The agent said he had heard that the deal had collapsed.", "hedged", "had heard that"),
        ("She said she was told that the deal had collapsed.", "hedged", "was told"),
        # assured or informed by others; told by others, in the active
        ("The senator said he was assured during his visit that the five prisoners remain in the camp.", "hedged", "was assured"),
        ("The senator said: “The guards told me the five prisoners remain in the camp.”", "hedged", "told me"),
        ("Senator Ada Brill said the guards told her the five prisoners remain in the camp.", "hedged", "told her"),
    ],
)
def test_a_hedge_adverb_in_the_content_qualifies_it(text, certainty, hedge):
    a = att(text, "said")
    assert a.certainty == certainty and [h.text for h in a.hedges] == [hedge]


def test_talk_named_as_the_circumstance_of_a_claim_hedges_nothing():
    a = att("The Kestrel Courier reported that the general had died, amid speculation about his health.", "reported")
    assert a.certainty == "asserted" and a.hedges == []
    assert att("The Kestrel Courier reported that there was speculation that the general had died.", "reported").certainty == "speculative"


def test_telling_others_is_no_hearsay_of_the_speakers():
    assert att("The senator said the guards told the prisoners they would be freed.", "said").certainty == "asserted"
    assert att("The senator said: “I told them they were wrong.”", "said").certainty == "asserted"
    # 'him' or 'her' is the speaker only where the source is a person: a paper or a lawsuit is told nothing
    assert att("The lawsuit alleges that the manager told her she would be fired.", "alleges").certainty == "asserted"
    assert att("Doctors told him it was an insect bite, the Kestrel Courier reported.", "reported").certainty == "asserted"


def test_a_hedge_in_what_another_source_says_stays_with_that_source():
    text = "The Herald reported that police said the driver had apparently fled."
    assert att(text, "reported").certainty == "asserted"
    assert att(text, "said").certainty == "hedged"


def test_a_rumour_hedges_only_as_an_unsourced_cue():
    a = att("Rumours of the singer's death spread quickly on Monday.", "Rumours")
    assert a.certainty == "hedged" and [h.text for h in a.hedges] == ["Rumours"]
    b = att("Police said the rumours were false.", "said")
    assert b.certainty == "asserted" and b.hedges == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the bridge will reopen in May.",  # the month
        "The union said the factory is preparing as if the strike will go ahead.",  # a comparison
        "Doctors said it was too early to know if the drug works and if it is safe.",  # a question
        # a rhetorical question in a later sentence of the quotation, not its claim
        "“The council has never been clear on this; it is all over the place. Who decides, for heaven's sake?” the clerk said.",
    ],
)
def test_words_that_only_look_like_possibility(text):
    a = att(text, "said")
    assert a.certainty == "asserted" and a.hedges == []


def test_a_quotation_that_is_a_question_is_speculative():
    assert att("“Is the photo a fake?” the clerk said.", "said").certainty == "speculative"
    # every sentence a question, however many
    assert att("“Is the photo a fake? Was it edited? Who sent it?” the clerk said.", "said").certainty == "speculative"
    # a later yes/no question that asks of the claim itself
    assert att("“The singer is dead. Or is she?” the clerk wrote.", "wrote").certainty == "speculative"


def test_a_hedge_on_the_clause_a_cue_hangs_from_is_not_its_own():
    a = att("Fresh speculation was prompted when the ministry declared that it would close the port.", "declared")
    assert a.certainty == "asserted" and a.hedges == []


# -- evidence --------------------------------------------------------------------------------


def test_none_provided_reaches_the_claim_of_the_sentence_before():
    text = (
        "A former warehouse manager, Tobias Reyne, claimed that the depot stored stolen copper.\n\n"
        "The claim could not be independently verified."
    )
    assert att(text, "claimed").evidence == "none_provided"


def test_none_provided_reaches_the_claims_an_unchecked_report_passes_on():
    # a review of FNC bodies, Random(11515): the outlet could not check the report, so the
    # claim the report passes on is no better supported
    text = (
        "A ferryman says he saw a seal in the canal, his brother told the Lowfield Echo. "
        "The Echo cannot independently verify the authenticity of the photograph."
    )
    r = analyze(text, options=RAW)
    assert [(a.cue.text, a.evidence) for a in r.attributions] == [("says", "none_provided"), ("told", "none_provided")]


def test_it_was_not_immediately_possible_to_confirm_is_no_evidence():
    text = (
        "The clip shows a man kicking a parked van. It names the man as Roy Dale. "
        "It was not immediately possible to confirm the authenticity of the clip."
    )
    r = analyze(text, options=RAW)
    assert [(a.cue.text, a.evidence) for a in r.attributions] == [("shows", "none_provided"), ("names", "none_provided")]


def test_none_provided_reaches_the_same_speakers_other_claims():
    text = (
        "Carla Voss said the ferry company had hidden two accidents. "
        "Voss also said the company paid the inspectors. "
        "She did not provide evidence."
    )
    r = analyze(text, options=RAW)
    voss = [a for a in r.attributions if cue_is(a, "said")]
    assert len(voss) == 2 and all(a.evidence == "none_provided" for a in voss)


@pytest.mark.parametrize("note", ["The analyst offered no explanation for this gap.", "He gave no explanation."])
def test_no_explanation_offered_is_no_claim_of_its_own(note):
    # FNC 1585 (the review of Random(11010)): 'offered no explanation' was a claim of its
    # own, content 'no explanation ...'; it withholds why, not support for what was said (a
    # diff review: 'gave no explanation for the cancellation'), so the claim stays unstated
    r = analyze(f"The analyst said the chip includes a radio. {note}", options=RAW)
    assert [(a.cue.text, a.evidence) for a in r.attributions] == [("said", "unstated")]


@pytest.mark.parametrize("note", ["There's no official confirmation.", "There’s no confirmation yet, but the story spread.", "There is no official confirmation."])
def test_no_confirmation_contracted_or_not_leaves_the_claim_unsupported(note):
    # the contraction was missed in a review of FNC bodies (1671)
    a = att(f"Gossip blogger Ned Price is reporting that the crown jewels have been stolen. {note}", "reporting")
    assert a.evidence == "none_provided"


@pytest.mark.parametrize(
    ("after", "evidence"),
    [
        ("He has not provided any evidence.", "none_provided"),
        ("Still, many are unconvinced because Morrow has not produced records of the surgery.", "none_provided"),
        ("He has produced records of the surgery.", "unstated"),
    ],
)
def test_a_perfect_that_nothing_was_produced_leaves_the_claim_unsupported(after, evidence):
    text = f"Dale Morrow says doctors pulled a worm out of his arm. {after}"
    assert att(text, "says").evidence == evidence


@pytest.mark.parametrize(
    ("check", "evidence"),
    [
        ("The company has not confirmed the closure.", "none_provided"),
        ("Its owners hadn’t confirmed the planned closure by Friday.", "none_provided"),
        ("The company has not confirmed the sale.", "unstated"),
    ],
)
def test_an_unmade_check_of_what_a_claim_says_leaves_it_unsupported(check, evidence):
    # FNC 534 (the review of Random(11212)): 'The hospital hasn't confirmed the birth' after
    # '... gave birth, the newspaper said': the thing unchecked is the claim's own word, by its
    # stem ('closure' for 'would close'), though its source goes unnamed
    text = f"The Valley Echo reported that the steel plant would close in March. {check}"
    assert att(text, "reported").evidence == evidence


def test_a_check_another_source_says_it_has_not_made_reaches_the_claim_it_names():
    # the review of Random(11313): 'WHO officials said they haven't confirmed the cases'
    # after 'Reports that IS militants ... have contracted Ebola' (FNC 1807) left the reports
    # unstated; a note inside another's words reaches the claim its object names by stem
    text = "Reports that a tiger escaped from the city zoo spread on Monday. Zoo officials said they have not confirmed any escape."
    assert att(text, "Reports").evidence == "none_provided"
    text = "Reports that a tiger escaped from the city zoo spread on Monday. Zoo officials said they have not confirmed the budget."
    assert att(text, "Reports").evidence == "unstated"


def test_none_provided_reaches_an_unnamed_source_described_again():
    text = "One of the freed men has contacted the militants, one official said. The official gave no further details."
    assert att(text, "said").evidence == "none_provided"
    # another official's refusal tells nothing of this one's evidence
    text = "One of the freed men has contacted the militants, one official said. The minister would give no further details."
    assert att(text, "said").evidence == "unstated"


def test_none_provided_reaches_the_paragraph_before_and_what_it_names_only():
    """The guideline (section 6): the same source's claims in the same paragraph and the one
    before, and any claim the statement names, however far up."""
    text = (
        "Harbour master Ann Cole said the crane had failed twice.\n\n"
        "She said the company had known since May.\n\n"
        "Dock workers described the noise on the night.\n\n"
        "A union official said the shifts were too long.\n\n"
        "Cole declined to elaborate."
    )
    r = analyze(text, options=RAW)
    assert [a.evidence for a in r.attributions if cue_is(a, "said")][:2] == ["unstated", "unstated"]
    text = (
        "A statement from the rebel group said the ferry had been sunk by a mine.\n\n"
        "The statement further claimed that no one had been aboard.\n\n"
        "The navy said it was looking into the report.\n\n"
        "The rebel statement could not be independently verified."
    )
    r = analyze(text, options=RAW)
    # the statement's claim it names, two paragraphs up; not the navy's, which 'The' named
    assert by_cue(r, "claimed").evidence == "none_provided"
    assert [a.evidence for a in r.attributions if a.source and a.source.text == "The navy"] == ["unstated"]


def test_the_absence_of_evidence_claimed_by_a_source_is_its_content():
    a = att("There is no evidence that the water is unsafe, the health officer said.", "said")
    assert a.evidence == "unstated"


@pytest.mark.parametrize(
    ("text", "cue", "own", "own_claim"),
    [
        (
            "A video uploaded by a rebel group shows soldiers looting the bank. A ministry spokesman said the government had seen the video but could not confirm its accuracy.",
            "shows",
            "said",
            "the government had seen the video but could not confirm its accuracy",
        ),
        (
            "According to a recording released by the gang, the hostages are alive. Police said they could not verify the recording.",
            "According to",
            "said",
            "they could not verify the recording",
        ),
    ],
)
def test_a_record_another_source_could_not_check_is_no_evidence(text, cue, own, own_claim):
    # the guideline, section 6: a statement applies to any attribution whose content it
    # names; the one who could not check it keeps its own claim as it was
    r = analyze(text, options=RAW)
    assert by_cue(r, cue).evidence == "none_provided"
    said = by_cue(r, own)
    assert (said.evidence, said.content.text) == ("unstated", own_claim), said


def test_a_note_in_the_claims_sentence_that_someone_could_not_check_it_is_no_evidence():
    a = att("The general was killed in the raid, state television reported, but Reuters could not verify the report.", "reported")
    assert a.evidence == "none_provided"


def test_could_not_confirm_whether_is_a_question_of_fact_not_a_records_check():
    r = analyze("A video posted online shows the mayor at the harbour. Aides could not confirm whether he would attend the gala.", options=RAW)
    assert by_cue(r, "shows").evidence == "cited"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Court papers show that the landlord was warned twice, the tenants' lawyer said.", "said"),
        ("A police report obtained by the Gazette says the driver was speeding.", "says"),
        ("A video shows the guard opening the gate, the union said.", "said"),
        ("The drug cut relapses by half, according to a paper published in the journal Addiction.", "according to"),
        # a check the source made itself
        ("The ministry investigated the reports through its clinics and contacts in the port, and found that there were no cases.", "found"),
        ("Police examined the footage and concluded that the driver had fled.", "concluded"),
        # a record the source puts forward
        ("The manager denied the report and even provided a photo of the singer at home.", "denied"),
        ("The lawyer said the sale was legal and produced a copy of the contract.", "said"),
    ],
)
def test_cited_evidence(text, cue):
    assert att(text, cue).evidence == "cited"


def test_a_record_not_put_forward_cites_nothing():
    assert att("The manager denied the report but has not provided a photo of the singer.", "denied").evidence == "unstated"
    assert att("The manager denied the report but never provided a photo of the singer.", "denied").evidence == "unstated"


def test_a_finding_with_no_check_of_the_sources_own_cites_nothing():
    assert att("He looked at the car and said it was fine.", "said").evidence == "unstated"
    # what was found of someone, in the passive, is the claim, not the source's check
    assert att("Johnson said the four men were investigated and found to be members of the party.", "said").evidence == "unstated"
    # nor someone else's check in the same sentence, nor a finding after no check
    assert att("Reporters investigated the claims and found nothing, but the minister said the claims were true.", "said").evidence == "unstated"
    assert att("She studied in Paris and found that the French were rude, she said.", "found").evidence == "unstated"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The job advert states that the bakery is hiring a night manager.", "states"),
        ("A ferry database shows the captain was fined twice.", "shows"),
    ],
)
def test_a_document_source_is_cited_evidence(text, cue):
    a = att(text, cue)
    assert a.source_type == "document" and a.evidence == "cited"


def test_unsupported_wins_over_a_document_source():
    text = "A leaked memo says the mill will close in March. The memo could not be independently verified."
    assert att(text, "says").evidence == "none_provided"
    # the adverb before 'be' as wire copy also writes it
    text = "A leaked memo says the mill will close in March. The memo could not immediately be verified."
    assert att(text, "says").evidence == "none_provided"


def test_with_no_evidence_set_into_the_report_is_none_provided():
    assert att("Bloggers said, with no evidence, that the mayor had fled to Spain.", "said").evidence == "none_provided"
    assert att("Bloggers said, with photos, that the mayor had fled to Spain.", "said").evidence == "unstated"


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
        # a court filing's declaration (channels.txt; the review of Random(11515))
        ("In a declaration to the court, a studio employee confirmed the photo was from the film.", "confirmed", "In a declaration"),
        # a run of posts, its platform before the plural (the review of Random(11414))
        ("The mayor said in a series of Twitter posts on Sunday that the vote was rigged.", "said", "in a series of Twitter posts"),
        ("The mayor said in a series of posts on Twitter that the vote was rigged.", "said", "in a series of posts on Twitter"),
    ],
)
def test_channel_and_its_span(text, cue, channel):
    a = att(text, cue)
    assert a.channel is not None and a.channel.text == channel
    assert text[a.channel.start : a.channel.end] == channel


def test_a_social_verb_of_another_subject_is_not_the_sources_channel():
    text = "Harbour fan accounts have posted pictures of the sunken ferry but the pictures were old, according to local fishermen."
    assert att(text, "according to").channel is None
    # the source's own verb of posting, joined to its cue, is
    assert att("The mayor posted a video on Monday and said the bridge was safe.", "said").channel.text == "posted"


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
        # a source taking back its own claim (denials.txt), in a clause of concession on the
        # sentence's main verb too
        ("The witness later recanted her story.", "recanted"),
        ("The mayor walked back his claim that the bridge was safe.", "walked"),
        ("A blogger claimed the mayor had resigned, though she later retracted the claim.", "retracted"),
    ],
)
def test_denials(text, cue):
    assert att(text, cue).stance == "denies"


def test_rejecting_an_act_is_not_a_denial():
    a = att("The judge rejected the builder's attempt to delay the hearing, the court said.", "said")
    assert a.stance == "asserts"
    for text in (
        "The judge rejected the builder's attempt to delay the hearing.",
        "The mayor walked back to his office.",
        "Prosecutors withdrew the charges against the singer.",
        "Police arrested the man before he could deny the claims.",
    ):
        r = analyze(text, options=RAW)
        assert all(x.stance != "denies" for x in r.attributions)


@pytest.mark.parametrize(
    "text",
    [
        # the same interview a moment on, and a follow-up where the first was made
        'Councillor Tom Reyes, speaking to Kestrel FM on Monday, said the depot would close. "It is over," Reyes said, adding a moment later: "I know that at least ten jobs will go."',
        'Councillor Tom Reyes posted on Facebook that the depot would close. He later added: "Ten jobs will go."',
    ],
)
def test_a_moment_later_or_a_later_addition_is_the_same_occasion(text):
    r = analyze(text, options=RAW)
    last = [a for a in r.attributions if a.cue is not None][-1]
    assert last.channel is not None


def test_a_claim_made_months_later_is_another_occasion():
    text = (
        '"I had a job waiting for me," Omar Haddad wrote in a June 2010 e-mail to the charity. '
        "Nearly four months later, when a court sentenced his cousin, Haddad expressed sympathy for her, saying he had heard the news."
    )
    r = analyze(text, options=RAW)
    assert by_cue(r, "wrote").channel is not None
    assert by_cue(r, "expressed").channel is None and by_cue(r, "saying").channel is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The harbour master said in a statement that the pier was safe. The harbour master declined to comment on the lawsuit.", "declined"),
        ("\u201cWe expect to hire fifty staff,\u201d Kestrel Foods said in the filing. Neither the firm nor its lenders wanted to comment on the deal.", "wanted"),
    ],
)
def test_a_refusal_to_say_after_a_statement_is_another_occasion(text, cue):
    """'declined to comment' answers the writer's question, not the statement quoted before."""
    r = analyze(text, options=RAW)
    assert r.attributions[0].channel is not None
    a = by_cue(r, cue)
    assert a.stance == "negated" and a.channel is None


def test_a_claim_taken_back_later_is_another_occasion():
    # the channel of the first claim is not carried to the retraction, and the 'he' is the
    # reporter the sentence does not name, not a name further back
    text = (
        "The Harbour Gazette and the Quay Courier reported that the mayor would speak, citing officials. "
        "One TV journalist added fuel to the fire, tweeting that a speech from the mayor was imminent, although he later retracted the claim."
    )
    r = analyze(text, options=RAW)
    a = by_cue(r, "retracted")
    assert a.stance == "denies" and a.channel is None
    assert a.source_type == "anonymous"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor did not say whether the pool would reopen.", "say"),
        ("The club declined to comment on the transfer.", "declined"),
        ("The ferry company was unable to say whether the boat had sunk.", "say"),  # (cue_verbs.txt: refusal, unable)
        ("The company hasn't claimed that the watch is waterproof.", "claimed"),
        # not made yet
        ("Police are yet to confirm the name of the man.", "confirm"),
        ("The mayor has yet to comment on the closure of the bridge.", "comment"),
        # a refusal told of itself (cue_verbs.txt, "withheld")
        ("The ministry said in a statement that it would not comment on individual cases.", "said"),
        ("Police said they would not specify how many passengers were on board.", "said"),
        ("The harbour police said they would not confirm the reports of a second body.", "said"),
        # what is reported is that nothing was said
        ("The harbour master has said nothing publicly about the fire.", "said"),
        ("No casualties were reported after the ferry ran aground.", "reported"),
        # the cue found on the noun of 'have not provided details about'
        ("Police have not provided many details about the attack on the ferry.", "about"),
        # a negative adverb fronted before its inverted auxiliary (the review of Random(11212):
        # 'Little did he know ...' was asserted, FNC 2398)
        ("Little did the mayor know that the bridge would fall.", "know"),
        ("Nowhere does the club admit that a player is injured.", "admit"),
        # an adjective of reluctance before the speech verb (the review of Random(11414):
        # 'cautious about asserting the mission was successful' was asserted)
        ("The coastguard was hesitant to say the trawler had sunk.", "say"),
        # 'no comment' told of the source's own side (the review of Random(11414))
        ("A spokeswoman for Orbit Motors said the company had no comment at this time.", "said"),
        ("A police spokesman said they had no comment on the case.", "said"),
        ("Officials had been cautious about asserting the raid was a success.", "asserting"),
    ],
)
def test_a_negated_report_is_not_an_assertion(text, cue):
    assert att(text, cue).stance == "negated"


def test_no_reading_of_a_report_held_back_asserts_it():
    r = analyze("Officials had been cautious about asserting the raid was a success.", options=RAW)
    assert r.attributions and {a.stance for a in r.attributions} == {"negated"}


def test_a_refusal_told_of_someone_else_is_an_assertion():
    assert att("Police said the suspect would not comment on the charges.", "said").stance == "asserts"
    assert att("Police said the suspect had no comment.", "said").stance == "asserts"
    assert att("Police said he had no comment.", "said").stance == "asserts"  # (the man they hold)


@pytest.mark.parametrize(
    "text",
    [
        "Officials were cautious to stress that the raid was a success.",  # care, with 'to'
        "Police were not hesitant to say the fire was arson.",
        "Police were no longer reluctant to say the fire was arson.",
    ],
)
def test_reluctance_denied_or_care_is_no_refusal(text):
    assert [a.stance for a in analyze(text, options=RAW).attributions] == ["asserts"]


def test_talk_denied_that_a_named_source_made_before_links_to_that_source():
    text = "Lena Marsh claimed that Dan Cole took bribes from a builder. Cole dismissed claims that he took bribes."
    r = analyze(text, options=RAW)
    assert by_cue(r, "dismissed").denies == by_cue(r, "claimed").id
    # and what a source could not do is no refusal ('would not confirm' is)
    assert att("The harbour police said they could not confirm the reports of a second body.", "said").stance == "asserts"


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


def test_a_denial_links_to_the_claim_before_it_not_to_its_own_sides_statement_after_it():
    # the review of Random(11515): Amazon's denial linked to Amazon's own later email
    text = (
        "The Ledger reported in May that the bakery would shut its shop in June. "
        "At the time, the bakery denied that it had plans to shut its shop. "
        'Its owner, Rosa Vint, sent this via email: "We have not announced any plans to shut the shop."'
    )
    r = analyze(text, options=RAW)
    claim = next(a for a in r.attributions if a.cue.text == "reported")
    denial = next(a for a in r.attributions if a.cue.text == "denied")
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
    # any cue's 'to' a medium names it the recipient; not a report of a medium's pointed to
    c = att("The crane maker's agent later denied the story to Fox News.", "denied")
    assert c.channel is not None and c.channel.text == "Fox News"
    d = att("The harbour master pointed to a Fox News report that said the crane had failed.", "said")
    assert d.channel is None
    # after a source that follows its verb, whom it was said to is the channel, not the source
    e = att("“The crane is fine,” said the crane maker's publicist to the Kestrel Gazette.", "said")
    assert e.source.text == "the crane maker's publicist" and e.channel is not None and e.channel.text == "the Kestrel Gazette"
    f = att("“The crane is fine,” said an aide to President Ruth Okafor.", "said")  # no medium: the aide's phrase
    assert f.source.text == "an aide to President Ruth Okafor" and f.channel is None


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        # a noun that names an outlet only with its medium word ('news agency', 'TV station')
        ("The harbour master told the Kestrel Press news agency that the crane had failed.", "the Kestrel Press news agency"),
        ("The harbour master told a local TV station that the crane had failed.", "a local TV station"),
        # a station or site of something else is no medium
        ("The harbour master told the police station that the crane had failed.", None),
        ("The harbour master told the agency that the crane had failed.", None),
        # a noun that names an outlet by itself, whatever noun stands before it
        ("The harbour master told the student newspaper that the crane had failed.", "the student newspaper"),
        # a station named by its number, however the parser split the name
        ("The harbour master told Channel 9 that the crane had failed.", "Channel 9"),
        ("The harbour master told Channel Five that the crane had failed.", "Channel Five"),
        ("The harbour master told Radio 6KR that the crane had failed.", "Radio 6KR"),
        # ... and not a day or a name after a station named in full
        ("The harbour master told Kestrel News Wednesday that the crane had failed.", "Kestrel News"),
        # a station named by its medium first, and a name whose last word the parser read as
        # a time (from the reviews of Random(11010) and Random(11111))
        ("The harbour master told Radio Kestrel that the crane had failed.", "Radio Kestrel"),
        ("The harbour master told Sci-Tech Today that the crane had failed.", "Sci-Tech Today"),
        ("The harbour master told reporters Monday that the crane had failed.", None),
        # a journalist told, with the medium the apposition says she works for (the review of
        # Random(11313), FNC 367); not a person of another trade
        ("The harbour master told Ann Lee, a reporter for the Kestrel Gazette, that the crane had failed.", "the Kestrel Gazette"),
        ("The harbour master told Lina Hoss, a journalist at Sky News, that the crane had failed.", "Sky News"),
        ("The harbour master told Ann Lee, a nurse at the clinic, that the crane had failed.", None),
    ],
)
def test_a_medium_told_by_its_medium_word_is_the_channel(text, channel):
    a = att(text, "told")
    assert (a.channel.text if a.channel else None) == channel


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ('"We will win this fight," the minister said on state radio.', "on state radio"),
        ('"We will win this fight," the minister said on Radio Kestrel.', "on Radio Kestrel"),
        ('"We will win this fight," the minister said on radio Monday.', "on radio"),
    ],
)
def test_a_station_spoken_on_is_the_channel(text, channel):
    # 'said on state television' was read, 'on state radio' not (FNC 902)
    assert att(text, "said").channel.text == channel


def test_an_occasion_told_in_an_unsourced_report_is_its_speakers_channel():
    # no source is named for 'was said to', but the one said to have spoken there is its subject
    text = (
        "Speaking to a crowd of farmers at a market in Leeds, Mayor Ana Ruiz was said to have promised a new bridge. "
        "What the mayor supposedly said was that the river would be crossed by May. The mayor admits that the budget is tight."
    )
    r = analyze(text, options=RAW)
    occasion = "Speaking to a crowd of farmers at a market in Leeds"
    assert [a.channel.text if a.channel else None for a in r.attributions] == [occasion] * 3


def test_an_unsourced_report_of_an_act_gives_its_subject_no_occasion():
    # 'was alleged to have stolen': what Smith is said to have done; the post is the accuser's
    text = "In a post on Facebook, Smith was alleged to have stolen money from the club. Smith said the claim was false."
    assert att(text, "said").channel is None


def test_later_that_week_is_another_occasion():
    text = (
        "In an interview with CNN, Mayor Ana Ruiz said the river would be crossed by May. "
        "Later that week Ruiz admitted that the budget was tight."
    )
    assert att(text, "admitted").channel is None


@pytest.mark.parametrize(
    "shift",
    ["The following day,", "The next morning", "Earlier that month,", "A week earlier,", "The previous evening,"],
)
def test_a_time_moved_off_the_occasion_before_is_another_occasion(shift):
    text = f"In an interview with CNN on Monday, Mayor Ana Ruiz said the river would be crossed by May. {shift} Ruiz admitted that the budget was tight."
    assert att(text, "admitted").channel is None


def test_the_same_day_again_is_the_same_occasion():
    # 'that day' moves nothing: the claim carries the interview's channel as before
    text = "In an interview with CNN on Monday, Mayor Ana Ruiz said the river would be crossed by May. That day, Ruiz also admitted that the budget was tight."
    assert att(text, "admitted").channel.text == "In an interview with CNN"


def test_where_a_speaker_looked_is_no_channel_for_their_next_claim():
    # a verb of perceiving tells where they saw something, not an occasion they spoke on
    text = (
        "Ms. Lund has noticed the slogan on Twitter accounts linked to the gang. "
        "While the members call themselves wolves, Ms. Lund said, they call new recruits pups."
    )
    assert att(text, "said").channel is None


def test_a_medium_named_in_a_later_claim_is_no_claim_said_of_by_name():
    """'Pruitt told CBS News that he had hired a lawyer to make Facebook remove the posting':
    the 'News' of the station's name read as a claim noun ('the news ... the posting') and
    gave 'posting' to Pruitt's earlier claims (the review of Random(12020)); a claim noun is
    one in lower case (or opening the sentence)."""
    text = (
        "Pruitt said he sold the van to a dealer in 2013. He believed the dealer would remove the logo. "
        "Pruitt told CBS News that he had hired a lawyer to make Facebook remove the posting."
    )
    r = analyze(text, options=RAW)
    assert (by_cue(r, "said").channel, by_cue(r, "believed").channel) == (None, None)
    assert by_cue(r, "told").channel.text == "CBS News"


def test_a_channel_carries_to_the_same_speakers_next_claims():
    text = (
        "The director Mara Quist said in an interview with Reuters that the film would be shot in Oslo. "
        "Quist said the cast had been chosen."
    )
    r = analyze(text, options=RAW)
    said = [a for a in r.attributions if cue_is(a, "said")]
    assert len(said) == 2 and all(a.channel and a.channel.text == "in an interview with Reuters" for a in said)


def test_a_record_of_the_speakers_own_takes_no_channel_of_another_occasion():
    # 'According to her blog' names where it was said; the radio she spoke to before is
    # another occasion (FNC 1899). The same record keeps its own channel.
    text = (
        "Hanna Voss told Kestrel Radio that she wanted to help. "
        "According to Voss's blog, she served in the navy for six years."
    )
    assert att(text, "According to").channel is None
    text = "In his complaint, Ole Brandt says the bank lied. Brandt's complaint also argues that the fees were illegal."
    assert att(text, "argues").channel.text == "In his complaint"


@pytest.mark.parametrize(
    ("text", "cue", "channel"),
    [
        # the relative's 'in which' tells of the interview, though the parser hangs it on 'the BBC' (FNC 455)
        ("The rebel leader gave an interview on Friday to the BBC in which he claimed to command 5,000 fighters.", "claimed", "an interview"),
        ("The senator held a news conference in the capitol, during which she said the bill would fail.", "said", "a news conference"),
        ("The bill, in which he claimed the tax would fall, was passed.", "claimed", None),  # no format
        # a format noun in another clause is not the one the relative tells of (FNC 660)
        ("That being said, a report from the Kestrel Gazette claims to have heard from its sources that the fair could be held on the 3rd of May in which the council is expected to show its plans.", "expected", None),
    ],
)
def test_the_occasion_a_relative_clause_tells_of_is_its_channel(text, cue, channel):
    a = att(text, cue)
    assert (a.channel.text if a.channel else None) == channel


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # 'which' stands for the vague talk before it, which hedges as it would as the subject (FNC 2419)
        ("This is in line with earlier rumors, which claimed that the phone would be delayed.", "claimed"),
        # the parser hung the clause on the main verb, not on 'reports'
        ("This fits earlier reports, which said the plant would close in May.", "said"),
    ],
)
def test_a_relative_pronoun_for_vague_talk_is_unattributed_and_hedged(text, cue):
    a = att(text, cue)
    assert a.source_type == "unattributed" and a.certainty == "hedged"


# -- channel: the classes of issue 11 ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "channel"),
    [
        # a medium or platform the source turned to
        ("The harbour master took to CNN to deny that the crane had failed.", "deny", "CNN"),
        ("The striker took to Twitter to say that he was staying at the club.", "say", "Twitter"),
        # a medium told, also as a common noun with its name, or by the short name of 'X News'
        ("A customs officer confirmed to the Kestrel Gazette that the crates had been opened.", "confirmed", "the Kestrel Gazette"),
        ("Later the gardener told The Sun newspaper that the mushrooms were poisonous.", "told", "The Sun newspaper"),
        ("The coach told Sky that the striker was injured.", "told", "Sky"),
        # the phrase that holds the medium told, when there is one
        (
            "The council said in a statement to the Kestrel Gazette that the pool would close.",
            "said",
            "in a statement to the Kestrel Gazette",
        ),
        # a medium that quoted the source
        ("A former steward quoted in People magazine said the yacht had been sold.", "said", "quoted in People magazine"),
        # ... and one that quotes the one whose words a relative clause gives (the review of Random(11616))
        ("The Irish Times quotes a senior garda who confirmed that the suspect had fled.", "confirmed", "The Irish Times"),
        # appearances: an audience, a programme
        (
            "Speaking to a crowd of farmers at a market in Leeds, the minister said the subsidy would stay.",
            "said",
            "Speaking to a crowd of farmers at a market in Leeds",
        ),
        ("Speaking on Newsnight, the senator said the bill would pass.", "said", "Speaking on Newsnight"),
        # ... its title in quotation marks, which the parser reads as a verb (review of Random(10606))
        ('Appearing on "Meet the Press," Senator Ann Bell said the bill would pass.', "said", 'Appearing on "Meet the Press,"'),
        ('Appearing on "The Late Show" on Monday, the actor said the film was done.', "said", 'Appearing on "The Late Show"'),
        ("The senator, speaking on Sky News, said the bill would pass.", "said", "speaking on Sky News"),
        # a paper written in; a medium told in the passive, no one named
        ("Writing in the Kestrel Courier on Sunday, the bishop accused the council of a cover-up.", "accused", "Writing in the Kestrel Courier"),
        # the cue's own paper or site: 'wrote for', 'wrote in', 'explained at'
        ("As the columnist Rhea Voss wrote for the Kestrel Courier last week, the levy will fall on renters.", "wrote", "for the Kestrel Courier"),
        ("As Rhea Voss explained at the Kestrel Courier, the levy will fall on renters.", "explained", "at the Kestrel Courier"),
        ("Rhea Voss wrote in the Kestrel Courier that the levy will fall on renters.", "wrote", "in the Kestrel Courier"),
        ("The two climbers were actually guides from the village, CNN is told.", "told", "CNN"),
        ("The missing trawler was found near the cape, the BBC has been told.", "told", "the BBC"),
        # a station named after its network tie, told, which the parser made the claim's subject
        ("Galvin told CNN affiliate WBZ the capsule will probably be opened next year.", "told", "CNN affiliate WBZ"),
        # a court spoken in or to, as a hearing is
        ("The ferry was overloaded, the captain admitted in court.", "admitted", "in court"),
        ("The engineer told the court that the pier was unsafe.", "told", "the court"),
        ("The chef says in a BBC show to be aired on Sunday that the dish is vegan.", "says", "in a BBC show"),
        ("On the new cookery show, the chef explains that the dish is vegan.", "explains", "On the new cookery show"),
        ("The warden said for a BBC documentary that the island was sinking.", "said", "for a BBC documentary"),
        # a social verb in -ing is its own channel, as 'tweeted'
        ("The mayor was tweeting that the bridge would reopen on Monday.", "tweeting", "tweeting"),
        # an occasion with words of its own before it; a magazine told
        ("The director said at a 2019 Film Society and Screen Guild event that the sequel was off.", "said", "at a 2019 Film Society and Screen Guild event"),
        ("A former diplomat told Foreign Policy that the sister was in charge.", "told", "Foreign Policy"),
        # the gathering told; a meeting as a format; a name after 'with' that stops at lower case
        ("The spokesman told a news conference that the girls were alive.", "told", "a news conference"),
        # the medium it was made clear to (review of Random(12323))
        ("Hospital officials made it clear to the BBC that the ward was closed.", "made", "the BBC"),
        # the people told on a platform, named by it
        ("Tom Keele told his Facebook friends that the bakery would shut in May.", "told", "his Facebook friends"),
        ("The singer wrote to her 40,000 Instagram followers that the tour was off.", "wrote", "her 40,000 Instagram followers"),
        ("In a closed-door meeting with Kestrel lawmakers on Tuesday, the king said the war would go on.", "said", "In a closed-door meeting with Kestrel"),
        ("In a letter to La Stampa, the bishop said the abbey would close.", "said", "In a letter to La Stampa"),
        # the notices an agency issues
        ("The coastguard said in an alert that the ferry had lost power.", "said", "in an alert"),
        ("The ministry warned in an advisory that the pass was closed.", "warned", "in an advisory"),
        # a ruling a court or cleric states it in; a medium's programme told
        ("The judge wrote in her ruling that the contract was void.", "wrote", "in her ruling"),
        ("Two former detectives told CBS's Morning Edition on Monday that the tape was doctored.", "told", "CBS's Morning Edition"),
        # a site told by its web address, in lower case too
        ("A press officer for the council told kestrelnews.co.uk that the story was exaggerated.", "told", "kestrelnews.co.uk"),
        # interviews in the plural, an analyst's note, a petition
        ("Campus officials said in interviews with The Kestrel Courier that the email was real.", "said", "in interviews with The Kestrel Courier"),
        ("The analyst said in a research note that sales of the watch would fall.", "said", "in a research note"),
        ("In his petition, the farmer claimed that the land was his.", "claimed", "In his petition"),
        # a programme named by its day or its network, its title in quotes or not; a name
        # taken to the sentence's end stops before the full stop
        ("The anchor took a moment on Monday’s “Kestrel Evening News” to push back on reports that he had been fired.", "push back", "on Monday’s “Kestrel Evening News”"),
        ("The senator said on Sunday’s Face the Nation that the bill would pass.", "said", "on Sunday’s Face the Nation"),
        ("The senator said on NBC’s “Meet the Press” that the bill would pass.", "said", "on NBC’s “Meet the Press”"),
        ("The minister announced the deal in an interview with Kestrel Radio.", "announced", "in an interview with Kestrel Radio"),
        # a programme named by its day and a show word; a network's programme; a paper named by its day
        ("The senator said on Tuesday night’s broadcast that the bill would pass.", "said", "on Tuesday night’s broadcast"),
        ("The senator said on CNN’s State of the Union that the bill would pass.", "said", "on CNN’s State of the Union"),
        ("The bishop wrote in a letter to Saturday’s Times that the abbey would close.", "wrote", "in a letter to Saturday’s Times"),
        # the stop of an abbreviation stays
        ("The union said in a statement to Kestrel Media Inc. that the strike was over.", "said", "in a statement to Kestrel Media Inc."),
        # a paper's own correction, update or article
        ("The Kestrel Courier said in a correction on Friday that it had misquoted the mayor.", "said", "in a correction"),
        ("In an update, the site said the stolen car had been found.", "said", "In an update"),
        # online talk: a thread, a comments section, a chat with an outlet, a discussion on a site
        ("The engineer wrote on the same Reddit thread that the unit weighed more.", "wrote", "on the same Reddit thread"),
        ("One reader wrote in the comments section that the film was a remake.", "wrote", "in the comments section"),
        ("In a brief chat with the Kestrel Media Blog, the founder said the app would close.", "said", "In a brief chat with the Kestrel Media Blog"),
        ("In a chat with Kestrel Radio the minister said the talks were over.", "said", "In a chat with Kestrel Radio"),
        (
            "In a discussion about the article on Harbourview, a news portal, one user suggested that the custom would fade.",
            "suggested",
            "In a discussion about the article on Harbourview",
        ),
        # a platform named by its kind
        ("“I used to hide it,” she said on the social media site.", "said", "on the social media site"),
        ("The skipper wrote on the photo-sharing site that the boat had sunk.", "wrote", "on the photo-sharing site"),
    ],
)
def test_channel_classes(text, cue, channel):
    a = att(text, cue)
    assert a.channel is not None and a.channel.text == channel
    assert text[a.channel.start : a.channel.end] == channel


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The singer, who has 31,700 tweets, said the tour was cancelled.", "said"),  # a noun, not the act
        ("Speaking on Capitol Hill, the senator said the bill would pass.", "said"),  # a place
        ("Speaking on Monday, the senator said the bill would pass.", "said"),  # a day
        ("The witness, who was interviewed by the FBI, said the car was blue.", "said"),  # no medium
        ("The harbour master told reporters that the crane had failed.", "told"),
        ("He said at a time when the meeting had ended that the crane had failed.", "said"),  # 'at a time when ...'
        ("The governor said at the first site that the bodies had been buried for years.", "said"),  # a place, not a news site
        # when the claimed thing happened, before a cue set into the claim
        ("During the meeting, he claims, the treasurer admitted the loss.", "claims"),
        ("She said in interviews that she was tired of touring.", "said"),  # no one interviewed her by name
        ("The senator disputed the mayor’s claim on Wednesday morning.", "disputed"),  # a time, not 'Morning Joe'
        # a topic after a day, not a programme; a paper's piece that the words are not said in
        ("The senator commented on Monday’s Supreme Court ruling, saying it was a mistake.", "saying"),
        ("The senator, commenting on Monday’s “historic” vote, said the bill would pass.", "said"),
        ("Responding to an error in an article about the merger, the company said the deal was still on.", "said"),
        ("Citing a clause in an article of the treaty, the judge said the law was void.", "said"),
        ("In a discussion about road safety, the senator said the bill would pass.", "said"),  # a topic
        ("In a discussion on Iran, the senator said the talks were over.", "said"),  # a topic too
        ("In his comments on Tuesday, the minister said the plan was dead.", "said"),  # his remarks
        # what the claim tells of happened on that occasion, not the telling ('admitted lying in a statement')
        ("The clerk admitted lying in a sworn statement.", "admitted"),
        ("The clerk denied posting the photo on Facebook.", "denied"),
        # a platform's own event, not the platform
        ("The chief executive said on the social networking site's earnings call that profits rose.", "said"),
    ],
)
def test_no_channel(text, cue):
    assert att(text, cue).channel is None


def test_commenting_on_a_report_is_no_channel_and_the_medium_told_is():
    a = att("Officials are not commenting on the reports, but a source told the Herald that the deal was done.", "told")
    assert a.channel is not None and a.channel.text == "the Herald"


def test_an_unsourced_claim_takes_the_platform_it_floods():
    text = "Social media around the world have been flooded with rumors of the singer's death, but there was no sign that they were true."
    a = att(text, "rumors")
    assert a.channel is not None and a.channel.text == "Social media"
    # 'abuzz', which the tagger reads as a noun (the review of Random(12121)); not a platform
    # in the subject's own phrase ('the reports on ... Twitter')
    assert att("Facebook has been abuzz with rumors of her arrest.", "rumors").channel.text == "Facebook"
    assert att("Since the reports on Thursday Twitter has been abuzz with rumors of his death.", "rumors").channel is None


def test_a_channel_carries_to_the_next_sentence_of_the_same_post():
    text = "In a Facebook post, the actor Lena Brandt wrote that she had left the band. She added that the tour would go on."
    assert att(text, "wrote").channel.text == "In a Facebook post"
    assert att(text, "added").channel.text == "In a Facebook post"


def test_an_unnamed_source_taken_up_again_keeps_its_medium():
    text = (
        "A source close to the club told the Kestrel Gazette that the coach had been sacked. "
        "The decision was taken on Friday, the source said."
    )
    a = att(text, "said")
    assert a.channel is not None and a.channel.text == "the Kestrel Gazette"


def test_a_reply_is_made_where_the_question_was_asked():
    text = 'The presenter asks in a BBC show to be aired on Sunday: "Is it edible?"\n\nThe botanist Ivo Marr replies: "Only if you cook it."'
    a = att(text, "replies")
    assert a.channel is not None and a.channel.text == "in a BBC show"


def test_the_next_sentence_says_where_the_lead_was_said():
    text = (
        "The director Mara Quist has announced plans to film a sequel.\n\n"
        "Quist said in an interview with the Kestrel Gazette that filming would begin in May."
    )
    a = att(text, "announced")
    assert a.channel is not None and a.channel.text == "in an interview with the Kestrel Gazette"


def test_a_channel_does_not_reach_into_someone_elses_words():
    text = (
        "The mayor, Rosa Lind, told residents in a radio interview that the bridge was safe.\n\n"
        "The engineer Tom Reyes said Lind was claiming that the steel had been replaced."
    )
    assert att(text, "told").channel.text == "in a radio interview"
    assert att(text, "claiming").channel is None


def test_an_earlier_occasion_told_in_passing_keeps_no_channel():
    # 'a concern that ...' inside the quotation names no earlier claim, and 'who announced
    # this year' is another occasion than the interview
    text = (
        "The prosecutor Ann Hale, who announced this year that she would drop minor cases, agreed. "
        '"It creates a serious concern that summonses will be issued without review," Hale said in a phone interview.'
    )
    assert att(text, "said").channel.text == "in a phone interview"
    assert att(text, "announced").channel is None


def test_told_a_medium_with_of_in_its_name_or_on_a_telecast_is_the_channel():
    # the review of Random(11616): both had none
    assert att("An American volunteer told Voice of America that the camp was empty.", "told").channel.text == "Voice of America"
    assert att("The singer said on the telecast that she would retire.", "said").channel.text == "on the telecast"


@pytest.mark.parametrize(
    ("text", "cue", "channel"),
    [
        ("Reached for comment by The Seattle Times on Monday, a Boeing spokeswoman denied any role in the deal.", "denied", "The Seattle Times"),
        ("Contacted by the BBC, the ministry said the figures were wrong.", "said", "the BBC"),
        ("When reached by CNN, the club said it would not discuss the transfer.", "said", "CNN"),
        ("The deaths were confirmed by a senior port official when interviewed by Sky News on Monday.", "confirmed", "Sky News"),
        ("Rolling Stone reached out to the actor's agent, who denied that the film had been shelved.", "denied", "Rolling Stone"),
    ],
)
def test_the_medium_that_asked_is_the_channel_of_the_answer(text, cue, channel):
    """'Reached for comment by The Huffington Post, an AutoNation spokesman denied ...' and
    'Vanity Fair reached out to the actor's reps, who denied ...' had no channel (the review
    of Random(12020)); being reached by a phone or a person names no medium."""
    assert att(text, cue).channel.text == channel
    assert att("Contacted by a neighbour, the landlord said the flat was empty.", "said").channel is None


@pytest.mark.parametrize(
    "text",
    [
        "After thousands of posts on Twitter over the weekend, the coach said the rumours were false.",
        "Following days of speculation on Facebook, the mayor said she would not resign.",
    ],
)
def test_a_medium_in_what_came_before_the_report_is_not_its_channel(text):
    # the review of Random(11616): 'After hundreds of mentions on social media, ... Brian
    # Williams slammed ... and said ...' gave the anchor's words the channel 'on social media'
    assert att(text, "said").channel is None
    assert att("Speaking on CNN after the vote, the mayor said she would not resign.", "said").channel.text == "Speaking on CNN"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The harbour master took to local radio to counter claims that the pier was unsafe.", "counter"),
        ("The coach shot down the report that he had resigned.", "shot"),
        # (from the review of Random(11010): both were missed)
        ("Early reports linked the fire to the plant. But outside experts later downplayed the theory.", "downplayed"),
        ("Rumours spread that the mayor had fled. Police dispelled the rumours on Monday.", "dispelled"),
        # (from the review of Random(11616): a rumour squashed read as the anchor's claim)
        ("The palace scotched speculation that the prince was ill.", "scotched"),
        ("The anchor chose to squash the Internet rumors on Monday's broadcast that the reporter was caught writing his name in the snow.", "chose"),
    ],
)
def test_rebuttal_verbs_deny_a_claim(text, cue):
    assert att(text, cue).stance == "denies"


def test_dispelling_what_is_no_claim_reports_nothing():
    assert analyze("Police dispelled the crowd outside the station.", options=RAW).attributions == []
    assert analyze("The court quashed the conviction on appeal.", options=RAW).attributions == []
    # (a court's 'quash' annuls, it denies no claim: the review of this round's diff)
    assert all(a.stance != "denies" for a in analyze("An appeals court quashed the charges against the activist.", options=RAW).attributions)
    # while 'downplayed the risk' says something of the risk, as PolNeAR marks it (dev)
    assert att("The minister downplayed the risk of a strike.", "downplayed").stance == "asserts"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('Ada Brill claimed the mayor owned the quarry. "A lie," the mayor said.', "said"),
        ("Ada Brill claimed the mayor owned the quarry. The mayor said that simply isn't true.", "said"),
        ('A clerk told the paper the two men had argued. "That argument never happened," the manager said.', "said"),
        ("Parents said the school had a lice problem. The head teacher insisted there is no lice problem at the school.", "insisted"),
        # a clause set against the first, a falsity noun the predicate is made of
        ("Bloggers claimed the old king had died. It made a great story, but it wasn't true, the palace said.", "said"),
        # with the typographic apostrophe and quotation marks of most pages (clitics.txt)
        ("Bloggers claimed the old king had died. It made a great story, but it wasn\u2019t true, the palace said.", "said"),
        ("Bloggers claimed the old king had died. The minister told the Gazette the rumours were \u201ccreative,\u201d but untrue.", "told"),
        ("Bloggers claimed the singer had died. Her agent confirmed that she was the victim of yet another death hoax.", "confirmed"),
        # 'not genuine' and 'a false belief' (denials.txt: fake, myth)
        ("Bloggers claimed the singer had died. Her label confirmed the story was fake.", "confirmed"),
        ("Bloggers claimed the singer had died. Her agent said the story of her death was a myth.", "said"),
        # a deceit or an invention (denials.txt: trick, fiction, smear)
        ("Fans claimed the goalkeeper had been sold. His agent said the story was pure fiction.", "said"),
        ('Fans claimed the goalkeeper had been sold. "This is a smear," his agent said.', "said"),
        # 'not real', 'not the case' (denials.txt, untrue_if_not)
        ("Bloggers claimed the queen wore no scarf. The ambassador said the blurred video is not real.", "said"),
        ("Bloggers claimed the queen wore no scarf. Reporters on the ground said that was not the case.", "said"),
        # 'not so' (denials.txt: so, untrue_if_not); a word of degree before the falsity noun
        ("Fans said the goalkeeper had been sold, but the club says it is not so.", "says"),
        ("Fans claimed the goalkeeper had been sold. His agent said the story was nothing but lies.", "said"),
        ("Fans claimed the goalkeeper had been sold. The club said the report is nothing more than a hoax.", "said"),
        # the event told of called mere talk, as the whole predicate (mere_talk.txt)
        ("Bloggers wrote that the museum's statue had been stolen. The curator said the theft was a rumour.", "said"),
        # a "which" clause on the claim the main clause names
        ("The researcher said: “Supporters spread a rumour that she had been captured, which is not true.”", "said"),
        # a vocative after the verdict, which the parser read as its noun (FNC 1271)
        ("Bloggers claimed the drummer had died. “It's a hoax, mate,” wrote the blog Gigwatch.", "wrote"),
        ("Bloggers claimed the drummer had died. “It's fake, folks,” wrote the site Newsbin.", "wrote"),
        # a subject that says none of it is so (FNC 1343)
        ("Bloggers claimed the nurse had the virus. “None of that information was accurate,” the manager said.", "said"),
        ("Fans claimed the goalkeeper had been sold. No part of that story is true, the club said.", "said"),
        # propaganda, said of the reports (FNC 1106, the review of Random(11111))
        ("Rebel sites claimed the climber had been captured. Kurdish sources told the Times the reports of her capture were merely rebel propaganda.", "told"),
        # an error, said of the claim (denials.txt: wrong, mistaken; the review of Random(11414))
        ("Fans claimed the goalkeeper had been sold. The club said the reports were wrong.", "said"),
        ("Fans claimed the goalkeeper had been sold. His agent said the claims were mistaken.", "said"),
    ],
)
def test_saying_a_claim_is_false_denies_it(text, cue):
    r = analyze(text, options=RAW)
    assert [a.stance for a in r.attributions if cue_is(a, cue)] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        # a negative fact, no verdict on a claim (guideline, section 7)
        "Bloggers said the singer died. \u201cNothing like this has ever happened in our town,\u201d the mayor said.",
        "Bloggers said the singer died. Police said no injuries happened during the protest.",
        "Bloggers said the singer died. The official said no better option exists for the city.",
        "Bloggers said the singer died. This version shows Nothing is real on the internet.",
        # an error of a choice or an act, not of a claim
        "Bloggers said the singer died. The coach said the decision was wrong.",
        "Bloggers said the singer died. The council cut the grant. Union leaders said that was wrong.",
        "Bloggers said the singer died. The mayor said the report was wrong to name the boy.",
    ],
)
def test_a_subject_of_none_over_what_happened_is_no_denial(text):
    assert [a.stance for a in analyze(text, options=RAW).attributions if a.stance == "denies"] == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The photo is so strange that many readers questioned whether it was a fake.", "questioned"),
        ("The blogger wrote: 'So, is the photo a fake? Probably not!'", "wrote"),
        ("A video posted online claimed to show the crash but was fake.", "claimed"),
        # a falsity word under "no" says the opposite
        ("The coach said the video was no hoax.", "said"),
        # a deceit said of an event or a work, not of a claim
        ("The minister said the election was a sham.", "said"),
        ("The author said the novel was a work of fiction.", "said"),
        ("The singer called the band’s latest single, “Sham,” a return to form.", "called"),
        # talk named, not the predicate: 'there are rumours that', 'reported a rumour that'
        ("The curator said there are rumours the statue was stolen.", "said"),
        ("The magazine reported a rumour that the statue was stolen.", "reported"),
        # a doubt in the "which" clause, not a denial
        ("The researcher said supporters launched a rumour that she was captured, which may not be true.", "said"),
    ],
)
def test_a_falsity_word_in_a_question_or_in_the_writers_own_clause_is_no_denial(text, cue):
    r = analyze(text, options=RAW)
    assert [a.stance for a in r.attributions if cue_is(a, cue)] in ([], ["asserts"])
    assert any(cue_is(a, cue) for a in r.attributions) or cue == "questioned"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('Blogs claimed the skater had failed a drug test. "These claims are malicious and completely false," her coach said.', "said"),
        ('Blogs claimed the skater had failed a drug test. "The reports are absolutely, unequivocally and utterly false," her agent said.', "said"),
        ('Blogs claimed the skater had failed a drug test. Her agent told the Courier: "There is no truth whatsoever to these claims."', "told"),
        ("Blogs claimed the skater had failed a drug test. Her club said there was no basis in fact for the rumours.", "said"),
    ],
)
def test_a_denial_in_what_is_said_links_to_the_claim_it_calls_false(text, cue):
    """A falsity word joined to another ('malicious and ... false'), and no truth or basis
    to claims, deny; the denial names the claim only as 'these claims': the nearest one."""
    r = analyze(text, options=RAW)
    claim = next(a for a in r.attributions if a.cue.text == "claimed")
    [denial] = [a for a in r.attributions if cue_is(a, cue)]
    assert denial.stance == "denies"
    assert denial.denies == claim.id


def test_the_hedges_of_a_denied_claim_do_not_hedge_the_denial():
    text = (
        "Blogs claimed the skater had failed a drug test.\n\n"
        '"These claims are completely false," her agent said. "They are unsourced, unverified and ridiculous."'
    )
    a = att(text, "said")
    assert (a.stance, a.certainty, a.hedges) == ("denies", "asserted", [])
    assert att("The actor denied the alleged affair with his co-star.", "denied").certainty == "asserted"


def test_a_resumed_quotation_is_read_from_its_first_clause():
    """'“A,” she said. “B.”': what she says is A and B, not the cue's verb; a hedge in A is
    hers ('there could be'), a belief of people in general is not."""
    a = att('"To be fair, there could be other reasons for the delay," the engineer said. "We will know on Monday."', "said")
    assert a.certainty == "speculative"
    a = att('"People think I saved the club," the coach said. "It is the other way round."', "said")
    assert a.certainty == "asserted"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Police said no one was hurt in the fire.", "said"),  # a negative statement that rejects no claim
        ("Parents said the school had a lice problem. The head teacher said there was no indication the pupils were ill.", "said"),
        ("Parents said the school had a lice problem. The nurse said she had no doubt the school would cope.", "said"),
        ("The trainer said the horse lied down after the race.", "said"),
        ("Blogs claimed the skater had failed a drug test. Police said there was no basis for the arrest of her coach.", "said"),
        ("Blogs claimed the skater had been paid. Her coach said it was not a case of bribery but of bad luck.", "said"),  # what kind, not whether
        ("Blogs claimed the skater had been paid. Her coach said that was not what she expected.", "said"),  # not what happened: what she expected
        # a general case, another party, a cleft (a review of the round's diff)
        ("A tabloid said the striker had been fined. That is not what normally happens in such cases, a league official said.", "said"),
        ("A tabloid claimed the singer had been arrested. That is not what happened to her bandmates, her manager said.", "said"),
    ],
)
def test_a_negative_statement_is_no_denial(text, cue):
    r = analyze(text, options=RAW)
    assert [a.stance for a in r.attributions if cue_is(a, cue)][-1] == "asserts"


def test_no_sign_that_the_reports_were_true_leaves_them_unsupported():
    text = "Social media were flooded with rumours of the singer's death, but there was no sign on Friday that the reports were true."
    assert att(text, "rumours").evidence == "none_provided"


def test_a_caption_line_above_is_no_part_of_the_claims_sentence():
    text = (
        "The ferry sank near the harbour mouth.\n\n"
        "Harbour rescue: crews describe the night\n"
        "Dramatic rescue caught on video off Dover\n"
        "According to the Kent Messenger, the captain had warned the owners twice."
    )
    assert att(text, "According to").evidence == "unstated"


def test_pictures_first_in_their_sentence_are_a_document():
    text = "The twins were born in May. Pictures published in local media show the mother standing on a busy road with a sign."
    a = att(text, "show")
    assert a.source_type == "document" and a.evidence == "cited"


def test_an_unconfirmed_report_is_unsupported():
    # guideline, section 6: 'unconfirmed report' is none_provided
    assert att("Unconfirmed reports say the ferry captain has resigned.", "say").evidence == "none_provided"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Two local papers reported that the dam had cracked, although engineers have yet to confirm the reports.", "reported"),
        ("Two local papers reported that the dam had cracked. The reports are still unconfirmed, but the council says it is sending inspectors.", "reported"),
        ("A trade blog claims the ferry firm will close its depot. The claims are unverifiable.", "claims"),
        ("Fans said the drummer had quit the band. It is impossible to confirm any of this.", "said"),
        ("A fan account posted a picture claiming the drummer had quit, but neither the picture nor the account has been verified.", "claiming"),
        ("Neighbours say the mayor sold the quarry. Whether that is true or not remains to be seen.", "say"),
        ("A monitoring group said 40 fighters were killed. The Courier was not immediately able to verify the report.", "said"),
        ("A fan account said the drummer had quit. The Courier could not independently verify the claim.", "said"),
        # in the perfect, and as a check the outlet did not make on what the claim names
        ("A fan account said the drummer had quit. We have not been able to verify its authenticity.", "said"),
        ("Fans reportedly stormed the pitch. The Courier has not been able to confirm the report.", "reportedly"),
        ("A councillor claimed that forty boats had been stolen. Police have not been able to substantiate the claim.", "claimed"),
        # an adverb inside the passive; a subject that is the picture's, by 'its'
        ("A fan account said the drummer had quit. The claim could not be immediately verified.", "said"),
        ("A video shared on Facebook shows the mayor falling into a lake. Its authenticity could not be verified.", "shows"),
        ("A trade blog claims the ferry firm will close its depot. The report has not been officially confirmed.", "claims"),
        # the refusal spelled out, and by the source itself after a concession inside the span
        ("The harbour police confirmed they are working with the coastguard, though they have declined to provide any more information.", "confirmed"),
        ("The ferry firm said two crew members were hurt. It refused to release further details.", "said"),
    ],
)
def test_verification_language_leaves_a_claim_unsupported(text, cue):
    assert att(text, cue).evidence == "none_provided"


def test_a_note_joined_by_and_to_the_next_cue_is_not_on_that_cue():
    # the writer's note, with a subject of its own, in a clause joined to the next report's
    text = "A monitoring group said 40 fighters were killed. The Courier was not immediately able to verify the report and the army said it was not aware of any fighting."
    r = analyze(text, options=RAW)
    army = [a for a in r.attributions if a.source is not None and a.source.text == "the army"]
    assert [a.evidence for a in army] == ["unstated"]
    assert r.attributions[0].source.text == "A monitoring group" and r.attributions[0].evidence == "none_provided"


def test_a_statement_on_earlier_reports_is_not_the_next_sources():
    # 'The reports are unconfirmed, but the council says ...': the reports before, not the council
    text = "Two local papers reported that the dam had cracked. The reports are still unconfirmed, but the council says it is sending inspectors."
    assert att(text, "says").evidence == "unstated"


def test_rumours_with_their_own_content_speak_of_that_one():
    text = "The mayor said the bridge would reopen in May. Rumours that the builder has gone bankrupt remain unconfirmed."
    assert att(text, "said").evidence == "unstated"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('The vet said: "We ran blood tests on the horse, which showed it had been drugged."', "said"),
        ("The reporter wrote that the landlord's name is listed twice in the county court database.", "wrote"),
    ],
)
def test_a_test_or_record_named_in_the_claim_is_cited(text, cue):
    assert att(text, cue).evidence == "cited"


def test_a_record_named_inside_an_unsourced_claim_is_what_is_claimed_not_its_support():
    text = "The recording allegedly holds audio captured during a council meeting."
    assert att(text, "allegedly").evidence == "unstated"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("The harbour master told KQRV7 that the crane had failed.", "KQRV7"),  # a name in capitals
        ("The chef told People that the dish was vegan.", "People"),  # 'People magazine', short
        ("The mayor told Harbour Press Agency that the road would reopen.", "Harbour Press Agency"),
        (
            "The mayor gave an interview to Lantern television last year. On Monday he told Lantern that the road would reopen.",
            "Lantern",
        ),  # a name the article writes before a medium noun
        ("The aid worker told Israeli radio that she was safe.", "Israeli radio"),  # the broadcast medium itself
        ("The mayor told state television that the road would reopen.", "state television"),
    ],
)
def test_a_medium_told_by_its_form_or_the_article(text, channel):
    a = att(text, "told")
    assert a.channel is not None and a.channel.text == channel


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master told Smith that the crane had failed.",
        "The harbour master told Kestrel that the crane had failed.",
        "The nurse told Dawn that the ward was closing.",  # a first name, and 'Dawn' the newspaper's short name
        "The nurse told Detroit that the ward was closing.",  # 'Detroit' of 'Detroit News' is a masthead, not a short name
        "The FBI said it was looking into the case. The harbour master told FBI that the crane had failed.",
    ],
)
def test_a_person_or_an_institution_told_is_no_channel(text):
    assert att(text, "told").channel is None


@pytest.mark.parametrize(
    ("text", "cue", "channel"),
    [
        ("Commander Hale released a statement saying the man was known to police.", "saying", "a statement"),
        ("The club issued a statement that said the coach had resigned.", "said", "a statement"),
        ("The quarry firm said in the document that sales had fallen.", "said", "in the document"),
        ('"The crater is not from the comet," says Professor Hale, by email.', "says", "by email"),
        ('"My mother is delighted," the singer said, via the Kestrel Gazette.', "said", "the Kestrel Gazette"),
        ('"These claims are false," the agent said in a statement (via ESPN).', "said", "in a statement"),
    ],
)
def test_formats_put_out_and_means(text, cue, channel):
    a = att(text, cue)
    assert a.channel is not None and a.channel.text == channel


def test_reading_a_report_is_no_channel():
    assert att("I just read a report that a forecaster said the winter would be cold.", "said").channel is None


def test_the_sentence_before_can_name_the_occasion():
    text = 'The singer kept the secret for years. She then made the news public on Instagram. She wrote: "I am leaving the band."'
    a = att(text, "wrote")
    assert a.channel is not None and a.channel.text == "on Instagram"
    text = 'The singer made the news public on Instagram. Her manager wrote: "She is leaving the band."'
    assert att(text, "wrote").channel is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Fans said the fire was linked to the concert. The council called the fire report unrelated to the concert.", "called"),
        ("A blogger said the mayor sold the quarry. The mayor called the story a hoax.", "called"),
        # the verdict in quotation marks, which the parser hangs on the claim as its apposition
        ("The rebels said they held a pilot. The minister called the group’s claim “an old and sick trick.”", "called"),
        ('Locals claimed a comet caused the crater. "The timing precludes any such impact," the astronomer said.', "said"),
        ('Locals claimed a comet caused the crater. "The data are thin, but the timing rules out a comet," the astronomer said.', "said"),
        ('Locals claimed a comet caused the crater. "The crater formed a day later, so the comet and the crater are unrelated," the astronomer said.', "said"),
        ("A tabloid said the actor had married Ada Brill. His agent insisted the actor was not married to Brill.", "insisted"),
        ("A tabloid said the club had sold its ground. Supporters have cast doubt on the reports.", "cast"),
        ("Locals claimed a comet caused the crater. Astronomers have cast doubt on whether a comet was involved at all.", "cast"),
        ("Marine biologists have cast doubt over claims that a shark swam up the river.", "cast"),  # the claim named in it
        ("A tabloid said the club had sold its ground. Its owners poured cold water on the reports.", "poured"),
        # describing a claim as false, and a story 'embellished' or 'fabricated'
        ("A tabloid said the club had sold its ground. The owners described the rumours as a hoax.", "described"),
        ("A tabloid said the club had sold its ground. The owners described the report as false.", "described"),
        ("A tabloid said the club had sold its ground. The owners described the claims as baseless.", "described"),
        # a scare is the alarm a claim raised: dismissing it denies the claim (FNC 1308)
        ("A blogger said the ferry was sinking. Engineer Tom Hale wrote in a blog post dismissing the latest safety scare.", "dismissing"),
        # the claim moved past the verdict, and the verdict after the claim's own clause (FNC 1492)
        ('The singer\'s manager has described as "nonsense" a Daily Star report that she had quit the band.', "described"),
        ('The minister\'s office called the Times report that he would resign "rubbish".', "called"),
        ("The Daily Spur said the council would fine a robot. A council officer told the Weston Star that the story was embellished.", "told"),
        ("The Daily Spur said the council would fine a robot. A council officer told reporters the story was fabricated.", "told"),
        # a worthless message, in the words news quotes
        ("The Daily Spur said the council would fine a robot. That claim is garbage, a council officer told reporters.", "told"),
        ("The Daily Spur said the council would fine a robot. “Utter hogwash,” a council officer told reporters.", "told"),
    ],
)
def test_denials_by_verdict_exclusion_insistence_and_doubt(text, cue):
    assert att(text, cue).stance == "denies"


@pytest.mark.parametrize(
    "text",
    [
        'The minister called the report that he would resign "a fair summary".',  # a verdict that calls nothing false
        "The minister described the bridge as unsafe.",
        "Police said the passports were fabricated by the gang.",
        "The coach described the report as detailed.",
        "Residents said the garbage had piled up for weeks.",
    ],
)
def test_describing_a_thing_or_a_forgery_is_no_denial(text):
    assert all(a.stance == "asserts" for a in analyze(text, options=RAW).attributions)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # doubt cast on the possibility an earlier claim raised; a denial that was tried; the
        # idiom of cold water, tried
        ("Villagers reported that a comet caused the crater. But geologists are now casting doubt on that possibility.", "casting"),
        ("A tabloid reported that the club had sold its ground. The club's owners moved to dismiss the report.", "moved"),
        ("A tabloid reported that the club had sold its ground. The league sought to pour cold water on the story.", "sought"),
        # the claim pointed back at and said not to be what took place (review of Random(12424))
        ("A tabloid reported that the goalkeeper had been arrested. But that is not what happened at all, said Ana Ruiz.", "said"),
        ("A tabloid reported that the bus had crashed. That's not what took place, the driver told the Echo.", "told"),
    ],
)
def test_a_denial_of_the_claim_before_it_links_to_that_claim(text, cue):
    r = analyze(text, options=RAW)
    a = by_cue(r, cue)
    assert a.stance == "denies" and a.denies == by_cue(r, "reported").id, (a.stance, a.denies)


def test_none_of_what_a_later_report_tells_of_denies_it():
    """The denial first, the rumour after it: two words of what there is none of in the later claim."""
    text = (
        "The health ministry said in a statement that there are no suspected infections from the deadly virus in the region. "
        "According to the discredited reports, the virus was brought to the region by traders."
    )
    assert att(text, "said").stance == "denies"
    # one word in common is not enough
    text = "The ministry said there are no plans for a new airport. Bloggers wrote that the old airport would close."
    assert att(text, "said").stance == "asserts"


@pytest.mark.parametrize(
    "text",
    [
        "The blog argues the chip could power wireless earbuds. Its editor told readers that she has no knowledge of any plans by Sony to launch wireless earbuds.",
        "A tabloid said the club would sell its ground to a developer. The mayor said he had no recollection of any talks with a developer about the ground.",
        "Officials are looking into reports that sailors have caught cholera. The Herald noted that there is no information on whether the ship's doctors are trained to treat cholera.",
    ],
)
def test_not_knowing_of_what_a_claim_speaks_of_is_no_denial(text):
    """'has no knowledge of any plans to launch X' after a claim of X: the speaker's
    ignorance (no_doubt_nouns.txt), which leaves the claim open; it read as a denial."""
    r = analyze(text, options=RAW)
    assert [a.stance for a in r.attributions if a.cue.text in ("told", "said", "noted") and a.source.text not in ("A tabloid", "Officials")] == ["asserts"]


def test_trying_to_dismiss_what_is_no_claim_is_no_denial():
    assert att("The council sought to dismiss the lawsuit over the quarry.", "sought").stance == "asserts"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Rebels attacked two villages. The minister insisted that the violence would not stop the talks.", "insisted"),
        ("The coach called the match a test of nerve.", "called"),
        ("The analyst cast doubt on the plan's chances in a statement.", "cast"),
        ("Rebels attacked two villages. The fighting continues to cast doubt over the talks between the two villages.", "cast"),
    ],
)
def test_no_denial_without_a_claim_against(text, cue):
    assert att(text, cue).stance == "asserts"


def test_the_medium_written_to_before_saying():
    text = "A shop assistant wrote to Gawker on Friday afternoon to say that the store would close."
    a = att(text, "say")
    assert a.channel is not None and a.channel.text == "Gawker"


def test_a_claim_said_to_be_exaggerated_is_denied():
    text = "A tabloid said the band was splitting up. The drummer said reports of a split were greatly exaggerated."
    assert [a.stance for a in analyze(text, options=RAW).attributions if cue_is(a, "said")][-1] == "denies"


def test_a_recording_that_shows_a_speaker_is_the_channel_of_what_they_say_there():
    text = (
        "The leader of the Tarn Valley militia has dismissed claims by the provincial government that his fighters had agreed to a ceasefire.\n\n"
        "A video handed to local media on Friday showed militia leader Oskar Brannvik mocking government reports that he had been killed.\n\n"
        "In the video, Mr. Brannvik paced in front of two armoured trucks.\n\n"
        "Last month the government had claimed that the militia was ready to talk. “We will never lay down our arms,” Mr. Brannvik said.\n\n"
        "Officials had said the group would free its hostages.\n\n"
        "“A lie,” Mr. Brannvik said. The hostages, he added, had all been moved to the hills."
    )
    report = analyze(text, options=RAW)
    names = {e.id: e.name for e in report.entities}
    his = [a for a in report.attributions if names.get(a.speaker or "", "").endswith("Brannvik")]
    assert [a.cue.text.split()[-1] for a in his] == ["dismissed", "said", "said", "added"], [(a.cue.text, a.speaker) for a in report.attributions]
    assert all(a.channel is not None and a.channel.text.startswith("A video handed to local media") for a in his), [a.channel for a in his]
    others = [a for a in report.attributions if a not in his and a.cue.text != "showed"]
    assert others and all(a.channel is None for a in others)


def test_a_photograph_that_shows_a_speaker_is_no_channel():
    text = (
        "A photograph taken on Friday showed militia leader Oskar Brannvik standing beside a truck.\n\n"
        "“We will never lay down our arms,” Mr. Brannvik said."
    )
    a = att(text, "said", RAW)
    assert a.channel is None


def test_a_recording_holds_for_the_next_paragraph_not_for_the_speakers_past():
    text = (
        "A video obtained by the Kestrel Gazette shows aid worker Tomas Lindqvist reading a statement to the camera.\n\n"
        "“Please help us,” Lindqvist said.\n\n"
        "Lindqvist had worked in the region for a decade before he was seized.\n\n"
        "He often spoke of the risks. “The work matters more than the danger,” Lindqvist said in 2019."
    )
    report = analyze(text, options=RAW)
    first, later = [a for a in report.attributions if cue_is(a, "said")]
    assert first.channel is not None and first.channel.text == "A video obtained by the Kestrel Gazette"
    assert later.channel is None


def test_an_occasion_of_someones_relative_is_not_theirs():
    text = "Lindqvist’s brother and mother offered a similar message in an earlier video.\n\n“My life is in danger,” Tomas Lindqvist said in the hostage footage."
    a = att(text, "said", RAW)
    assert a.channel is not None and a.channel.text == "in the hostage footage"


def test_a_claim_noun_after_a_passive_by_is_no_claim_of_the_verb():
    text = "The suffering is compounded by the fact that the siege has lasted eight years."
    assert analyze(text, options=RAW).attributions == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A spokesman told the Gazette that the company declined to comment on rumour or speculation.", "told"),
        ("The agency insisted that it had no credible intelligence to suggest the gang was plotting an attack.", "insisted"),
    ],
)
def test_a_hedge_word_in_an_infinitive_that_is_not_an_adverb_does_not_make_the_claim_speculative(text, cue):
    assert att(text, cue, RAW).certainty == "asserted"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor, who announced her candidacy in a video last week, said the bridge was safe.", "said"),
        ("The chief said in May — weeks after the suspect was seen in a video outside the bank — that officials believed they had found him.", "said"),
        # a clause joined to the cue's with a subject of its own (the review of Random(12020):
        # Cuba's denial took the channel of the rumour it denied)
        ("Talk of a royal wedding is spreading on Twitter, but the palace has denied the rumours.", "denied"),
        ("A report that the old leader had died is circulating on the internet, but Spain has denied these rumours.", "denied"),
    ],
)
def test_a_channel_inside_another_clause_with_its_own_subject_is_not_the_cues(text, cue):
    assert att(text, cue, RAW).channel is None
    # a pronoun taking up the first subject is the same speaker on the same occasion, and a
    # phrase opening the sentence is the occasion of all of it
    assert att("The singer posted on Instagram and she said the tour was off.", "said", RAW).channel.text == "posted on Instagram"
    text = "In a statement on Monday, the observatory said it's possible that a meteorite caused the crater, but the Danish space agency also expressed doubt."
    assert att(text, "expressed", RAW).channel.text == "In a statement"
    # nor a description taking up the person named first (the review of this round's diff)
    text = "Senator Mary Alvarez appeared on CNN's State of the Union on Sunday, and the Democrat said the bill was dead."
    assert att(text, "said", RAW).channel is not None


def test_a_participle_without_a_subject_still_gives_the_cue_its_occasion():
    a = att("Speaking to reporters at a press conference, the minister said the bridge was safe.", "said", RAW)
    assert a.channel is not None and a.channel.text == "at a press conference"


def test_a_denial_does_not_answer_a_claim_its_own_sentence_goes_on_to_make():
    text = (
        "Bloggers claimed the old mayor had died in hospital on Sunday.\n\n"
        "Officials have denied that any funeral is planned, and the rumour comes close to the death of his nephew, as the Gazette reports."
    )
    r = analyze(text, options=RAW)
    denial = next(a for a in r.attributions if a.stance == "denies")
    report = next(a for a in r.attributions if a.cue.text == "reports")
    assert denial.denies != report.id


def test_a_writers_doubt_joined_to_a_claim_is_no_denial():
    a = att("The owner claims that it is real spray paint but that may not be true.", "claims")
    assert a.stance == "asserts"


def test_a_claim_dated_in_its_own_clause_is_another_occasion_than_the_video_before():
    text = (
        "In a new video, Abubakar Shekau said the girls had been married off. He also said the talks were a lie.\n\n"
        "Shekau in August announced that the group wanted to establish a caliphate."
    )
    assert att(text, "also said").channel.text == "In a new video"
    assert att(text, "announced").channel is None


def test_a_hedge_on_what_a_colon_sets_out_hedges_the_report():
    """'released an image purported to be of the gunman:' over the caption it quotes."""
    text = "Harbour Radio released an image purported to be of the gunman:\n\n“This is the man in this morning’s shooting.”"
    a = att(text, "released")
    assert a.content.text.startswith("“This is the man") and a.certainty == "hedged"
    assert [h.text for h in a.hedges] == ["purported"]
    # a modal of the report's topic is not the report's ('on what the evidence could mean:')
    text = "The Courier reports on what the new evidence could mean:\n\nThe lawyer said he was surprised by the gap."
    assert att(text, "reports").certainty == "asserted"


@pytest.mark.parametrize("text", ["Reports say the minister flew home.", "Media reports said the minister flew home."])
def test_vague_reports_as_the_source_hedge_the_claim(text):
    """The guideline's vague 'reports', unattributed, hedge as 'according to reports' does."""
    a = analyze(text, options=RAW).attributions[0]
    assert (a.source_type, a.certainty) == ("unattributed", "hedged")


def test_an_appearance_hung_before_its_verb_still_gives_an_ordered_span():
    """A garbled parse (an all-caps page the fuzzer mutated) hung 'on Fox News' before the
    'speaking' it belongs to: the channel ran from the verb back to the medium, end before
    start, and the report was unsound."""
    from spacy.tokens import Doc

    from allegedly.pipeline import load
    from allegedly.sourcing.qualifiers import _appearance

    words = ["On", "Fox", "News", "Smith", "speaking", "said", "so", "."]
    doc = Doc(
        load().vocab, words=words,
        heads=[4, 2, 0, 5, 5, 5, 5, 5],
        deps=["prep", "compound", "pobj", "nsubj", "advcl", "ROOT", "advmod", "punct"],
        pos=["ADP", "PROPN", "PROPN", "PROPN", "VERB", "VERB", "ADV", "PUNCT"],
        lemmas=["on", "Fox", "News", "Smith", "speak", "say", "so", "."],
    )
    start, end = _appearance(doc[5])
    assert start < end and doc.text[start:end] == "Fox News Smith speaking"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It has been reported that the ferry captain resigned in March.", "It has been reported"),
        ("It was said that the mayor sold the quarry to a friend.", "It was said"),
        ("It was claimed that the bridge had been closed for a week.", "It was claimed"),
        # the British press's forms (unsourced_phrases.txt)
        ("It is rumoured that the ferry captain will resign in March.", "It is rumoured"),
        ("It has been revealed that the mayor sold the quarry to a friend.", "It has been revealed"),
        ("It has since emerged that the mayor sold the quarry to a friend.", "It has since emerged"),
        # West African news copy's (a review of FNC bodies, Random(12020))
        ("It was gathered that the ferry captain had fled to Accra.", "It was gathered"),
        ("It was learnt that the governor's remarks had angered the chiefs.", "It was learnt"),
        # contracted, as tabloids write them
        ("It's believed the ferry captain was paid to stay silent.", "It's believed"),
        ("It’s been reported that the ferry captain resigned in March.", "It’s been reported"),
        ("It's said that the mayor sold the quarry to a friend.", "It's said"),
        # estimating, the parser reading "’s" as the perfect's "has"
        ("Accounts vary, but it’s estimated that there were between 12 and 25 guests at the table.", "estimated"),
    ],
)
def test_every_agentless_it_cue_is_hedged(text, cue):
    """Guideline section 5: every unsourced cue of this kind is hedged; 'it has been alleged'
    was; 'it was claimed', and on 28 FNC pages 'it was reported' or 'it was said' with
    the clause after it, stayed asserted."""
    a = att(text, cue)
    assert a.source is None and a.certainty == "hedged"


def test_an_agentless_it_cue_raised_under_seems_is_speculative_and_only_its_clause():
    # a review of FNC bodies, Random(12424): 'Thanks to one crafty viewer, it seems to have
    # been discovered that ...' was missed
    a = att("Thanks to one sharp-eyed fan, it seems to have been discovered that the stadium clock runs fast.", "discovered")
    assert (a.source, a.content.text, a.certainty) == (None, "that the stadium clock runs fast", "speculative")


def test_a_rumour_as_the_subject_is_no_source():
    """'a rumor cropped up that ...' (guideline section 2: 'rumours swirled that' is
    unsourced): unattributed and hedged as the plural always was, not an anonymous source."""
    a = att("Then a rumor cropped up that the ferry captain had resigned.", "cropped up")
    assert a.source_type == "unattributed" and a.certainty == "hedged"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("One common argument among some harbour officials has been that the pier is too costly.", "some harbour officials"),
        ("Concern among residents that the dam will fail has grown.", "residents"),
    ],
)
def test_a_claim_current_among_people_is_theirs(text, source):
    """'one oft-sung refrain among some American officials has been that ...' was missed, or
    no one's (the review of Random(12121)): the people a claim or worry is current among hold
    it. Not 'among other things'."""
    assert [a.source.text for a in analyze(text, options=RAW).attributions if a.source is not None] == [source]
    assert all(a.source is None or "things" not in a.source.text for a in analyze("Among other things, the claim that the dam will fail was denied.", options=RAW).attributions)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("No one has claimed to be holding the two sailors.", "claimed"),
        ("No group has said it carried out the attack on the depot.", "said"),
        ("Nobody in the council has confirmed the sale of the quarry.", "confirmed"),
        # (the review of Random(11717): read as the witness's claim)
        ("So far, not a single witness has come forward claiming to have seen the car.", "claiming"),
    ],
)
def test_a_source_that_is_no_one_says_nothing(text, cue):
    a = att(text, cue)
    assert a.stance == "negated" and a.source_type == "unattributed"


def test_not_one_but_another_is_someone():
    a = att("Not a doctor but a nurse told police the patient had been drugged.", "told")
    assert a.stance == "asserts" and a.source_type == "anonymous"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Neither the club nor the player wanted to comment on the report.", "wanted"),
        ("Neither Acme nor the investment firms would confirm the deal.", "confirm"),
    ],
)
def test_the_pair_neither_nor_leaves_out_says_nothing(text, cue):
    assert att(text, cue).stance == "negated"


def test_no_10_is_someone():
    a = att("No 10 said the prime minister had not been told of the sale.", "said")
    assert a.stance == "asserts" and a.source_type != "unattributed"


@pytest.mark.parametrize(
    "text",
    [
        "A No 10 spokesman said the prime minister had not been told of the sale.",
        "The No. 2 official at the embassy said the visas had been approved.",
    ],
)
def test_no_for_number_inside_the_phrase_is_no_negation(text):
    """'No' before a figure inside the source ('A No 10 spokesman') is 'number', a title."""
    a = att(text, "said")
    assert a.stance == "asserts" and a.source_type != "unattributed"
    # at the head of a sentence it stays a negation
    assert att("No 10 people have said they saw the crash.", "have said").stance == "negated"



def test_a_cue_tagged_on_its_auxiliary_is_read_by_its_verb():
    """The tagger may mark only 'have' of 'have denied' (the JSON cue is widened later): the
    stance and hedges are the verb's, so the denial stays a denial."""
    from allegedly.pipeline import load
    from allegedly.schema import Attribution, Span
    from allegedly.sourcing.qualifiers import qualify

    text = "Harbour officials have denied that the ferry was sold."
    doc = load()(text)
    a = Attribution(
        id="a1",
        cue=Span.of(text, 18, 22),  # 'have'
        source=Span.of(text, 0, 17),
        content=Span.of(text, 30, len(text) - 1),
        kind="indirect",
        source_type="anonymous",
    )
    qualify(doc, text, [a])
    assert a.cue.text == "have" and a.stance == "denies"


def test_a_denial_verb_over_a_rumour_noun_is_the_denial():
    """'Others have refuted rumours of her kidnap': the verb denies the rumour it takes
    (denials.txt), as 'denied the rumours of' is the verb's; the unsourced 'rumours of' alone
    left the denial out."""
    r = analyze("Friends have refuted rumours of the volunteer's kidnap.", options=RAW)
    assert [(a.cue.text, a.stance) for a in r.attributions] == [("have refuted", "denies")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # an estimate or what people at large hold, no one named (hedges.txt, after
        # Wikipedia's "Words to watch")
        ("It is estimated that 300 passengers were on board.", "is estimated"),
        ("The ferry captain is widely seen as the owner's choice.", "is widely seen"),
    ],
)
def test_agentless_estimates_and_widely_held_views_are_hedged(text, cue):
    a = att(text, cue)
    assert a.source is None and a.certainty == "hedged"


def test_speculation_as_the_subject_is_no_source():
    """'Speculation mounts that ...' (vague_sources.txt, mass): unattributed, as 'rumours
    say' is, not an organisation called Speculation."""
    a = att("Speculation mounts that the captain has fled the country.", "mounts")
    assert a.source_type == "unattributed"


def test_a_granting_may_before_but_is_no_speculation():
    """'She may be young, but she has taken up the key posts' (concessive 'may be'): the
    point is granted, the claim asserted; 'may be lost' alone still speculates."""
    assert att("“The new captain may be young, but she has run the ferry for a year,” he said.", "said").certainty == "asserted"
    assert att("He said the ferry may be lost.", "said").certainty == "speculative"


@pytest.mark.parametrize(
    ("text", "claim_cue", "denier", "claim"),
    [
        ("It is alleged that the skipper sold the catch twice, a claim the skipper denies.", "alleged", "the skipper", "that the skipper sold the catch twice"),
        ("The tabloid said the goalkeeper had been arrested, a report his club strongly denies.", "said", "his club", "the goalkeeper had been arrested"),
        ("The goalkeeper was arrested at the airport, the tabloid claimed, a story his agent denies.", "claimed", "his agent", "The goalkeeper was arrested at the airport"),
    ],
)
def test_a_claim_denied_in_apposition_is_a_denial_of_the_report_before_it(text, claim_cue, denier, claim):
    r = analyze(text, options=RAW)
    reported = by_cue(r, claim_cue)
    denial = next((a for a in r.attributions if a.source is not None and a.source.text == denier), None)
    assert denial is not None, [(a.cue.text, a.source and a.source.text) for a in r.attributions]
    assert denial.stance == "denies" and denial.denies == reported.id and denial.content.text == claim
    assert reported.content.text == claim  # the claim's report stops where the denial begins


@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        # a claim denied in the passive with no one named: an unattributed denial of it
        ("The rumour about the ferry has since been debunked.", "has since been debunked", "The rumour about the ferry"),
        ("As for the tale of the stolen car, the first report by the Kestrel Blog has since been updated and debunked.", "debunked", "the first report by the Kestrel Blog"),
        # with the denier named, the claim is the passive's subject
        ("The claim was later debunked by police.", "was later debunked", "The claim"),
        # the 'as' phrase the parser hangs on the agent is no part of who dismissed it
        ("The story has been dismissed by engineers as nonsense.", "has been dismissed", "The story"),
    ],
)
def test_a_claim_denied_in_the_passive(text, cue, claim):
    a = by_cue(analyze(text, options=RAW), cue.split()[-1])
    assert a.cue.text == cue and a.stance == "denies" and a.content.text == claim
    assert a.source is None or " as " not in a.source.text


def test_a_claim_denied_in_the_passive_inside_a_report_is_the_reports_denial():
    """'Snopes said the article had been debunked': the source's verdict on what the article
    said, one denial of the source's, not an unattributed one besides; with the denier named
    after 'by', the source only relays that denial."""
    r = analyze("The fact-checking site Verity said the article had been debunked.", options=RAW)
    assert [(a.cue.text, a.stance, a.content.text) for a in r.attributions] == [("said", "denies", "the article had been debunked")]
    a = only(analyze("Police said the rumours were refuted by the family.", options=RAW), "said")
    assert a.stance == "asserts"


def test_a_denial_only_supposed_is_no_denial():
    r = analyze("A link will be added below if the story is officially confirmed or denied.", options=RAW)
    assert not any(a.stance == "denies" for a in r.attributions)


def _last_cued(report):
    """The attribution whose cue comes last in the text."""
    return max((a for a in report.attributions if a.cue is not None), key=lambda a: a.cue.start)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # someone a rumour speaks of said to be safe, alive or well: the rumour denied
        ("Reports claimed that Ria Malden had been captured by the rebels. Her brother said Ria is safe and secure.", "denies"),
        ("Websites reportedly claimed that Ria Malden had been captured. \"I'm fine and safe,\" Malden wrote on Facebook.", "denies"),
        # a he or she for the person named last ('the actor's representatives ... said he is still alive')
        ("Rumours that the singer Tom Vale had died spread online on Friday. His publicist said that he is still alive.", "denies"),
        # not without a rumour about the one said to be well, nor negated or put as a possibility
        ("Police said the driver, Ria Malden, was arrested. Her brother said Ria is safe.", "asserts"),
        ("Reports claimed that Ria Malden had been captured by the rebels. Her brother said Ria may be safe.", "asserts"),
        ("Reports claimed that Ria Malden had been captured by the rebels. Her brother said Ria is not safe.", "asserts"),
        # the one named last is someone else
        ("Rumours that the singer Tom Vale had died spread online on Friday. His publicist, Ann Lee, said that she is safe.", "asserts"),
    ],
)
def test_saying_someone_a_rumour_speaks_of_is_well_denies_it(text, stance):
    r = analyze(text, options=RAW)
    last = _last_cued(r)
    assert last.stance == stance
    if stance == "denies":
        assert last.denies == r.attributions[0].id


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ('Websites claimed that Ria Malden had been captured. "Ignore the reports I\'ve been captured," Malden wrote.', "denies"),
        ('Websites claimed that Ria Malden had been captured. "DO NOT listen to the reports," Malden wrote.', "denies"),
        ('"Don\'t believe the rumours," the coach said.', "denies"),
        # not heeding them, nor ignoring something else
        ('"Listen to the reports," the coach said.', "asserts"),
        ('"Ignore the noise and play," the coach said.', "asserts"),
    ],
)
def test_an_imperative_to_set_a_claim_aside_denies_it(text, stance):
    r = analyze(text, options=RAW)
    last = _last_cued(r)
    assert last.stance == stance


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Three people were reported killed in the blast.", "were reported"),
        # the state it reports after the participle, an adverb between ('also reported dead')
        ("The actor turned musician was also reported dead back in April.", "was also reported"),
    ],
)
def test_an_agentless_report_of_a_state_is_hedged(text, cue):
    a = att(text, cue)
    assert a.source is None and a.certainty == "hedged"


def test_a_claim_welcomed_in_apposition_is_no_denial():
    text = "The council cut the ferry budget, a decision the mayor welcomed."
    assert not [a for a in analyze(text, options=RAW).attributions if a.stance == "denies"]


def test_an_earlier_claim_restated_negated_by_another_source_is_denied():
    text = (
        "A magazine profile claims that the trader made $40 million on the markets. "
        "The trader has now told Kestrel Radio that he didn't actually make $40 million on the markets."
    )
    r = analyze(text, options=RAW)
    told, claims = by_cue(r, "told"), by_cue(r, "claims")
    assert told.stance == "denies" and told.denies == claims.id
    # a negative statement that shares a word or two with an earlier claim is no denial
    r = analyze("Police said the van was red. The witness said he did not see the van.", options=RAW)
    assert [a.stance for a in r.attributions] == ["asserts", "asserts"]
    # nor one that shares only a name, however many words it has
    r = analyze(
        "Court records show Ria Tamsin-Orrell lived in Dunmore at the time. "
        "Neighbours said Ria Tamsin-Orrell had not lived there for years.",
        options=RAW,
    )
    assert [a.stance for a in r.attributions] == ["asserts", "asserts"]


def test_a_restated_claim_matches_words_the_tagger_lemmatises_two_ways():
    # 'trading' is a verb in the claim and a noun in the denial: the same word all the same
    text = (
        "Ravi Kemp became famous with a profile in the Kestrel Gazette that claims he\u2019s made $40 million by trading stocks and other securities in between classes. "
        "Kemp has now told Kestrel Radio that he didn\u2019t actually make $40 million trading; that he doesn\u2019t know where the figure came from."
    )
    r = analyze(text, options=RAW)
    told, claims = by_cue(r, "told"), by_cue(r, "claims")
    assert told.stance == "denies" and told.denies == claims.id


def test_a_report_set_off_by_dashes_inside_a_conditional_sentence_is_not_conditional():
    text = "If the story is true \u2014 the trader told the Kestrel Gazette that his wealth is in the \u201chigh eight figures\u201d \u2014 it would be worth knowing his strategy."
    a = att(text, "told")
    assert (a.certainty, [h.text for h in a.hedges]) == ("asserted", [])
    assert att("If the mayor says the bridge is unsafe, the council will close it.", "says").certainty == "speculative"
    # a hyphen inside a word is no dash
    assert att("If the deal collapses, the London-based analyst said, prices will rise.", "said").certainty == "speculative"


def test_the_one_a_claim_is_about_saying_he_never_did_it_denies_it():
    # a flat contradiction by its subject: the same verb, negated, with 'he' for the one named
    text = "The clerk claimed that Rowan had threatened staff during the call. Rowan tells the Weston Star that he never threatened anyone."
    r = analyze(text, options=RAW)
    tells, claimed = by_cue(r, "tells"), by_cue(r, "claimed")
    assert tells.stance == "denies" and tells.denies == claimed.id
    # not another verb, nor someone else saying it of himself
    for text in (
        "The clerk claimed that Rowan had threatened staff during the call. Rowan said he never visited the office.",
        "The clerk claimed that Rowan had threatened staff during the call. Mills said he never threatened anyone.",
    ):
        assert [a.stance for a in analyze(text, options=RAW).attributions] == ["asserts", "asserts"]


def test_a_source_negating_its_own_earlier_claim_takes_it_back():
    text = (
        "Reporters shared the rumour online.\n\n"
        "Mayor Reyes expected to address the council soon amid talk of his health.\n\n"
        "— Jo Bloggs (@jobloggs) January 9, 2015\n\n"
        "UPDATE - not expecting a Reyes announcement - bad info from an agency.\n\n"
        "— Jo Bloggs (@jobloggs) January 10, 2015"
    )
    first, second = [a for a in analyze(text, options=RAW).attributions if a.cue.text == "—"]
    assert (first.stance, second.stance) == ("asserts", "denies")
    # the same source saying something else in the negative takes nothing back
    r = analyze("Mayor Reyes said the bridge would open in May. Reyes said the council did not expect a strike.", options=RAW)
    assert [a.stance for a in r.attributions] == ["asserts", "asserts"]
    # nor one that comes after other claims of the source's ('convinced him' ... 'didn't convince Kestrel')
    r = analyze(
        "Ted Conal says a Kestrel rep convinced him that the bills would be fixed. He says he was billed twice. "
        "He says even this didn't convince Kestrel that there was a problem.",
        options=RAW,
    )
    assert all(a.stance == "asserts" for a in r.attributions)



@pytest.mark.parametrize(
    ("text", "cue", "stance"),
    [
        # a verb of denial with a claim for object, in the main clause: kept, whatever the ranker says
        ("Bloggers said the lake had been poisoned. The water board went on Twitter to debunk the hoax.", "debunk", ["denies"]),
        ("Bloggers said the lake had been poisoned. The state health department refuted that claim.", "refuted", ["denies"]),
        # the claim as the passive's subject, however long, its agent the denier
        ("Earlier reports claiming that Dutch officials had arrested the son of the mayor have now been denied by Belgium.", "denied", ["denies"]),
        ("Earlier claims that the ferry had sunk have been denied by the coastguard.", "denied", ["denies"]),
        ("Reports that the old king had died were dismissed by the palace as rumours.", "dismissed", ["denies"]),
        # 'a degree word' that is no falsity, and a verb of denial on an act, stay as they were
        ("Fans claimed the goalkeeper had been sold. His agent said the offer was nothing more than a proposal.", "said", ["asserts"]),
        ("The council rejected the appeal.", "rejected", []),
    ],
)
def test_a_verb_of_denial_on_a_claim_is_kept(text, cue, stance):
    r = analyze(text, options=RAW)
    assert [a.stance for a in r.attributions if cue_is(a, cue)] == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # the negation of 'neither ... nor' is the pair's: a refusal to say, no denial
        ("A ministry spokeswoman neither confirmed nor denied the report.", ["negated"]),
        # nor under a refusal ('declined to confirm or deny'): the pair is what was refused
        ("The ferry company declined to confirm or deny the reports.", ["negated"]),
        # a plain pair of verbs denies as before
        ("The club confirmed the sale and denied the rumours of a loan.", ["asserts", "denies"]),
    ],
)
def test_neither_confirming_nor_denying_is_no_denial(text, stance):
    r = analyze(text, options=RAW)
    assert [a.stance for a in r.attributions] == stance


def test_a_possibility_in_a_quotation_that_closes_the_content_is_still_its_main_clause():
    """FNC body 221: 'The AP quotes ... Murillo as saying the meteorite was relatively small
    and "appears to have come off an asteroid ..."': the content's closing '."' hangs from
    the outer verb, and must not be taken for the content's main word."""
    body = fnc_body("221")
    a = next(a for a in analyze(body).attributions if a.cue.text == "saying" and a.source and "Murillo" in a.source.text)
    assert a.content.text.endswith('Earth."') and a.certainty == "speculative", (a.content.text, a.certainty)


def test_a_denial_links_to_the_report_it_disputes_not_to_the_one_that_reports_it():
    """FNC body 2399: 'El Diario de las Américas ... reported Thursday that the Cuban
    government had called a press conference ... The Cuban government later disputed the
    report, saying no such press event had been planned, according to AFP's correspondent in
    Havana.' The denial was linked to AFP's attribution, which holds it."""
    body = fnc_body("2399")
    r = analyze(body, options=RAW)
    disputed, reported = by_cue(r, "disputed"), by_cue(r, "reported")
    assert reported.source.text.startswith("El Diario") and (disputed.stance, disputed.denies) == ("denies", reported.id)
    # nor does a written example's denial link to the report around it
    text = (
        "Rumours of the general’s death spread again on Thursday.\n\nThe Kestrel Courier, a paper read mostly by exiles, "
        "reported Thursday that the government had called a press conference amid speculation about his health. The "
        "government later disputed the report, saying no such press event had been planned, according to AFP’s "
        "correspondent in the capital."
    )
    r = analyze(text, options=RAW)
    assert by_cue(r, "saying").denies != by_cue(r, "according to").id


# -- a denial that says someone is not who a claim, before or after it, calls them -----------


def test_not_who_a_claim_calls_them_denies_that_claim():
    text = (
        "A man held by the border police is not the brother of the rebel commander Ivo Markan, but a "
        "cousin of a smuggler, the interior ministry said. Security officials said on Monday that the "
        "police had detained a brother of Markan at a checkpoint."
    )
    report = analyze(text, options=RAW)
    ministry, officials = by_cue(report, "said"), report.attributions[-1]
    assert (ministry.source.text, ministry.stance, officials.stance) == ("the interior ministry", "denies", "asserts")
    assert ministry.denies == officials.id


@pytest.mark.parametrize(
    "text",
    [
        # a modal's doubt, not a denial
        "Rebels said soldiers of the Ruritanian army had crossed the river. The men may not be soldiers of the Ruritanian army at all, an official said.",
        # a name the claim does not share
        "Witnesses said a man shouted at the crowd before the blast. The man was not a member of the Ruritanian army, the police chief said.",
    ],
)
def test_a_negated_be_without_a_claim_it_contradicts_asserts(text):
    report = analyze(text, options=RAW)
    assert [a.stance for a in report.attributions] == ["asserts", "asserts"]


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        # the state a claim gives someone it names, negated by another source
        ("Rumours spread that Ana Ruiz was gravely ill. A government official said Ruiz was not ill.", ["asserts", "denies"]),
        ("State media said the ferry captain Ivo Brandt was dead. His sister said Brandt was not dead.", ["asserts", "denies"]),
        # another state, a modal's doubt: no denial
        ("Reports said Ana Ruiz was ill. Officials said Ruiz was not available.", ["asserts", "asserts"]),
        ("Reports said Ana Ruiz was ill. Officials said Ruiz may not be ill.", ["asserts", "asserts"]),
    ],
)
def test_a_state_a_claim_gives_someone_negated_denies_it(text, stances):
    report = analyze(text, options=RAW)
    assert [a.stance for a in report.attributions] == stances
    if "denies" in stances:
        assert report.attributions[1].denies == report.attributions[0].id


def test_a_report_someone_was_made_to_make_takes_no_channel_from_what_made_them():
    a = att("The mayor appeared on television on Friday, leading some to speculate that she would run again.", "speculate", RAW)
    assert (a.source.text, a.channel) == ("some", None)


@pytest.mark.parametrize(
    ("text", "cue", "stance"),
    [
        # a phrasal verb of dismissing a claim as not worth an answer denies it
        ("The rebel leader laughed off reports that he had died.", "laughed", "denies"),
        ("The minister shrugged off claims that she had lied.", "shrugged", "denies"),
        ("The minister waved away the rumours of a split.", "waved", "denies"),
        # pushing back on a claim opposes it
        ("The palace pushed back on reports that the king had died.", "pushed back", "denies"),
        ("The senator pushed back against claims that she had lied.", "pushed back", "denies"),
    ],
)
def test_laughing_off_or_shrugging_off_a_claim_denies_it(text, cue, stance):
    assert by_cue(analyze(text, options=RAW), cue).stance == stance


def test_shrugging_off_what_is_no_claim_denies_nothing():
    assert not [a for a in analyze("He shrugged off a knee injury to play on Sunday.", options=RAW).attributions if a.stance == "denies"]


def test_a_quotation_before_a_verb_of_rebuttal_is_the_reply_not_the_claim_denied():
    # 'countered' with the source's own words before it answers; with a claim after it, denies
    assert att("“I think it’s sad,” countered Ed Marlow, the union president.", "countered").stance == "asserts"
    assert att("The union countered that the officers had never been warned.", "countered").stance == "denies"
    # a verb of rebuttal that is no reply still denies with the quotation before it
    assert att('The police said the officers had been warned. "That is not what happened," the union disputed.', "disputed").stance == "denies"


def test_pushed_back_in_the_passive_or_a_report_as_a_circumstance_is_no_denial():
    r = analyze("Protesters were pushed back by police, despite reports that they had been allowed to gather.", options=RAW)
    assert not [a for a in r.attributions if a.stance == "denies"]
    assert by_cue(r, "reports").source is None  # the unsourced claim stays
    r = analyze("The company pushed back the launch after reports that the battery could overheat.", options=RAW)
    assert by_cue(r, "reports").source is None


def test_a_claim_noun_in_a_clause_joined_inside_a_report_is_the_reports():
    r = analyze("Officials said the dam held and reports that it had broken were false.", options=RAW)
    assert [a.cue.text for a in r.attributions] == ["said"]


def test_pushing_back_what_is_no_claim_denies_nothing_and_keeps_the_claim_beside_it():
    r = analyze("The launch was pushed back to May. The rebels were pushed back, but claims of a total rout are untrue.", options=RAW)
    assert not [a for a in r.attributions if a.stance == "denies" and a.cue.text.startswith("pushed")]
    claims = by_cue(r, "claims")  # the unsourced claim in the clause after 'but' is no verb's to report
    assert claims.source is None and claims.content.text == "a total rout"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # what others were told, in the speaker's own words
        ("\"They were told that only those who fast will be saved,\" the lawyer told the Kestrel Gazette.", "told"),
        ("The lawyer said they were told that only those who fast will be saved.", "said"),  # others told
        # a sound heard by others, no one's hearsay
        ("A loud boom heard on Saturday night by residents of the capital was caused by a small meteorite, officials confirmed on Sunday.", "confirmed"),
        ("A loud boom heard Saturday night by residents of Kestrel's capital Valport was caused by the impact of a small meteorite, government officials confirmed on Sunday.", "confirmed"),
    ],
)
def test_what_others_were_told_or_heard_is_no_hearsay_of_the_speakers(text, cue):
    assert att(text, cue).certainty == "asserted"


def test_dismissing_a_message_that_carries_a_claim_denies_the_claim():
    for text in (
        "The university has dismissed a blog post which claimed its president had resigned.",
        "The club rejected a tweet that said the coach was fired.",
    ):
        assert analyze(text, options=RAW).attributions[0].stance == "denies", text
    # not a person who said it, nor a proposal that sets something out
    for text in (
        "The club rejected a player who said the coach was unfair.",
        "The council rejected a plan that said taxes would rise.",
        "The council rejected a proposal which said taxes would rise.",
    ):
        assert analyze(text, options=RAW).attributions[0].stance == "asserts", text


def test_a_condition_put_to_the_reader_is_no_condition_on_the_claim():
    for text, cue in (
        ("If you missed it, the notice said: The pool will close on Friday.", "said"),
        ("\"They've got night cameras if you need them,\" said Jones.", "said"),
    ):
        a = att(text, cue)
        assert (a.certainty, [h.text for h in a.hedges]) == ("asserted", []), text
    # a prediction under a condition put to 'you' is still one (the guideline, section 5)
    for text in ("If you vote for him, taxes will rise, the senator said.", "The senator said that if you raise taxes, businesses will leave."):
        assert att(text, "said").certainty == "speculative", text


def test_seeming_so_in_the_claim_is_speculative():
    a = att("The drones appeared unusable, according to military analysts and diplomats.", "according to")
    assert (a.certainty, [h.text for h in a.hedges]) == ("speculative", ["appeared"])
    assert att("Analysts said the drones seemed unusable.", "said").certainty == "speculative"
    # not appearing somewhere, nor a negated seeming
    for text in (
        "Witnesses said the minister appeared on television.",
        "Analysts said the drones did not seem damaged.",
        "A clerk told the paper it seems really silly that anyone would complain.",  # an opinion
    ):
        assert analyze(text, options=RAW).attributions[0].certainty == "asserted", text


def test_a_claim_called_beyond_belief_is_denied():
    for text in (
        "A Latvian official told Baltic News the claim was \"illogical\" and was part of a propaganda campaign.",
        "Scientists say the story of a vanishing lake is not plausible.",
        "The ministry said the report was implausible.",
    ):
        assert analyze(text, options=RAW).attributions[0].stance == "denies", text
    assert analyze("Scientists say the story of a vanishing lake is plausible.", options=RAW).attributions[0].stance == "asserts"


def test_it_seems_that_is_speculative():
    a = att("\"It seems that the only thing left for us is to sit down and wait,\" he said.", "said")
    assert (a.certainty, [h.text for h in a.hedges]) == ("speculative", ["It seems that"])
    assert att("He said it seems silly that anyone would complain.", "said").certainty == "asserted"  # an opinion


def test_a_possibility_named_as_such_is_speculative_and_presumed_casualties_are_hedged():
    # from the review of Random(10606): both read as asserted
    for text, cue in (
        ("The mayor said it was a distinct possibility that the dam would fail.", "said"),
        ("Governor Ann Reyes called it a very real possibility that the virus had already reached the state.", "called"),
    ):
        assert att(text, cue).certainty == "speculative", text
    a = att("Officials said the hiker was missing and presumed drowned.", "said")
    assert (a.certainty, [h.text for h in a.hedges]) == ("hedged", ["presumed drowned"])


@pytest.mark.parametrize(
    "text",
    [
        "Anglers said the catfish can reach four metres, although so far there is no evidence.",
        "The blogger said the mayor owns three yachts, but there is no proof of that.",
        "The neighbour said the dog had bitten two children. There is no evidence that it did.",
        # nothing having come to light (the review of Random(12020))
        "The singer said her fortune runs to nine figures, but no documentation of her earnings has yet appeared.",
        "The councillor said the contract was rigged. No evidence has emerged since.",
        "The councillor said the contract was rigged. The Gazette has been unable to verify the claim.",
        # the source's own lack of proof, in the present (the review of Random(12323))
        "The blogger said the mayor owns three yachts. The blogger has no proof of this.",
        # hard to check (a read-back of FNC bodies)
        "The angler said the carp was a record, though records of this sort are difficult to confirm.",
    ],
)
def test_the_writers_note_that_there_is_no_proof_leaves_the_claim_unsupported(text):
    # the review of Random(11616): the claim stayed unstated
    assert att(text, "said").evidence == "none_provided"
    # said by the source itself, it is what the source says
    assert att("Police said there is no evidence that the fire was set deliberately.", "said").evidence == "unstated"
    # and a note with a claim of its own speaks of that claim
    text = "Her family asked editors not to name her. Later they spoke out, though there was no proof she had been killed."
    assert att(text, "asked").evidence == "unstated"
    # nor the source's own reason, nor a note on another claim after a comma (the review of this round's diff)
    assert att("The ministry dismissed the report as fabricated, saying there was no evidence.", "dismissed").evidence == "unstated"
    assert att("Officials said the virus leaked from a lab. There is no evidence, however, that it was engineered.", "said").evidence == "unstated"
    # nor the absence of evidence for the opposite of the claim (the review of this round's diff)
    assert att("Police said the climber died in a fall. No evidence of foul play has emerged.", "said").evidence == "unstated"


@pytest.mark.parametrize(
    "text",
    [
        "Police said it was possible that the fire had been started deliberately.",
        "The coach said there's a chance that Silva will play on Sunday.",
        'The ministry said it is "not out of the realm of the possible" that the virus escaped from the lab.',
    ],
)
def test_a_possibility_with_no_modal_verb_is_speculative(text):
    # the review of Random(11616): each read as asserted
    assert att(text, "said").certainty == "speculative"
    assert att("The coach said there is no chance that Silva will play.", "said").certainty == "asserted"
    assert att("Rescuers said it was possible to reach the village only by boat.", "said").certainty == "asserted"  # (what could be done)


@pytest.mark.parametrize(
    "text",
    [
        "The minister has been accused of taking bribes, but no evidence has been produced.",
        "The coach has been accused on several occasions of bullying players but until now nothing had been proven.",
    ],
)
def test_a_note_joined_by_but_that_the_claim_is_unsupported_is_cut_from_it_and_read_as_evidence(text):
    # from the review of Random(10606): the note ran on in the claim, and the claim was unstated
    a = att(text, "accused")
    assert a.evidence == "none_provided" and a.content.text.endswith(("bribes", "players")), a


def test_the_sources_own_but_that_clause_stays_in_its_claim():
    # a second 'that' clause of the source's, and another party's check of something else
    a = att("The firm said the recall was voluntary but that regulators were unable to confirm the cause.", "said")
    assert (a.content.text, a.evidence) == ("the recall was voluntary but that regulators were unable to confirm the cause", "unstated")


def test_no_photos_produced_leaves_the_claim_unsupported():
    a = att("Blogger Tom Reyes says a panther roams the park. Many are sceptical because he has not produced any photos.", "says")
    assert a.evidence == "none_provided"


def test_the_record_a_report_is_told_inside_is_no_evidence_of_the_speakers():
    text = "According to a report from the Kestrel Gazette, the singer tore up the contract, saying the timing wasn't right."
    assert att(text, "saying").evidence == "unstated"
    # the record the speaker's own report stands on still is
    assert att("The mayor owned three houses, court papers show.", "show").evidence == "cited"


def test_no_evidence_from_someone_called_by_first_name_is_said_of_that_persons_claims():
    """'Dylan has not produced records' after 'he says' of Dylan Maxwell: the speaker's own
    name, not the source's words ('he'), ties the statement to his claims."""
    text = (
        "A mark on Leon Fairweather's arm may look like a burn, but he says it was left by a jellyfish.\n\n"
        "He says doctors at the clinic were able to remove the sting.\n\n"
        "Still, many are unconvinced because Leon has not produced records of the visit."
    )
    r = analyze(text, options=RAW)
    assert [a.evidence for a in r.attributions if a.cue.text == "says"] == ["none_provided", "none_provided"]


def test_demanding_why_asks_a_question():
    """'Parents are demanding why the school stayed open': a question, not a statement that
    it stayed open for a reason; 'demanding that' stays a demand."""
    (a,) = analyze("Parents are demanding why the school stayed open during the storm.", options=RAW).attributions
    assert a.certainty == "speculative"
    (a,) = analyze("Parents are demanding that the school close during the storm.", options=RAW).attributions
    assert a.certainty == "asserted"


def test_a_spokespersons_statement_is_not_the_occasion_of_the_principals_appearance():
    """'Holloway said on Fox News ... a spokesman for Holloway said ...': the spokesman speaks
    for him, but was not on Fox News; no channel carries from one to the other."""
    text = (
        "Rep. Dan Holloway said on Fox News that militants had been caught at the border.\n\n"
        "Asked for comment on Wednesday, a spokesman for Holloway said the information came from a high-level source."
    )
    r = analyze(text, options=RAW)
    said = [a for a in r.attributions if a.cue.text == "said"]
    assert [a.channel.text if a.channel else None for a in said] == ["on Fox News", None]
    assert said[0].speaker == said[1].speaker


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel Courier later issued a correction, saying that it had misattributed the remark to the bishop.",
        "The senator said he had been misquoted by the paper.",
    ],
)
def test_a_report_got_wrong_by_its_teller_is_denied(text):
    """'saying in a correction that it had misattributed the remark': the outlet takes back
    its own report; 'he had been misquoted' denies the words put in his mouth."""
    (a,) = analyze(text, options=RAW).attributions
    assert a.stance == "denies"


def test_a_deceit_that_could_be_is_a_suspicion_not_a_denial():
    """'the statement could be a ploy': a modal of possibility makes the word of deceit a
    suspicion (speculative); said outright, 'the statement was a ploy' denies."""
    a = att("The officer warned that, without proof, the militia's statement could be a ploy to gain time.", "warned")
    assert (a.stance, a.certainty) == ("asserts", "speculative")
    assert att("The officer said the militia's statement was a ploy to gain time.", "said").stance == "denies"


def test_no_immediate_way_to_verify_is_no_evidence():
    text = "Rebels said they had shot down the drone. There was no immediate way to verify the claim."
    assert att(text, "said").evidence == "none_provided"


def test_an_interview_posted_on_a_named_site_is_the_channel_not_the_word_posted():
    text = "In an interview posted on the site Ledgerline on Tuesday, Tan Ruo, who says he knew the pilot, called the video a fake."
    a = att(text, "says")
    assert a.channel is not None and a.channel.text == "In an interview posted on the site Ledgerline"


def test_whom_a_source_talked_with_is_no_channel():
    """'Beck was speaking with Rep. X when X remarked': the one talked with is the source
    herself, no channel of hers ('speaking to CNN' is one)."""
    a = att('Hale was speaking with Rep. Dana Moss on Monday when Moss remarked: "The bridge plan is dead."', "remarked")
    assert a.channel is None or "Moss" not in a.channel.text
    assert att("Speaking to CNN, the minister said the bridge plan was dead.", "said").channel.text == "Speaking to CNN"
    # an interviewer who is someone else is the channel, as channels.txt means
    assert att("Talking to Joe Rogan, the actor said the film was cursed.", "said").channel.text == "Talking to Joe Rogan"



@pytest.mark.parametrize(
    ("text", "channel"),
    [
        # a site by its domain, and a name after 'the' (FNC 1292)
        ("Speaking to i100.co.uk, Emma Owen said the fungus was harmless.", "Speaking to i100.co.uk"),
        ("Speaking to news.com.au, Emma Owen said the fungus was harmless.", "Speaking to news.com.au"),
        ("Speaking to the Kestrel Gazette, Emma Owen said the fungus was harmless.", "Speaking to the Kestrel Gazette"),
        ("The sources, speaking with the French site iGen, also said the watch would ship in May.", "speaking with the French site iGen"),  # (FNC 296)
        ("Talking to the police, Emma Owen said the fungus was harmless.", None),  # no medium
    ],
)
def test_whom_a_source_spoke_to_by_domain_or_with_the_is_the_channel(text, channel):
    a = att(text, "said")
    assert (a.channel.text if a.channel else None) == channel


def test_without_offering_proof_after_the_claims_comma_is_no_evidence():
    """'..., without offering any proof' (the guideline's section 6) is the article's note on
    the claim, though the parser hangs it inside the claim; 'without paying tax' is no note
    on evidence."""
    assert att("The blogger said the mayor owned three yachts, without offering any proof.", "said").evidence == "none_provided"
    assert att("The blogger said the mayor owned three yachts without paying tax.", "said").evidence == "unstated"


@pytest.mark.parametrize(
    ("text", "cue", "stance"),
    [
        # a message put out that a denial participle describes
        ("The ministry issued a statement denying reports that the minister had resigned.", "issued", "denies"),
        # a message noun of two words (message_nouns.txt: 'press release', whole)
        ("The zoo issued a press release denying reports that the panda had died.", "issued", "denies"),
        ("A blogger wrote a post dismissing the rumour.", "wrote", "denies"),
        ("The club released a statement rejecting the bid.", "released", "asserts"),  # a bid is no claim
        # well, against the talk the claim itself names
        ("The singer Ana Ruiz took to Twitter to confirm that she is alive despite internet rumours about her death.", "confirm", "denies"),
        ("Ana Ruiz confirmed on Twitter that she is alive and well despite rumours of her death.", "confirmed", "denies"),
        ("The climber said he was alive despite the cold.", "said", "asserts"),
    ],
)
def test_a_denial_inside_what_was_put_out_or_said(text, cue, stance):
    assert att(text, cue).stance == stance


def test_a_participle_on_the_sources_noun_is_no_channel():
    """'A job ad posted by the firm suggests ...': 'posted' says how the ad came out, not
    where the claim was made; 'The singer posted that ...' is her channel."""
    assert att("A job ad posted by the firm suggests a new app is coming.", "suggests").channel is None
    assert att("The singer posted that she was fine.", "posted").channel.text == "posted"


@pytest.mark.parametrize(
    ("text", "cue", "stance"),
    [
        ("The embassy issued a notice denying visas to the journalists.", "issued", "asserts"),  # a refusal of visas, no claim denied
        ("The airline said passengers were safe despite reports of a bomb threat at another airport.", "said", "asserts"),  # talk of something else
        ("The spokesman said that the photo might be old and that the two events are unrelated.", "said", "denies"),  # the modal is the first clause's
    ],
)
def test_denials_the_round_must_not_invent_or_lose(text, cue, stance):
    assert att(text, cue).stance == stance


def test_evidence_and_hearsay_the_round_must_not_misread():
    # 'without providing any evidence' in the middle of the claim is the claim's own words
    text = "The lawyer said police had arrested his client, without providing any evidence, and held him for a week."
    assert att(text, "said").evidence == "unstated"
    assert att("We've been told the talks failed.", "told").certainty == "hedged"
    assert analyze("We are told to wait in the hall.", options=RAW).attributions == []  # an instruction


@pytest.mark.parametrize(
    "text, claim",
    [
        ("A councillor claimed on Monday that the library would close, though a county official denied it.", "that the library would close"),
        ("A tabloid claimed that the library would close. The county strongly denied this.", "that the library would close"),
    ],
)
def test_a_denial_that_takes_the_claim_by_a_pronoun_denies_it(text, claim):
    """'..., though an official denied it', 'The county denied this': the denial was lost
    (no content for a pronoun, or swallowed into the claim it is set against); it denies the
    claim before it."""
    r = analyze(text, options=RAW)
    first = by_cue(r, "claimed")
    assert first.content.text == claim
    denial = next(a for a in r.attributions if "denied" in a.cue.text)
    assert (denial.stance, denial.denies) == ("denies", first.id)


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe trained hard all week. The reports about the dressing room are false,\u201d the coach said.",
        "The coach said: \u201cWe trained hard all week. There is no truth in these reports.\u201d",
    ],
)
def test_a_denial_in_a_later_sentence_of_the_quotation_denies(text):
    """The stance read only the quotation's first sentence: a denial that comes second was
    an assertion."""
    r = analyze(text, options=RAW)
    assert [a.stance for a in r.attributions] == ["denies"]


def test_a_later_sentence_that_is_no_denial_leaves_the_quotation_asserting():
    r = analyze("\u201cWe lost on Sunday. The referee was not fair to us,\u201d the coach said.", options=RAW)
    assert [a.stance for a in r.attributions] == ["asserts"]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The club refused comment on the transfer.", "refused"),
        ("The ministry declined comment on the arrests.", "declined"),
        # 'made no mention of' (cue_verbs.txt's "silence"): said nothing of it
        ("By Friday the state broadcaster had made no mention of the summit.", "mention"),
    ],
)
def test_a_refusal_with_comment_as_its_object_is_a_negated_report(text, cue):
    """'refused comment' (not 'refused to comment') was read as the club asserting its
    comment."""
    assert by_cue(analyze(text, options=RAW), cue).stance == "negated"


@pytest.mark.parametrize(
    "text, stance",
    [
        ("The bank then refused to refund the fee.", "asserts"),
        ("The landlord refused to fix the boiler all winter.", "asserts"),
        ("The minister refused to comment on the report.", "negated"),
        ("The club declined to confirm or deny the report.", "negated"),
        ("Police declined to identify the victim.", "negated"),
    ],
)
def test_refusing_an_act_is_no_negated_report(text, stance):
    # the review of Random(11616): 'Comcast then apparently refused to reverse the error'
    # was a negated report, as if Comcast had declined to comment
    assert analyze(text, options=RAW).attributions[0].stance == stance


def test_never_having_mentioned_something_is_no_refusal():
    """'insists he never mentioned his employer': a claim that something did not happen,
    not a refusal to speak (the noun 'mention' only refuses with 'no')."""
    assert by_cue(analyze("The blogger insists that he never mentioned his employer by name.", options=RAW), "insists").stance != "negated"


@pytest.mark.parametrize(
    "text, stance",
    [
        ("No lions have escaped from the park, despite reports to the contrary, ranger Ida Voss said.", "denies"),
        ("Contrary to rumours, the drummer is alive and well, his manager said.", "denies"),
        ("The drummer is alive and well, contrary to expectations, his manager said.", "asserts"),
    ],
)
def test_a_claim_set_against_reports_to_the_contrary_denies_them(text, stance):
    """'despite reports to the contrary', 'contrary to rumours': the source says the reports
    are wrong without a verb of denial (was an assertion)."""
    assert [a.stance for a in analyze(text, options=RAW).attributions] == [stance]


@pytest.mark.parametrize(
    "text",
    [
        "Engineers said the dam had cracked overnight. The existence of the crack is not yet confirmed.",
        "The army said the drone was shot down near the border. The authenticity of the footage could not be verified.",
    ],
)
def test_a_claims_authenticity_or_existence_unconfirmed_leaves_it_without_evidence(text):
    """'The authenticity of the video could not be verified' (claim_attributes.txt) says no
    more than 'The video could not be verified' does: the claim before it has no evidence."""
    assert analyze(text, options=RAW).attributions[0].evidence == "none_provided"


def test_a_check_on_another_claim_is_not_on_the_claim_beside_it():
    """'... but has not been able to confirm the reports of a kidnapping': the reports went
    unchecked, not what the ministry said in the same breath; nor 'this' of the sentence
    before, beside the body's next report."""
    text = "The ministry said it knew the sailor was at sea, but has not been able to confirm the reports of a kidnapping."
    assert att(text, "said").evidence == "unstated"
    text = "Local papers reported that the ferry sank. The coastguard has not been able to confirm this but said it had sent a boat."
    assert by_cue(analyze(text, options=RAW), "said").evidence == "unstated"


def test_a_source_that_has_not_confirmed_anothers_claim_keeps_the_evidence_of_its_own():
    """'NASA hasn't confirmed a link': a negated verb of vouching (cue_verbs.txt's "vouch")
    withholds NASA's word on the claim of the officials before it; NASA's own forecast after
    it is no less supported for that. A source that gave no evidence still spreads it."""
    text = (
        "Local officials said the rock appears to have come off a passing comet. "
        "The space agency hasn't confirmed a link between the rock and the comet. "
        "The comet was expected to pass safely, the space agency said."
    )
    assert att(text, "said").evidence == "unstated"
    report = analyze(text, options=RAW)
    assert [a.evidence for a in report.attributions if a.cue.text.endswith("said")] == ["unstated", "unstated"]
    text = "The council has yet to verify whether the bridge is unsafe. The council said it was sending engineers."
    assert by_cue(analyze(text, options=RAW), "said").evidence == "unstated"
    text = "The blogger Tim Vale said the mayor owned three yachts. Vale did not provide any evidence."
    assert by_cue(analyze(text, options=RAW), "said").evidence == "none_provided"


@pytest.mark.parametrize(
    "text, cue",
    [
        # the attribute with its owner before it
        ("The rebels posted a clip they say shows the downed jet. The clip's authenticity could not be confirmed.", "say"),
        # the one who could not check it as the subject, 'cannot' in one word
        ("The ferry operator said the captain had been drinking. The Herald cannot independently verify the accuracy of the claim.", "said"),
        # no confirmation stated as a fact
        ("Fans claim the singer has quit the band. There has been no official confirmation.", "claim"),
        # the statement read as someone's check that was not made
        ("The group released a clip that purportedly shows the raid. The authenticity of the clip has not been independently confirmed by the Herald.", "shows"),
    ],
)
def test_more_ways_of_saying_a_claim_could_not_be_checked_leave_it_without_evidence(text, cue):
    """The claim before a statement that it could not be checked has no evidence, in the
    forms a review of FNC bodies found left as they were."""
    assert att(text, cue).evidence == "none_provided"


def test_a_denial_of_the_claims_goes_to_the_rumour_not_a_friends_remark_since():
    """'Her manager denied the claims' after the rumour and a friend's quotations: the
    rumour ('Reports had suggested ...') is what is denied, not the friend's last remark."""
    text = (
        'Reports had suggested that the singer may open a bar in Dublin. "It would not surprise me," said Tom Reed, a friend. '
        '"She has always wanted one. Plus, she loves whiskey," said Reed.\n\nHer manager denied the claims, saying "It is nonsense."'
    )
    r = analyze(text, options=RAW)
    rumour = by_cue(r, "suggested")
    assert by_cue(r, "denied").denies == rumour.id


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The blogger said the mayor owned three yachts, without citing any sources.", "said", "the mayor owned three yachts"),
        ("The Gazette and the Courier both reported the name, without citing their sources.", "reported", "the name"),
    ],
)
def test_a_report_without_its_sources_has_no_evidence_and_the_phrase_is_no_part_of_the_claim(text, cue, content):
    """', without citing their sources': the reporter gave none (the guideline, section 6); the
    parser hung the phrase on the claim's verb."""
    a = att(text, cue)
    assert (a.evidence, a.content.text) == ("none_provided", content)


@pytest.mark.parametrize(
    "text, channel",
    [
        ("On the club's Facebook page, officials said the match was off.", "On the club's Facebook page"),
        ("During a Q&A session with staff, the chief executive said the store would open.", "During a Q&A session"),
        ("The senator said at a town hall that taxes would rise.", "at a town hall"),
    ],
)
def test_a_platform_page_with_its_owner_and_an_occasion_of_questions_are_channels(text, channel):
    assert att(text, "said").channel.text == channel


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the minister had a cold, without going into further detail.",
        "The company said the recall was voluntary, without elaborating.",
        "Police said the man had been released, without explaining why.",
    ],
)
def test_a_closing_without_elaborating_withholds_the_evidence(text):
    """'..., without going into further detail' (FNC review) is the 'declined to elaborate'
    of evidence.txt, set after the claim; it is no part of the claim."""
    a = att(text, "said")
    assert a.evidence == "none_provided" and "without" not in a.content.text
    assert att("The mayor said he left without explaining his plans to anyone.", "said").evidence == "unstated"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The doctors were afraid he had suffered brain damage in the fall.", "were afraid"),
        ("The nurses were worried that the virus had spread to the ward.", "were worried"),
    ],
)
def test_fear_as_an_adjective_is_a_belief(text, cue):
    """'The doctors were afraid he would have suffered brain damage' (FNC review) was
    asserted; the verb 'fear' already made it speculative (beliefs.txt)."""
    assert att(text, cue).certainty == "speculative"


def test_a_denial_of_someones_claims_links_to_that_ones_claim():
    # 'cast doubt over Thomas' claims' was linked to the expert quoted after it (from the
    # review of Random(10707)); the claims it names are Reyes's
    text = (
        "Tomas Reyes said he caught a shark in the bay last week. Biologist Ann Kerr told the Courier the fish "
        "in the photos looked like a seal. Scientists have cast doubt over Reyes' claims, saying the shark may "
        "have been a seal."
    )
    r = analyze(text, options=RAW)
    doubt = by_cue(r, "cast doubt")
    assert doubt.stance == "denies" and doubt.denies == by_cue(r, "said").id, doubt


def test_a_claim_said_to_be_beyond_belief_is_denied():
    # from the review of Random(10707): both read as asserted
    for verdict in ("that was impossible", "the claim defies logic"):
        r = analyze(f"The farmer says a puma killed his sheep. A zoologist said {verdict}.", options=RAW)
        a = by_cue(r, "said")
        assert (a.stance, a.denies) == ("denies", by_cue(r, "says").id), verdict
    # not 'impossible to say', nor a deadline, nor 'not impossible'
    for other in ("it is impossible to say", "the deadline was impossible", "that was not impossible"):
        r = analyze(f"The farmer says a puma killed his sheep. A zoologist said {other}.", options=RAW)
        assert by_cue(r, "said").stance == "asserts", other


def test_an_event_called_impossible_or_no_way_is_denied():
    # the reviews of Random(11212) and Random(11313): 'it was "almost impossible" for the
    # culprit to have been a spider' (FNC 1923) and 'There is no way we're making this up'
    # (1611) were asserted
    for verdict in (
        "it was almost impossible for a puma to have killed his sheep",
        "it is impossible that a puma killed his sheep",
        "there was no way a puma could have killed his sheep",
        "there is no way a puma killed his sheep",
    ):
        r = analyze(f"The farmer says a puma killed his sheep. A zoologist said {verdict}.", options=RAW)
        a = by_cue(r, "said")
        assert (a.stance, a.denies) == ("denies", by_cue(r, "says").id), verdict
    # not what cannot be done, known or forecast
    for other in (
        "it was impossible for a vet to reach the farm",
        "it is impossible to say whether a puma killed his sheep",
        "there was no way to know what killed his sheep",
        "there was no way the farm can survive the winter",
        "there was no way that a puma did not kill his sheep",  # a double negative asserts
        "it is impossible that a puma did not kill his sheep",
        "there was no way for the vet to know what killed his sheep",
        "it was impossible for the vet to have reached the farm in time",  # no claim it matches
    ):
        r = analyze(f"The farmer says a puma killed his sheep. A zoologist said {other}.", options=RAW)
        assert by_cue(r, "said").stance == "asserts", other


def test_nothing_that_shows_a_claim_is_no_source():
    # the review of Random(11313): 'nothing in the report suggest we'll get ...' was a
    # person asserting it, with evidence cited (FNC 1344)
    for text in ("Nothing in the memo suggests the plant will close.", "Nothing in the court filing shows that the driver was drunk."):
        a = analyze(text, options=RAW).attributions[0]
        assert (a.stance, a.source_type) == ("negated", "unattributed"), text


@pytest.mark.parametrize(
    "text",
    [
        "Pro-regime sites claimed that the climber Ana Ruiz had been captured. Her brother said she was not captured.",
        "The magazine reported that the actress was married to the prince. The palace said she was not married to the prince.",
        "Rebels claimed the pilot was dead. The army said he was not dead.",
        "Reports said the port was closed. The minister said the port was never closed.",
    ],
)
def test_a_claim_said_again_negated_by_another_source_is_denied(text):
    # FNC 1106 and 2268 (the review of Random(11111)): 'was not taken prisoner', 'was not
    # married to the Islamist leader' were plain statements
    r = analyze(text, options=RAW)
    claim, denial = r.attributions
    assert (denial.stance, denial.denies) == ("denies", claim.id)


@pytest.mark.parametrize(
    "text",
    [
        # (from a review of the round's diff: another referent, a pronoun of the other sex,
        # a question answered)
        "Officials said the first hostage was released on Friday. Relatives said the other hostage was not released.",
        "Activists said Maria Lopez was arrested at the border along with her husband. Police said he was not arrested.",
        "Reporters asked whether the governor had resigned. A spokesman said the governor had not resigned.",
        "Witnesses said the driver was speeding. Police said the driver was not drunk.",
        "Police said the man was armed. A neighbour said the man was not at home.",
        "The mayor said the bridge was safe. He said it was not closed for repairs.",
        "The council said the bridge would reopen in May. The firm said the bridge would not reopen before June.",
    ],
)
def test_a_negative_statement_that_negates_no_earlier_claim_is_no_denial(text):
    r = analyze(text, options=RAW)
    assert [a.stance for a in r.attributions][-1] == "asserts"


def test_what_someone_owns_is_no_evidence_and_followers_as_a_source_no_channel():
    # a review of the round's diff: 'has no documents' of a refugee, 'According to her
    # Instagram followers' as the channel of the followers' own claim
    text = "The refugee said he fled Aleppo in 2014. He has no documents and sleeps in a church."
    assert att(text, "said").evidence == "unstated"
    assert att("According to her Instagram followers, the singer had cancelled three shows.", "According to").channel is None
