// dyad UI: a hash-routed page over the JSON API. Article text is only ever
// set with textContent; nothing here parses a string as HTML.
"use strict";

const $ = (sel) => document.querySelector(sel);

// el builds an element with attributes and children (strings become text).
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k instanceof Node ? k : String(k));
  return e;
}

function status(msg, isError) {
  const s = $("#status");
  s.textContent = msg || "";
  s.className = isError ? "error" : "";
}

// api fetches a JSON route and throws the server's error message.
async function api(path, opts) {
  const resp = await fetch(path, opts);
  const body = await resp.json().catch(() => ({}));
  if (!resp.ok) throw new Error(body.error || resp.statusText);
  return body;
}

function show(id) {
  for (const v of document.querySelectorAll(".view")) v.hidden = v.id !== id;
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", "view-" + a.id.slice(4) === id);
  document.body.dataset.view = id;
}

// ---- routing: #/events?query, #/event/ID, #/doc/ID, #/timeline?dyad=, #/code, #/search?q=

async function route() {
  const h = location.hash.slice(1) || "/events";
  const [path, query] = h.split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean);
  status("");
  document.body.dataset.ready = "";
  try {
    switch (parts[0]) {
      case "event": await showEvent(parts[1]); break;
      case "doc": await showDoc(parts[1]); break;
      case "timeline": await showTimeline(params); break;
      case "code": show("view-code"); break;
      case "search": await showSearch(params); break;
      default: await showEvents(params);
    }
  } catch (err) {
    status(err.message, true);
  }
  document.body.dataset.ready = "1"; // lets tests know the view is drawn
}

// ---- event explorer

const quadNames = { 1: "verbal coop.", 2: "material coop.", 3: "verbal conflict", 4: "material conflict" };

function actorLabel(a) {
  return a && a.code ? a.code : "—";
}

function actorFull(a) {
  return a && a.name ? `${actorLabel(a)} (${a.name})` : actorLabel(a);
}

async function showEvents(params) {
  show("view-events");
  const form = $("#filters");
  for (const f of form.elements) if (f.name) f.value = params.get(f.name) || "";
  const clean = new URLSearchParams([...params].filter(([, v]) => v !== ""));
  const page = await api("/api/events?" + clean);
  const tbody = $("#events-table tbody");
  tbody.replaceChildren(...page.events.map(eventRow));
  if (page.events.length === 0) tbody.append(el("tr", {}, el("td", { colspan: "9", text: "No events match." })));
  $("#page-info").textContent = page.events.length ? `${page.offset + 1}–${page.offset + page.events.length}` : "";
  $("#prev").disabled = page.offset === 0;
  $("#next").disabled = !page.next;
  $("#prev").onclick = () => goPage(clean, Math.max(0, page.offset - page.limit));
  $("#next").onclick = () => goPage(clean, page.next);
}

function goPage(params, offset) {
  params.set("offset", offset);
  location.hash = "#/events?" + params;
}

function eventRow(e) {
  const tr = el("tr", { class: "quad" + e.quad_class, tabindex: "0", "data-id": e.id },
    el("td", { text: e.date || "" }),
    el("td", { text: actorLabel(e.source), title: e.source.name || "" }),
    el("td", { text: e.cameo + (e.plover && e.plover.type ? " " + e.plover.type : "") }),
    el("td", { text: actorLabel(e.target), title: e.target.name || "" }),
    el("td", { text: quadNames[e.quad_class] || "" }),
    el("td", { class: "num", text: e.goldstein.toFixed(1) }),
    el("td", { text: e.modality }),
    el("td", { class: "num", text: e.num_mentions }),
    el("td", { class: "sentence", text: e.text || "" }));
  const open = () => { location.hash = "#/event/" + e.id; };
  tr.addEventListener("click", open);
  tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
  return tr;
}

function filtersSubmitted(ev) {
  ev.preventDefault();
  const params = new URLSearchParams();
  for (const f of ev.target.elements) if (f.name && f.value) params.set(f.name, f.value.trim());
  location.hash = "#/events?" + params;
}

// ---- one event with its mentions and evidence

