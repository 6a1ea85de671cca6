"""Speaker resolution on articles we wrote: pronouns, role descriptions, name variants."""

from __future__ import annotations

import sys

import pytest

from allegedly import Options, analyze
from conftest import ROOT
from helpers import RAW, by_cue, only, speakers_by_cue, with_cue

sys.path.insert(0, str(ROOT / "benchmarks"))
import speakers


def test_annotated_set_resolves_every_speaker():
    right, total, misses = speakers.evaluate()
    assert total == 35
    assert right == total, misses


def speaker_of(report, cue: str, nth: int = 1):
    hits = with_cue(report, cue)
    return next(e for e in report.entities if e.id == hits[nth - 1].speaker)

def test_person_tagged_org_is_corrected_and_descriptors_collected():
    text = "Councillor Priya Nandakumar claimed the tender was rewritten.\n\nShe said the deadline had passed."
    r = analyze(text, options=Options(raw=True))
    ent = speaker_of(r, "claimed")
    assert ent.name == "Priya Nandakumar" and ent.type == "person"
    assert "Councillor" in ent.descriptors
    assert speaker_of(r, "said").id == ent.id


def test_pronoun_skips_a_person_of_the_other_gender():
    text = (
        "Ms Joan Albright defended the closures.\n\n"
        "Mr Samuel Okoye, her opponent, disagreed. She said waiting times would fall. He said patients would travel further."
    )
    r = analyze(text, options=Options(raw=True))
    assert speaker_of(r, "said", 1).name == "Joan Albright"
    assert speaker_of(r, "said", 2).name == "Samuel Okoye"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An analyst named Idris Kamaru said the planes had been moved.", "Idris Kamaru"),
        ("The 64-year-old vicar, identified as Father John Pryce, said he had seen the fire.", "John Pryce"),
        ("A shopkeeper called Mary Dunleavy said the market would close.", "Mary Dunleavy"),
    ],
)
def test_a_source_named_by_a_participle_is_that_person(text, name):
    r = analyze(text, options=Options(raw=True))
    ent = speaker_of(r, "said")
    assert (ent.name, ent.type, by_cue(r, "said").source_type) == (name, "person", "person")


def test_a_name_after_an_outlet_noun_is_that_outlet_not_the_one_before():
    # the tagger takes the name for a nationality; the outlet named before is someone else
    text = "The Kestrel Gazette reported that the ferry had sunk. The Israeli newspaper Haaretz reported that the crew had been saved."
    r = analyze(text, options=Options(raw=True))
    assert [speaker_of(r, "reported", k).name for k in (1, 2)] == ["Kestrel Gazette", "Haaretz"]


def test_every_speaker_points_into_entities():
    r = analyze(
        (ROOT / "examples" / "harbour-contract.txt").read_text(encoding="utf-8")
    )
    ids = {e.id for e in r.entities}
    assert all(a.speaker in ids for a in r.attributions if a.source is not None)
    assert all(a.speaker is None for a in r.attributions if a.source is None)


def test_surname_and_title_join_the_full_name_even_where_the_ner_misses_them():
    text = (
        "John Petrides, a spokesman for the port authority, said the contract was void.\n\n"
        "Petrides said the board had voted twice. Ms Halvorsen denied it.\n\n"
        "Councillor Ingrid Halvorsen said the vote was never held."
    )
    r = analyze(text, options=Options(raw=True))
    sources = {a.source.text: a for a in r.attributions if a.source}
    names = {e.id: e for e in r.entities}
    petrides = names[sources["Petrides"].speaker]
    assert petrides.name == "John Petrides" and petrides.type == "person"
    assert sources["Petrides"].source_type == "person"
    assert any("spokesman" in d for d in petrides.descriptors)
    # one entity per person: the surname is a mention of the full name, not a new source
    assert sum(1 for e in r.entities if "Petrides" in e.name) == 1


def test_people_who_share_a_surname_or_a_suffix_stay_apart():
    text = (
        "Bill Clinton criticised the health law at a rally for his wife Hillary Clinton.\n\n"
        "Clinton said premiums had doubled. He said the system was crazy.\n\n"
        "US Attorney James P. Kennedy Jr. said charges would follow. Robert Kennedy Jr. said he was innocent."
    )
    got = speakers_by_cue(text)
    assert got["criticised"] == ["Bill Clinton"]
    assert got["said"][:2] == ["Bill Clinton", "Bill Clinton"]
    assert got["said"][2:] == ["James P. Kennedy Jr.", "Robert Kennedy Jr."]


def test_hyphenated_names_keep_their_hyphen():
    text = "Abu Khalid al-Suri, a senior commander, said the group would fight on.\n\nAl-Suri said the ceasefire was a trick."
    r = analyze(text, options=Options(raw=True))
    names = [e.name for e in r.entities]
    assert "Abu Khalid al-Suri" in names
    assert not any("al Suri" in n for n in names)


def test_relative_pronoun_source_is_its_antecedent():
    text = (
        "The league's owners met on Monday with Gary Bettman, who insisted that the team would stay in Arizona.\n\n"
        "Lisa Ferrante, who has long argued that the arena is too small, declined to comment."
    )
    r = analyze(text, options=Options(raw=True))
    names = {e.id: e.name for e in r.entities}
    who = [a for a in r.attributions if a.source and a.source.text == "who"]
    assert who, (
        "the relative clause's cue is found with 'who' as its source (PolNeAR's convention)"
    )
    assert [names[a.speaker] for a in who] == ["Gary Bettman", "Lisa Ferrante"]
    assert all(a.source_type == "person" for a in who)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser hangs the 'who' clause on the time or the place after the person, or on
        # the main verb; no 'who' stands for a day or a city
        ("The skipper finally saw a surgeon on Thursday, who told him the wrist was broken.", "a surgeon"),
        ("The family consulted a vet in Leeds, who told them the dog was fine.", "a vet"),
        ("The landlord hired a plumber in April, who told him the pipes were sound.", "a plumber"),
        # or on the place a phrase on the verb names
        ("The festival drew fans from Manchester, who said the tickets were too dear.", "fans"),
        # or on a thing after a preposition's object ('spoke to workers at the plant', FNC 2256)
        ("Reporters spoke to workers at the plant who said the boiler had failed.", "workers"),
        # but a 'who' on a country or a person the phrase is for stays with them
        ("The vote was a blow for Denmark, who said the result was unfair.", "Denmark"),
    ],
)
def test_who_stands_for_the_person_before_a_time_or_a_place(text, speaker):
    r = analyze(text, options=Options(raw=True))
    names = {e.id: e.name for e in r.entities}
    who = [a for a in r.attributions if a.source and a.source.text == "who"]
    assert len(who) == 1 and names.get(who[0].speaker) == speaker, [(a.source, a.speaker, names.get(a.speaker), a.source_type) for a in who]


def test_a_nickname_in_quotation_marks_is_inside_the_name_not_part_of_it():
    """'Mohammed “Teen Wolf” Islam': the tagger cut the name at the nickname and took the
    surname for a body; 'Islam said' is the teenager's, named without the nickname."""
    text = "Traders know 17-year-old Mohammed “Teen Wolf” Islam from the lunch room. Islam said his fund would open in June."
    r = analyze(text, options=Options(raw=True))
    names = {e.id: e.name for e in r.entities}
    a = next(a for a in r.attributions if a.cue.text == "said")
    assert (names.get(a.speaker), a.source_type) == ("Mohammed Islam", "person")


def test_a_place_the_tagger_took_for_a_body_is_no_group_it_stands_for():
    """'the provinces of Idlib and Raqa', Raqa tagged an organisation: 'the group' after it
    is not Raqa, a place listed in the claim."""
    text = "Rebels took the bases in the provinces of Idlib and Raqa, according to the London-based group. It said the pilots had fled."
    r = analyze(text, options=Options(raw=True))
    names = {e.id: e.name for e in r.entities}
    assert not any(names.get(a.speaker) == "Raqa" for a in r.attributions), [(a.cue.text, names.get(a.speaker)) for a in r.attributions]


def test_descriptions_join_the_person_the_text_ties_them_to_or_stay_unresolved():
    text = (
        "Maria Lopez, 56, was arrested at her home on Tuesday.\n\n"
        "The 56-year-old said she had been framed by her neighbour.\n\n"
        "Tom Becker is a massage therapist in Leeds. The therapist said he had seen nothing.\n\n"
        "The official said the inquiry would take months."
    )
    got = speakers_by_cue(text)
    assert got["said"][0] == "Maria Lopez"
    assert got["said"][1] == "Tom Becker"
    # nothing ties 'the official' to anyone: it is not given to the last person named
    assert got["said"][2] not in ("Maria Lopez", "Tom Becker")


def test_a_party_member_as_a_second_reference_is_the_person_named():
    """'the Ohio Democrat' (the AP's second reference by party and state): the person, not a
    group called 'Democrat' (role_nouns.txt)."""
    text = (
        "Senator Maria Lopez told reporters that the ferry bill was dead. "
        "The Ohio Democrat said she would vote against it."
    )
    r = analyze(text, options=Options(raw=True))
    names = {e.id: e.name for e in r.entities}
    a = by_cue(r, "said")
    assert (names[a.speaker], a.source_type) == ("Maria Lopez", "person")


def test_description_used_before_for_someone_else_is_not_the_speaker():
    text = (
        "Alnur Mussayev claimed the businessman was recruited in 1987.\n\n"
        "The businessman said he had never met an intelligence officer."
    )
    got = speakers_by_cue(text)
    assert got["said"] != ["Alnur Mussayev"]


def test_first_name_gender_for_he_and_she():
    text = (
        "Hillary Rowe and Gareth Linde met the inspectors on Friday.\n\n"
        "Linde told the committee the building was safe. Rowe said the cracks were new.\n\n"
        "“We should have closed it,” she said."
    )
    got = speakers_by_cue(text)
    assert got["said"][-1] == "Hillary Rowe"


def test_quote_initial_he_said_takes_the_person_before_the_quote_not_one_inside_it():
    text = (
        "Senator Mark Ellison was asked about the 2014 meeting with the lobbyist.\n\n"
        "“I now do recall that Peter Gaines called me, and that Gaines told me the deal was done,” he said."
    )
    got = speakers_by_cue(text)
    assert got["said"] == ["Mark Ellison"]


def test_gender_from_a_title_and_an_ambiguous_first_name():
    text = (
        "Gov. Chris Whitlock described Mayor Joanna Pratt as “a disgrace” on Monday.\n\n"
        "Pratt rejected the remark. She said the governor had never visited the city."
    )
    got = speakers_by_cue(text)
    assert got["said"] == ["Joanna Pratt"]


def test_no_traceback_on_odd_names_and_empty_sources():
    for text in (
        "Jr. said it.",
        "Mr said nothing.",
        "“”, he said.",
        "Who said that? Which said so.",
        "- - said -",
    ):
        analyze(text, options=Options(raw=True))


def test_unnamed_person_takes_the_pronoun_rather_than_a_named_thing():
    text = (
        "A 104-year-old woman from Texas gave Dr. Pepper some great publicity on Wednesday. In a segment "
        "with a local station, she claimed that the drink was the secret of her long life."
    )
    r = analyze(text, options=Options(raw=True))
    names = {e.id: e for e in r.entities}
    claimed = with_cue(r, "claimed")[0]
    assert names[claimed.speaker].name == "A 104-year-old woman"


def test_a_pronoun_after_an_unnamed_official_is_not_the_named_person_before():
    """'..., a South Korean defence official said. There were no casualties, he told
    Reuters.': 'he' is that official, unnamed (anonymous), not the professor named before."""
    text = (
        "Jan Kowalski, a professor at the harbour college, said the ferry would be sold. "
        "On Tuesday a tug pulled the ferry off the rocks, a coastguard official said. "
        "There were no injuries on board, he told the Kestrel Gazette."
    )
    r = analyze(text, options=Options(raw=True))
    assert speaker_of(r, "told").name == "a coastguard official" and with_cue(r, "told")[0].source_type == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        # one more of several unnamed, by the determiner alone
        "Mayor Paul Ricci resigned on Monday. One aide wrote on Facebook that the town was relieved. "
        "Another shared a picture of the empty office. \u201cWe all saw this coming,\u201d he wrote.",
        "Mayor Paul Ricci resigned on Monday. Two aides posted a farewell. A third said nothing for a day. "
        "Then he wrote that the office had been chaotic for years.",
        # a noun WordNet knows as a person, with the named one mentioned after it in its clause
        "Rebel footage shows the pilot Captain Anna Lowe standing in a field. A masked gunman stands next to her. "
        "Raising a rifle, he says that the pilot will be tried for war crimes.",
        "Rebel footage shows the pilot Tom Lowe standing in a field. A masked gunman stands next to him. "
        "Raising a rifle, he says that the pilot will be tried for war crimes.",
        # a definite noun of the unnamed sources no named person was described by
        "Rebel footage shows the pilot Tom Lowe on his knees. Then the rebel member reads a statement. "
        "Speaking in English, he names Lowe and says that the pilot will be tried for war crimes.",
    ],
)
def test_a_pronoun_after_one_more_unnamed_person_is_not_the_named_person_before(text):
    """'Another posted ...', 'A masked gunman stands next to her. ..., he says': the 'he' is
    that unnamed person, not the mayor or the pilot named before (the pilot's own words put
    in her mouth, or his)."""
    r = analyze(text, options=Options(raw=True))
    cue = "says" if "says" in text else "wrote"
    a = with_cue(r, cue)[-1]
    names = {e.id: e.name for e in r.entities}
    assert a.source.text == "he" and names.get(a.speaker) not in ("Paul Ricci", "Anna Lowe", "Tom Lowe")


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        # the person an unnamed source talks of, in its claim and in the quotation, is not the one who carries on
        ("A nurse at the clinic told the Herald that Gill Baker had not been at work. \u201cShe was never there,\u201d he said.", "A nurse at the clinic"),
        ("A porter told the Herald that Tom Baker had left early. \u201cI saw him go,\u201d he said.", "A porter"),
        # one unnamed by a nationality alone
        ("An American who fights with the militia told the Herald that Gill Baker had left. \u201cShe was never in the town,\u201d he said.", "An American"),
    ],
)
def test_he_said_after_an_unnamed_source_is_that_source_not_whom_it_talked_of(text, unnamed):
    r = analyze(text, options=Options(raw=True))
    names = {e.id: e.name for e in r.entities}
    a = with_cue(r, "said")[-1]
    assert names.get(a.speaker) == unnamed and a.source_type == "anonymous", (names.get(a.speaker), a.source_type)


