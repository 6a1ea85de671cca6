// The story list and story page: reads /api/stories and /api/stories/{id}?include=svg.
// Article text reaches the page only as textContent, or inside the server's escaped SVG.
"use strict";

// $, el and showError come from dom.js, loaded first.

async function getJSON(url) {
  const res = await fetch(url);
  const body = await res.json().catch(() => ({ error: `the server answered ${res.status}` }));
  if (!res.ok) throw new Error(body.error || `the server answered ${res.status}`);
  return body;
}

async function showList() {
  const data = await getJSON("/api/stories?limit=1000");
  const body = $("stories").querySelector("tbody");
  body.replaceChildren();
  if (!data.stories.length) body.append(el("tr")).append(el("td", "No stories in this corpus."));
  for (const s of data.stories) {
    const row = el("tr");
    const link = el("a", s.claim || s.id);
    link.href = `/stories?id=${encodeURIComponent(s.id)}`;
    const cell = el("td");
    cell.append(link);
    const stances = Object.entries(s.stances).map(([k, v]) => `${k} ${v}`).join(", ");
    row.append(cell, el("td", s.articles), el("td", s.first_seen || "–"), el("td", stances), el("td", s.denials));
    body.append(row);
  }
}

async function showStory(id) {
  const s = await getJSON(`/api/stories/${encodeURIComponent(id)}?include=svg`);
  $("list").hidden = true;
  $("story").hidden = false;
  $("claim").textContent = s.claim || s.id;
  $("meta").textContent = `${s.articles.length} articles · first seen ${s.first_seen || "unknown"} · ${s.citations.length} citations · ${s.denials.length} denials`;
  $("timeline").innerHTML = s.rendered.timeline_svg; // escaped by the server (web/pages.py)
  $("citations").innerHTML = s.rendered.citations_svg;
  $("outlets").replaceChildren(...s.outlets.map((o) => el("li", o)));
  $("drift").replaceChildren(...s.rendered.drift.map((line) => el("li", line)));
  const body = $("articles").querySelector("tbody");
  body.replaceChildren();
  for (const a of s.articles) {
    const row = el("tr");
    row.dataset.article = a.id;
    row.append(el("td", a.published || "?"), el("td", a.outlet || "?"), el("td", a.title || a.id), el("td", a.headline_stance || "–", `st-${a.headline_stance || "none"}`));
    body.append(row);
  }
  // a timeline mark highlights its article's row
  for (const g of $("timeline").querySelectorAll("g.event")) {
    g.addEventListener("click", () => {
      for (const row of body.children) row.classList.toggle("focus", row.dataset.article === g.dataset.article);
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const id = new URLSearchParams(window.location.search).get("id");
  (id ? showStory(id) : showList()).catch((err) => showError(err.message));
});