async function showEvent(id) {
  show("view-event");
  const e = await api("/api/events/" + encodeURIComponent(id));
  const v = $("#view-event");
  v.replaceChildren(
    el("h2", {}, `${actorFull(e.source)} → ${e.cameo}${e.plover && e.plover.type ? " " + e.plover.type : ""} → ${actorFull(e.target)}`),
    el("p", { class: "meta", text: [e.date, quadNames[e.quad_class], "Goldstein " + e.goldstein, e.modality,
      `${e.num_mentions} mention(s) in ${e.num_articles} article(s) from ${e.num_sources} source(s)`].filter(Boolean).join(" · ") }),
    el("h3", { text: "Evidence" }),
    el("ol", { class: "mentions" }, ...(e.mentions || []).map(mentionItem)));
}

function mentionItem(m) {
  const ev = m.event;
  const words = (ev.evidence.words || []).map((w) => el("span", { class: "role role-" + w.role, text: `${w.role}: ${w.text}` }));
  return el("li", {},
    el("blockquote", { text: ev.text }),
    el("p", { class: "evidence" }, ...words),
    el("p", { class: "meta" },
      `pattern ${ev.evidence.pattern}${ev.evidence.file ? " (" + ev.evidence.file + ")" : ""} · ${m.publisher || "unknown source"} · `,
      el("a", { href: "#/doc/" + m.doc, class: "doclink", text: m.title || "document " + m.doc })));
}

// ---- annotated document

// Highlight kinds, drawn in this order of priority when spans nest.
const kinds = ["quote", "time", "place", "actor", "verb"];

function spansOf(d) {
  const spans = [];
  const add = (kind, s, e, title) => { if (e > s) spans.push({ kind, s, e, title }); };
  for (const q of d.quotes || []) add("quote", q.start, q.end, "quote" + (q.speaker_text ? " by " + q.speaker_text : ""));
  for (const t of d.times || []) add("time", t.start, t.end, `${t.type} ${t.value}`);
  const actors = (d.mentions || []).filter((m) => m.actor && m.actor.code);
  // A place inside an actor's words ("the United States" as an actor) is
  // shown as the actor, so that one name is one highlight.
  const inActor = (p) => actors.some((m) => m.start <= p.start && p.end <= m.end);
  for (const p of d.places || []) if (!inActor(p)) add("place", p.start, p.end, `${p.name}${p.country ? " (" + p.country + ")" : ""}`);
  for (const m of actors) add("actor", m.start, m.end, `${m.actor.code} ${m.actor.name || ""}`);
  for (const e of d.events || []) {
    for (const w of e.evidence.words || []) if (w.role === "verb") add("verb", w.start, w.end, `${e.cameo} ${e.source.code}→${e.target.code}`);
  }
  return spans;
}

// segments cuts bytes [lo, hi) at every span edge, giving text pieces and
// the spans covering each. Offsets are byte offsets into the UTF-8 text.
function segments(bytes, spans, lo, hi) {
  const cuts = new Set([lo, hi]);
  for (const sp of spans) {
    if (sp.s > lo && sp.s < hi) cuts.add(sp.s);
    if (sp.e > lo && sp.e < hi) cuts.add(sp.e);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const dec = new TextDecoder("utf-8");
  const out = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [a, b] = [edges[i], edges[i + 1]];
    const cover = spans.filter((sp) => sp.s <= a && sp.e >= b);
    out.push({ text: dec.decode(bytes.subarray(a, b)), cover });
  }
  return out;
}

function renderBlock(bytes, spans, b) {
  const p = el(b.kind === "title" ? "h2" : "p", { class: "block block-" + b.kind });
  for (const seg of segments(bytes, spans, b.start, b.end)) {
    if (seg.cover.length === 0) { p.append(seg.text); continue; }
    const s = el("span", { text: seg.text, title: seg.cover.map((c) => c.title).join("\n") });
    for (const c of seg.cover) s.classList.add("hl-" + c.kind);
    p.append(s);
  }
  if (b.kind === "post" && b.post) {
    const who = [b.post.author, b.post.handle, b.post.platform].filter(Boolean).join(" · ");
    return el("div", { class: "post" }, el("p", { class: "meta", text: "Embedded post: " + who }), p);
  }
  return p;
}