@pytest.mark.parametrize(
    "text, cue, name",
    [
        ("The spokesman for the club Ian Moss denied the report to Reuters. The club later appointed a new spokesman, Lena Vogt.", "denied", "Ian Moss"),
        ("The agent for the team Peter Lund confirmed the transfer with the BBC. Years earlier he had been spotted by football agent Maria Costa.", "confirmed", "Peter Lund"),
    ],
)
def test_a_name_the_parser_hung_on_the_body_a_role_serves_is_the_roles(text, cue, name):
    """'The manager for the group David Mallie confirmed': the name hangs on 'the group' as
    its apposition; it is the manager's, not the one named later with the same role word, and
    'the club' after it is no person."""
    r = analyze(text, options=Options(raw=True))
    names = {e.id: e.name for e in r.entities}
    assert names[with_cue(r, cue)[0].speaker] == name
    appointed = with_cue(r, "appointed")
    assert not appointed or appointed[0].source_type == "organization"


@pytest.mark.parametrize(
    "text, cue, name",
    [
        ("The Ministry of Fisheries issued new quotas on Monday. The ministry said cod stocks had fallen.", "said", "Ministry of Fisheries"),
        ("The Lowland Statistics Bureau published its figures. Rents rose by 4 percent, the bureau said.", "said", "Lowland Statistics Bureau"),
        ("Patients were moved to Harlow General Hospital overnight. The hospital says all of them are stable.", "says", "Harlow General Hospital"),
    ],
)
def test_the_kind_of_body_a_name_holds_stands_for_that_body(text, cue, name):
    # a review of FNC bodies, Random(11414): 'the hospital', 'the ministry', 'the institute'
    # after the body's name were left unresolved
    assert speaker_of(analyze(text, options=RAW), cue).name == name


def test_the_bodys_spokesperson_named_before_is_that_person():
    # the review of Random(11414): 'a spokesperson for the Iraqi health ministry, Ahmed
    # Rudaini, ... The Iraqi health ministry spokesperson said' went to the ministry
    text = "A spokesman for Harbor Bank, Tom Reyes, said the vault was safe. The bank spokesman said no money was taken."
    assert speaker_of(analyze(text, options=RAW), "said", 2).name == "Tom Reyes"
    # not another body's spokesman
    text = "A spokesman for Harbor Bank, Tom Reyes, said the vault was safe. A police spokesman said no one was hurt. The police spokesman said the road was closed."
    assert speaker_of(analyze(text, options=RAW), "said", 3).name == "police"


def test_a_role_said_to_be_someone_elses_is_not_the_spokesperson_before():
    # the review of Random(12424): '..., the family spokesperson said' went to the White
    # House National Security Council, whose spokesperson had spoken ten paragraphs up
    text = "A spokeswoman for the Coast Guard said the ferry had docked. The girl loved the sea, the family spokeswoman said."
    assert speaker_of(analyze(text, options=RAW), "said", 2).name != "Coast Guard"
    # a noun for an institution may stand for the body named before
    text = "A spokesman for Harbor Bank said the vault was safe. The company spokesman added that no money was taken."
    assert speaker_of(analyze(text, options=RAW), "added").name == "Harbor Bank"
    # ... as may an institution's kind, or a person's staff (a review of the round's diff)
    text = "A spokeswoman for the Louvre said the painting was safe. The museum spokeswoman added that the gallery would reopen."
    assert speaker_of(analyze(text, options=RAW), "added").name == "Louvre"
    text = "A spokesman for Senator Tom Ryan said the senator was ill. The campaign spokesman said the rally would go ahead."
    assert speaker_of(analyze(text, options=RAW), "said", 2).name == "Tom Ryan"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("But a spokesman for the Veldan interior ministry, Omar Tasi, denied that prisoners escaped. The Veldan interior ministry spokesman said the gates held. He said only the guards had keys.", "said"),
        ("A spokeswoman for Harbor Bank, Tina Reyes, said the branch was closed. The bank spokeswoman said the vault was safe. She added that no customer lost money.", "added"),
    ],
)
def test_a_he_after_the_spokesperson_taken_up_by_name_is_that_person(text, cue):
    # FNC 846, read after the review of Random(11515): 'He said only the Central Laboratory
    # ...' after 'The Iraqi health ministry spokesperson said' (Ahmed Rudaini) went to the ministry
    r = analyze(text, options=RAW)
    last = [a for a in r.attributions if a.cue is not None and a.cue.text == cue][-1]
    assert last.source_type == "person" and {e.id: e.name for e in r.entities}[last.speaker] in ("Omar Tasi", "Tina Reyes")


def test_a_he_after_an_unnamed_spokesperson_is_still_the_body():
    r = analyze("A bank spokeswoman said the vault was safe. She added that no customer lost money.", options=RAW)
    assert speaker_of(r, "added").type == "organization"


def test_a_spokesman_for_a_body_its_name_before_the_noun_speaks_for_that_body():
    # the review of Random(11414): 'A spokesman for the AutoNation dealership told KHOU-TV'
    # stayed an anonymous spokesman
    r = analyze("A spokesman for the Riverside Ford dealership told WXYZ the truck was sold at auction.", options=RAW)
    a = only(r, "told")
    assert a.source_type == "organization" and speaker_of(r, "told").name == "Riverside Ford dealership"


@pytest.mark.parametrize("name", ["Kestrel General Hospital", "Lowfield General Assembly"])
def test_a_title_inside_a_bodys_name_does_not_start_the_name(name):
    # 'General' is a title before a person's name ('Gen. Ray Odierno'), not inside a body's
    assert speaker_of(analyze(f"{name} said the rooms were closed.", options=RAW), "said").name == name


def test_a_countrys_own_institution_is_not_a_body_whose_name_holds_the_word():
    # a review of the round's diff: 'the government' went to the Government Accountability
    # Office, 'the army' to a rebel army
    text = "The Government Accountability Office published its audit. The government said the audit was unfair."
    assert speaker_of(analyze(text, options=RAW), "said").name != "Government Accountability Office"


def test_the_kind_of_body_brought_in_again_with_a_is_not_the_named_one():
    text = "The Kestrel County Council met on Monday. A council in the north said it would shut its pool. The council said fees would rise."
    assert speaker_of(analyze(text, options=RAW), "said", 2).name != "Kestrel County Council"


def test_it_after_a_body_that_spoke_is_that_body_not_one_in_what_it_said():
    """'The Observatory said ... since IS launched its offensive. It also said ...': 'it' is
    the body that spoke, not the subject of a clause inside its claim."""
    text = (
        "The Kestrel Monitoring Group said up to 150,000 people had fled since the Harbour Army launched its offensive. "
        "It also said that clashes overnight had killed 10 soldiers."
    )
    assert speaker_of(analyze(text, options=Options(raw=True)), "also said").name == "Kestrel Monitoring Group"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Police arrested Dan Cole on Friday. Olumide Bakare told the Herald he thought Cole was innocent. \u201cI have known him for years,\u201d he said.", "Olumide Bakare"),
        ("Officers detained a man called Peter Hall. Asim Qureshi told reporters he believed Hall was the gunman. \u201cThe resemblance is strong,\u201d he said.", "Asim Qureshi"),
    ],
)
def test_a_given_name_the_tagger_left_out_of_a_surname_it_called_a_body_is_a_persons(text, name):
    """The census list lacks 'Olumide' and 'Asim', and the tagger called the surname alone
    a body or a place: the speaker was an organisation, and the 'he said' after him went to
    the arrested man."""
    r = analyze(text, options=Options(raw=True))
    told = with_cue(r, "told")[0]
    names = {e.id: e.name for e in r.entities}
    assert (told.source_type, names[told.speaker]) == ("person", name)
    assert names[with_cue(r, "said")[-1].speaker] == name


@pytest.mark.parametrize("verb", ["wrote to", "told"])
def test_a_pronoun_is_not_the_one_its_own_verb_names_as_its_object(verb):
    """'the e-mails he wrote to Qureshi': 'he' is never Qureshi, whom his own verb names
    (binding principle B); the most salient person had been taken whatever the clause said."""
    text = f"Sam Ortiz met the lawyer Tom Reyes in May. Reyes later quit. He {verb} Reyes that the deal was off."
    assert speaker_of(analyze(text, options=Options(raw=True)), verb.split()[0]).name == "Sam Ortiz"


def test_one_name_with_a_persons_role_in_apposition_is_a_person_and_takes_the_pronoun():
    # 'Mishaal, an angry blogger' (the tagger: an organisation); the 'he' after it is his,
    # not the cleric's named before
    text = (
        "The ruling, by Sheikh Omar Al Rashed, said that building snowmen was not acceptable. "
        "However, Mishaal, an angry blogger, blasted the ruling. "
        "“We have snow for fleeting days, maybe even hours,” he posted."
    )
    r = analyze(text, options=Options(raw=True))
    assert speaker_of(r, "posted").name == "Mishaal" and with_cue(r, "posted")[0].source_type == "person"


def test_a_pronoun_after_one_unnamed_reporter_of_a_named_body_is_not_the_person_before():
    # 'One CNN reporter' names whom the reporter works for, not the reporter: still one
    # person the article does not name, and the 'he' after it is not the mayor
    text = (
        "Mayor Tom Fox opened the new bridge on Monday. "
        "One CNN reporter said the bridge had cracks in it, and he added that engineers were worried."
    )
    r = analyze(text, options=Options(raw=True))
    added = with_cue(r, "added")[0]
    assert speaker_of(r, "added").name != "Tom Fox" and added.source_type == "anonymous"


def test_lower_case_noun_tagged_proper_is_not_a_person():
    text = "The culture ministry of Thailand warned women on Monday not to post the photographs."
    r = analyze(text, options=Options(raw=True))
    warned = with_cue(r, "warned")[0]
    ent = next(e for e in r.entities if e.id == warned.speaker)
    assert ent.name != "ministry" and ent.type != "person"


def _speakers(text: str) -> dict[str, str | None]:
    r = analyze(text, options=Options(raw=True))
    names = {e.id: e.name for e in r.entities}
    return {a.cue.text.split()[-1]: names.get(a.speaker) for a in r.attributions if a.cue is not None}


def test_a_country_and_its_adjective_name_one_government():
    text = (
        "Rebels rejected claims by the Kenyan government that a truce was signed.\n\n"
        "Last week, Kenya's government had claimed that the rebels agreed to a truce.\n\n"
        "Kenyan government officials have spent weeks touting the truce."
    )
    got = _speakers(text)
    assert got["claimed"] == "Kenyan government" and got["touting"] == "Kenyan government"
    r = analyze(text, options=Options(raw=True))
    assert {a.source_type for a in r.attributions if a.cue.text.split()[-1] in ("claimed", "touting")} == {"organization"}


def test_the_governments_of_two_places_stay_apart():
    r = analyze("The Iranian government said the talks would resume. Iraq's government said they would not.", options=Options(raw=True))
    names = {e.id: e.name for e in r.entities}
    assert sorted(names[a.speaker] for a in r.attributions) == ["Iranian government", "Iraq's government"]


def test_two_bodies_the_tagger_ran_together_speak_as_the_first():
    got = _speakers("The Ministry of Transport and World Road Association found that the bridge was sound.")
    assert got["found"] == "Ministry of Transport"


def test_a_person_known_only_by_a_title_does_not_block_the_one_named_person():
    text = (
        "A rare orchid has been found growing in the Queen's garden after being discovered by gardening "
        "expert Helen Ashby, the Queen said.\n\n"
        'The television presenter unearthed the orchid for a BBC show, and said: "It is a wonderful find."'
    )
    r = analyze(text, options=Options(raw=True))
    names = {e.id: e.name for e in r.entities}
    a = next(x for x in r.attributions if x.source is not None and x.source.text == "The television presenter")
    assert names[a.speaker] == "Helen Ashby"


def test_a_name_after_a_role_inside_a_longer_span_is_the_persons_name():
    from spacy.tokens import Span

    from allegedly import pipeline
    from allegedly.sourcing import speakers as resolver

    assert resolver._name_words_of("Coastal District Prosecutor Imelda Ruarte") == ("Imelda", "Ruarte")
    assert resolver._name_words_of("Harbour Security Secretary Jon Pell") == ("Jon", "Pell")
    # an institution keeps its whole name: no personal name follows the role word
    assert resolver._name_words_of("Coastal District Prosecutor Office") == ("Coastal", "District", "Prosecutor", "Office")
    doc = pipeline.load()("Coastal District Prosecutor Imelda Ruarte said the graves were old.")
    as_org = Span(doc, 0, 5, label="ORG")  # what the tagger made of such a span on a real page
    assert resolver._label(as_org) == "PERSON"
    assert resolver._label(Span(doc, 0, 3, label="ORG")) == "ORG"


def test_a_name_tagged_a_body_that_the_article_takes_up_by_its_surname_is_a_person():
    from spacy.tokens import Span

    from allegedly import pipeline
    from allegedly.sourcing import speakers as resolver

    doc = pipeline.load()("Jason Brightwater wrote that users were safe. Brightwater concluded that the outage was over.")
    assert resolver._label(Span(doc, 0, 2, label="ORG")) == "PERSON"  # what the tagger made of such a name on a real page
    # a firm named after a person is taken up whole, not by its last word
    doc = pipeline.load()("Philip Morris said sales fell. Philip Morris added that prices would rise.")
    assert resolver._label(Span(doc, 0, 2, label="ORG")) == "ORG"
    doc = pipeline.load()("Morgan Stanley said the market would fall. Stanley analysts expect rates to rise, the bank said.")
    assert resolver._label(Span(doc, 0, 2, label="ORG")) == "ORG"  # 'Stanley analysts': no name alone


