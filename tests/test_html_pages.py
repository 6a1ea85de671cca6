"""Real-shaped news pages (tests/fixtures/pages, written for these tests in the markup of
WordPress, Arc XP and Brightspot): page furniture stays out of the text, embedded posts and
every story paragraph stay in, the title is read once."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegedly.errors import InputError
from allegedly.ingest import Article, article_from_text
from allegedly.ingest.clean import clean, guess_title, is_credit
from allegedly.ingest.html import restore

PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str) -> Article:
    return article_from_text((PAGES / name).read_text(encoding="utf-8"), name)


def paragraphs(art: Article) -> list[str]:
    return art.text.split("\n\n")


# --- WordPress: hover card, newsletter box, Jetpack related posts, tweet, share-quote box ---


def test_wordpress_hover_card_leaves_the_sentence_whole():
    art = page("wordpress-hovercard.html")
    assert "Governor Marta Lindqvist on Tuesday defended a $48 million contract" in art.text
    for leaked in ("Marta Elin", "MORE", "vetoes school budget", "signs water bill"):
        assert leaked not in art.text, leaked


def test_wordpress_newsletter_related_posts_teaser_and_source_line_are_out():
    art = page("wordpress-hovercard.html")
    for furniture in ("Ledger Daily", "inbox", "Sign me up", "parole board chair", "READ MORE", "Related", "SOURCE:", "wire reports"):
        assert furniture not in art.text, furniture
    assert any(w.startswith("page furniture:") and "hover card" in w and "newsletter box" in w for w in art.warnings)


def test_wordpress_every_story_paragraph_is_kept_in_order():
    art = page("wordpress-hovercard.html")
    expected = [
        "Governor Marta Lindqvist on Tuesday",
        "State Auditor Raymond Okafor said",
        "\"We followed every rule in the book,\" Lindqvist told reporters",
        "The Riverton Gazette reported on Monday that the operator",  # a paragraph made of links
        "On Twitter, Raymond Okafor (@AuditorOkafor) wrote on May 13, 2024:",
        "Okafor told the Ledger that the rejected bidders",  # inside a share-quote box the extractor drops
        "Democrats in the legislature said",
        "Under the agreement, Cornerstone would run",
        "A spokesperson for Cornerstone Custody declined to comment",
    ]
    starts = [art.text.find(e) for e in expected]
    assert -1 not in starts, [e for e, s in zip(expected, starts) if s < 0]
    assert starts == sorted(starts)


def test_embedded_tweet_keeps_its_words_author_and_channel():
    art = page("wordpress-hovercard.html")
    tweet = (
        "On Twitter, Raymond Okafor (@AuditorOkafor) wrote on May 13, 2024: “We have asked the governor's office "
        "for every document behind the Cornerstone award. Taxpayers deserve to see them.”"
    )
    assert tweet in paragraphs(art)
    assert "t.co" not in art.text and "https://" not in art.text


def test_title_opens_the_text_once():
    for name, title in [
        ("wordpress-hovercard.html", "Governor defends prison contract as auditor raises alarm"),
        ("arc-embeds.html", "Bridge closure: Council says repairs will take months"),  # repeated as an <h2> in the body
        ("brightspot-repeated-heading.html", "Mayor denies claims over stadium funding"),  # <title> has the site's name
    ]:
        art = page(name)
        assert art.meta.title == title, name
        assert paragraphs(art)[0] == title, name
        assert art.text.count(title) == 1, name


# --- Arc XP: interstitial link, Instagram and Facebook embeds, a form-only newsletter box ---


def test_arc_furniture_is_out_and_facebook_post_is_in():
    art = page("arc-embeds.html")
    for furniture in (
        "Ferry timetable",  # interstitial link
        "Morning Briefing",  # newsletter box known only by its e-mail form
        "five things you need to know",
        "More from Local News",  # a list of headline links
        "Tram fares",
        "View this post on Instagram",  # an embed with no text of its own
        "A post shared by",
        "Copyright",
    ):
        assert furniture not in art.text, furniture
    assert (
        "On Facebook, Metro Transit Authority wrote on Monday, March 4, 2024: “Extra buses will run on routes 4 and 9 "
        "from Tuesday while the Harbour Bridge is closed. Journey planners have been updated.”"
    ) in paragraphs(art)
    assert "The opposition Green group accused the council of ignoring an engineers' report" in art.text


# --- Brightspot: Tippy tooltip card, X and Bluesky embeds, collapsed paragraphs, credits ---


def test_brightspot_page():
    art = page("brightspot-repeated-heading.html")
    assert "The mayor of Northgate, Gwen Adeyemi, has denied" in art.text
    for furniture in ("Full profile", "head teacher", "Related stories", "Stadium vote delayed", "SOURCE", "News agencies", "Reporting by", "Editing by", "Continue reading"):
        assert furniture not in art.text, furniture
    assert "On X, Gwen Adeyemi (@MayorAdeyemi) wrote on March 5, 2024: “No council money has been promised" in art.text
    assert "On Bluesky, Northgate Residents Forum (@northgateforum.bsky.social) wrote on March 5, 2024 at 9:14 AM: “We will ask" in art.text
    # the paragraphs behind "Continue reading" are story
    assert "According to minutes seen by the Post" in art.text
    assert "A council spokesperson said the mayor would not comment further" in art.text
    assert not any(a.lower().startswith("published") for a in art.meta.authors)


def test_analysis_reads_the_tweet_with_its_channel_and_no_source_line(analyze):
    html = (PAGES / "wordpress-hovercard.html").read_text(encoding="utf-8")
    report = analyze(html)
    for a in report.attributions:
        for span in (a.cue, a.source, a.content, a.channel):
            if span is not None:
                assert report.text[span.start : span.end] == span.text
    tweet = [a for a in report.attributions if a.content is not None and "every document behind" in a.content.text]
    assert tweet and tweet[0].channel is not None and "Twitter" in tweet[0].channel.text
    assert not any(a.source is not None and a.source.text.upper() == "SOURCE" for a in report.attributions)
    assert not any("NoemKristi" in a.source.text or "MORE" in a.source.text for a in report.attributions if a.source)


# --- smaller structures, one at a time ---

BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "The harbour master said on Monday that dredging would begin in the spring and take two years.",
        "The port authority said it expected the work to cost about four million pounds in total.",
        "Unions said they had not been consulted about the plans before they were announced last week.",
    )
)


def wrap(inner: str) -> str:
    return f"<html><head><title>Dredging plan</title></head><body><article><h1>Dredging plan</h1>{inner}</article></body></html>"


def test_hidden_text_inside_a_paragraph_is_not_read():
    art = article_from_text(wrap('<p>The minister<span style="display: none">Jo Bloggs MP, born 1970</span> said the scheme would close.</p>' + BODY), "h.html")
    assert "The minister said the scheme would close." in art.text
    assert "born 1970" not in art.text


def test_a_list_of_headline_links_is_out_but_a_list_of_sentences_stays():
    links = '<h3>Latest</h3><ul><li><a href="/a">Ferry fares frozen</a></li><li><a href="/b">New pier opens</a></li></ul>'
    facts = "<ul><li>The mayor said the pier would open in May.</li><li>The council said it would cost £2m.</li></ul>"
    art = article_from_text(wrap(BODY + links + facts), "l.html")
    assert "Ferry fares frozen" not in art.text and "Latest" not in art.text
    assert "The mayor said the pier would open in May." in art.text


def test_a_furniture_class_on_the_story_container_never_removes_the_story():
    html = wrap(f'<div class="entry-content has-newsletter-signup related-posts-enabled">{BODY}</div>')
    art = article_from_text(html, "c.html")
    assert "dredging would begin in the spring" in art.text
    assert "Unions said they had not been consulted" in art.text


def test_a_related_class_on_a_story_sentence_keeps_it():
    html = wrap(BODY + '<p class="c-paragraph related-entity">The harbour master told reporters that the plan had been approved by the board.</p>')
    assert "plan had been approved by the board" in article_from_text(html, "r.html").text


@pytest.mark.parametrize(
    "html",
    [
        '<blockquote class="twitter-tweet"></blockquote>',
        '<html><body><blockquote class="instagram-media"><a>View this post on Instagram</a></blockquote></body></html>',
        '<div class="fb-post"><blockquote class="fb-xfbml-parse-ignore">Posted by <a>Nobody</a></blockquote>',
        "<html><body><form><input type=email></form></body></html>",
        '<html><body><span class="tooltip">x</span><p class="related">y</p></body></html>',
        "<html><body><blockquote class='twitter-tweet'><p>The minister said the bridge would reopen in May.</p>&mdash; @minister</blockquote></body></html>",
        '<html><body><p class="bluesky-embed">The council said the pool would close. <p>Nested</p></p></body></html>',
        '<html><body><p role="tooltip">x</p><p class="tooltip has-tooltip"><span class="popover">y</span></p></body></html>',
    ],
)
def test_odd_pages_give_an_article_or_an_input_error_never_a_traceback(html):
    try:
        art = article_from_text(html, "odd.html")
    except InputError:
        return
    assert isinstance(art.text, str) and art.text.strip()


# --- the cleaner on text: credit lines, repeated headings, the title ---


@pytest.mark.parametrize(
    "line",
    [
        "SOURCE: News agencies",
        "Sources: Reuters, AFP",
        "Reporting by Jo Marsh; Editing by Sam Lee",
        "(Additional reporting by Ana Cruz in Lima)",
        "Associated Press writer Tom Reyes contributed to this report.",
        "Copyright 2024 The Associated Press. All rights reserved.",
        "This story has been updated to include comment from the council.",
        "By Jo Marsh, Political Editor",
        "Updated: 12:03, 4 March 2024",
        "With agencies",
        "This story was first published by Mail Online",
        "This article originally appeared at The Kestrel Post. Copyright 2014. Follow The Kestrel Post on Twitter.",
    ],
)
def test_credit_lines_are_not_story(line):
    assert is_credit(line)
    text, dropped = clean(f"Council to sell depot\n\n{line}\n\nThe council said the depot would be sold in June.")
    assert line not in text and dropped == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Sources close to the minister said the plan was dead.",
        "By Tuesday, the council said, the road would reopen.",
        "Published in 2024, the report found the river was polluted.",
        "Reporters were told by police that the road had been closed.",
        "The source of the leak, officials said, was a cracked pipe.",
        "The story appeared in the Herald on Monday, the mayor said.",
    ],
)
def test_story_sentences_that_look_like_credits_stay(sentence):
    assert not is_credit(sentence)
    assert sentence in clean(sentence)[0]


def test_text_title_repeated_as_a_heading_is_read_once():
    story = (
        "Ferry operator ignored safety warnings, inspector says\n\n"
        "Ferry Operator Ignored Safety Warnings - Inspector Says\n\n"
        "An inspector said the ferry's lifeboats had not been tested for two years.\n\n"
        "SOURCE: News agencies"
    )
    art = article_from_text(story, "ferry.txt")
    assert art.meta.title == "Ferry operator ignored safety warnings, inspector says"
    assert paragraphs(art) == [
        "Ferry operator ignored safety warnings, inspector says",
        "An inspector said the ferry's lifeboats had not been tested for two years.",
    ]
    assert guess_title(art.text) == art.meta.title


def test_a_paragraph_shown_twice_is_read_once_but_a_similar_one_stays():
    pull = "“We were never told,” said Ana Cruz, whose shop faces the pier."
    text, dropped = clean(f"{pull}\n\nThe mayor agreed.\n\n{pull}\n\nPolice said the road was closed again on Friday.")
    assert dropped == 1 and text.count("We were never told") == 1
    text, dropped = clean("Police said the road was closed.\n\nThe mayor agreed.\n\nPolice said the road was closed again on Friday.")
    assert dropped == 0 and text.count("Police said") == 2


def test_restore_puts_dropped_story_paragraphs_back_in_place_and_only_then():
    story = [
        "The mayor said the pier would open in May after two years of repairs.",
        "The council said the repairs had cost more than four million pounds.",
        "Residents said they had waited long enough for the pier to reopen.",
    ]
    lines, n = restore([story[0], "A heading", story[2]], story)
    assert n == 1 and lines == [story[0], story[1], "A heading", story[2]]
    # when the extractor read another part of the page than the story list, nothing is added
    assert restore(["Something else entirely that is long enough to count as a line."], story) == (
        ["Something else entirely that is long enough to count as a line."],
        0,
    )


def test_a_term_with_a_tooltip_keeps_the_term_and_loses_the_card():
    html = wrap(
        '<p>The <span class="glossary-tooltip">ombudsman<span class="glossary-tooltip-content">An official who '
        'investigates complaints</span></span> said the council had <span class="has-tooltip">acted unlawfully</span> '
        "in the case of the closed pool.</p>" + BODY
    )
    art = article_from_text(html, "t.html")
    assert "The ombudsman said the council had acted unlawfully in the case of the closed pool." in art.text
    assert "investigates complaints" not in art.text
