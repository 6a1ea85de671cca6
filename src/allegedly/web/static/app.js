// The allegedly page: posts the article to /api/analyze and draws the answer.
// Article text is untrusted: it reaches the page only as textContent, or as the server's
// escaped rendering (the same renderer as `--format html`), never as markup of its own.
"use strict";

// $, el and showError come from dom.js, loaded first.
const SVG = "http://www.w3.org/2000/svg";

async function post(url, init) {
  $("error").hidden = true;
  $("busy").hidden = false;
  try {
    const res = await fetch(url, init);
    const body = await res.json().catch(() => ({ error: `the server answered ${res.status}` }));
    if (!res.ok) {
      const detail = body.error || (Array.isArray(body.detail) ? body.detail.map((d) => d.msg).join("; ") : body.detail);
      throw new Error(detail || `the server answered ${res.status}`);
    }
    draw(body);
  } catch (err) {
    showError(err.message);
  } finally {
    $("busy").hidden = true;
  }
}

function analyzeText() {
  const text = $("text").value;
  if (!text.trim()) return showError("Paste an article first.");
  const body = /^\s*</.test(text) ? { html: text } : { text };
  post("/api/analyze?include=html", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

function analyzeFile() {
  const file = $("file").files[0];
  if (!file) return;
  const form = new FormData();
  form.append("file", file);
  post("/api/analyze/file?include=html", { method: "POST", body: form });
}

// What the headline does with its claim (the same words as the renderers' labels.py).
const HEADLINE_STANCES = {
  asserts: "headline states its claim as fact",
  reports: "headline reports its claim through a source or a hedge",
  refutes: "headline says its claim is false",
};

// An attribution's stance as a reader says it: "denies a3", "not asserted", "asserts".
function stanceLabel(a) {
  if (a.stance === "denies") return a.denies ? `denies ${a.denies}` : "denies";
  if (a.stance === "negated") return "not asserted";
  return a.stance;
}

function draw(report) {
  $("result").hidden = false;
  $("summary").textContent = (report.headline && report.headline.summary) || `${report.attributions.length} attributions found.`;
  const stance = report.headline && report.headline.stance;
  $("stance").textContent = stance ? HEADLINE_STANCES[stance] || stance : "";
  $("stance").className = stance ? `stance st-${stance}` : "stance";
  $("stance").hidden = !stance;
  $("article").innerHTML = report.rendered.article_html; // escaped by the server's renderer
  drawSources(report);
  drawChains(report);
  drawScorecard(report.scorecard);
  $("details").replaceChildren(el("dd", "Click a highlighted claim."));
  for (const span of $("article").querySelectorAll("[data-a]")) {
    span.addEventListener("click", () => showClaim(report, span.dataset.a.split(" ")[0]));
  }
}

function highlight(ids) {
  for (const span of $("article").querySelectorAll("[data-a]")) {
    const mine = span.dataset.a.split(" ").some((id) => ids.has(id));
    span.classList.toggle("focus", mine);
  }
}

function drawSources(report) {
  const groups = new Map();
  for (const a of report.attributions) {
    const key = a.speaker || `none:${a.source_type}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(a);
  }
  const entities = new Map(report.entities.map((e) => [e.id, e]));
  const list = $("sources");
  list.replaceChildren();
  for (const [key, atts] of groups) {
    const ent = entities.get(key);
    const name = ent ? ent.name : atts[0].source_type === "unattributed" ? "No source" : "Unnamed source";
    const item = el("li");
    item.append(el("strong", name));
    const types = [...new Set(atts.map((a) => a.source_type))].join(", ");
    const desc = ent && ent.descriptors.length ? ent.descriptors.join("; ") + " · " : "";
    item.append(el("div", `${desc}${types} · ${atts.length} claim${atts.length === 1 ? "" : "s"}`, "meta"));
    item.addEventListener("click", () => {
      for (const li of list.children) li.classList.remove("active");
      item.classList.add("active");
      highlight(new Set(atts.map((a) => a.id)));
    });
    list.append(item);
  }
}

function showClaim(report, id) {
  const a = report.attributions.find((x) => x.id === id);
  if (!a) return;
  highlight(new Set([id]));
  const ent = report.entities.find((e) => e.id === a.speaker);
  const rows = [
    ["claim", a.id],
    ["source", a.source ? a.source.text : "(no source)"],
    ["speaker", ent ? ent.name : "–"],
    ["cue", a.cue ? a.cue.text : "–"],
    ["content", a.content ? a.content.text : "–"],
    ["kind", a.kind],
    ["source type", a.source_type],
    ["channel", a.channel ? a.channel.text : "–"],
    ["certainty", a.certainty + (a.hedges.length ? ": " + a.hedges.map((h) => h.text).join(", ") : "")],
    ["evidence", a.evidence],
    ["stance", stanceLabel(a)],
    ["via", a.via || "–"],
  ];
  const dl = $("details");
  dl.replaceChildren();
  for (const [k, v] of rows) dl.append(el("dt", k), el("dd", v));
}

function drawChains(report) {
  // outlet -> outlet -> person -> channel, one row per chain
  const rows = report.scorecard.chains.map((chain) => chain.slice());
  for (const a of report.attributions) {
    if (a.channel && a.source && !a.via) rows.push([a.source.text, a.channel.text]);
  }
  const box = $("chains");
  box.replaceChildren();
  if (!rows.length) return box.append(el("p", "No chains of reporting in this article."));
  const w = 190, h = 34, gap = 40, pad = 10;
  const width = pad * 2 + Math.max(...rows.map((r) => r.length)) * (w + gap);
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("width", width);
  svg.setAttribute("height", pad * 2 + rows.length * (h + 16));
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "chains of reporting");
  rows.forEach((row, r) => {
    row.forEach((label, i) => {
      const x = pad + i * (w + gap), y = pad + r * (h + 16);
      const rect = document.createElementNS(SVG, "rect");
      for (const [k, v] of Object.entries({ x, y, width: w, height: h, rx: 6, fill: "#eef4fb", stroke: "#0b5394" })) rect.setAttribute(k, v);
      const text = document.createElementNS(SVG, "text");
      text.setAttribute("x", x + 8);
      text.setAttribute("y", y + 22);
      text.setAttribute("font-size", "13");
      text.textContent = label.length > 26 ? label.slice(0, 25) + "…" : label;
      svg.append(rect, text);
      if (i) {
        const line = document.createElementNS(SVG, "line");
        for (const [k, v] of Object.entries({ x1: x - gap, y1: y + h / 2, x2: x - 4, y2: y + h / 2, stroke: "#555", "stroke-width": 2 })) line.setAttribute(k, v);
        svg.append(line);
      }
    });
  });
  box.append(svg);
}

function drawScorecard(card) {
  const list = $("scorecard");
  list.replaceChildren();
  for (const [key, value] of Object.entries(card)) {
    let shown = value;
    if (Array.isArray(value)) shown = value.map((v) => (Array.isArray(v) ? v.join(" → ") : v)).join("; ") || "–";
    else if (value && typeof value === "object") shown = Object.entries(value).filter(([, v]) => v).map(([k, v]) => `${k} ${v}`).join(", ") || "–";
    list.append(el("li", `${key.replace(/_/g, " ")}: ${shown}`));
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("analyze").addEventListener("click", analyzeText);
  $("file").addEventListener("change", analyzeFile);
});