def test_a_surname_alone_is_a_persons_where_the_full_name_tagged_a_body_has_a_persons_role():
    from spacy.tokens import Span

    from allegedly import pipeline
    from allegedly.sourcing import speakers as resolver

    doc = pipeline.load()("Glyn Pardoe, the top envoy for the region, visited Seoul. Pardoe told reporters the talks were over.")
    k = next(t.i for t in doc if t.text == "Pardoe" and t.i > 2)
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, k, k + 1, label="ORG")]  # as the tagger read such names on a real page
    assert "pardoe" in resolver.surnames(doc)
    assert resolver._label(doc.ents[1]) == "PERSON"


def test_a_relative_clause_on_a_denied_report_speaks_for_the_report_not_the_denier():
    r = analyze("Kestrel District Council has dismissed newspaper reports which suggested it was about to close the pool.", options=Options(raw=True))
    names = {e.id: e.name for e in r.entities}
    a = next(a for a in r.attributions if a.cue.text == "suggested")
    assert a.source.text == "which" and names.get(a.speaker) != "Kestrel District Council"


def test_a_name_run_together_with_its_owner_or_a_phrase_before_a_comma_is_the_person():
    text = (
        "Harlow Capital's Dana Whitcombe has written a note to clients on the new phone.\n\n"
        "Whitcombe said the cheaper model would sell best.\n\n"
        "Looking at the premium model, Whitcombe expects a higher average price."
    )
    r = analyze(text, options=Options(raw=True))
    names = {e.id: e for e in r.entities}
    said = [names[a.speaker] for a in r.attributions if a.speaker]
    assert said and all(e.name == "Dana Whitcombe" and e.type == "person" for e in said)
    assert "Harlow Capital" in said[0].descriptors


def test_a_relation_or_a_lede_description_takes_the_name_given_later():
    text = (
        "The singer died on Monday after a long illness, her agent said.\n\n"
        "\"She was a giant of the stage,\" agent Morris Feldt told reporters.\n\n"
        "Morris Feldt said the family would hold a private funeral."
    )
    got = speakers_by_cue(text)
    assert got["said"][0] == "Morris Feldt"
    lede = (
        "Satellite images show the dam has burst, the region's water minister says.\n\n"
        "Petra Kolar told local radio that the valley had been evacuated.\n\n"
        "The minister added that no one had been hurt."
    )
    got = speakers_by_cue(lede)
    assert got["says"] == ["Petra Kolar"]
    assert got["added"] == ["Petra Kolar"]


def test_an_outlet_anaphor_finds_a_web_address_and_not_a_website_brought_in_since():
    text = (
        "The tech site Gizmodo.es reported that the tablet will cost 600 euros.\n\n"
        "According to the publication, the larger model will ship in March."
    )
    got = speakers_by_cue(text)
    assert got["reported"] == ["Gizmodo.es"]
    assert got["According to"] == ["Gizmodo.es"]
    other = (
        "The Daily Bugle reported that the bridge would close for a year.\n\n"
        "Drivers were told to follow a website that city engineers have set up.\n\n"
        "\"Plan your trip ahead,\" the website says."
    )
    assert speakers_by_cue(other)["says"] != ["Daily Bugle"]


def test_an_outlet_named_inside_what_someone_said_is_not_the_paper_referred_to_next():
    # an outlet the article names itself is more salient than one inside another's claim;
    # with no other outlet about, the one inside is still the antecedent
    text = (
        "The Herald reported that the mayor would resign on Friday.\n\n"
        "His aide told reporters that even the BBC had confirmed the plan.\n\n"
        "The paper said the mayor had been ill for months."
    )
    assert speakers_by_cue(text)["said"] == ["Herald"]
    alone = (
        "The mayor's aide said the BBC had the story first.\n\n"
        "The report stated that the mayor had been ill for months."
    )
    assert _speakers(alone)["stated"] == "BBC"


def test_a_web_address_after_a_site_noun_is_an_outlet_the_website_refers_back_to():
    text = (
        "A spoof story posted by website dailyspoof.net claimed the singer had been arrested in Paris.\n\n"
        "The website said a man named John Doe had been detained.\n\n"
        "It even claimed both the BBC and the singer's agent had confirmed the news.\n\n"
        "The article claims the singer is from Lyon."
    )
    r = analyze(text, options=Options(raw=True))
    got = {a.cue.text: (a.source_type, next((e.name for e in r.entities if e.id == a.speaker), None)) for a in r.attributions}
    assert got["claimed"] == ("outlet", "dailyspoof.net")
    assert got["said"] == ("outlet", "dailyspoof.net")
    assert got["claims"] == ("outlet", "dailyspoof.net")


def test_an_outlet_named_in_passing_is_not_the_site_an_unnamed_one_refers_to():
    # named in a relative clause, and only there: 'the satirical site' is the one brought in
    # with 'a', not the outlet it imitates
    text = (
        "A satirical website has mocked the ministry's new rules on names.\n\n"
        "The site, which copies the style of the CCTV website, warns readers to choose with care.\n\n"
        "But the satirical site suggests people should avoid long names."
    )
    assert _speakers(text)["suggests"] != "CCTV"
    # and it is one unnamed site throughout, anonymous as it was brought in
    r = analyze(text, options=Options(raw=True))
    assert len({a.speaker for a in r.attributions}) == 1
    assert {a.source_type for a in r.attributions} == {"anonymous"}


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        # a site named by its address or a name right after 'site', or by what it is called,
        # is the outlet a later 'the site' means, whether or not it spoke before
        ("Website Kestrel-watch.com puts the price at $10,000. \"Nobody sells one for less,\" notes the site.", "notes", "Kestrel-watch.com"),
        ("A site called Kwizzer is reporting that the director wants a new date.\n\nAccording to the site, he said so at a dinner.", "According to", "Kwizzer"),
        ("The website Fakenewz claimed the actor had died.", "claimed", "Fakenewz"),
        # the site noun capitalised as the sentence opens, a brand in lower case
        ("Website KestrelReport said that the police chief had held a press conference.", "said", "KestrelReport"),
        ("A report from French Apple website iKestrel claims the watch will cost more.", "claims", "iKestrel"),
    ],
)
def test_a_site_named_after_its_noun_is_the_outlet(text, cue, name):
    r = analyze(text, options=Options(raw=True))
    att = next(a for a in r.attributions if a.cue is not None and a.cue.text == cue)
    assert (att.source_type, next(e.name for e in r.entities if e.id == att.speaker)) == ("outlet", name)


def test_a_site_named_by_a_copula_is_what_the_site_means_and_no_newspaper_is_a_site():
    text = (
        "Kestrel Report appears to be a mostly satirical website.\n\n"
        "The site claims that the chain will sell the drug in its stores."
    )
    assert _speakers(text)["claims"] == "Kestrel Report"
    print_noun = (
        "Several Iraqi news sources, including Al Kestra and the website Kestrelnews, reported the outbreak.\n\n"
        "The newspaper also claimed that recruits had brought the virus."
    )
    assert _speakers(print_noun)["claimed"] != "Kestrelnews"


def test_a_site_named_before_it_speaks_keeps_entities_in_order_of_first_appearance():
    text = (
        "Paul Smith said the claim was false.\n\n"
        "Website kestrelwatch.net puts the price at $10,000. \"Nobody sells one for less,\" notes the site."
    )
    r = analyze(text, options=Options(raw=True))
    assert [e.name for e in r.entities] == ["Paul Smith", "kestrelwatch.net"]
    # one site, however the tagger ran the noun into its name ('Website Pricewatch.com')
    tagged = text.replace("kestrelwatch.net", "Pricewatch.com")
    r = analyze(tagged, options=Options(raw=True))
    assert [e.name for e in r.entities] == ["Paul Smith", "Pricewatch.com"]
    # and 'Site' that opens a body's own name stays in it
    assert _speakers("The SITE Intelligence Group reported that the video was genuine.")["reported"] == "SITE Intelligence Group"


def test_a_website_for_a_body_is_its_own_not_the_outlet_named_before():
    text = (
        "The Daily Bugle has confirmed that the tribunal exists.\n\n"
        "The website for the tribunal states that it serves the whole community."
    )
    assert _speakers(text)["states"] != "Daily Bugle"
    r = analyze(text, options=Options(raw=True))
    assert [a.source_type for a in r.attributions if a.cue.text == "states"] == ["document"]
    # 'for' with no body after it owns nothing: the paper is still the one named before
    aside = "The Daily Bugle reported that the mayor would resign.\n\nThe paper, for its part, said it stood by the story."
    assert _speakers(aside)["said"] == "Daily Bugle"


def test_the_article_an_unnamed_site_posted_is_that_sites():
    text = (
        "On Nov. 10, a website posted an article claiming that thousands of turkeys had been infected.\n\n"
        "The article claimed an employee had been sick for days."
    )
    r = analyze(text, options=Options(raw=True))
    by_cue = {a.cue.text: a for a in r.attributions}
    assert by_cue["claimed"].speaker == by_cue["posted"].speaker
    assert by_cue["claimed"].source_type == "anonymous"
    # not an article of no site's, brought in later
    later = text.replace("The article claimed", "A reader then shared an article online. The article claimed")
    r = analyze(later, options=Options(raw=True))
    by_cue = {a.cue.text: a for a in r.attributions}
    assert by_cue["claimed"].speaker != by_cue["posted"].speaker


def test_pasted_posts_do_not_push_a_site_out_of_an_anaphors_reach():
    # eight embedded tweets between the site and 'the website' are not eight sentences of the article
    tweets = " ".join(f"Is this real? Day {k} of darkness?? — Fan Number{k} (@fan{k}) October 26, 2014" for k in range(1, 9))
    text = (
        "The story originated from Kestrelfakes.com, a website known for fake stories.\n\n"
        "Many Twitter users believed the report.\n\n"
        + tweets
        + "\n\nThe website has previously claimed that the singer is alive."
    )
    assert _speakers(text)["claimed"] == "Kestrelfakes.com"


def test_a_masthead_the_tagger_read_as_an_adjective_is_not_an_anaphor():
    text = (
        "According to TMZ, the rapper had songs played on the BBC.\n\n"
        "The Independent newspaper reported that he had posted a photo of the scene."
    )
    assert _speakers(text)["reported"] == "Independent"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person named after a role is that person, not the one whose role it is
        ("Banksy's PR Jo Brooks has tweeted that it is a hoax.", "Jo Brooks"),
        ("Mariah Dunne's publicist Liz Ortega said it was a hoax.", "Liz Ortega"),
        ("Paul Reyes's biographer Ann Kaye said the letter was forged.", "Ann Kaye"),
        # one who speaks for another, unnamed, speaks as that other (the guideline, section 3)
        ("Madonna's publicist said it was a hoax.", "Madonna"),
    ],
)
def test_a_name_after_someones_role_is_the_speaker_not_its_owner(text, name):
    assert list(_speakers(text).values()) == [name]


def test_the_company_and_a_subject_it_take_the_body_named_before():
    text = (
        "When Nokia unveiled its new Lumia handset in May, the company said the price would "
        "stay under $300.\n\n"
        "Norway's health ministry later insisted that the water was safe.\n\n"
        "It said the tests had found nothing."
    )
    got = speakers_by_cue(text)
    assert got["said"] == ["Nokia", "Norway's health ministry"]
    other = (
        "Nokia said on Monday that sales had doubled.\n\n"
        "A Danish company bought the rights to the design.\n\n"
        "The company said it would open a factory."
    )
    assert speakers_by_cue(other)["said"][1] != "Nokia"


@pytest.mark.parametrize(
    "text, cue, name",
    [
        (
            "Brokerage firm Lindqvist Capital published a note on Monday. It expects Samsung to ship ten million phones. "
            "The firm estimates that Samsung could overtake Huawei by 2020.",
            "estimates",
            "Lindqvist Capital",
        ),
        ("The Denver-based airline Frontera faced a wave of complaints on Twitter. The airline said the delays would end soon.", "said", "Frontera"),
        ("Marlow Partners, a consulting firm in Bergen, issued a report. Nokia shares fell. The firm said prices would fall.", "said", "Marlow Partners"),
    ],
)
def test_the_firm_is_the_body_the_article_named_with_that_noun(text, cue, name):
    """'Investment firm Piper Jaffray issued a report ... the firm calculates' went to the
    company the report was about, the body named or speaking last; the article had already
    said which body is the firm (a review of FNC bodies, Random(11616))."""
    assert speakers_by_cue(text)[cue][-1] == name


def test_a_name_set_beside_a_word_for_a_firm_is_the_firms_not_the_next_he():
    """'Since then his firm Pruitt Roofing has received angry calls. "...," he told the Tulsa
    World': the tagger called the firm's name a person's, and 'he' went to it (the review of
    Random(12020)); a name in apposition with 'firm', 'company', 'group' (body_anaphors.txt)
    is a body's."""
    text = (
        "Dale Pruitt's old truck was used in a video by rebels. Since then his firm Pruitt Roofing has received angry calls. "
        '"Some of the callers are nasty," he told the Tulsa World.'
    )
    assert speakers_by_cue(text)["told"] == ["Dale Pruitt"]
    r = analyze("His company, Mark Oberholtzer Plumbing, said the truck was sold.", options=RAW)
    assert r.attributions[0].source_type == "organization"
    # nor a common noun in lower case the tagger called a person ('his old van')
    assert speakers_by_cue(text.replace("truck", "van"))["told"] == ["Dale Pruitt"]


def test_a_company_spokesperson_speaks_for_the_company_named_before():
    # the noun alone, never used before, stands for the body named last (FNC 724: 'company')
    text = "Acme Corp shares fell on Monday. A company spokesman said the plant would reopen."
    assert speakers_by_cue(text)["said"] == ["Acme Corp"]
    # and by its possessive (FNC 1975: 'the embassy's information director')
    text = "Acme Corp shares fell on Monday. The company's chief spokesman said the plant would reopen."
    assert speakers_by_cue(text)["said"] == ["Acme Corp"]
    # no body of its kind named: the noun's own words
    assert speakers_by_cue("Police arrested two men. A ministry spokesman said they would be charged.")["said"] == ["ministry"]


def test_the_department_is_the_department_named_before():
    text = (
        "The Central Public Works Department was asked in March to repair the old archive.\n\n"
        "The department said the roof would be replaced by June."
    )
    assert speakers_by_cue(text)["said"] == ["Central Public Works Department"]


