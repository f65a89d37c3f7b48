// caption-corpus preview: vanilla JS, no framework. Every value from the release is put on the page with
// textContent or as an attribute value, never as markup: a caption holding <script> shows as text.
"use strict";
(function () {
  const META = window.PREVIEW_META;
  const CONFIGS = ["default", "text_only", "articles", "rejects"];
  const PAGE = 120; // cards shown per "show more"
  const rows = {}, loaded = {}, loading = {};
  CONFIGS.forEach((c) => { rows[c] = []; loaded[c] = 0; loading[c] = false; });
  let view = "default", limit = PAGE, firstRender = null;
  const $ = (id) => document.getElementById(id);

  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === null || v === undefined) continue;
      if (k === "text") e.textContent = String(v);
      else if (k === "class") e.className = v;
      else if (k === "onclick") e.addEventListener("click", v);
      else e.setAttribute(k, String(v));
    }
    for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c); // strings become text nodes
    return e;
  }
  // A value from the inputs (a file name, URL, site, credit) goes in its own <bdi>, which the browser lays out
  // isolated: a right-to-left override (U+202E) in a file name then reverses that name only, not the label
  // before it or the values after it on the same line.
  const iso = (v) => el("bdi", { text: v });
  const fmt = (n) => (n === null || n === undefined ? "" : Number(n).toLocaleString("en"));
  const day = (d) => (d ? String(d).slice(0, 10) : "");

  // ---- loading: one data file at a time, each a script calling previewChunk (file:// allows no fetch)
  window.previewChunk = function (config, n, data) {
    for (const r of data) rows[config].push(r);
    loaded[config] = n + 1;
    loading[config] = false;
    refreshOptions();
    if (config === view || (view === "rejects" && KEPT.includes(config))) render();
    setTimeout(() => loadNext(config), 0);
  };
  function loadNext(config) {
    if (loading[config] || loaded[config] >= META.configs[config].chunks) return;
    loading[config] = true;
    const s = document.createElement("script");
    s.src = "data/" + config + "-" + loaded[config] + ".js";
    s.onerror = () => { loading[config] = false; $("status").textContent = "could not load " + s.src; };
    document.body.append(s);
  }
  const complete = (config) => loaded[config] >= META.configs[config].chunks;

  // ---- filters
  const FILTERS = { split: "f-split", site: "f-site", language: "f-language", reason: "f-reason" };
  // the configs whose rows a duplicate reject may name as the one kept (text-only captions dedup too)
  const KEPT = ["default", "text_only"];
  function refreshOptions() {
    const config = view;
    for (const [field, id] of Object.entries(FILTERS)) {
      const select = $(id), current = select.value;
      const values = [...new Set(rows[config].map((r) => r[field]).filter((v) => v !== null && v !== undefined))].sort();
      select.parentElement.hidden = values.length === 0;
      // rebuilt only when the values differ (not merely their count: two views may each have one site, a
      // different one), so a choice made in this view survives its next data page
      const have = [...select.options].slice(1).map((o) => o.value);
      if (have.length === values.length && have.every((v, i) => v === String(values[i]))) continue;
      select.replaceChildren(el("option", { value: "", text: "all" }), ...values.map((v) => el("option", { value: v, text: v })));
      select.value = values.includes(current) ? current : "";
    }
  }
  function matches(r) {
    for (const [field, id] of Object.entries(FILTERS)) {
      const want = $(id).value;
      if (want && r[field] !== want) return false;
    }
    const q = $("f-search").value.trim().toLowerCase();
    if (!q) return true;
    // pairs and captions: caption and credit; articles: title and lead; rejects: what and where
    const fields = view === "articles" ? [r.title, ...(r.lead || [])] : view === "rejects" ? [r.detail, r.source] : [r.caption, r.credit];
    const text = fields.filter(Boolean).join(" ").toLowerCase();
    return q.split(/\s+/).every((w) => text.includes(w));
  }

  // ---- views
  function render() {
    document.querySelectorAll("#tabs button").forEach((b) => b.classList.toggle("active", b.dataset.view === view));
    const box = $("view");
    box.replaceChildren();
    $("filters").hidden = false;
    const info = META.configs[view];
    $("sampling").hidden = !info.sampling;
    $("sampling").textContent = info.sampling ? "This view shows " + info.sampling + ". The numbers in the tables are the whole release's." : "";
    if (view === "default") box.append(summaryBox());
    const found = rows[view].filter(matches);
    const shown = found.slice(0, limit);
    const loadedNote = complete(view) ? "" : " (loading: " + fmt(rows[view].length) + " of " + fmt(info.shown) + " rows so far)";
    $("status").textContent = fmt(found.length) + " matching rows, " + fmt(shown.length) + " shown" + loadedNote;
    if (view === "default") box.append(el("div", { class: "grid", id: "grid" }, ...shown.map(pairCard)));
    else if (view === "text_only") box.append(el("div", { class: "list", id: "grid" }, ...shown.map(textItem)));
    else if (view === "articles") box.append(el("div", { class: "list", id: "grid" }, ...shown.map(articleItem)));
    else box.append(rejectGroups(found, shown));
    if (found.length > shown.length)
      box.append(el("button", { class: "more", id: "more", text: "show more", onclick: () => { limit += PAGE; render(); } }));
    if (firstRender === null && rows[view].length) {
      firstRender = performance.now();
      window.previewTimings = { firstRenderMs: firstRender, rowsAtFirstRender: rows[view].length };
    }
  }

  function table(head, body, cls) {
    return el("table", { class: cls }, el("thead", null, el("tr", null, ...head.map((h) => el("th", { text: h })))),
      el("tbody", null, ...body.map((cells) => el("tr", null, ...cells.map((c) => el("td", typeof c === "number" ? { class: "n", text: fmt(c) } : { text: c }))))));
  }
  function summaryBox() {
    const s = META.summary;
    const splits = ["train", "validation", "test"];
    const rowsTable = table(["config", ...splits, "all"], Object.entries(s.rows).map(([config, bySplit]) =>
      [config, ...splits.map((sp) => bySplit[sp] || 0), Object.values(bySplit).reduce((a, b) => a + b, 0)]), "counts");
    rowsTable.id = "counts";
    const order = ["ingest", "extract", "figures", "pair", "normalize", "filter", "images", "takedown", "dedup", "split", "write"];
    const rank = (st) => (order.includes(st) ? order.indexOf(st) : order.length);
    const stageRows = Object.entries(s.stages).sort((a, b) => rank(a[0]) - rank(b[0]));
    const stages = table(["stage", "seen", "kept", "rejected"], stageRows.map(([st, c]) =>
      [st, c.seen, c.kept, Object.values(c.rejected || {}).reduce((a, b) => a + b, 0)]));
    stages.id = "stages";
    const sites = Object.entries(s.sites || {}).sort((a, b) => b[1] - a[1]);
    const langs = Array.isArray(s.languages) ? s.languages : Object.keys(s.languages || {});
    const block = (title, ...content) => el("div", null, el("h3", { text: title }), ...content);
    return el("details", { open: "", id: "summary" }, el("summary", { text: "Release " + (s.version || "") + ": " + fmt(s.inputs) + " inputs" }),
      el("div", { class: "sumgrid" },
        block("Rows per config and split", rowsTable, langs.length ? el("p", { id: "languages", text: "Languages: " + langs.join(", ") }) : null),
        block("Stages: every item, kept or rejected", stages),
        sites.length ? block("Sites (rows)", table(["site", "rows"], sites.slice(0, 30))) : null));
  }
  function tags(r) {
    return el("div", { class: "meta" }, ...[r.site, r.language, r.split, day(r.date)].filter(Boolean).map((t) => el("bdi", { class: "tag", text: t })), iso(r.id));
  }
  function pairCard(r) {
    const pic = r.thumb ? el("img", { src: r.thumb, alt: r.alt || "", loading: "lazy" }) : el("div", { class: "noimg", text: r.no_thumb ? "no thumbnail: " + r.no_thumb : "no thumbnail" });
    return el("div", { class: "card", "data-id": r.id, onclick: () => showDetail(r) }, pic,
      el("div", { class: "caption", text: r.caption }), r.credit ? el("div", { class: "credit", text: r.credit }) : null,
      r.alt ? el("div", { class: "meta" }, "alt: ", iso(r.alt)) : null, tags(r));
  }
  function textItem(r) {
    return el("div", { class: "item", "data-id": r.id, onclick: () => showDetail(r) }, el("div", { class: "caption", text: r.caption }),
      r.credit ? el("div", { class: "credit", text: r.credit }) : null, tags(r));
  }
  function articleItem(r) {
    return el("div", { class: "item", "data-id": r.id }, el("strong", null, iso(r.title || "(no title)")),
      ...r.lead.map((p) => el("p", { class: "context", text: p })),
      el("div", { class: "meta", text: fmt(r.paragraphs) + " paragraphs, " + fmt(r.figures) + " figures" }),
      sourceLine(r), tags(r));
  }
  function sourceLine(r) {
    const safe = r.url && /^https?:\/\//i.test(r.url);
    // r.source: the input's path, locator, record and URL, each isolated (an override in the path would
    // otherwise reverse the locator after it)
    const where = (r.source || []).flatMap((part, i) => (i ? [" ", iso(part)] : [iso(part)]));
    return el("div", { class: "meta" }, "source: ", safe ? el("bdi", null, el("a", { href: r.url, target: "_blank", rel: "noopener", text: r.url })) : (r.url ? iso(r.url) : null),
      where.length ? el("span", null, " · ", ...where) : null);
  }
  function rejectGroups(found, shown) {
    const stages = META.summary.stages;
    const box = el("div", { id: "rejects" });
    const byId = new Map();
    for (const config of KEPT) for (const r of rows[config]) byId.set(r.id, { config, r });
    for (const [stage, c] of Object.entries(stages)) {
      for (const [reason, n] of Object.entries(c.rejected || {})) {
        if ($("f-reason").value && $("f-reason").value !== reason) continue;
        const items = shown.filter((r) => r.stage === stage && r.reason === reason);
        const all = found.filter((r) => r.stage === stage && r.reason === reason).length;
        const group = el("div", { class: "group", "data-stage": stage, "data-reason": reason },
          el("h3", null, stage + " · " + reason + ": ", el("span", { class: "count", text: fmt(n) }), " rejected (" + fmt(all) + " in this view)"));
        for (const r of items) {
          const kept = r.duplicate_of ? byId.get(r.duplicate_of) : undefined;
          group.append(el("div", { class: "item" }, el("div", { text: r.detail || "" }), el("div", { class: "meta" }, "source: ", iso(r.source || ""), ...(r.id ? [" · id ", iso(r.id)] : [])),
            r.duplicate_of ? el("div", { class: "meta" }, "duplicate of ", iso(r.duplicate_of), kept ? ", kept:" : " (not in this preview's sample)") : null,
            kept ? (kept.config === "default" ? pairCard(kept.r) : textItem(kept.r)) : null));
        }
        box.append(group);
      }
    }
    return box;
  }
  function showDetail(r) {
    const body = $("detail-body");
    // replaceChildren writes a null as the text "null": the parts a row lacks (credit, alt) are left out first
    const parts = [
      r.thumb ? el("img", { src: r.thumb, alt: r.alt || "" }) : null,
      el("h2", { class: "caption", text: r.caption }), r.credit ? el("div", { class: "credit" }, "credit: ", iso(r.credit)) : null,
      r.alt ? el("div", { class: "meta" }, "alt: ", iso(r.alt)) : null,
      el("h3", { text: r.title || "" }),
      el("div", { id: "context-before" }, ...(r.before || []).map((p) => el("p", { class: "context", text: p }))),
      el("p", { class: "meta", text: "[the picture stands here]" }),
      el("div", { id: "context-after" }, ...(r.after || []).map((p) => el("p", { class: "context", text: p }))),
      sourceLine(r), tags(r),
      r.width ? el("div", { class: "meta", text: r.width + "×" + r.height + " px in the release (thumbnail shown)" }) : null];
    body.replaceChildren(...parts.filter((part) => part !== null));
    $("detail").hidden = false;
  }

  function open(next) {
    view = CONFIGS.includes(next) ? next : "default";
    limit = PAGE;
    for (const id of Object.values(FILTERS)) $(id).value = "";
    $("f-search").value = "";
    refreshOptions();
    render();
    loadNext(view);
    if (view === "rejects") KEPT.forEach(loadNext);
  }

  $("version").textContent = META.summary.version ? "· release " + META.summary.version : "";
  document.querySelectorAll("#tabs button").forEach((b) => b.addEventListener("click", () => { location.hash = b.dataset.view; }));
  window.addEventListener("hashchange", () => open(location.hash.slice(1)));
  Object.values(FILTERS).forEach((id) => $(id).addEventListener("change", () => { limit = PAGE; render(); }));
  $("f-search").addEventListener("input", () => { limit = PAGE; render(); });
  $("detail-close").addEventListener("click", () => { $("detail").hidden = true; });
  $("detail").addEventListener("click", (e) => { if (e.target === $("detail")) $("detail").hidden = true; });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") $("detail").hidden = true; });
  open(location.hash.slice(1));
})();
