// Draws /openapi.json as a list of endpoints with their parameters and request bodies.
"use strict";

function el(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = String(text);
  return node;
}

document.addEventListener("DOMContentLoaded", async () => {
  const spec = await (await fetch("/openapi.json")).json();
  const main = document.getElementById("api");
  main.append(el("p", spec.info.description || ""));
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const section = el("section");
      section.append(el("h2", `${method.toUpperCase()} ${path}`));
      if (op.summary) section.append(el("p", op.summary));
      const body = op.requestBody && op.requestBody.content;
      if (body) section.append(el("p", "Body: " + Object.keys(body).join(", ")));
      for (const p of op.parameters || []) section.append(el("p", `Parameter ${p.name} (${p.in})`));
      section.append(el("p", "Responses: " + Object.keys(op.responses || {}).join(", ")));
      main.append(section);
    }
  }
  const schemas = (spec.components && spec.components.schemas) || {};
  if (schemas.AnalyzeRequest) {
    main.append(el("h2", "AnalyzeRequest"));
    const list = el("ul");
    for (const [name, prop] of Object.entries(schemas.AnalyzeRequest.properties)) {
      list.append(el("li", `${name}: ${prop.description || ""}`));
    }
    main.append(list);
  }
});