def test_an_office_of_a_named_place_is_one_person_and_he_refers_to_them():
    text = (
        "A rare orchid was found growing in a car park on Tuesday.\n\n"
        "The Archbishop of Turin said the diocese would protect the site.\n\n"
        "He also said that visitors would be welcome."
    )
    r = analyze(text, options=Options(raw=True))
    names = {e.id: e.name for e in r.entities}
    said = [a for a in r.attributions if a.cue and "said" in a.cue.text]
    assert [names.get(a.speaker or "") for a in said] == ["Archbishop of Turin"] * 2
    assert all(a.source_type == "person" for a in said)
    named = (
        "The mayor of Glendale, Jerry Weiers, said the road would reopen.\n\n"
        "He said the repairs had cost $2m."
    )
    assert speakers_by_cue(named)["said"] == ["Jerry Weiers", "Jerry Weiers"]


def test_a_surname_spelt_one_letter_otherwise_is_the_person_named_in_full():
    text = (
        "Margaret Holloway, a historian at the museum, said the letters were genuine.\n\n"
        "\"We checked every page,\" Holloways said.\n\n"
        "Hollowey told reporters the collection would go on show in May."
    )
    got = speakers_by_cue(text)
    assert got["told"] == ["Margaret Holloway"]
    # the surname plus 's' is no misspelling of it
    assert got["said"][1] != "Margaret Holloway"
    korean = (
        "Jang Min-ho, a former official, said the purge had begun.\n\n"
        "Kim Yo Jong was not seen at the ceremony.\n\n"
        "Jang told reporters that the order came in March."
    )
    assert speakers_by_cue(korean)["told"] != ["Kim Yo Jong"]


def test_a_surname_with_two_letters_swapped_or_without_its_particle_is_the_person_named_in_full():
    swapped = (
        "Former police chief Daniel Ortega said the recording could be staged.\n\n"
        "\"I had the same doubt,\" Ortgea said."
    )
    assert speakers_by_cue(swapped)["said"] == ["Daniel Ortega", "Daniel Ortega"]
    particle = (
        "Sheikh Khalid Omar al-Rashidi replied that the festival was forbidden.\n\n"
        "Sheikh Rashidi argued that its songs were wrong."
    )
    assert speakers_by_cue(particle)["argued"] == ["Khalid Omar al-Rashidi"]


def test_a_masthead_with_the_tagged_a_person_is_the_outlet_its_report_refers_to():
    # a gazetteer outlet written with 'the' that the entity tagger calls a person
    text = (
        "The minister ended up in hospital after a fall, The Chosun Ilbo reported.\n\n"
        "He was operated on at a clinic in the capital, the report said."
    )
    r = analyze(text, options=Options(raw=True))
    assert speaker_of(r, "said").name == "Chosun Ilbo" and with_cue(r, "said")[0].source_type == "outlet"


def test_a_lede_that_describes_someone_the_next_sentence_names_with_an_age_is_theirs():
    text = (
        "A grandmother who fell from a cruise ship now claims a dolphin kept her afloat.\n\n"
        "Maria Okafor, 67, had been on deck at midnight when the ship lurched."
    )
    r = analyze(text, options=Options(raw=True))
    assert speaker_of(r, "claims").name == "Maria Okafor" and with_cue(r, "claims")[0].source_type == "person"
    # an anonymous source is left unnamed on purpose
    assert speakers_by_cue("A witness said the car was blue.\n\nJohn Okafor, 45, said the road would close.")["said"][0] != "John Okafor"


def test_a_name_in_a_picture_caption_is_no_antecedent_for_the_story():
    text = (
        "Tomas Varga, 14, says a lightning strike left him able to hear radio stations.\n\n"
        "The boy claims the music plays in his head at night. Pictured is Sir Alec Brandt, who played a telepath in the film\n\n"
        "He said he first noticed the music a week after the storm."
    )
    assert speakers_by_cue(text)["said"] == ["Tomas Varga"]
    # 'Smith (pictured) said ...' is prose, not a caption: its name carries on
    inline = "Ian Brandt (pictured) told the inquiry the ferry was overloaded.\n\nHe said the crew had warned the owners."
    assert speakers_by_cue(inline)["said"] == ["Ian Brandt"]


def test_an_adjective_opening_the_sentence_is_no_part_of_the_name():
    s = speakers_by_cue('Depressed Mei Lin spent a week in the cafe.\n\nMei Lin said: "I needed company."')
    assert s["said"] == ["Mei Lin"]


def test_a_spokesperson_for_a_body_its_place_names_speaks_for_it():
    s = speakers_by_cue("A spokesperson for the Peruvian health ministry said the reports were false.")
    assert s["said"] == ["Peruvian health ministry"]


def test_a_person_introduced_with_what_they_are_just_before_a_quotation_speaks_it():
    """News names a witness, with an appositive, to quote them next: the quotation's 'he' is
    that person, not the subject of the sentence that introduced them (an FNC body)."""
    s = speakers_by_cue(
        "Mayor John Petrides opened the new bridge on Monday. The crowd included Tom Reddaway, a local builder. "
        "“It is the finest bridge in the county,” he said."
    )
    assert s["said"] == ["Tom Reddaway"]
    # named before, or not introduced with what they are: the subject carries on
    s = speakers_by_cue("Mayor John Petrides opened the new bridge on Monday, watched by Tom Reddaway. “It is a fine bridge,” he said.")
    assert s["said"] == ["John Petrides"]


def test_an_acronym_defined_in_brackets_names_the_same_body_and_leaves_the_name():
    """'The Harbour Safety Authority (HSA)' is one body named 'Harbour Safety Authority'
    (not '... HSA'), and 'The HSA' later is the same body; the brackets also keep a name the
    tagger would cut at 'and' whole."""
    text = (
        "The Harbour Safety Authority (HSA) said the ferry was overloaded. "
        "The Association of Pilots and Boatmen (APB) said its members had warned the council. "
        "The HSA said it would publish its report in May."
    )
    s = speakers_by_cue(text)
    assert s["said"] == ["Harbour Safety Authority", "Association of Pilots and Boatmen", "Harbour Safety Authority"]


def test_the_owner_of_another_person_is_not_the_speaker():
    """'Brown's friend Dorian Johnson said' is Johnson's; 'Paczkowski's sources say' are not
    Paczkowski; a spokesman or a team speaks for its owner (the guideline, section 3)."""
    s = speakers_by_cue("Michael Brown was shot on Saturday. Brown's friend Dorian Johnson, who saw the shooting, has said the boy had his hands up.")
    assert s["said"] == ["Dorian Johnson"]
    s = speakers_by_cue("John Paczkowski first reported the plan. Paczkowski's sources say the watch will ship in March.")
    assert s["say"] != ["John Paczkowski"]
    s = speakers_by_cue("Donald Trump said nothing on Monday. Trump's spokesman said the report was false.")
    assert s["said"][-1] == "Donald Trump"


def test_a_first_name_the_census_list_lacks_still_names_the_one_person_who_bears_it():
    """Tabloids call a child or a victim by first name after naming them once; a name the
    1990 US census list lacks ('Nikolai', 'Dimitry') is that person's when it is nobody's
    surname."""
    text = (
        "Nikolai Kryaglyachenko, 6, wants to be a superhero.\n\n"
        "His mother said he loves comics. Nikolai said he was a keen fan of comics."
    )
    r = analyze(text, options=Options(raw=True))
    assert speaker_of(r, "said", 2).name == "Nikolai Kryaglyachenko"
    text = "Oleg Nikolai met the inspectors. Nikolai Petrov chaired the board. Nikolai said the roof was safe."
    r = analyze(text, options=Options(raw=True))
    assert speaker_of(r, "said").name != "Nikolai Petrov"  # 'Nikolai' is a surname in the story: no guess


def test_it_after_an_unnamed_body_that_spoke_is_that_body():
    """'..., the ministry said. ... , it said.': 'it' is the body that spoke in the sentence
    before, named or not; an unnamed body is kept for 'it' alone, not for 'the group' further on."""
    text = (
        "The inspector was dismissed after years of absence, the ministry said.\n\n"
        "A minister ordered his dismissal to ensure accountability, it said."
    )
    r = analyze(text, options=Options(raw=True))
    it = speaker_of(r, "said", 2)
    assert it.name == "the ministry" and it.type == "organization"


def test_a_headline_verb_the_tagger_took_into_a_name_is_not_part_of_it():
    """A title-case headline 'Okafor Says Archive Will ...' that the entity tagger read as
    the person 'Okafor Says' (as it did on a PolNeAR headline): the person is 'Okafor', whom
    'President Okafor' and 'Mr. Okafor' below are, not a second person 'Okafor Says'."""
    from spacy.tokens import Span

    from allegedly.pipeline import load
    from allegedly.sourcing.speakers import Resolver

    text = "Okafor Says Archive Will Tell of Exile\n\nLAGOS -- President Okafor said the archive would open. Mr. Okafor warned that it would not be a cure."
    doc = load()(text)
    doc.ents = [Span(doc, 0, 2, label="PERSON")] + [e for e in doc.ents if e.start >= 2 and e.label_ != "PERSON"] + [
        Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.i > 2 and t.text == "Okafor"
    ]
    resolver = Resolver(doc)
    assert [d.name for d in resolver.order if d.type == "person"] == ["Okafor"]


def test_a_rep_speaks_for_the_body_or_person_they_represent():
    """'a Comcast rep', 'his reps': the clipped 'representative' is a voice like
    'spokesman' (source_nouns.txt)."""
    text = "Comcast fired the worker last week. A Comcast rep promised that the company would look into it."
    r = analyze(text, options=Options(raw=True))
    assert speaker_of(r, "promised").name == "Comcast"


def test_the_short_form_of_a_body_named_before_is_that_body_even_when_tagged_a_person():
    """'the Observatory' after 'the Syrian Observatory for Human Rights': the entity tagger
    called the short form a person; no person's name takes 'the', and a body's name is short
    for the word before its 'of' or 'for'."""
    text = "The Harbour Observatory for Human Rights said 40 fighters were killed. The Observatory said the toll would rise."
    r = analyze(text, options=Options(raw=True))
    obs = speaker_of(r, "said", 2)
    assert obs.name == "Harbour Observatory for Human Rights" and obs.type == "organization"
    assert with_cue(r, "said")[1].source_type == "organization"


def test_they_stands_for_the_body_or_outlet_that_was_the_last_main_subject():
    """'Cumbria police said ... They initially thought': the body; 'The Daily Echo reported
    ... They claim': the outlet. Not where people or another body came between, nor after a
    subject that is people ('Neighbours said ... They said'): then 'they' stays unresolved."""
    text = (
        "Cumbria police said there were two shootings near the market. "
        "They initially thought there was a third shooting at the station."
    )
    r = analyze(text, options=Options(raw=True))
    thought = with_cue(r, "thought")[0]
    assert {e.id: e.name for e in r.entities}[thought.speaker] == "Cumbria police" and thought.source_type == "organization"
    assert _speakers("The Daily Echo reported on Sunday that the actor had quit the show. They claim that he was paid to leave.")["claim"] == "Daily Echo"
    got = _speakers("The Daily Echo quoted friends of the actor as saying he had quit. They said he was paid to leave.")
    assert got["said"] != "Daily Echo", got
    got = _speakers("Neighbours said the actor had left the village in May. They said he was paid to leave.")
    assert got["said"] == "They", got


def test_the_network_after_a_named_broadcaster_is_that_broadcaster():
    text = "ITV weatherman Tom Reyes turned his back on the camera. But the network said he had dropped his phone in the snow."
    r = analyze(text, options=Options(raw=True))
    said = with_cue(r, "said")[0]
    assert {e.id: e.name for e in r.entities}[said.speaker] == "ITV" and said.source_type == "outlet"


def test_a_capitalised_title_before_the_name_in_apposition_is_that_person():
    """A title the tagger takes for a body, with the name after it: the person."""
    text = "The National Coordinator for Road Safety of the Republika Srpska, Goran Ilic, admitted that the rate was falling."
    r = analyze(text, options=Options(raw=True))
    a = with_cue(r, "admitted")[0]
    assert {e.id: e.name for e in r.entities}[a.speaker] == "Goran Ilic" and a.source_type == "person"



def test_a_name_after_its_role_is_the_speaker_however_long_the_body_before_it():
    # the parser takes the body's first word as the subject and hangs the name inside it
    text = "The tests failed. Institute for Coastal and Marine Engineering analyst Nadia Oyelaran told the paper that the wall was unsafe."
    r = analyze(text, options=Options(raw=True))
    ent = speaker_of(r, "told")
    assert ent.name == "Nadia Oyelaran" and ent.type == "person", (ent.name, ent.type)
    # a name in a participle phrase after the body is not the body's voice
    r = analyze("Kestrel Media, backed by billionaire Ada Brill, has said that it will double its revenue.", options=Options(raw=True))
    assert speaker_of(r, "said").name == "Kestrel Media"


def test_who_after_a_bodys_other_name_is_the_person_whose_phrase_holds_it():
    text = (
        "Ruth Akande, an adviser to Ghana's Institute of Coastal Studies, or Ingcos, who concluded that a storm caused "
        "the collapse, spoke on Monday. Engineers at the Kestrel Institute of Marine Studies, or Kims, which concluded "
        "that a whale caused the wreck, also spoke."
    )
    r = analyze(text, options=Options(raw=True))
    first, second = speaker_of(r, "concluded"), speaker_of(r, "concluded", 2)
    assert (first.name, first.type) == ("Ruth Akande", "person")
    assert (second.name, second.type) == ("Kestrel Institute of Marine Studies", "organization")


def test_a_spokesperson_for_the_body_named_before_by_its_kind_speaks_for_it():
    text = "The Kestrel Animal Trust rescued the dog on Monday. A spokeswoman for the charity said the dog was well."
    r = analyze(text, options=Options(raw=True))
    ent = speaker_of(r, "said")
    assert (ent.name, ent.type) == ("Kestrel Animal Trust", "organization")
    # no body named before: the spokeswoman stays unnamed
    r = analyze("The dog was rescued on Monday. A spokeswoman for the charity said the dog was well.", options=Options(raw=True))
    assert with_cue(r, "said")[0].source_type == "anonymous"