function renderDoc(d) {
  const bytes = new TextEncoder().encode(d.text);
  const spans = spansOf(d);
  const article = el("article", { class: "doc-text" });
  const aside = el("details", { class: "boilerplate" }, el("summary", { text: "Boilerplate and bylines (not coded)" }));
  for (const b of d.blocks || []) {
    const node = renderBlock(bytes, spans, b);
    if (b.kind === "boilerplate" || b.kind === "byline") {
      if (b.reason) node.title = "dropped: " + b.reason;
      aside.append(node);
    } else article.append(node);
  }
  const legend = el("p", { class: "legend" }, ...kinds.map((k) => el("span", { class: "hl-" + k, text: k })));
  const meta = [d.source, d.date ? d.date.slice(0, 10) : "", d.url].filter(Boolean).join(" · ");
  const evs = el("ol", { class: "doc-events" }, ...(d.events || []).map((e) =>
    el("li", {}, `${e.source.code || "—"} → ${e.cameo} → ${e.target.code || "—"} (${e.modality}, ${e.date || "undated"}): `,
      el("span", { class: "sentence", text: e.text }))));
  return [el("p", { class: "meta", text: meta }), legend, article, el("h3", { text: `Events (${(d.events || []).length})` }), evs, aside];
}

async function showDoc(id) {
  show("view-doc");
  const d = await api("/api/documents/" + encodeURIComponent(id));
  $("#view-doc").replaceChildren(...renderDoc(d));
}

// ---- search

async function showSearch(params) {
  show("view-search");
  const q = params.get("q") || "";
  $("#search-q").value = q;
  const r = await api("/api/search?q=" + encodeURIComponent(q));
  const list = el("ol", { class: "hits" }, ...r.hits.map((h) =>
    el("li", {}, el("a", { href: "#/doc/" + h.id, text: h.title || "document " + h.id }),
      el("span", { class: "meta", text: " " + [h.source, h.date && h.date.slice(0, 10)].filter(Boolean).join(" · ") }),
      el("p", { class: "snippet", text: h.snippet }))));
  $("#view-search").replaceChildren(el("h2", { text: `Search: ${q}` }), r.hits.length ? list : el("p", { text: "No articles match." }));
}

// ---- dyad timeline: cooperation above the axis, conflict below, Goldstein mean as a line

const svgNS = "http://www.w3.org/2000/svg";

