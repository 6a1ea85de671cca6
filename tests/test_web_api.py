"""The REST API and the page's assets, through FastAPI's test client (no browser here)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from allegedly.web.app import create_app  # noqa: E402
from conftest import EXAMPLES  # noqa: E402

STORY = (EXAMPLES / "harbour-contract.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(max_body=200_000))


def test_health(client):
    res = client.get("/api/health")
    assert res.status_code == 200 and res.json()["schema"] == "allegedly/1"


def test_analyze_json_returns_the_contract(client):
    res = client.post("/api/analyze", json={"text": STORY, "outlet": "Eastport Gazette"})
    assert res.status_code == 200
    doc = res.json()
    assert doc["schema"] == "allegedly/1" and doc["article"]["outlet"] == "Eastport Gazette"
    assert any(a["cue"]["text"] == "claimed" for a in doc["attributions"])
    assert "rendered" not in doc


def test_analyze_upload_with_the_html_rendering(client):
    res = client.post("/api/analyze/file?include=html", files={"file": ("story.txt", STORY.encode(), "text/plain")})
    assert res.status_code == 200
    doc = res.json()
    assert doc["input"] == "story.txt"
    assert '<span class="source"' in doc["rendered"]["article_html"]


def test_untrusted_markup_comes_back_inert(client):
    text = 'The spokesman said "<script>alert(1)</script>" and <img src=x onerror=alert(2)> were posted, with <a href="javascript:alert(3)">this</a>.'
    res = client.post("/api/analyze?include=html", json={"text": text, "raw": True})
    html = res.json()["rendered"]["article_html"]
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "onerror=alert(2)" in html


def test_bad_input_is_a_json_4xx(client):
    assert client.post("/api/analyze", json={"text": "   "}).status_code == 422
    assert "error" in client.post("/api/analyze", json={"text": "   "}).json()
    res = client.post("/api/analyze/file", files={"file": ("x.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "image/png")})
    assert res.status_code == 422 and "binary" in res.json()["error"]
    assert client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422


def test_bodies_over_the_limit_get_413(client):
    res = client.post("/api/analyze", json={"text": "The mayor said so. " * 20_000})
    assert res.status_code == 413 and "limit" in res.json()["error"]


def test_page_and_assets_load_nothing_from_outside(client):
    page = client.get("/")
    assert page.status_code == 200 and "Content-Security-Policy" in page.headers
    for asset in ("/static/app.js", "/static/app.css"):
        body = client.get(asset).text.replace('"http://www.w3.org/2000/svg"', "")  # a namespace name, not a fetch
        assert "http://" not in body and "https://" not in body
    assert "http" not in page.text.replace("http-equiv", "")
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/openapi.json").json()["info"]["title"] == "allegedly"


def test_docs_page_is_served_here_and_describes_the_api(client):
    page = client.get("/docs")
    assert page.status_code == 200 and "/static/docs.js" in page.text
    assert "cdn" not in page.text.lower() and "https://" not in page.text
    spec = client.get("/openapi.json").json()
    assert {"/api/analyze", "/api/analyze/file", "/api/health"} <= set(spec["paths"])


@pytest.fixture(scope="module")
def corpus_client(tmp_path_factory):
    from allegedly.corpus import Store, ingest

    db = tmp_path_factory.mktemp("corpus") / "c.db"
    with Store(db) as store:
        ingest([str(EXAMPLES / "corpus" / "velmora.jsonl")], store)
        # a hostile headline: it must come back inert in the rendered SVG
        from allegedly import analyze
        from allegedly.corpus import ingest_reports

        rep = analyze('<script>window.x=1</script> "evil" headline\n\nA spokesman said nothing.', title='<img src=x onerror=alert(1)> Velmora hub', outlet="<b>Bad</b>")
        ingest_reports([("hostile", rep)], store)
    return TestClient(create_app(max_body=200_000, db=str(db)))


def test_story_list_and_story(corpus_client):
    res = corpus_client.get("/api/stories")
    assert res.status_code == 200
    data = res.json()
    assert data["total"] >= 2
    top = data["stories"][0]
    assert top["articles"] >= 8 and "Velmora" in top["claim"] and top["denials"] >= 1
    story = corpus_client.get(f"/api/stories/{top['id']}").json()
    assert {"id", "claim", "first_seen", "articles", "citations", "denials", "drift"} <= set(story)
    assert "rendered" not in story
    svg = corpus_client.get(f"/api/stories/{top['id']}?include=svg").json()["rendered"]
    assert svg["timeline_svg"].startswith("<svg") and "Harbourside" in svg["timeline_svg"]
    for s in data["stories"]:
        drawn = corpus_client.get(f"/api/stories/{s['id']}?include=svg").json()["rendered"]
        markup = drawn["timeline_svg"] + drawn["citations_svg"]
        assert "<img" not in markup and "<b>" not in markup and "<script" not in markup
    assert any("&lt;b&gt;Bad" in corpus_client.get(f"/api/stories/{s['id']}?include=svg").json()["rendered"]["timeline_svg"] for s in data["stories"])
    assert corpus_client.get("/api/stories/nope").status_code == 404
    assert corpus_client.get("/api/stories?limit=1").json()["stories"].__len__() == 1


def test_stories_need_a_corpus(client):
    res = client.get("/api/stories")
    assert res.status_code == 404 and "--db" in res.json()["error"]
    page = client.get("/stories")
    assert page.status_code == 200 and "/static/stories.js" in page.text and "Content-Security-Policy" in page.headers
    js = client.get("/static/stories.js").text
    assert "http://" not in js and "https://" not in js