def test_a_body_named_only_by_its_initials_is_still_named_before_its_spokeswoman():
    # the tagger finds no entity in 'The Welsh PDSA' but the nationality: the initials as a
    # subject are a body, which 'the charity' after them stands for
    text = "The Welsh PDSA has received hundreds of messages online about the cat. A spokeswoman for the charity said it had received dozens of calls."
    r = analyze(text, options=Options(raw=True))
    ent = speaker_of(r, "said")
    assert (ent.name, ent.type) == ("Welsh PDSA", "organization")
    assert with_cue(r, "said")[0].source_type == "organization"
    # a king's number in capitals is no body's initials
    r = analyze("King Osric II of Dalvania, left, said on Thursday that the pilot was a hero.", options=Options(raw=True))
    assert with_cue(r, "said")[0].source_type == "person"


def test_a_spokesperson_for_initials_no_entity_covers_speaks_for_that_body():
    # the tagger finds no organisation in 'the Scottish SPCA' or 'the RSPCA'; a spokesperson
    # for them speaks for that body, not for no one
    r = analyze("A spokesman for the Scottish SPCA said the dog was found alive on a ledge.", options=Options(raw=True))
    ent = speaker_of(r, "said")
    assert (ent.name, ent.type) == ("Scottish SPCA", "organization")
    r = analyze("A spokeswoman for the RSPCA said the pony had been fed.", options=Options(raw=True))
    assert (speaker_of(r, "said").name, with_cue(r, "said")[0].source_type) == ("RSPCA", "organization")


@pytest.mark.parametrize(
    ("text", "cue", "body"),
    [
        # a review of FNC bodies (2225): 'a spokesman in the North Korean embassy in London'
        ('"It is nonsense," a spokesman in the Peruvian embassy in Oslo told Reuters.', "told", "Peruvian embassy"),
        ("A spokeswoman at the Italian consulate in Denver said the visa had been issued.", "said", "Italian consulate"),
    ],
)
def test_a_spokesperson_in_or_at_a_body_its_place_names_speaks_for_it(text, cue, body):
    r = analyze(text, options=Options(raw=True))
    assert (speaker_of(r, cue).name, with_cue(r, cue)[0].source_type) == (body, "organization")


def test_a_spokesperson_in_a_city_speaks_for_no_one_named():
    r = analyze("A spokesman in Madrid said the visa had been issued.", options=Options(raw=True))
    assert with_cue(r, "said")[0].source_type == "anonymous"


def test_the_agent_of_a_description_in_the_pronouns_sentence_is_not_its_antecedent():
    # 'a movie led by ... Lyle Brandt' describes the movie; 'he' goes on from King Osric
    text = (
        "In a closed-door meeting with lawmakers, King Osric said the rebels would be punished.\n\n"
        'King Osric said they will pursue the rebels. Quoting lines from "Dust Road," a movie led by American actor '
        'Lyle Brandt, he said the death of one of the kingdom\'s sons will call for "justice."'
    )
    r = analyze(text, options=Options(raw=True))
    assert [e.name for e in (speaker_of(r, "said", k) for k in (1, 2, 3))] == ["Osric", "Osric", "Osric"]


def test_a_name_in_a_relative_clause_after_a_noun_is_not_described_by_it():
    # 'the company Eamon works for': not 'the company Eamon', so Eamon is no company
    text = (
        "Eamon O'Hare said he was fired. It's reported that the company Eamon works for provides consulting services "
        "to the port. Eamon says he never used the company's name."
    )
    r = analyze(text, options=Options(raw=True))
    assert speaker_of(r, "says").type == "person"


def test_a_pronoun_after_a_source_never_named_is_that_source():
    # 'She added' carries on the unnamed minister, and is typed as the minister is
    r = analyze("The minister said the plan would go ahead. She added that the money was ready.", options=Options(raw=True))
    said, added = with_cue(r, "said")[0], with_cue(r, "added")[0]
    assert added.speaker == said.speaker and added.source_type == said.source_type == "person"
    r = analyze("A witness said the car was red. He added that the driver had fled.", options=Options(raw=True))
    said, added = with_cue(r, "said")[0], with_cue(r, "added")[0]
    assert added.speaker == said.speaker and added.source_type == "anonymous"
    # not across a paragraph, nor to a description of the other sex, nor to a body
    for text in (
        "The minister said the plan would go ahead.\n\nShe added that the money was ready.",
        "The actress said the film was over. He added that the crew had gone.",
        "The company said sales had fallen. She added that the outlook was weak.",
    ):
        r = analyze(text, options=Options(raw=True))
        assert with_cue(r, "added")[0].speaker != with_cue(r, "said")[0].speaker, text


def test_a_pronoun_after_a_role_subject_that_said_nothing_is_that_person():
    # 'The pilot landed ... He said': the pilot, typed a person as 'The pilot said' is (was
    # a bare 'He', typed anonymous)
    for text, who in (
        ("The pilot brought the jet down on a field near Leeds. He said the left engine had stopped.", "The pilot"),
        ("The headmistress closed the school on Friday. She told parents the boiler had burst.", "The headmistress"),
    ):
        r = analyze(text, options=Options(raw=True))
        said = r.attributions[-1]
        assert speaker_of(r, said.cue.text).name == who and said.source_type == "person", text
    # not a noun of the other sex, an unnamed source's noun, a body, or across a paragraph
    for text in (
        "The actress left the set early. He said the crew had gone home.",
        "The official visited the plant on Monday. He said the leak was small.",
        "The council closed the road. She said the bridge was unsafe.",
        "The pilot brought the jet down near Leeds.\n\nHe said the left engine had stopped.",
    ):
        r = analyze(text, options=Options(raw=True))
        assert r.attributions[-1].source_type == "anonymous" and speaker_of(r, "said").name in ("He", "She"), text


def test_a_description_that_places_someone_by_her_is_not_her():
    # FNC 228 (the review of Random(11313)): 'the man sitting next to her said' was given to
    # the woman named before; of the same sex, the description tied to her
    for text in (
        "Jana Novak boarded the train in Brno. The woman sitting opposite her said the train was late.",
        "Jana Novak boarded the train in Brno. The woman next to her said the train was late.",
    ):
        assert speakers_by_cue(text)["said"] != ["Jana Novak"], text
    # a relative clause may speak of its head, and a possessive is the head's own
    for text in (
        "Tom Hale won the award in Leeds. The singer, who has denied the claims against him, said the award was fair.",
        "Tom Hale won the award in Leeds. The singer sitting next to his wife said the award was fair.",
    ):
        assert speakers_by_cue(text)["said"] == ["Tom Hale"], text


def test_a_noun_a_name_is_given_to_describes_that_person():
    # FNC 1611 (the review of Random(11212)): 'a homeless man named Thomas' ... '"...," the
    # homeless man says' stayed 'the homeless man'
    text = (
        "Josh Lee filmed a homeless man named Thomas in Leeds. Lee gave him money.\n\n"
        '"There are things money cannot buy," the homeless man says.'
    )
    assert speakers_by_cue(text)["says"] == ["Thomas"]
    text = 'A retired teacher called Olga Brandt found the wallet on a bus. "I could not keep it," the retired teacher said.'
    assert speakers_by_cue(text)["said"] == ["Olga Brandt"]
    # the one a story is about, named as someone acted on, is no 'officer' after it; a 'he' in
    # the officer's quotation is talked of, no act of his
    for text in (
        'A man named Tom Hale was arrested in Leeds. "He ran," the officer said.',
        'Police arrested a man named Tom Hale in Leeds. "He ran," the officer said.',
    ):
        assert speakers_by_cue(text)["said"] != ["Tom Hale"], text


def test_a_body_named_in_apposition_to_its_kind_is_that_body():
    # FNC 416 (the review of Random(11212)): 'The government watchdog group, Judicial Watch,
    # said' gave the speaker the whole phrase
    for text, who in (
        ("The government watchdog group, Public Eye, said the deal was illegal.", "Public Eye"),
        ("The company, Acme Holdings, said the deal was legal.", "Acme Holdings"),
    ):
        assert speakers_by_cue(text)["said"] == [who], text


def test_a_religious_title_is_the_persons_role():
    # FNC 244 (the review of Random(11212)): 'Father John Micheal O'Neal ... The catholic
    # father claims' left the description unresolved; a child's father stays someone else
    text = "Father Ivan Kowal survived the crash near Lublin. The catholic father claims he saw a light."
    assert speakers_by_cue(text)["claims"] == ["Ivan Kowal"]
    text = "Police found Tom Hale, 8, on Monday. The father said the boy was safe."
    assert speakers_by_cue(text)["said"] != ["Tom Hale"]


def test_a_clause_hung_on_the_platform_a_thing_was_put_on_is_the_things():
    # FNC 1357 (the review of Random(11212)): 'an illustration being shared on Facebook,
    # Instagram and Twitter that claims to be a tribute' gave the claim to Facebook, a person
    for text, who in (
        ("There's a drawing being shared on Facebook, Instagram and Twitter that claims to be a tribute to the singer.", "a drawing"),
        ("There's a letter being passed around on Reddit that claims to be from the mayor's office.", "a letter"),
    ):
        r = analyze(text, options=Options(raw=True))
        a = with_cue(r, "claims")[0]
        assert (speaker_of(r, "claims").name, a.source_type) == (who, "document"), text


def test_a_passives_agent_is_the_doer_a_later_he_refers_to():
    # 'was first raised by ... Bishop Karl Hess. In 2008, he said': the agent did the raising,
    # as a subject would have; the subject two sentences back is further away
    text = (
        "Bishop Anton Weller praised the plan on Sunday. The idea was first raised by Weller's predecessor, "
        "Bishop Karl Hess. In 2008, he said the abbey should be sold."
    )
    r = analyze(text, options=Options(raw=True))
    assert speaker_of(r, "said").name == "Karl Hess"


def test_who_after_an_apposition_with_a_place_in_it_is_the_person():
    text = 'Maya, a regular at The Anchor, who asked that her surname not be used, said the singer "makes people smile."'
    r = analyze(text, options=Options(raw=True))
    assert {(a.cue.text, speaker_of(r, a.cue.text).name) for a in r.attributions} >= {("asked", "Maya")}


def test_a_report_set_off_in_a_relative_clause_is_its_own_and_the_outlets():
    # the source stops before the clause, and 'which' is the outlet the report's phrase names
    text = "The band will not tour, according to a report in the Kestrel Gazette, which said that the singer had refused a huge offer."
    r = analyze(text, options=Options(raw=True))
    outer, inner = by_cue(r, "according to"), by_cue(r, "said")
    assert outer.source.text == "a report in the Kestrel Gazette"
    assert inner.source.text == "which" and speaker_of(r, "said").name == "Kestrel Gazette"
    r = analyze("Mayor Ann Cole, who dismissed the reports, said the harbour was safe.", options=Options(raw=True))
    assert by_cue(r, "said").source.text == "Mayor Ann Cole"


def test_a_title_without_its_full_stop_is_no_part_of_the_name():
    text = "Harbour police spokesman Sgt. Colm Daly said the car was safe. Sgt Daly said it was never stolen."
    r = analyze(text, options=Options(raw=True))
    assert [speaker_of(r, "said", k).name for k in (1, 2)] == ["Colm Daly", "Colm Daly"]


def test_a_students_year_before_the_name_is_a_title():
    # the tagger made the name a company; the class year says it is a person
    r = analyze("Sophomore Tyson Glover said he liked the label. He said it made his first year easier.", options=Options(raw=True))
    first, second = speaker_of(r, "said", 1), speaker_of(r, "said", 2)
    assert (first.name, first.type) == ("Tyson Glover", "person") and second.id == first.id


def test_a_bodys_notice_is_a_document_it_issued():
    r = analyze("NASA said the rock was small. The NASA update also called the crater unrelated to the asteroid.", options=Options(raw=True))
    update = by_cue(r, "called")
    assert update.source_type == "document" and speaker_of(r, "called").name == "NASA"


def test_a_report_or_statement_speaks_for_the_body_or_person_its_phrase_names():
    # the guideline, section 3: a document's speaker is who issued it, named in its phrase
    r = analyze("A Pentagon report said the jets were grounded.", options=Options(raw=True))
    assert (speaker_of(r, "said").name, by_cue(r, "said").source_type) == ("Pentagon", "document")
    r = analyze("Acme Corp makes jets. The company’s statement said the jets were grounded.", options=Options(raw=True))
    assert speaker_of(r, "said").name == "Acme Corp"
    r = analyze("Ni Qiong stood on the street with her daughter. Her sign read: “Please buy my daughter.”", options=Options(raw=True))
    assert speaker_of(r, "read").name == "Ni Qiong"
    # 'the statement' a body put out a few sentences back
    r = analyze("The Kestrel Brigade released a statement on Twitter. The statement said the hostage had been freed.", options=Options(raw=True))
    assert speaker_of(r, "said").name == "Kestrel Brigade"
    text = "The Kestrel Navy said in a statement that it would not comment. “We take this seriously,” the statement said."
    assert speaker_of(analyze(text, options=Options(raw=True)), "said", 2).name == "Kestrel Navy"
    r = analyze("Police found a letter in the car. The letter said the driver was sorry.", options=Options(raw=True))
    assert speaker_of(r, "said").name == "The letter"  # found, not put out: whose it is, the text does not say
    # records are not their owner's words: the victim did not issue his medical records
    r = analyze("The victim’s medical records show he was shot twice.", options=Options(raw=True))
    assert speaker_of(r, "show").name == "The victim’s medical records"


def test_a_name_the_parser_split_stays_whole_in_the_source():
    # 'al' hung on the role noun, '-Midana' read as a second subject
    text = "Dunmore civil defense services spokesman Omar al-Midana warned that further harm could be caused if the council opens more dams."
    r = analyze(text, options=Options(raw=True))
    a = by_cue(r, "warned")
    assert a.source.text == "Dunmore civil defense services spokesman Omar al-Midana"
    assert (speaker_of(r, "warned").name, a.source_type) == ("Omar al-Midana", "person")