function svg(tag, attrs) {
  const e = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

async function showTimeline(params) {
  show("view-timeline");
  const form = $("#timeline-form");
  form.elements.dyad.value = params.get("dyad") || "";
  form.elements.interval.value = params.get("interval") || "week";
  const chart = $("#timeline-chart");
  chart.replaceChildren();
  $("#timeline-note").textContent = "";
  if (!params.get("dyad")) {
    $("#timeline-note").textContent = "Give a dyad of actor code prefixes, such as USA:MEX.";
    return;
  }
  const r = await api(`/api/series?dyad=${encodeURIComponent(params.get("dyad"))}&interval=${encodeURIComponent(form.elements.interval.value)}`);
  if (r.buckets.length === 0) {
    $("#timeline-note").textContent = `No dated events from ${r.source} to ${r.target}.`;
    return;
  }
  $("#timeline-note").textContent = `${r.source} → ${r.target}, per ${r.interval}: cooperation (green, quad classes 1–2) above, conflict (red, 3–4) below; the line is the mean Goldstein score.`;
  chart.append(drawSeries(fillGaps(r.buckets, r.interval)));
}

// fillGaps adds empty periods between the ones the API returns, so time
// runs evenly along the axis. Long spans are left as they are.
function fillGaps(buckets, interval) {
  const out = [];
  const step = (d) => (interval === "month" ? d.setUTCMonth(d.getUTCMonth() + 1) : d.setUTCDate(d.getUTCDate() + 7));
  for (const b of buckets) {
    const prev = out.length ? out[out.length - 1] : null;
    if (prev && out.length < 520) {
      const d = new Date(prev.start + "T00:00:00Z");
      for (step(d); d.toISOString().slice(0, 10) < b.start && out.length < 520; step(d)) {
        out.push({ start: d.toISOString().slice(0, 10), events: 0, quad: [0, 0, 0, 0], goldstein_mean: 0, empty: true });
      }
    }
    out.push(b);
  }
  return out;
}

function drawSeries(buckets) {
  const W = 860, H = 320, pad = 40, mid = H / 2;
  const coop = buckets.map((b) => b.quad[0] + b.quad[1]);
  const conf = buckets.map((b) => b.quad[2] + b.quad[3]);
  const top = Math.max(1, ...coop, ...conf);
  const bw = Math.min(60, (W - 2 * pad) / buckets.length);
  const x0 = pad + (W - 2 * pad - bw * buckets.length) / 2; // few periods sit in the middle
  const y = (n) => (n / top) * (mid - pad);
  const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "series", role: "img", "aria-label": "dyad timeline" });
  g.append(svg("line", { x1: pad, x2: W - pad, y1: mid, y2: mid, class: "axis" }));
  const pts = [];
  buckets.forEach((b, i) => {
    const x = x0 + i * bw;
    const up = svg("rect", { x: x + 1, y: mid - y(coop[i]), width: Math.max(1, bw - 2), height: y(coop[i]), class: "coop" });
    const down = svg("rect", { x: x + 1, y: mid, width: Math.max(1, bw - 2), height: y(conf[i]), class: "conflict" });
    const tip = svg("title");
    tip.textContent = `${b.start}: ${coop[i]} cooperative, ${conf[i]} conflictual, Goldstein mean ${b.goldstein_mean.toFixed(2)}`;
    up.append(tip);
    down.append(tip.cloneNode(true));
    g.append(up, down);
    if (!b.empty) {
      const gy = mid - (b.goldstein_mean / 10) * (mid - pad);
      pts.push(`${x + bw / 2},${gy}`);
      const dot = svg("circle", { cx: x + bw / 2, cy: gy, r: 4, class: "goldstein-dot" });
      dot.append(tip.cloneNode(true));
      g.append(dot);
    }
    if (buckets.length <= 16 || i % Math.ceil(buckets.length / 16) === 0) {
      const lab = svg("text", { x: x + bw / 2, y: H - 8, class: "label" });
      lab.textContent = b.start;
      g.append(lab);
    }
  });
  g.append(svg("polyline", { points: pts.join(" "), class: "goldstein" }));
  const lab = (t, yy) => { const e = svg("text", { x: 4, y: yy, class: "label axis-label" }); e.textContent = t; return e; };
  g.append(lab(`+${top} events`, pad), lab(`−${top} events`, H - pad), lab("0", mid - 4));
  const right = (t, yy) => { const e = svg("text", { x: W - 4, y: yy, class: "label goldstein-label" }); e.textContent = t; return e; };
  g.append(right("Goldstein +10", pad), right("−10", H - pad));
  return g;
}

// ---- paste an article and see it coded

async function codeSubmitted(ev) {
  ev.preventDefault();
  const f = ev.target.elements;
  const text = f.text.value;
  if (!text.trim()) { status("Paste some text first.", true); return; }
  const body = f.ishtml.checked ? { html: text } : { text };
  if (f.date.value) body.date = f.date.value;
  if (f.source.value) body.source = f.source.value;
  status("Coding…");
  $("#code-submit").disabled = true;
  try {
    const r = await api("/api/documents", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    location.hash = "#/doc/" + r.document.id;
  } catch (err) {
    status(err.message, true);
  } finally {
    $("#code-submit").disabled = false;
  }
}

function searchSubmitted(ev) {
  ev.preventDefault();
  const q = $("#search-q").value.trim();
  if (q) location.hash = "#/search?q=" + encodeURIComponent(q);
}

$("#filters").addEventListener("submit", filtersSubmitted);
$("#filters-reset").addEventListener("click", () => { location.hash = "#/events"; });
$("#timeline-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const f = ev.target.elements;
  location.hash = `#/timeline?dyad=${encodeURIComponent(f.dyad.value.trim())}&interval=${f.interval.value}`;
});
$("#code-form").addEventListener("submit", codeSubmitted);
$("#search-form").addEventListener("submit", searchSubmitted);
window.addEventListener("hashchange", route);
route();
