"""Ingest on inputs written for these tests, including every kind of bad input."""

from __future__ import annotations

import json
import os

import pytest

from allegedly.errors import BinaryInput, EmptyInput, NotEnglish
from allegedly.ingest import Article, Problem, article_from_text, iter_inputs
from allegedly.ingest.clean import clean
from allegedly.ingest.decode import decode
from allegedly.options import Options

STORY = (
    "Ferry operator 'ignored safety warnings', inspector says\n\n"
    "An inspector said the ferry's lifeboats had not been tested for two years.\n\n"
    "The company denied the claims. (Image: Getty Images)\n\n"
    "Harbour view at dawn. (Image: PA)\n\n"
    "Get the latest Coastal Echo breaking news on WhatsApp\n\n"
    "[Join us on WhatsApp](https://example.invalid/join)\n\n"
    "Our community members are treated to special offers, promotions and adverts from us.\n\n"
    "The [inspector's report](https://example.invalid/report) will be published on Friday."
)


def test_cleaner_drops_promo_captions_and_link_markup():
    text, dropped = clean(STORY)
    assert "WhatsApp" not in text
    assert "special offers" not in text
    assert "Harbour view at dawn" not in text
    assert "The inspector's report will be published on Friday." in text
    assert "https://" not in text
    # a sentence that merely ends a paragraph with a caption credit is kept
    assert "An inspector said the ferry's lifeboats had not been tested" in text
    assert dropped == 5


def test_cleaner_keeps_reader_addressed_story_text_outside_promo_blocks():
    text, dropped = clean("You may have seen the queues.\n\nThe council said the office would reopen on Monday.")
    assert dropped == 0
    assert text.startswith("You may have seen the queues.")


def test_html_main_text_and_metadata():
    page = """<!doctype html><html><head><title>Dam report | The Valley Courier</title>
    <meta property="og:site_name" content="The Valley Courier">
    <meta name="author" content="Jo Marsh"><meta property="article:published_time" content="2024-03-02">
    <link rel="canonical" href="https://valley.example/dam-report"></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Engineers warned of dam cracks, memo shows</h1>
    <p>Engineers warned the water board about cracks in the Glen dam as early as 2019, according to an internal memo seen by this newspaper.</p>
    <p>The board said it had acted on every recommendation it received and that the dam remained safe.</p>
    <p>Sign up to our newsletter for the latest news in your inbox.</p>
    </article><footer>Copyright The Valley Courier</footer></body></html>"""
    art = article_from_text(page, "dam.html")
    assert "cracks in the Glen dam" in art.text
    assert "newsletter" not in art.text
    assert "Home" not in art.text.split("\n")[0] or art.meta.title
    assert art.meta.outlet == "The Valley Courier"
    assert art.meta.authors == ["Jo Marsh"]
    assert art.meta.published == "2024-03-02"
    assert art.meta.url == "https://valley.example/dam-report"


def test_broken_html_still_yields_its_text():
    page = "<html><body><div><p>The minister said the scheme would close in May.<p>Unions said they would fight it.<div></span>"
    art = article_from_text(page, "broken.html")
    assert "scheme would close in May" in art.text
    assert "Unions said they would fight it" in art.text


def test_non_utf8_is_decoded_and_says_so():
    text, warning = decode("The café owner said prices would rise – again.".encode("cp1252"))
    assert "café" in text and "–" in text
    assert warning and "not UTF-8" in warning


@pytest.mark.parametrize("data,error", [(b"", EmptyInput), (b"   \n\n", EmptyInput), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput)])
def test_empty_and_binary_are_refused(data, error):
    with pytest.raises(error):
        decode(data)


def test_other_languages_are_refused_with_a_reason():
    german = (
        "Der Bürgermeister sagte am Dienstag, dass die Brücke wegen schwerer Schäden bis zum Sommer "
        "gesperrt bleibt. Die Opposition wirft der Stadtverwaltung vor, Warnungen der Ingenieure "
        "ignoriert zu haben, und fordert eine unabhängige Untersuchung der Vorgänge."
    )
    with pytest.raises(NotEnglish, match="English"):
        article_from_text(german, "de.txt")


def test_a_directory_with_bad_files_yields_problems_and_articles(tmp_path):
    (tmp_path / "good.txt").write_text("The coach said the team would train indoors this week.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (tmp_path / "latin1.txt").write_bytes("The café owner said the rent had doubled.".encode("latin-1"))
    os.symlink(tmp_path / "missing-target.txt", tmp_path / "dangling.txt")
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # a sparse 100 MB file: refused from its size, never read
    items = {os.path.basename(i.name): i for i in iter_inputs([str(tmp_path)], Options(max_bytes=20_000_000))}
    assert isinstance(items["good.txt"], Article)
    assert isinstance(items["latin1.txt"], Article) and "café" in items["latin1.txt"].text
    assert "not UTF-8" in items["latin1.txt"].warnings[0]
    for bad, words in {"empty.txt": "empty", "image.png": "binary", "huge.txt": "limit", "dangling.txt": "No such file"}.items():
        assert isinstance(items[bad], Problem), bad
        assert words in items[bad].message, items[bad].message
        assert "\n" not in str(items[bad])


def test_jsonl_records_with_metadata_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "one", "text": "The mayor said the pool would reopen.", "outlet": "The Clarion", "authors": "Sam Lee"}),
        "{not json",
        json.dumps({"id": "two", "html": "<html><body><article><p>Police said the road was closed after the crash on the bypass.</p></article></body></html>"}),
        json.dumps({"id": "three"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(iter_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["Article", "Problem", "Article", "Problem"]
    assert items[0].meta.outlet == "The Clarion" and items[0].meta.authors == ["Sam Lee"]
    assert "not valid JSON" in items[1].message
    assert "road was closed" in items[2].text
    assert "no 'text' or 'html'" in items[3].message


def test_raw_keeps_the_input_exactly():
    art = article_from_text(STORY, "s.txt", options=Options(raw=True))
    assert art.text == STORY