def test_the_same_unnamed_source_again_is_one_speaker_not_another():
    text = (
        "The minister has a back injury, a source with access to the palace said on Monday. "
        "The source said that he fell while riding. A second source said he was fine."
    )
    r = analyze(text, options=RAW)
    first, again, second = (a.speaker for a in r.attributions)
    assert first == again and second != first
    # not a noun with words of its own ('the other source', 'the palace source'), nor one far back
    r = analyze("A source said the talks had failed. The other source said they had not.", options=RAW)
    assert len({a.speaker for a in r.attributions}) == 2
    # a phrase of its own must repeat the description; and the one taken up again is typed as before
    text = "A representative of the plumbing company said the truck was sold. The representative of the plumbing company said they would remove the logo."
    r = analyze(text, options=RAW)
    assert len({a.speaker for a in r.attributions}) == 1 and [a.source_type for a in r.attributions] == ["anonymous", "anonymous"]
    text = "The kneeling man said he was tired. The man in the mask said: \u201cThis is the end.\u201d"
    assert len({a.speaker for a in analyze(text, options=RAW).attributions}) == 2
    # a document taken up again, too; not a body (the one meant may be named between)
    text = "A statement posted on a website on Friday said the hostage had died. The statement said no fighters were killed."
    assert len({a.speaker for a in analyze(text, options=RAW).attributions}) == 1


def test_a_request_to_go_unnamed_is_no_attribution():
    text = "An aide, who asked not to be named, said the talks were over. A guard, who requested anonymity, said the gate was shut."
    assert [a.cue.text for a in analyze(text, options=RAW).attributions] == ["said", "said"]
    # a claim about anonymity is a claim
    a = only(analyze("Sources said anonymity was vital for whistleblowers.", options=RAW), "said")
    assert a.content.text == "anonymity was vital for whistleblowers"


def test_a_hashtag_is_no_one_a_pronoun_can_stand_for():
    text = (
        "The king met security chiefs on Friday.\n"
        "Photo: the king meets military leaders #Jordan #JO\n"
        "He said the pilot was a hero."
    )
    r = analyze(text, options=RAW)
    names = {e.id: e.name for e in r.entities}
    assert [names.get(a.speaker) for a in r.attributions] != ["JO"]
    assert "JO" not in names.values() and "Jordan" not in names.values()


def test_the_report_after_a_listed_outlet_the_tagger_read_as_a_number_is_that_outlet():
    # '9to5Mac' is tagged a number, no name; the gazetteer lists it
    text = "9to5Mac reports that Apple will open a new store. According to the report, the store will open in May."
    r = analyze(text, options=RAW)
    assert len({a.speaker for a in r.attributions}) == 1
    assert [a.source_type for a in r.attributions] == ["outlet", "outlet"]
    # a listed name only where it is written as a name ('Time', not 'time will tell')
    assert [a.source_type for a in analyze("Only time will tell who is right.", options=RAW).attributions] != ["outlet"]


def test_the_representatives_of_the_one_person_named_speak_for_that_person():
    text = (
        "Tom Reyes is again the subject of death hoaxes. However, the actor's representatives "
        "cleared up the rumours on Friday and issued a statement saying that he is still alive."
    )
    r = analyze(text, options=RAW)
    assert (speaker_of(r, "saying").name, with_cue(r, "saying")[0].source_type) == ("Tom Reyes", "person")


def test_an_article_from_an_unnamed_site_is_not_the_outlet_named_before():
    """'An article from a fake MSNBC website' (the name tagged a common noun) is a work not
    named yet, not the outlet that debunked it a sentence earlier; its 'It states' is it."""
    text = (
        "The Daily Kestrel reported on Monday that the singer is the victim of another death hoax.\n\n"
        "An article from a fake MSNBC website actually claims that the singer was found dead at home. "
        "It states that a neighbour called the police."
    )
    r = analyze(text, options=RAW)
    kestrel, article = speaker_of(r, "reported"), speaker_of(r, "claims")
    assert article.id != kestrel.id and article.name == "An article from a fake MSNBC website"


def test_a_demonstrative_outlet_noun_still_stands_for_the_outlet_named_before():
    r = analyze("The Kestrel Gazette reported on Monday that the minister had lied. That newspaper also said the minister would resign.", options=RAW)
    assert speaker_of(r, "reported").id == speaker_of(r, "said").id


def test_a_subject_it_after_an_unnamed_document_is_that_document():
    text = "A post on a little-known blog claims that the mayor will resign. It says that his deputy will take over in May."
    r = analyze(text, options=RAW)
    assert speaker_of(r, "says").id == speaker_of(r, "claims").id
    # an 'it' after a person who spoke is no document
    r = analyze("Maria Lopez said the fire began at night. It spread to the roof within minutes, according to a report.", options=RAW)
    assert all(a.source is None or a.source.text != "It" for a in r.attributions)


def test_a_pronoun_after_a_name_owning_its_sentences_subject_is_that_person():
    """'A man ... has been dubbed ... A rash on Leon Fairweather's arm may look like a burn,
    but he says ...': the named person whose arm it is, not the unnamed man before (whom the
    name names)."""
    text = (
        "A man from Cork has become an online sensation after a strange holiday in Crete.\n\n"
        "A rash on Leon Fairweather's arm may look like a burn, but he says it was left by a jellyfish."
    )
    r = analyze(text, options=RAW)
    assert speaker_of(r, "says").name == "Leon Fairweather"


def test_a_lone_word_the_tagger_mostly_calls_a_person_is_a_person_where_it_calls_it_a_body():
    """'Schukraft said' tagged a body after two 'Schukraft's tagged a person (the first
    name outside the entity, so no full name says so): a person still."""
    from spacy.tokens import Span

    from allegedly.pipeline import load
    from allegedly.sourcing.speakers import _label

    text = "Student Oltvany told us the plan was wrong. Oltvany said it twice. Later Oltvany said it again."
    doc = load()(text)
    at = [t.i for t in doc if t.text == "Oltvany"]
    doc.ents = [Span(doc, at[0], at[0] + 1, "PERSON"), Span(doc, at[1], at[1] + 1, "PERSON"), Span(doc, at[2], at[2] + 1, "ORG")]
    assert _label(doc.ents[-1]) == "PERSON"
    # a word called a body as often as a person stays a body
    doc = load()(text)
    doc.ents = [Span(doc, at[0], at[0] + 1, "PERSON"), Span(doc, at[1], at[1] + 1, "ORG"), Span(doc, at[2], at[2] + 1, "ORG")]
    assert _label(doc.ents[-1]) == "ORG"


def test_a_given_name_right_after_a_role_word_is_a_person_whatever_the_parser_hung_the_role_on():
    """'During the telecast anchor Lester Holt said hello', tagged a body: the role word is
    the pobj of 'During', no compound of the name; a role word and a given name say person."""
    from spacy.tokens import Span

    from allegedly.pipeline import load
    from allegedly.sourcing.speakers import _label

    doc = load()("During the telecast anchor Dana Whitlock said hello to the meteorologist.")
    at = next(t.i for t in doc if t.text == "Dana")
    doc.ents = [Span(doc, at, at + 2, "ORG")]
    assert _label(doc.ents[0]) == "PERSON"


def test_a_title_of_the_other_sex_is_another_person_of_that_surname():
    """'Miss Varga' after 'Tom Varga', whom a 'he' has stood for, is his sister, not he; 'She'
    then is she. A first name the census gives mostly to one sex never splits a name alone:
    'Ms Phillips' after 'Jess Phillips' is she."""
    text = (
        'Gunmen in the hills are holding Tom Varga, a surveyor. "I am well," he said in a video released on Sunday.\n\n'
        'In a second video Miss Varga described her brother as gentle. She added: "Please let him come home."'
    )
    got = speakers_by_cue(text)
    assert got["said"] == ["Tom Varga"]
    assert got["described"] == got["added"] == ["Varga"]
    got = speakers_by_cue("Jess Phillips, the Labour MP, visited the depot. Ms Phillips said the jobs must stay.")
    assert got["said"] == ["Jess Phillips"]
    # a title of the same sex is the same person
    assert speakers_by_cue("Tom Varga was seized last spring. Mr Varga said he was well fed.")["said"] == ["Tom Varga"]


def test_a_family_that_names_its_person_is_no_description_of_a_later_name():
    """'The family of Mr Varga had pleaded ...' in a lede: the family, by its relation to the
    man it names, not the person named as the next sentence's subject."""
    text = (
        "Gunmen are holding Tom Varga, a surveyor, who was seized last spring. The family of Mr Varga had pleaded for his release. "
        "In a video Miss Varga described her brother as gentle."
    )
    r = analyze(text, options=RAW)
    family = next(a for a in r.attributions if a.source is not None and a.source.text.startswith("The family"))
    sister = next(a for a in r.attributions if a.source is not None and a.source.text == "Miss Varga")
    assert family.speaker != sister.speaker


def test_he_after_an_according_to_is_the_one_it_names():
    """'According to Hale, the staff had been trained. "...," he said.': Hale speaks in the
    sentence before the quotation, as a subject would."""
    text = (
        "The reporter Tom Hale said the guards were ready. The guard chief, Sam Price, has won several awards. "
        'According to Hale, the staff had been trained for years. "They even rehearsed it," he said.'
    )
    assert speakers_by_cue(text)["said"] == ["Tom Hale", "Tom Hale"]


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("In 2013, the family set up a Find Mara Lind website for her, which states that she is the youngest of four children.", "states", "a Find Mara Lind website"),
        ("The company sent a letter to Anna Berg, which said she had been fired.", "said", "a letter"),
        ("He wrote a note for his son Tom, which read: 'Be brave.'", "read", "a note"),
    ],
)
def test_which_hung_on_a_person_after_the_verbs_object_is_the_objects(text, cue, speaker):
    # FNC 2450, read after the review of Random(11515): 'a Find James Foley website for him,
    # which states ...' gave the website's words to Foley: a 'which' is never a person
    assert speakers_by_cue(text)[cue] == [speaker]
    # but a buyer may be a firm (the review of this round's diff)
    assert speakers_by_cue("The company sold the unit to a Chinese buyer, which said it would keep all 300 workers.")["said"] == ["a Chinese buyer"]


def test_she_after_a_sentence_with_no_verb_about_a_woman_is_that_woman():
    # the review of Random(11717): 'Not for Karla Gallegos of Chile. "...," she said' went to
    # the woman quoted before
    text = '"I\'d buy the cheap one," says Maya Holt of Denver. Five hundred dollars for a phone case? Not for Dana Ruiz of Peru. "Far too much," she said.'
    assert speakers_by_cue(text)["said"] == ["Dana Ruiz"]


def test_who_after_a_bodys_name_in_a_persons_description_is_the_person():
    """'Jess Hale, a student at Canterbury Christ Church University who claims ...': a body
    or a place takes no 'who'; the clause is on the person the description is of."""
    text = "At least now I know who to thank: Jess Hale, a first-year student at Canterbury Christ Church University who claims she played the sun baby."
    assert speakers_by_cue(text)["claims"] == ["Jess Hale"]


@pytest.mark.parametrize(
    "text",
    [
        "Talking to Joe Rogan, the actor said he had never met the senator.",
        "Speaking to Maria Lopez on her radio show, the mayor said the bridge would reopen.",
        "In an interview with Tom Hanks, the director said the film was finished.",
    ],
)
def test_a_description_is_not_the_person_its_own_clause_names_beside_it(text):
    """The one they talked to, or with, is someone else: a description that is its clause's
    subject does not take a name in that clause (it was 'the only person named so far')."""
    (said,) = _speakers(text).values()
    assert said is not None and said.lower().startswith("the ")


def test_a_description_still_takes_the_person_named_in_the_sentence_before():
    text = "Gardening expert Alan Titchmarsh opened the show. The television presenter said the roses were late."
    assert _speakers(text)["said"] == "Alan Titchmarsh"


def test_the_outlet_after_a_named_outlet_is_that_outlet():
    text = "The Kestrel Gazette said the singer had left the band. The outlet also claimed she was ill."
    r = analyze(text, options=Options(raw=True))
    a = only(r, "claimed")
    assert a.source_type == "outlet" and next(e for e in r.entities if e.id == a.speaker).name == "Kestrel Gazette"


def test_a_noun_of_the_unnamed_sources_is_not_tied_to_the_person_before_by_a_shared_word():
    """'The French tennis official' after 'French tennis star Julie Roche ... Roche has not
    played since': the shared words make no official of the star (the tie stays for other
    roles: 'The former spy' after 'Former ... chief Alnur Mussayev')."""
    text = (
        "French tennis star Julie Roche withdrew from the Open after the first round. Her coach, Marc Duval, "
        "flew home on Monday. Roche has not played since. The French tennis official said the injury was minor."
    )
    r = analyze(text, options=Options(raw=True))
    a = only(r, "said")
    assert a.source_type == "anonymous" and next(e for e in r.entities if e.id == a.speaker).name == "The French tennis official"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Police closed the road on Monday. Anand Mahindra told reporters the plant would reopen soon. Mahindra said the damage was small. He added that no one was hurt.", "Anand Mahindra"),
        ("Police closed the road on Monday. Azim Premji told reporters the plant would reopen soon. Premji said the damage was small. He added that no one was hurt.", "Azim Premji"),
    ],
)
def test_a_given_name_the_1990_census_lacks_still_makes_a_persons_name(text, name):
    """'Anand', 'Azim' are in the SSA's baby-name records, not in the 1990 census lists: the
    tagger called the whole name a body, the speaker was an organisation and 'He added' went
    unresolved. The surname alone opening a sentence is tagged a common noun."""
    r = analyze(text, options=Options(raw=True))
    names = {e.id: e.name for e in r.entities}
    for cue in ("told", "said", "added"):
        a = with_cue(r, cue)[0]
        assert (a.source_type, names[a.speaker]) == ("person", name), cue



def test_a_relative_pronoun_and_its_unnamed_antecedent_are_one_source():
    """'A senior official, who was sure ..., told': the 'who' and the official are one unnamed
    person, not two entities ('senior official' and 'A senior official')."""
    r = analyze("A senior official, who was sure the outbreak had spread, told reporters that the clinic had closed.", options=Options(raw=True))
    sure, told = with_cue(r, "sure")[0], with_cue(r, "told")[0]
    assert sure.speaker == told.speaker
    assert {e.id: e.name for e in r.entities}[told.speaker] == "A senior official"


