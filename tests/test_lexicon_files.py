"""The word lists that sourcing/ reads from allegedly/data (the house rule: lexicons are
data, each file saying where it comes from): each file is there, opens with its source,
holds the groups the code reads, and the code reads it rather than a copy of its own."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from allegedly import Options, analyze, lexicon
from allegedly.sourcing import outlets, qualifiers, sourcetype, speakers

RAW = Options(raw=True)
MOVED = {
    "news_works.txt": {"report": {"report", "article", "story"}, "work": {"piece", "editorial", "investigation", "exclusive", "profile", "feature", "column", "issue", "edition", "online", "post", "headline"}, "authored": {"analysis"}},
    "indefinites.txt": {"one": {"a", "an", "another", "one"}, "several": {"some", "any", "several", "two", "three"}},
    "broadcast_words.txt": {
        "suffix": {"tv", "fm", "am", "dt", "lp", "cd", "hd"},
        "context": {"station", "affiliate", "channel", "tv", "television", "radio", "broadcaster", "news"},
        "medium": {"radio", "television", "tv"},
    },
    "vague_sources.txt": {
        "vague": {"some", "many", "others", "few", "most", "several"},
        "hearsay": {"report", "rumour", "rumor", "claim", "estimate"},
        "mass": {"speculation", "gossip", "hearsay", "chatter", "buzz", "scuttlebutt"},
        "bare": {"news", "media", "press"},
        "record": {
            "autopsy", "post-mortem", "postmortem", "toxicology", "pathology", "forensic", "lab", "laboratory", "medical", "coroner",
            "hospital", "incident", "accident", "inspection",
        },
        "count": {"multiple", "numerous", "various", "several", "many", "conflicting", "recent", "earlier", "latest", "unconfirmed", "new"},
        "unnamed": {"a", "an", "some", "several", "many", "one", "two", "three", "other", "another", "few", "unnamed", "senior"},
        "platform": {"social"},
        "withheld": {"unidentified", "unnamed", "anonymous", "anonymity"},
        "swarm": {
            "rash", "flurry", "spate", "wave", "slew", "barrage", "string", "torrent", "raft", "swirl", "series", "stream", "deluge",
            "number", "host", "welter", "avalanche",
        },
    },
    "cue_verbs.txt": {
        "question": {"ask", "wonder", "question", "query"},
        "asks_wh": {"demand", "inquire"},
        "refusal": {"decline", "refuse", "fail", "neglect", "unable", "reluctant", "hesitant", "unwilling", "loath", "cautious", "wary"},
        "asking": {
            "know",
            "ask",
            "see",
            "wonder",
            "tell",
            "determine",
            "decide",
            "check",
            "question",
            "clear",
            "unclear",
            "sure",
            "certain",
            "doubt",
            "confirm",
        },
        "tell": {"tell", "confirm", "say", "speak", "talk", "explain", "describe", "reveal", "admit", "write"},
        "appear": {"speak", "talk", "appear"},
        "column": {"write", "pen"},
        "reply": {"reply", "respond", "answer", "retort", "counter"},
        "quoted": {"quote", "cite"},
        "withheld": {"comment", "elaborate", "discuss", "speculate", "disclose", "specify", "confirm"},
        "undisclosed": {"identify", "name", "release", "provide", "give", "offer", "share", "address", "return", "interview"},
        "raising": {"appear", "seem", "purport"},
        "impression": {"appear", "seem"},
        "conversation": {"talk", "speak", "chat", "interview", "conversation", "call", "meeting", "discussion"},
        "silence": {"mention"},
        "vouch": {"confirm", "corroborate", "substantiate", "verify", "validate", "authenticate"},
        "mind": {"know", "realize", "realise", "understand", "learn", "recognize", "recognise", "fear", "worry", "hope", "want", "expect", "feel"},
        "raised": {
            "show", "suggest", "confirm", "indicate", "reveal", "contradict", "prove", "support", "back", "say",
            "claim", "deny", "acknowledge", "admit", "reference", "cite", "mention", "describe", "cast",
        },
        "attempt": {"try", "seek", "attempt", "move", "rush", "hasten", "choose", "opt"},
        "evident": {"clear", "plain", "known", "evident", "explicit"},
        "stir": {"spur", "fuel", "stoke", "fan", "spark", "trigger", "prompt", "provoke", "ignite", "feed"},
        "arouse": {"raise", "arouse", "create", "cause", "generate"},
        "grounds": {"suggest", "indicate", "imply", "show", "prove", "confirm", "corroborate", "substantiate", "support", "back", "demonstrate"},
        "depict": {"show", "reveal", "depict", "capture", "feature"},
        "wording": {"read"},
        "cause": {"lead", "induce", "stimulate", "cause", "get", "prompt", "inspire", "coerce", "pressure", "force", "compel", "drive", "leave", "keep", "provoke", "spur"},
        "scene": {"show", "reveal", "depict", "capture", "record", "catch"},
        "continue": {"add", "continue"},
        "closing": {"say", "report", "write", "add", "claim", "state", "note", "confirm", "announce"},
        "informed": {"tell", "assure", "inform", "advise"},
        "inquiry": {"investigate", "examine", "inspect", "test", "analyze", "analyse", "probe", "review", "check"},
        "finding": {"find", "conclude", "determine", "establish"},
        "perceive": {"notice", "see", "spot", "observe", "watch", "witness", "hear", "detect", "feel", "sense", "smell", "taste"},
        "pointing": {"point", "refer", "allude", "respond", "reply", "react", "link", "tie", "attribute", "compare", "object"},
        "contacted": {"reach", "contact", "approach", "question", "interview"},
        "author": {
            "release", "issue", "publish", "post", "put", "write", "send", "file", "tweet", "pen", "author", "run", "air", "broadcast",
            "print", "make", "give", "deliver", "circulate", "distribute", "draft", "sign", "submit", "upload", "email", "text", "blog", "dictate",
        },
    },
}
PLAIN = {
    "armed_name_words.txt": {"ansar", "jabhat", "jaish", "jaysh", "lashkar", "liwa", "harakat", "kataib", "kata'ib", "ahrar", "jund", "saraya", "tanzim"},
    "armed_nouns.txt": {
        "army", "troop", "troops", "soldier", "militant", "fighter", "gunman", "gunmen", "insurgent", "rebel", "jihadist", "militia",
        "militiaman", "guerrilla", "terrorist", "sniper", "commando", "paratrooper", "assailant", "attacker", "raider", "pirate",
        "forces", "jet", "warplane", "bomber", "drone", "helicopter", "artillery", "mob",
    },
    "institution_kinds.txt": {
        "ministry", "bureau", "institute", "institution", "hospital", "clinic", "university", "college", "society", "observatory",
        "constabulary", "commission", "committee", "council", "court", "tribunal", "agency", "authority", "foundation", "museum",
        "centre", "center", "academy", "laboratory",
    },
    "report_times.txt": {"new", "earlier", "recent", "latest", "previous", "separate", "initial", "original", "later", "first", "second", "subsequent"},
    "news_report_words.txt": {"published", "media", "news", "press", "several", "multiple", "many"},
    "no_doubt_nouns.txt": {"doubt", "question", "idea", "indication", "sign", "evidence", "proof", "comment", "word", "knowledge", "awareness", "recollection", "clue", "information", "chance"},
    "demonym_suffixes.txt": {"n", "an", "ian", "i", "ese", "ish"},
    "inquiry_nouns.txt": {"inquiry", "investigation", "review", "audit", "probe"},
    "tally_adjectives.txt": {"official", "latest", "provisional", "preliminary", "revised", "adjusted", "monthly", "quarterly", "annual", "weekly"},
    "company_suffixes.txt": {"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group", "holdings", "company", "bros", "brothers"},
    "honorifics.txt": {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "sen",
        "senator",
        "rep",
        "gov",
        "governor",
        "president",
        "gen",
        "general",
        "col",
        "capt",
        "judge",
        "justice",
        "rev",
        "lt",
        "maj",
        "brig",
        "sgt",
        "cpl",
        "pvt",
        "adm",
        "cmdr",
        "det", "insp", "supt", "pope", "king", "queen", "prince", "princess", "cardinal", "archbishop", "sheikh", "rabbi", "imam",
        "const", "cst", "ofc", "tpr", "father", "sister", "brother", "mother",
    },
    "body_anaphors.txt": {
        "company", "firm", "corporation", "conglomerate", "startup", "start-up", "manufacturer",
        "maker", "retailer", "airline", "group", "organization", "organisation", "department",
        "charity", "foundation",
    },
    "publishing_verbs.txt": {"publish", "print", "run", "carry", "air", "broadcast", "post"},
    "news_verbs.txt": {"report", "publish", "print", "run", "carry", "air", "broadcast", "post"},
    "negative_adverbs.txt": {"hardly", "barely", "scarcely", "seldom", "rarely", "never"},
    "negative_inversions.txt": {"little", "nowhere"},
    "manner_of_speaking.txt": {
        "babble", "bark", "bawl", "bellow", "cry", "groan", "growl", "grunt", "hiss", "holler", "howl", "moan", "mumble", "murmur", "mutter", "rasp", "roar",
        "scream", "screech", "shout", "shriek", "sigh", "sing", "chant", "snap", "snarl", "sob", "squeal", "stammer", "stutter", "wail", "whimper", "whisper", "yell",
    },
    "sign_nouns.txt": {"sign", "placard", "banner", "poster", "billboard", "door", "wall", "screen", "package", "packaging", "packet", "box", "bottle", "can", "wrapper"},
    "outlet_anaphors.txt": {"paper", "newspaper", "report", "article", "story", "piece", "tabloid", "magazine", "broadcaster", "website", "site", "publication", "blog", "network", "channel", "outlet"},
}
GENDERED = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
    "ms": "f",
    "mrs": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
}


def _text(name: str) -> str:
    return resources.files("allegedly.data").joinpath(name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(MOVED) + sorted(PLAIN) + ["editions.txt", "gendered_words.txt"])
def test_each_file_opens_with_a_comment_that_names_its_source(name):
    header = [ln for ln in _text(name).splitlines() if ln.startswith("#")]
    assert _text(name).startswith("#")
    assert any("Source:" in ln for ln in header), name
    assert any(re.search(r"Read by (sourcing|extract)/\w+\.py", ln) for ln in header), name


def test_editions_file_holds_edition_words_regions_and_countries():
    groups = lexicon.grouped("editions.txt")
    assert set(groups) == {"edition", "region", "country"}
    assert groups["country"] == {"uk", "us", "usa"}
    assert {"online", "international"} <= groups["edition"]
    assert len(groups["region"]) == 76  # 51 US, 13 Canadian, 8 Australian, 4 UK
    assert {"texas", "new south wales", "district of columbia", "scotland"} <= groups["region"]


@pytest.mark.parametrize("name", sorted(MOVED))
def test_grouped_files_hold_the_groups_the_code_reads(name):
    assert {k: set(v) for k, v in lexicon.grouped(name).items()} == MOVED[name]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_plain_files_hold_one_word_a_line(name):
    assert all(len(line.split()) == 1 for line in lexicon.lines(name))
    assert set(lexicon.words(name)) == PLAIN[name]


def test_gendered_words_give_one_sex_each():
    assert speakers._gender() == GENDERED
    assert all(len(flags) == 1 for flags in lexicon.flagged("gendered_words.txt").values())


def test_the_modules_name_the_files_and_hold_no_copy_of_the_lists():
    assert outlets.NEWS_WORKS == sourcetype.NEWS_WORKS == "news_works.txt"
    assert outlets.INDEFINITES == sourcetype.INDEFINITES == "indefinites.txt"
    assert sourcetype.REPORT_TIMES == "report_times.txt"
    assert qualifiers.NO_DOUBT == "no_doubt_nouns.txt"
    assert speakers.DEMONYM_SUFFIXES == "demonym_suffixes.txt"
    src = Path(outlets.__file__).parent
    for module, words in (
        ("outlets.py", '"editorial", "investigation"'),
        ("sourcetype.py", '"earlier", "recent"'),
        ("qualifiers.py", '"indication", "sign"'),
        ("speakers.py", '"ian", "i", "ese"'),
        ("outlets.py", '"llc", "plc"'),
        ("outlets.py", '"station", "affiliate"'),
        ("sourcetype.py", '"unnamed", "senior"'),
        ("sourcetype.py", '"capt", "judge"'),
        ("qualifiers.py", '"decline", "refuse"'),
        ("qualifiers.py", '"respond", "answer"'),
        ("speakers.py", '"himself": "m"'),
        ("speakers.py", '"tabloid", "magazine"'),
    ):
        assert words not in (src / module).read_text(encoding="utf-8"), module


def typed(text: str) -> dict[str, str]:
    r = analyze(text, options=RAW)
    return {a.source.text: a.source_type for a in r.attributions if a.source is not None}


def test_the_lists_still_do_their_work():
    # news_works.txt: an outlet's investigation is the outlet's; report_times.txt with
    # indefinites.txt: a report told only by its time is an unnamed news report
    assert typed("A Guardian investigation found that the firm paid little tax.")["A Guardian investigation"] == "outlet"
    assert typed("An earlier report said the bridge had been shut.")["An earlier report"] == "anonymous"
    assert speakers._places_match("nigeria", "nigerian") and speakers._places_match("china", "chinese")
    assert not speakers._places_match("iran", "iraqi")