def test_a_body_noun_is_no_description_of_a_person_it_was_parsed_as_apposition_to():
    """'... leader Abu Bakr al-Baghdadi, the Iraqi Ministry of Defence said': the parser made
    the ministry an apposition of the leader, so 'the ministry said' later was his. A
    ministry is a body whatever the parse gave a person."""
    text = (
        'An airstrike on Friday (October 3rd) killed Abu Omar al-Shami, a top aide to "Army of the Free Valley" (AFV) leader Abu Salim al-Tikriti, the Iraqi Ministry of Defence said.\n'
        '"The army hit one of AFV\'s main strongholds near Tikrit, killing Abu Omar al-Shami, the right arm of AFV leader Abu Salim al-Tikriti," '
        "the ministry said in a statement released by state television."
    )
    r = analyze(text, options=Options(raw=True))
    a = with_cue(r, "said")[-1]
    names = {e.id: e.name for e in r.entities}
    assert (a.source.text, a.source_type) == ("the ministry", "organization")
    assert "Tikriti" not in names[a.speaker]


def test_it_after_an_outlet_that_reported_is_that_outlet():
    """'The Kestrel Gazette reported the arrest. It said ...': 'it' was left unresolved, as
    only bodies, not outlets, were taken up by 'it'."""
    r = analyze("The Dunmore Gazette reported the arrest on Monday. It said the woman had a fake passport.", options=Options(raw=True))
    said = with_cue(r, "said")[0]
    assert (speaker_of(r, "said").name, said.source_type) == ("Dunmore Gazette", "outlet")


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("General Foods said it would close the plant.", "General Foods", "organization"),
        ("Justice Ministry officials said the probe was closed.", "Justice Ministry", "organization"),
        ("The Justice Department said the inquiry was closed.", "Justice Department", "organization"),
        ("A spokesman for the Justice Department said the inquiry was closed.", "Justice Department", "organization"),
        ("Mr Pym said the deal was off.", "Pym", "person"),
    ],
)
def test_a_title_word_opening_a_bodys_name_keeps_it_a_body_and_a_title_before_one_name_makes_a_person(text, name, kind):
    """'General Motors said' was a person named 'Motors' (honorifics.txt has 'general' and
    'justice'); a body's last word or a plural ends no person's name, with the 'the' the tagger
    spans before it too ('the Justice Department' was 'Department'). 'Mr Pym', the name
    alone tagged a body, was an organisation."""
    r = analyze(text, options=Options(raw=True))
    a = r.attributions[0]
    assert ({e.id: e.name for e in r.entities}[a.speaker], a.source_type) == (name, kind)


@pytest.mark.parametrize(
    "text, outer",
    [
        ("The mayor stated that she found the plan had serious gaps.", "stated"),
        ("The coach told the board she found the new schedule was unworkable.", "told"),
    ],
)
def test_a_pronoun_subject_of_a_reports_clause_is_the_reporter(text, outer):
    """'Maduro stated that he found ...', 'The man told medics he felt ...': the belief or
    finding inside a report is its next layer (the guideline's 'said he believed': both
    speculative), but its 'she' was left unresolved and typed anonymous (the review of
    Random(12121)); it is the report's own subject. Not where someone is told ('The teacher
    told the boy he ...': either could be he)."""
    r = analyze(text, options=RAW)
    found, said = by_cue(r, "found"), by_cue(r, outer)
    assert (found.speaker, found.source_type, found.via) == (said.speaker, "person", said.id)
    r = analyze("The teacher told the boy he believed the test was unfair.", options=RAW)
    assert all(a.speaker != by_cue(r, "told").speaker for a in r.attributions if a.cue.text == "believed")
    # nor one person inside what several say (the review of this round's diff)
    r = analyze("Sara Kim, 29, vanished in May. Her parents said she found out she was pregnant a week earlier.", options=RAW)
    assert by_cue(r, "found").speaker != by_cue(r, "said").speaker


def test_a_pronoun_whose_only_candidate_has_a_name_of_the_other_sex_stays_unresolved():
    """'Mary Jones arrived late with the driver. He said ...': gender only ranked the
    candidates, so the one person named was taken whatever her name; a first name all but
    always of the other sex rules her out, and 'he' stays no one named."""
    r = analyze("Mary Jones arrived late with the driver. He said the road was closed.", options=Options(raw=True))
    assert speaker_of(r, "said").name != "Mary Jones"


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Mr Dunmore was arrested in Leeds on Monday. The lawyer said the charges were baseless.", "Dunmore"),
        ("Police found Ada Brennan at home on Friday. The officer said she had been there for days.", "Ada Brennan"),
    ],
)
def test_a_role_noun_is_not_the_only_person_named_where_that_person_was_only_acted_on(text, wrong):
    """'Mr Pym was arrested ... The lawyer said': the description went to the only person
    named so far, the one arrested (and the lawyer's words became his denial). A person
    named only as a verb's object or passive subject is the one the story is about, not its
    lawyer or officer."""
    r = analyze(text, options=Options(raw=True))
    assert speaker_of(r, "said").name != wrong


def test_a_role_noun_still_takes_the_only_person_named_where_that_person_acted():
    r = analyze("Gardening expert Alan Titchmarsh opened the show. The television presenter said the roses were early.", options=Options(raw=True))
    assert speaker_of(r, "said").name == "Alan Titchmarsh"


def test_a_name_set_off_after_the_body_a_spokesperson_speaks_for_is_the_spokespersons():
    """'A spokesman for Acme, Tim Rowe, said': the parser hung the name on the body, and the
    body spoke; a spokesperson who is named is a person (the guideline, section 4)."""
    r = analyze("A spokeswoman for Trelco, Maria Vance, said the plant would close.", options=Options(raw=True))
    a = with_cue(r, "said")[0]
    assert (speaker_of(r, "said").name, a.source_type) == ("Maria Vance", "person")


def test_a_lone_name_after_in_is_a_place_no_pronoun_resolves_to():
    """'A teacher in Lyon won ...', 'Lyon' tagged a person: where someone is, not who; the
    'She' after it is not Lyon."""
    r = analyze("A teacher in Lyon won the lottery twice, the Kestrel Post reported. She said she would keep working.", options=Options(raw=True))
    said = [a for a in r.attributions if a.cue.text == "said"][0]
    assert said.speaker is None or next(e for e in r.entities if e.id == said.speaker).name != "Lyon"
    assert not any(e.name == "Lyon" and e.type == "person" for e in r.entities)


def test_an_indefinite_brings_in_someone_new():
    """'A man then appears on deck and says' after 'A hooded man said': another man, not the
    hooded one (a hostage's words were credited to his captor); 'The witness added' after
    'A witness said' is still that witness."""
    r = analyze('A hooded man said the ship would be seized. A man then appears on deck and says: "We are safe."', options=Options(raw=True))
    said, says = r.attributions
    assert said.speaker != says.speaker
    r = analyze("A witness said the car was red. The witness added that it sped away.", options=Options(raw=True))
    assert r.attributions[0].speaker == r.attributions[1].speaker


def test_the_company_is_not_a_product_the_tagger_called_a_body():
    """'the Apple Watch ... the company had only said' was the watch: a maker's name and a
    noun for a thing, the maker named elsewhere without it, is no company 'the company'
    stands for."""
    text = (
        "A new rumour claims that Quill CEO Tim Rowe told staff the Quill Watch is waterproof. "
        "When the Quill Watch was unveiled, the company had only said it was splash resistant."
    )
    r = analyze(text, options=Options(raw=True))
    said = [a for a in r.attributions if a.cue.text.endswith("said")][0]
    assert said.speaker is None or next(e for e in r.entities if e.id == said.speaker).name != "Quill Watch"


def test_a_quotation_opened_with_a_closing_mark_hides_its_words_from_the_pronouns():
    """'... Omar Hale. ”Chillin with my knife,” he tweeted': the opening mark typed as a
    closing one left the quotation's first word, tagged a person, for 'he' to take."""
    r = analyze("Police named the man as Omar Hale. \u201dChillin with my knife,\u201d he tweeted.", options=Options(raw=True))
    tweeted = [a for a in r.attributions if a.cue.text.endswith("tweeted")][0]
    assert next(e for e in r.entities if e.id == tweeted.speaker).name == "Omar Hale"


def test_he_after_an_unnamed_person_brought_in_by_inversion_is_not_the_named_one_before():
    """'Standing beside him is a masked gunman. Pulling out a knife, he says ...': the
    gunman (the inverted subject) came after the named victim, so 'he' is not the victim."""
    text = (
        "The video shows the journalist Tom Vale kneeling in the sand. Standing beside him is a masked gunman. "
        "Pulling out a knife, he says that the killing is revenge."
    )
    r = analyze(text, options=Options(raw=True))
    says = [a for a in r.attributions if a.cue.text == "says"][0]
    assert says.speaker is None or next(e for e in r.entities if e.id == says.speaker).name != "Tom Vale"


@pytest.mark.parametrize("platform", ["Twitter", "YouTube"])
def test_a_platform_the_tagger_called_a_person_is_no_one_a_description_stands_for(platform):
    """'On Twitter, the senator said ...', the platform tagged a person: 'the senator' was
    resolved to it."""
    r = analyze(f"On {platform}, the senator said the vote would be delayed.", options=RAW)
    a = by_cue(r, "said")
    assert a.speaker is None or next(e for e in r.entities if e.id == a.speaker).name != platform
    assert not any(e.name == platform and e.type == "person" for e in r.entities)


def test_a_bare_spokesperson_speaks_for_the_body_that_spoke_just_before():
    """'The Foreign Ministry said ... A spokesman said: ...': the ministry's (the guideline,
    section 3); with no body speaking just before, still no one named."""
    r = analyze('The Foreign Ministry said the embassy would stay open. A spokesman said: "We will not leave."', options=RAW)
    a = r.attributions[1]
    assert (a.source_type, next(e for e in r.entities if e.id == a.speaker).name) == ("organization", "Foreign Ministry")
    a = only(analyze("A spokesman said the claim was false.", options=RAW), "said")
    assert a.source_type == "anonymous"
    # a body named by its common noun, and one described but never named, typed as it was
    r = analyze("Harbour police have appealed for witnesses. A spokesman said the boat had been found.", options=RAW)
    a = by_cue(r, "said")
    assert (a.source_type, next(e for e in r.entities if e.id == a.speaker).name) == ("organization", "Harbour police")
    r = analyze("A local ferry firm said the boat had sunk. A spokesman said the crew were safe.", options=RAW)
    a = r.attributions[1]
    assert (a.source_type, next(e for e in r.entities if e.id == a.speaker).name) == ("anonymous", "A local ferry firm")


@pytest.mark.parametrize(
    "text",
    [
        "A spokeswoman for Kestrel Foods said the plant was closed. \u201cNobody was hurt,\u201d she said.",
        "A spokesperson for Kestrel Foods said the plant was closed. She added that nobody was hurt.",
    ],
)
def test_a_pronoun_after_a_spokesperson_for_a_body_named_after_them_speaks_for_the_body(text):
    """The body is named after its spokesperson ('A spokeswoman for X'): the pronoun that
    follows still speaks for it, as after 'An X spokeswoman'."""
    r = analyze(text, options=RAW)
    a = r.attributions[-1]
    assert a.source.text.lower() == "she"
    assert (a.source_type, next(e for e in r.entities if e.id == a.speaker).name) == ("organization", "Kestrel Foods")


def test_a_surname_opening_with_its_particle_is_the_person_named_in_full():
    """'De Vries added' after 'Jan de Vries': the tagger made the capitalised particle's name
    a body."""
    r = analyze("Jan de Vries, a Dutch engineer, said the dam was safe. De Vries added that it was old.", options=RAW)
    a = by_cue(r, "added")
    assert (a.source_type, next(e for e in r.entities if e.id == a.speaker).name) == ("person", "Jan de Vries")


def test_a_representative_of_a_body_speaks_for_it():
    """'A representative of Google told ...': as 'a representative for Google'."""
    r = analyze("A representative of Google told CBS News that the logo would be removed.", options=RAW)
    a = by_cue(r, "told")
    assert (a.source_type, next(e for e in r.entities if e.id == a.speaker).name) == ("organization", "Google")


def test_the_report_is_the_outlet_that_published_one_not_one_told_since():
    """'... according to a report in the Boston Globe. A city official confirmed the details
    of the report to CBS News. ..., the report said': the Globe's report; with no other
    outlet, the one told is still the one meant."""
    text = (
        "The mayor hid the losses, according to a report in the Boston Globe published Monday. "
        "A city official confirmed the details of the report to CBS News. The council knew about the debt, the report said."
    )
    r = analyze(text, options=RAW)
    said = by_cue(r, "said")
    assert next(e for e in r.entities if e.id == said.speaker).name == "Boston Globe"
    r = analyze("The mayor told CBS News that the bridge was safe. The report said the bridge was old.", options=RAW)
    said = by_cue(r, "said")
    assert next(e for e in r.entities if e.id == said.speaker).name == "CBS News"


def test_a_speaker_label_with_an_accent_the_article_once_left_out_is_that_person():
    """'Nenad Babic told Bild ...' then 'Babić: "..."': the label's letters outside ASCII
    kept it from being read as a label at all, and the tagger called the name a noun."""
    r = analyze('Nenad Babic told Bild the clinic was busy.\nBabić: "The pregnancies are real."', options=RAW)
    a = by_cue(r, ":")
    assert (a.source.text, a.source_type, next(e for e in r.entities if e.id == a.speaker).name) == ("Babić", "person", "Nenad Babic")
    r = analyze('José Müller spoke to the paper on Monday.\nMüller: "We are safe here."', options=RAW)
    assert by_cue(r, ":").content.text == '"We are safe here."'


def test_a_title_picks_the_one_of_its_sex_among_people_who_share_a_surname():
    """'Mrs. Halloway' where Jane and Mark Halloway are both named, he the more recent: the
    title's sex picks her, and 'Mr. Halloway' him (PolNeAR dev: 'Mrs. Clinton' was given to
    Bill Clinton, named after Hillary)."""
    text = (
        "Jane Halloway spoke in Dayton on Monday. Later, Mark Halloway joined the rally. "
        "Mrs. Halloway said the plan would create jobs. Mr. Halloway said he agreed."
    )
    r = analyze(text, options=RAW)
    names = {e.id: e.name for e in r.entities}
    assert [(a.source.text, names[a.speaker]) for a in r.attributions] == [
        ("Mrs. Halloway", "Jane Halloway"),
        ("Mr. Halloway", "Mark Halloway"),
    ]


def test_he_after_one_of_several_unnamed_people_is_that_one_not_the_man_named_before():
    # 'One of his friends told ... "...," he added': the friend carries on, not the suspect
    # named before (from a review of FNC bodies, Random(10606))
    text = 'Tomas Reyes was named as the suspect on Thursday. One of his friends told the Kestrel Courier he had no doubt. "I am sure it is him," he added.'
    r = analyze(text, options=Options(raw=True))
    a = with_cue(r, "added")[0]
    names = {e.id: e.name for e in r.entities}
    assert names.get(a.speaker) != "Tomas Reyes" and a.source_type == "anonymous", (names.get(a.speaker), a.source_type)
    # one of a named band is no unnamed source
    r = analyze('Tomas Reyes opened the show. One of the Beatles told the Courier the vote was rigged. "Nobody believed the count," he added.', options=Options(raw=True))
    assert speaker_of(r, "added").name == "Tomas Reyes"


def test_a_lede_description_is_not_a_later_person_whose_name_carries_another_role():
    # a role before the name, in it or not ('Striker Luis Diaz' is one name to the tagger):
    # he has a role of his own, and is not the coach
    for name in ("Tomas Reyes", "Luis Diaz"):
        r = analyze(f"The coach said the team was tired. Later, Striker {name} said he was fine.", options=Options(raw=True))
        assert name not in speaker_of(r, "said").name
    # a given name that is also a word for a person is still a name: the delayed lede holds
    r = analyze("The country's interior minister says the border is closed. Hunter Okafor told reporters the army was ready.", options=Options(raw=True))
    assert speaker_of(r, "says").name == "Hunter Okafor"


def test_the_report_after_a_study_brought_in_since_the_outlet_is_not_the_outlets():
    # 'the report' is the study published since the paper was named, not the paper (from the
    # review of Random(10707))
    text = 'The Daily Mail ran a story on the floods last week. The river board then published a study of the levees. "Most of the barriers are too low," the report said.'
    a = with_cue(analyze(text, options=Options(raw=True)), "said")[0]
    assert a.source_type == "document", a
    # with no study between, the report is the paper's
    text = 'The Daily Mail ran a story on the floods last week. "Most of the barriers are too low," the report said.'
    assert speaker_of(analyze(text, options=Options(raw=True)), "said").name == "Daily Mail"


def test_the_place_someone_is_from_is_no_person_a_she_can_be():
    # the tagger took 'Yorkshire' for a person; a later 'she' went to it (from the review of
    # Random(10707))
    text = (
        "A British man who fought with the militia has claimed the rebels fed a captive woman. "
        "Omar Haddad, 36, from Yorkshire said that the woman was given tea. At first she thought they were kind."
    )
    r = analyze(text, options=Options(raw=True))
    assert "Yorkshire" not in {e.name for e in r.entities if e.type == "person"}
    assert with_cue(r, "thought")[0].source_type == "anonymous"


def test_an_age_with_where_the_person_is_from_is_the_person_the_story_is_about():
    # from the review of Random(10707): 'The 21-year-old, from Bunbury, Western Australia,
    # told NT News' stayed a description; the county the tagger took for a person, and the
    # person only rescued so far, kept it from the name
    text = "Dana Welsh was rescued from the river on Sunday. The 19-year-old, from Dover, Kent, told BBC Radio Kent she had slipped on the bank."
    r = analyze(text, options=Options(raw=True))
    assert speaker_of(r, "told").name == "Dana Welsh"
    assert "Kent" not in {e.name for e in r.entities if e.type == "person"}
    # a role after someone only acted on is still someone else, and so is 'a 16-year-old' (FNC 1496)
    r = analyze("Mr Pym was arrested on Monday. The lawyer said he would appeal.", options=Options(raw=True))
    assert speaker_of(r, "said").name != "Pym"
    r = analyze("Lucy Sand was recorded with a 16-year-old pupil who switched his phone on after asking the teacher to turn around.", options=Options(raw=True))
    assert with_cue(r, "asking")[0].source_type == "anonymous"


def test_a_bodys_role_in_capitals_is_a_description_not_a_name():
    # 'The Apple CEO' was made a person named "Apple CEO" (from the review of Random(10707))
    r = analyze("Tomas Reyes visited Berlin last week. The Kestrel Bank CEO also said that the branch would close in April.", options=Options(raw=True))
    assert speaker_of(r, "said").name == "Tomas Reyes"


def test_a_body_noun_with_a_word_for_its_kind_stands_for_the_body_named_before():
    # 'the terror group' after Islamic State was left unresolved (from the review of
    # Random(10707)); 'the health department' is a department of its own
    r = analyze("Kestrel Front fighters seized the town on Monday. The terror group said it had captured two pilots.", options=Options(raw=True))
    assert speaker_of(r, "said").name == "Kestrel Front"
    r = analyze("The Kestrel Police Department arrested two men. The health department said the water was safe.", options=Options(raw=True))
    assert speaker_of(r, "said").name != "Kestrel Police Department"
    # not a body named inside what the group itself says before its closing tag (FNC 1976)
    text = (
        "The monitoring group Kestrel Watch tracks jihadist posts. Some fighters said the woman had served in the "
        "Dalvanian Defense Forces, the monitoring group said."
    )
    assert speaker_of(analyze(text, options=Options(raw=True)), "said", 2).name != "Dalvanian Defense Forces"


def test_he_after_a_picture_shows_an_unnamed_man_is_that_man():
    # FNC 1120 (the reviews of Random(11010) and Random(11111)): a fighter's words in a video
    # were given to the Pentagon spokesman named before it
    text = (
        "Navy spokesman Lee Harmon said the situation was calm. "
        "The video shows a man in a mask opening a crate of rifles. "
        "He says the rifles came from the army. He described them as spoils."
    )
    r = analyze(text, options=RAW)
    names = {e.id: e.name for e in r.entities}
    assert [(a.cue.text, names[a.speaker], a.source_type) for a in r.attributions if a.source.text == "He"] == [
        ("says", "a man", "anonymous"),
        ("described", "a man", "anonymous"),
    ]


def test_he_after_a_picture_of_a_woman_or_of_no_one_new_stays_with_the_named_man():
    for shown in ("The video shows a woman in a scarf.", "The video shows the crates on the dock."):
        r = analyze(f"Navy spokesman Lee Harmon said the situation was calm. {shown} He says the rifles came from the army.", options=RAW)
        names = {e.id: e.name for e in r.entities}
        assert names[next(a for a in r.attributions if a.cue.text == "says").speaker] == "Lee Harmon"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"We have brought in extra crews," Lena Holt said.', "person"),  # (tagged a body)
        ('"I came here on my day off," Nicola Dawson said.', "person"),  # (FNC 634: 'dawson' is also a town)
        ("Warner Bros never confirmed the deal.", "organization"),
        ("Investment firm Piper Jaffray said the watch would sell.", "organization"),
        ("The Roman Catholic Archdiocese of Boston has not confirmed the report.", "organization"),
    ],
)
def test_a_speaker_named_by_a_given_name_first_is_a_person_whatever_the_tagger_said(text, kind):
    # the entity tagger called 'Lena Holt' a body; a speaker's name that opens on a given
    # name is a person's, not a firm's, a family firm's or a body's with 'the'
    r = analyze(text, options=RAW)
    a, = r.attributions
    assert a.source_type == kind


@pytest.mark.parametrize(
    "opening",
    [
        "A fake site made to mimic the Kestrel Times claimed the mayor had resigned.",
        "A hoax website designed to look like the Kestrel Times claimed the mayor had resigned.",
    ],
)
def test_the_site_after_a_page_that_imitates_an_outlet_is_not_that_outlet(opening):
    # FNC 1859 (the reviews of Random(11010) and Random(11111)): a hoax story 'designed to
    # look like MSNBC' was credited to MSNBC (imitation_verbs.txt)
    r = analyze(f"{opening} The site said he would leave on Friday.", options=RAW)
    names = {e.id: e.name for e in r.entities}
    said = next(a for a in r.attributions if a.cue.text == "said")
    assert (names.get(said.speaker), said.source_type) != ("Kestrel Times", "outlet")
    # (from a review of the round's diff) nor what 'the site' after a page that ran a story
    # stands for, nor the source of what a page posing as it put out
    r = analyze(f"{opening} It ran a story about the mayor. The site claimed he had died.", options=RAW)
    claimed = next(a for a in r.attributions if a.cue.text == "claimed")
    assert {e.id: e.name for e in r.entities}.get(claimed.speaker) != "Kestrel Times"
    r = analyze("A fake account posing as the BBC tweeted that the mayor had died.", options=RAW)
    assert [(a.source.text, a.source_type) for a in r.attributions] == [("A fake account", "anonymous")]
    # the outlet itself, named plainly, is still what 'the paper' stands for
    r = analyze("The Kestrel Times reported the mayor would resign. The paper said he was ill.", options=RAW)
    assert {e.id: e.name for e in r.entities}[r.attributions[1].speaker] == "Kestrel Times"


@pytest.mark.parametrize("name", ["Patrick O’Connell", "John Micheal O’neal"])
def test_a_surname_with_a_curly_apostrophe_is_part_of_the_name(name):
    # FNC 1521 and 2240 (the review of Random(11111)): 'Father John Micheal O’neal claims'
    # was typed an organisation and 'he said' after it named 'John Micheal'
    r = analyze(f"Father {name} claims he saw the statue weep. ‘It moved,’ he said.", options=RAW)
    names = {e.id: e.name for e in r.entities}
    assert [(names[a.speaker], a.source_type) for a in r.attributions] == [(name, "person")] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (from a review of the round's diff) the one shown talked of, not talking
        ("Pentagon spokesman Carl Voss said the footage was being studied. The clip shows a man in a black mask. He said the man had not been identified.", "Carl Voss"),
        # a picture someone says shows her, and one a named person took
        ("Ruth Ames, who filmed the crash, said her video shows a girl crossing the road. She said the driver did not stop.", "Ruth Ames"),
        ("The photo, taken by Anna Kerr, shows a woman standing on the roof. She said she took it at dawn.", "Anna Kerr"),
    ],
)
def test_he_or_she_after_a_picture_stays_the_speaker_where_the_picture_is_theirs_or_talked_of(text, speaker):
    r = analyze(text, options=RAW)
    names = {e.id: e.name for e in r.entities}
    assert names[[a for a in r.attributions if a.source and a.source.text in ("He", "She")][-1].speaker] == speaker


def test_the_agency_after_a_news_agency_is_that_agency():
    # a review of FNC bodies, Random(12424): '..., the agency said' after the Associated
    # Press was left unresolved and typed an organisation
    r = analyze("Three ferries sank off the coast, Agence France-Presse reported. The death toll was rising, the agency said.", options=RAW)
    assert (speaker_of(r, "said").name, by_cue(r, "said").source_type) == ("Agence France-Presse", "outlet")
    r = analyze("Reuters reported that the mine had flooded. Twelve miners were trapped, the news agency said.", options=RAW)
    assert speaker_of(r, "said").name == "Reuters"
    # not where another body was named since: 'the agency' may be that one
    r = analyze("Reuters reported that the pills were recalled. The Food and Drug Administration issued a warning. The agency said the pills were unsafe.", options=RAW)
    assert speaker_of(r, "said").name != "Reuters"
    # nor one named in the wire's own sentence (a review of the round's diff)
    r = analyze("The Environmental Protection Agency fined the plant $2 million, Reuters reported. The agency said the plant had leaked for years.", options=RAW)
    assert speaker_of(r, "said").name != "Reuters"


def test_the_same_report_is_the_one_before_and_her_remarks_are_hers():
    # a review of FNC bodies, Random(12323): 'the same report suggests' was one more source,
    # typed a document with evidence cited; 'according to his remarks' stayed the remarks
    r = analyze("A new report from Japan suggests the plant will close. The same report suggests that the owner has debts.", options=RAW)
    first, same = r.attributions
    assert same.speaker == first.speaker and (same.source_type, same.evidence) == (first.source_type, first.evidence) == ("anonymous", "unstated")
    r = analyze("Senator Ruth Allen spoke on Monday. The deal is dead, according to her remarks, which were posted online.", options=RAW)
    assert (speaker_of(r, "according to").name, by_cue(r, "according to").source_type) == ("Ruth Allen", "person")
    # 'the other report' may be another one
    r = analyze("A new report from Japan suggests the plant will close. The other report suggests that the owner has debts.", options=RAW)
    assert r.attributions[1].speaker != r.attributions[0].speaker


def test_a_given_name_the_tagger_cut_off_joins_the_name_after_it():
    """'Taylor Lianne Chandler' tagged 'Taylor' and 'Lianne Chandler' (FNC, a review of
    Random(12323)): two people, six claims given to 'Taylor' alone. Rebuilt here from the
    tagger's two spans, as the model cut them on that page."""
    from spacy.tokens import Span

    from allegedly import pipeline
    from allegedly.sourcing.speakers import _split_in_two

    doc = pipeline.load()("Taylor Lianne Chandler was born in 1973. Ann Lee, Tom Ward spoke.")
    out = {0: (Span(doc, 0, 1, label="PERSON"), "PERSON"), 1: (Span(doc, 1, 3, label="PERSON"), "PERSON")}
    lee, ward = [doc.text.index(n) for n in ("Ann Lee", "Tom Ward")]
    lee_span, ward_span = doc.char_span(lee, lee + 7), doc.char_span(ward, ward + 8)
    out[lee_span.start] = (lee_span, "PERSON")
    out[ward_span.start] = (ward_span, "PERSON")
    _split_in_two(doc, out)
    assert sorted(e.text for e, _ in out.values()) == ["Ann Lee", "Taylor Lianne Chandler", "Tom Ward"]
