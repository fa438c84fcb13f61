/* schemadoctor HTML report: draws the diagram, the findings and the plan from the JSON in
 * #sd-data. No library, no network: everything the page shows comes from that JSON, and every
 * name from the database is set as text (textContent, setAttribute), never parsed as markup.
 *
 * Data (built by report/html/page.py):
 *   meta    title, source, database, dialect, generated, summary, box (text metrics)
 *   tables  [{name, label, schema, columns:[{name,type,null,marks}], keys, sev:[e,w,i], w, h, ...}]
 *   edges   [{from, to, columns, refcols, kind: declared|inferred, onDelete, confidence, orphans, findings}]
 *   layout  {width, height, xy:[[x,y]], groups:[{label,x,y,w,h,members}]}   overview positions
 *   findings [Finding.to_dict() + tableIndex, schema]
 *   plan    null | {id, steps, onDelete, orphans, up, down, ...}
 *   impacts {tableIndex: impact tree counted on the database}
 */
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("sd-data").textContent);
  const SVGNS = "http://www.w3.org/2000/svg";
  const SEVERITIES = ["error", "warning", "info"];
  const SEV_LETTER = { error: "E", warning: "W", info: "I" };
  const TABLES = DATA.tables;
  const EDGES = DATA.edges;
  const FINDINGS = DATA.findings;
  const BOX = DATA.meta.box;
  const FAR_SCALE = 0.45;

  /* ---------- small helpers ---------- */

  function $(selector) {
    return document.querySelector(selector);
  }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function sv(tag, attrs, children) {
    const node = document.createElementNS(SVGNS, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    if (!attrs) return;
    for (const key of Object.keys(attrs)) {
      const value = attrs[key];
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "class") node.setAttribute("class", value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
  }

  function append(node, children) {
    if (children === null || children === undefined) return;
    if (!Array.isArray(children)) children = [children];
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
  }

  function plural(count, noun, many) {
    return count + " " + (count === 1 ? noun : many || noun + "s");
  }

  function fmt(number) {
    return typeof number === "number" ? number.toLocaleString("en-US") : "?";
  }

  function fit(text, chars) {
    if (chars < 2) return "";
    return text.length > chars ? text.slice(0, chars - 1) + "…" : text;
  }

  function keyList(columns) {
    return (columns || []).join(", ");
  }

  function tableText(index, fallback) {
    return index === null || index === undefined ? fallback || "?" : TABLES[index].name;
  }

  function copyText(text, button) {
    const done = function (ok) {
      const before = button.dataset.label || button.textContent;
      button.dataset.label = before;
      button.textContent = ok ? "Copied" : "Select and copy";
      setTimeout(function () { button.textContent = before; }, 1500);
    };
    const fallback = function () {
      const area = el("textarea", { class: "visually-hidden", readonly: true });
      area.value = text;
      document.body.appendChild(area);
      area.select();
      let ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      area.remove();
      done(ok);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  }

  function codeBlock(text, label) {
    const pre = el("pre", null, el("code", { text: text }));
    pre.setAttribute("tabindex", "0");
    const button = el("button", { type: "button", class: "button copy", text: "Copy", "aria-label": "Copy " + label });
    button.addEventListener("click", function () { copyText(text, button); });
    return el("div", { class: "code-block" }, [pre, button]);
  }

  /* ---------- the graph ---------- */

  const parentsOf = TABLES.map(function () { return []; });
  const childrenOf = TABLES.map(function () { return []; });
  EDGES.forEach(function (edge, index) {
    parentsOf[edge.from].push(index);
    childrenOf[edge.to].push(index);
  });
  const findingsOf = TABLES.map(function () { return []; });
  FINDINGS.forEach(function (finding, index) {
    if (finding.tableIndex !== null && finding.tableIndex !== undefined) findingsOf[finding.tableIndex].push(index);
  });

  /* ---------- header ---------- */

  function renderHeader() {
    const meta = DATA.meta;
    const parts = [meta.dialect + (meta.serverVersion ? " " + meta.serverVersion : "")];
    if (meta.source) parts.push(meta.source);
    parts.push("generated " + meta.generated + " by schemadoctor " + meta.version);
    $("#subtitle").textContent = parts.join(" · ");
    const summary = meta.summary;
    const real = TABLES.filter(function (t) { return !t.external; }).length;
    const declared = EDGES.filter(function (e) { return e.kind === "declared"; }).length;
    const inferred = EDGES.length - declared;
    const stats = [
      [summary.total, "finding", "findings", ""],
      [summary.by_severity.error, "error", "errors", "error"],
      [summary.by_severity.warning, "warning", "warnings", "warning"],
      [summary.by_severity.info, "info", "info", "info"],
      [real, "table", "tables", ""],
      [declared, "declared foreign key", "declared foreign keys", ""],
      [inferred, "inferred foreign key", "inferred foreign keys", ""],
    ];
    const box = $("#summary");
    for (const [count, one, many, cls] of stats) {
      box.appendChild(el("span", { class: "stat " + cls }, [el("b", { text: fmt(count) }), count === 1 ? one : many]));
    }
    if (meta.warnings && meta.warnings.length) {
      const list = $("#warnings");
      for (const warning of meta.warnings) list.appendChild(el("li", { text: warning }));
      list.hidden = false;
    }
    $("#footer").textContent = "schemadoctor " + meta.version + " · " + meta.database + " · " + meta.generated +
      " · this file is self-contained: it loads nothing from anywhere.";
  }

  /* ---------- the diagram ---------- */

  const svg = $("#diagram");
  const frame = $("#diagram-frame");
  const view = { x: 0, y: 0, k: 1 };
  const state = { mode: "overview", focus: null, hops: 1, selected: null, query: "" };
  let viewport = null;
  let overviewLayer = null;
  let focusLayer = null;
  let overviewNodes = [];
  let overviewEdges = [];
  let currentRects = null;

  function setupSvg() {
    const defs = sv("defs");
    for (const kind of ["declared", "inferred"]) {
      const marker = sv("marker", {
        id: "sd-arrow-" + kind, viewBox: "0 0 10 10", refX: "9", refY: "5",
        markerWidth: "9", markerHeight: "9", markerUnits: "userSpaceOnUse", orient: "auto-start-reverse",
      });
      marker.appendChild(sv("path", { d: "M0,0 L10,5 L0,10 z", class: "arrow-" + kind }));
      defs.appendChild(marker);
    }
    svg.appendChild(defs);
    viewport = sv("g", { class: "viewport" });
    svg.appendChild(viewport);
  }

  function applyView() {
    viewport.setAttribute("transform", "translate(" + view.x.toFixed(2) + "," + view.y.toFixed(2) + ") scale(" + view.k.toFixed(4) + ")");
    svg.classList.toggle("far", view.k < FAR_SCALE);
  }

  function frameSize() {
    const rect = svg.getBoundingClientRect();
    return { w: rect.width || 800, h: rect.height || 500 };
  }

  function fitTo(box, maxScale) {
    const size = frameSize();
    const pad = 24;
    if (!box || box.w <= 0 || box.h <= 0) {
      view.x = 0; view.y = 0; view.k = 1;
    } else {
      const k = Math.min((size.w - 2 * pad) / box.w, (size.h - 2 * pad) / box.h, maxScale || 1.25);
      view.k = Math.max(k, 0.02);
      view.x = (size.w - box.w * view.k) / 2 - box.x * view.k;
      view.y = (size.h - box.h * view.k) / 2 - box.y * view.k;
    }
    applyView();
  }

  function boundsOf(indices, rects) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const i of indices) {
      const r = rects[i];
      if (!r) continue;
      x0 = Math.min(x0, r.x); y0 = Math.min(y0, r.y);
      x1 = Math.max(x1, r.x + r.w); y1 = Math.max(y1, r.y + r.h);
    }
    if (x0 === Infinity) return null;
    return { x: x0 - 10, y: y0 - 10, w: x1 - x0 + 20, h: y1 - y0 + 20 };
  }

  function zoomAt(factor, cx, cy) {
    const k = Math.min(Math.max(view.k * factor, 0.02), 4);
    const f = k / view.k;
    view.x = cx - (cx - view.x) * f;
    view.y = cy - (cy - view.y) * f;
    view.k = k;
    applyView();
  }

  function nodeLabel(table, index) {
    const sev = table.sev;
    const counts = [];
    SEVERITIES.forEach(function (s, i) { if (sev[i]) counts.push(plural(sev[i], s, s === "info" ? "info" : s + "s")); });
    return "Table " + table.name + (table.external ? " (outside this report)" : "") +
      (counts.length ? ", " + counts.join(", ") : ", no findings") +
      ", references " + plural(parentsOf[index].length, "table") + ", referenced by " + plural(childrenOf[index].length, "table");
  }

  function drawNode(index, x, y) {
    const table = TABLES[index];
    const w = table.w, h = table.h;
    const g = sv("g", {
      class: "node" + (table.external ? " external" : ""),
      transform: "translate(" + x + "," + y + ")",
      tabindex: "0", role: "button", "data-table": index,
    });
    g.setAttribute("aria-label", nodeLabel(table, index));
    g.appendChild(sv("title", { text: table.name }));
    g.appendChild(sv("rect", { class: "body", width: w, height: h, rx: 4 }));
    g.appendChild(sv("rect", { class: "head", x: 1, y: 1, width: w - 2, height: BOX.titleHeight - 1, rx: 3 }));
    let badgeX = w - 4;
    const badges = [];
    SEVERITIES.forEach(function (severity, i) {
      if (!table.sev[i]) return;
      const text = String(table.sev[i]) + SEV_LETTER[severity];
      const bw = Math.max(BOX.badgeWidth - 4, text.length * 6.6 + 6);
      badgeX -= bw;
      const badge = sv("g", { class: "badge " + severity, transform: "translate(" + badgeX + ",6)" });
      badge.appendChild(sv("rect", { width: bw, height: 15, rx: 3 }));
      badge.appendChild(sv("text", { x: bw / 2, y: 11.5, "text-anchor": "middle", text: text }));
      badges.push(badge);
      badgeX -= 3;
    });
    const titleRoom = badgeX - BOX.padding;
    g.appendChild(sv("text", { class: "title", x: BOX.padding, y: 17.5, text: fit(table.label, Math.floor(titleRoom / BOX.titleChar)) }));
    for (const badge of badges) g.appendChild(badge);
    let y0 = BOX.titleHeight + 12;
    const chars = Math.floor((w - 2 * BOX.padding) / BOX.columnChar);
    for (const k of table.keys) {
      const column = table.columns[k];
      const marks = column.marks || [];
      const mark = marks.includes("pk") ? "PK" : marks.includes("fk") ? "FK" : "FK?";
      const markClass = marks.includes("pk") ? "pk" : marks.includes("fk") ? "fk" : "inf";
      const markText = mark + " ";
      const room = chars - markText.length;
      const name = fit(column.name, room);
      const type = fit(column.type.slice(0, BOX.typeChars), room - name.length - 1);
      const line = sv("text", { class: "col", x: BOX.padding, y: y0 });
      line.appendChild(sv("tspan", { class: markClass, text: markText }));
      line.appendChild(sv("tspan", { text: name }));
      if (type) line.appendChild(sv("tspan", { class: "type", text: " " + type }));
      g.appendChild(line);
      y0 += BOX.lineHeight;
    }
    const hidden = table.columns.length - table.keys.length;
    if (!table.external && hidden > 0) {
      g.appendChild(sv("text", { class: "more", x: BOX.padding, y: y0, text: fit("+" + hidden + " more columns", chars) }));
    }
    g.addEventListener("click", function () {
      if (g.dataset.dragged === "1") return;
      showTable(index, true);
    });
    g.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        event.stopPropagation();
        showTable(index, true);
      }
    });
    return g;
  }

  function attach(rect, toward, side) {
    /* A point on `side` of `rect`, pulled along that side toward the other end so that
       many edges meeting one box do not all meet in one point. */
    const cx = rect.x + rect.w / 2, cy = rect.y + rect.h / 2;
    if (side === "top" || side === "bottom") {
      const x = Math.min(Math.max(cx + (toward.x - cx) * 0.25, rect.x + 8), rect.x + rect.w - 8);
      return { x: x, y: side === "top" ? rect.y : rect.y + rect.h };
    }
    const y = Math.min(Math.max(cy + (toward.y - cy) * 0.25, rect.y + 6), rect.y + rect.h - 6);
    return { x: side === "left" ? rect.x : rect.x + rect.w, y: y };
  }

  function edgeGeometry(a, b, offset) {
    /* a: the referencing (child) box, b: the referenced (parent) box. */
    if (a === b) {
      /* A self-reference: a loop over the box's top right corner, into the gap above it. */
      const sx = a.x + a.w - 44 - offset, ex = a.x + a.w - 14 - offset, y = a.y;
      const r = 30 + offset;
      return {
        d: "M" + sx + "," + y + " C" + (sx - 6) + "," + (y - r) + " " + (ex + 6) + "," + (y - r) + " " + ex + "," + y,
        mx: ex + 6, my: y - r * 0.55, horizontal: false,
      };
    }
    const ac = { x: a.x + a.w / 2, y: a.y + a.h / 2 }, bc = { x: b.x + b.w / 2, y: b.y + b.h / 2 };
    let s, e, c1, c2, horizontal = false;
    const vgap = Math.max(b.y - (a.y + a.h), a.y - (b.y + b.h));
    const hgap = Math.max(b.x - (a.x + a.w), a.x - (b.x + b.w));
    if ((vgap >= 8 && vgap >= hgap) || (vgap > 0 && hgap < 8)) {
      const down = a.y < b.y; /* child above its parent */
      s = attach(a, bc, down ? "bottom" : "top");
      e = attach(b, ac, down ? "top" : "bottom");
      const k = Math.max(24, Math.abs(e.y - s.y) / 2);
      s.x += offset; e.x += offset;
      c1 = { x: s.x, y: s.y + (down ? k : -k) };
      c2 = { x: e.x, y: e.y + (down ? -k : k) };
    } else {
      horizontal = true;
      const right = a.x + a.w <= b.x; /* child left of its parent */
      s = attach(a, bc, right ? "right" : "left");
      e = attach(b, ac, right ? "left" : "right");
      const k = Math.max(24, Math.abs(e.x - s.x) / 2);
      s.y += offset; e.y += offset;
      c1 = { x: s.x + (right ? k : -k), y: s.y };
      c2 = { x: e.x + (right ? -k : k), y: e.y };
    }
    const mx = 0.125 * s.x + 0.375 * c1.x + 0.375 * c2.x + 0.125 * e.x;
    const my = 0.125 * s.y + 0.375 * c1.y + 0.375 * c2.y + 0.125 * e.y;
    return {
      d: "M" + s.x.toFixed(1) + "," + s.y.toFixed(1) + " C" + c1.x.toFixed(1) + "," + c1.y.toFixed(1) + " " +
        c2.x.toFixed(1) + "," + c2.y.toFixed(1) + " " + e.x.toFixed(1) + "," + e.y.toFixed(1),
      mx: mx, my: my, horizontal: horizontal,
    };
  }

  function edgeTitle(edge) {
    const parts = [tableText(edge.from) + "(" + keyList(edge.columns) + ") → " + tableText(edge.to) + "(" + keyList(edge.refcols) + ")"];
    if (edge.kind === "inferred") {
      parts.push("inferred, not declared" + (edge.confidence !== undefined ? ", confidence " + Math.round(edge.confidence * 100) + "%" : ""));
    } else {
      parts.push("declared" + (edge.name ? " as " + edge.name : "") + (edge.notValid ? ", NOT VALID" : ""));
    }
    if (edge.onDelete) parts.push("ON DELETE " + edge.onDelete + (edge.kind === "inferred" ? " (planned)" : ""));
    if (edge.orphans !== undefined) parts.push((edge.orphansAtLeast ? "at least " : "") + plural(edge.orphans, "orphan row"));
    return parts.join("; ");
  }

  function edgeLabels(edge) {
    const labels = [];
    if (edge.kind === "inferred" && edge.confidence !== undefined) labels.push(["conf", Math.round(edge.confidence * 100) + "%"]);
    if (edge.orphans) labels.push(["orph", (edge.orphansAtLeast ? "≥" : "") + plural(edge.orphans, "orphan")]);
    return labels;
  }

  function drawEdges(indices, rects, layer) {
    /* Edges whose two ends are both drawn; parallel ones are spread apart. */
    const drawn = new Map();
    const seen = new Map();
    for (const index of indices) {
      const edge = EDGES[index];
      if (!rects[edge.from] || !rects[edge.to]) continue;
      const pair = Math.min(edge.from, edge.to) + ":" + Math.max(edge.from, edge.to);
      const n = seen.get(pair) || 0;
      seen.set(pair, n + 1);
      const offset = n === 0 ? 0 : (n % 2 ? 1 : -1) * Math.ceil(n / 2) * 12;
      const geometry = edgeGeometry(rects[edge.from], rects[edge.to], offset);
      const linked = edge.findings && edge.findings.length;
      const g = sv("g", {
        class: "edge " + edge.kind + (edge.notValid ? " not-valid" : "") + (linked ? " linked" : ""),
        "data-edge": index, "data-from": edge.from, "data-to": edge.to,
      });
      if (linked) {
        g.setAttribute("tabindex", "0");
        g.setAttribute("role", "link");
      }
      g.setAttribute("aria-label", edgeTitle(edge));
      g.appendChild(sv("title", { text: edgeTitle(edge) }));
      g.appendChild(sv("path", { class: "hit", d: geometry.d }));
      g.appendChild(sv("path", { class: "line", d: geometry.d, "marker-end": "url(#sd-arrow-" + edge.kind + ")" }));
      /* Labels beside a vertical edge, above and below a horizontal one. */
      edgeLabels(edge).forEach(function (label, i) {
        const at = geometry.horizontal
          ? { x: geometry.mx, y: geometry.my + (i ? 13 : -5), "text-anchor": "middle" }
          : { x: geometry.mx + 4, y: geometry.my + 12 * i };
        g.appendChild(sv("text", Object.assign({ class: "label " + label[0], text: label[1] }, at)));
      });
      if (linked) {
        const open = function () { showFinding(edge.findings[0]); };
        g.addEventListener("click", open);
        g.addEventListener("keydown", function (event) {
          if (event.key === "Enter") { event.preventDefault(); open(); }
        });
      }
      layer.appendChild(g);
      drawn.set(index, g);
    }
    return drawn;
  }

  function buildOverview() {
    overviewLayer = sv("g", { class: "overview" });
    const rects = TABLES.map(function (table, i) {
      return { x: DATA.layout.xy[i][0], y: DATA.layout.xy[i][1], w: table.w, h: table.h };
    });
    const groups = sv("g", { class: "groups" });
    for (const group of DATA.layout.groups) {
      const g = sv("g", { class: "group" });
      g.appendChild(sv("rect", { class: "group-frame", x: group.x, y: group.y, width: group.w, height: group.h, rx: 8 }));
      g.appendChild(sv("text", { class: "group-label", x: group.x + 10, y: group.y + 18, text: group.label }));
      group.element = g;
      groups.appendChild(g);
    }
    const edgeLayer = sv("g", { class: "edges" });
    const nodeLayer = sv("g", { class: "nodes" });
    overviewLayer.appendChild(groups);
    overviewLayer.appendChild(edgeLayer);
    overviewLayer.appendChild(nodeLayer);
    const drawn = drawEdges(EDGES.map(function (_, i) { return i; }), rects, edgeLayer);
    overviewEdges = EDGES.map(function (_, i) { return drawn.get(i); });
    overviewNodes = TABLES.map(function (_, i) {
      const node = drawNode(i, rects[i].x, rects[i].y);
      nodeLayer.appendChild(node);
      return node;
    });
    overviewLayer.rects = rects;
    viewport.appendChild(overviewLayer);
  }

  function neighbourhood(index, hops) {
    /* Level of each table: 0 the table, -h its parents h hops up, +h its children. */
    const level = new Map([[index, 0]]);
    let up = [index], down = [index];
    for (let h = 1; h <= hops; h++) {
      const nextUp = [], nextDown = [];
      for (const n of up) for (const e of parentsOf[n]) {
        const p = EDGES[e].to;
        if (!level.has(p)) { level.set(p, -h); nextUp.push(p); }
      }
      for (const n of down) for (const e of childrenOf[n]) {
        const c = EDGES[e].from;
        if (!level.has(c)) { level.set(c, h); nextDown.push(c); }
      }
      up = nextUp; down = nextDown;
    }
    return level;
  }

  function focusLayout(level, hops) {
    /* Columns left to right: grandparents, parents, the table, children, grandchildren;
       a long column wraps into several, away from the centre, so the view stays about as
       wide as it is tall. */
    const rects = [];
    const columnsByLevel = new Map();
    const order = new Map();
    for (let l = 0; l <= hops; l++) {
      for (const sign of l === 0 ? [0] : [-1, 1]) {
        const lv = sign * l;
        const members = [];
        level.forEach(function (value, key) { if (value === lv) members.push(key); });
        members.sort(function (a, b) {
          const ka = barycentre(a, lv, level, order), kb = barycentre(b, lv, level, order);
          return ka - kb || TABLES[a].name.localeCompare(TABLES[b].name);
        });
        members.forEach(function (m, i) { order.set(m, i / Math.max(1, members.length)); });
        const wrap = Math.max(4, Math.ceil(Math.sqrt(members.length) * 1.3));
        const chunks = [];
        for (let i = 0; i < members.length; i += wrap) chunks.push(members.slice(i, i + wrap));
        columnsByLevel.set(lv, chunks);
      }
    }
    let x = 0;
    for (let lv = -hops; lv <= hops; lv++) {
      let chunks = columnsByLevel.get(lv) || [];
      if (lv < 0) chunks = chunks.slice().reverse();
      for (const chunk of chunks) {
        const width = Math.max.apply(null, chunk.map(function (m) { return TABLES[m].w; }));
        const height = chunk.reduce(function (sum, m) { return sum + TABLES[m].h + 18; }, -18);
        let y = -height / 2;
        for (const m of chunk) {
          rects[m] = { x: x + (width - TABLES[m].w) / 2, y: y, w: TABLES[m].w, h: TABLES[m].h };
          y += TABLES[m].h + 18;
        }
        x += width + 40;
      }
      if (chunks.length) x += 90;
    }
    return rects;
  }

  function barycentre(node, lv, level, order) {
    const towards = lv < 0 ? childrenOf[node].map(function (e) { return EDGES[e].from; })
      : parentsOf[node].map(function (e) { return EDGES[e].to; });
    const known = towards.filter(function (n) { return order.has(n) && level.get(n) !== lv; });
    if (!known.length) return 0.5;
    return known.reduce(function (sum, n) { return sum + order.get(n); }, 0) / known.length;
  }

  function buildFocus(index) {
    if (focusLayer) focusLayer.remove();
    focusLayer = sv("g", { class: "focus-view" });
    const level = neighbourhood(index, state.hops);
    const rects = focusLayout(level, state.hops);
    const members = Array.from(level.keys());
    const edgeIndices = [];
    EDGES.forEach(function (edge, i) { if (level.has(edge.from) && level.has(edge.to)) edgeIndices.push(i); });
    const edgeLayer = sv("g", { class: "edges" });
    const nodeLayer = sv("g", { class: "nodes" });
    focusLayer.appendChild(edgeLayer);
    focusLayer.appendChild(nodeLayer);
    const drawn = drawEdges(edgeIndices, rects, edgeLayer);
    drawn.forEach(function (g) {
      if (Number(g.dataset.from) === index || Number(g.dataset.to) === index) g.classList.add("hl");
    });
    for (const m of members) {
      const node = drawNode(m, rects[m].x, rects[m].y);
      if (m === index) node.classList.add("focus");
      nodeLayer.appendChild(node);
    }
    focusLayer.rects = rects;
    viewport.appendChild(focusLayer);
    currentRects = rects;
    return members;
  }

  function setMode(mode) {
    state.mode = mode;
    overviewLayer.style.display = mode === "overview" ? "" : "none";
    if (focusLayer) focusLayer.style.display = mode === "focus" ? "" : "none";
    $("#hops").hidden = mode !== "focus";
    $("#view-overview").setAttribute("aria-pressed", mode === "overview" ? "true" : "false");
    $("#view-label").textContent = mode === "focus" ? "Neighbourhood of " + TABLES[state.focus].label : "";
    svg.setAttribute("data-mode", mode);
  }

  function showOverview(refit) {
    if (focusLayer) { focusLayer.remove(); focusLayer = null; }
    currentRects = overviewLayer.rects;
    setMode("overview");
    if (refit !== false) fitVisible();
  }

  function showFocus(index) {
    state.focus = index;
    const members = buildFocus(index);
    setMode("focus");
    fitTo(boundsOf(members, currentRects), 1.1);
  }

  function fitVisible() {
    fitTo(visibleBounds(), 1.1);
  }

  function selectInOverview(index) {
    overviewNodes.forEach(function (node) { node.classList.remove("selected"); });
    overviewEdges.forEach(function (edge) { if (edge) edge.classList.remove("hl"); });
    if (index === null) return;
    overviewNodes[index].classList.add("selected");
    for (const e of parentsOf[index].concat(childrenOf[index])) if (overviewEdges[e]) overviewEdges[e].classList.add("hl");
  }

  function showTable(index, focusView) {
    state.selected = index;
    selectInOverview(index);
    if (focusView) showFocus(index);
    renderDetails(index);
  }

  function revealTable(index) {
    /* From a finding or the plan: show the table's neighbourhood and bring the diagram into view. */
    if (state.query) { $("#search").value = ""; applySearch(""); }
    showTable(index, true);
    $("#diagram-section").scrollIntoView({ block: "start" });
    const node = svg.querySelector('.focus-view .node[data-table="' + index + '"]');
    if (node) node.focus({ preventScroll: true });
  }

  /* ---------- pan, zoom, keyboard ---------- */

  function setupInteraction() {
    const pointers = new Map();
    let drag = null;
    let pinch = null;
    svg.addEventListener("pointerdown", function (event) {
      if (event.button !== 0 && event.pointerType === "mouse") return;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (pointers.size === 1) {
        drag = { x: event.clientX, y: event.clientY, vx: view.x, vy: view.y, moved: false, target: event.target.closest(".node") };
      } else if (pointers.size === 2) {
        const [p, q] = Array.from(pointers.values());
        pinch = { d: Math.hypot(p.x - q.x, p.y - q.y), k: view.k };
        drag = null;
      }
    });
    svg.addEventListener("pointermove", function (event) {
      if (!pointers.has(event.pointerId)) return;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (pinch && pointers.size === 2) {
        const [p, q] = Array.from(pointers.values());
        const rect = svg.getBoundingClientRect();
        const d = Math.hypot(p.x - q.x, p.y - q.y);
        zoomAt((pinch.k * d / pinch.d) / view.k, (p.x + q.x) / 2 - rect.left, (p.y + q.y) / 2 - rect.top);
        return;
      }
      if (!drag) return;
      const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      if (!drag.moved) {
        drag.moved = true;
        svg.setPointerCapture(event.pointerId);
        svg.classList.add("dragging");
      }
      view.x = drag.vx + dx;
      view.y = drag.vy + dy;
      applyView();
    });
    const end = function (event) {
      pointers.delete(event.pointerId);
      if (pointers.size < 2) pinch = null;
      if (drag && drag.moved && drag.target) {
        const target = drag.target;
        target.dataset.dragged = "1";
        setTimeout(function () { delete target.dataset.dragged; }, 0);
      }
      if (pointers.size === 0) drag = null;
      svg.classList.remove("dragging");
    };
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
    svg.addEventListener("wheel", function (event) {
      if (!event.ctrlKey && !event.metaKey) return; /* plain wheel scrolls the page */
      event.preventDefault();
      const rect = svg.getBoundingClientRect();
      zoomAt(Math.exp(-event.deltaY * 0.0025), event.clientX - rect.left, event.clientY - rect.top);
    }, { passive: false });
    svg.addEventListener("keydown", function (event) {
      const size = frameSize();
      const step = 60;
      const keys = {
        ArrowLeft: function () { view.x += step; applyView(); },
        ArrowRight: function () { view.x -= step; applyView(); },
        ArrowUp: function () { view.y += step; applyView(); },
        ArrowDown: function () { view.y -= step; applyView(); },
        "+": function () { zoomAt(1.25, size.w / 2, size.h / 2); },
        "=": function () { zoomAt(1.25, size.w / 2, size.h / 2); },
        "-": function () { zoomAt(0.8, size.w / 2, size.h / 2); },
        "0": fitVisible,
        Escape: function () { if (state.mode === "focus") showOverview(); },
      };
      const action = keys[event.key];
      if (action && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        action();
      }
    });
    $("#zoom-in").addEventListener("click", function () { const s = frameSize(); zoomAt(1.25, s.w / 2, s.h / 2); });
    $("#zoom-out").addEventListener("click", function () { const s = frameSize(); zoomAt(0.8, s.w / 2, s.h / 2); });
    $("#zoom-fit").addEventListener("click", fitVisible);
    $("#view-overview").addEventListener("click", function () { showOverview(); });
    for (const button of document.querySelectorAll("#hops .button")) {
      button.addEventListener("click", function () {
        state.hops = Number(button.dataset.hops);
        for (const other of document.querySelectorAll("#hops .button")) other.setAttribute("aria-pressed", other === button ? "true" : "false");
        if (state.focus !== null) showFocus(state.focus);
      });
    }
    let lastSize = frameSize();
    window.addEventListener("resize", function () {
      const size = frameSize();
      if (Math.abs(size.w - lastSize.w) > 40 || Math.abs(size.h - lastSize.h) > 40) fitVisible();
      lastSize = size;
    });
  }

  /* ---------- search ---------- */

  function applySearch(text) {
    const query = text.trim().toLowerCase();
    state.query = query;
    if (state.mode === "focus" && query) showOverview(false);
    const matches = [];
    TABLES.forEach(function (table, i) {
      const hit = !query || table.name.toLowerCase().includes(query);
      overviewNodes[i].classList.toggle("hidden-node", !hit);
      overviewNodes[i].classList.toggle("match", Boolean(query) && hit);
      if (hit) matches.push(i);
    });
    EDGES.forEach(function (edge, i) {
      const g = overviewEdges[i];
      if (!g) return;
      const hidden = overviewNodes[edge.from].classList.contains("hidden-node") || overviewNodes[edge.to].classList.contains("hidden-node");
      g.classList.toggle("hidden-edge", hidden);
    });
    for (const group of DATA.layout.groups) {
      const any = group.members.some(function (m) { return !overviewNodes[m].classList.contains("hidden-node"); });
      group.element.style.display = any ? "" : "none";
    }
    const status = $("#search-status");
    status.textContent = query ? plural(matches.length, "table") + " of " + TABLES.length + " match" : "";
    const list = $("#search-results");
    list.textContent = "";
    if (query && matches.length) {
      for (const i of matches.slice(0, 12)) {
        const button = el("button", { type: "button", class: "button", text: TABLES[i].label });
        button.addEventListener("click", function () { revealTable(i); });
        list.appendChild(el("li", null, button));
      }
      if (matches.length > 12) list.appendChild(el("li", { class: "status", text: "and " + (matches.length - 12) + " more in the diagram" }));
    }
    list.hidden = !query || !matches.length;
    if (state.mode === "overview") fitVisible();
    return matches;
  }

  function setupSearch() {
    const input = $("#search");
    let timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { applySearch(input.value); }, TABLES.length > 200 ? 120 : 0);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        clearTimeout(timer);
        const matches = applySearch(input.value);
        if (matches.length) revealTable(matches[0]);
      } else if (event.key === "Escape") {
        input.value = "";
        applySearch("");
      }
    });
  }

  /* ---------- the selected table ---------- */

  function tableButton(index, fallback) {
    if (index === null || index === undefined) return el("code", { text: fallback || "?" });
    const button = el("button", { type: "button", class: "link mono", text: TABLES[index].name });
    button.addEventListener("click", function () { revealTable(index); });
    return button;
  }

  function sevPill(severity) {
    return el("span", { class: "sev-pill sev-" + severity, text: severity });
  }

  function renderDetails(index) {
    const table = TABLES[index];
    const box = $("#details");
    box.textContent = "";
    box.appendChild(el("h3", { text: table.name }));
    if (table.external) {
      box.appendChild(el("p", { class: "muted", text: "Referenced by a foreign key, but not part of the schema this report examined." }));
    }
    const facts = [];
    if (table.rows !== undefined) facts.push("about " + fmt(table.rows) + " rows");
    facts.push(plural(table.columns.length, "column"));
    SEVERITIES.forEach(function (s, i) { if (table.sev[i]) facts.push(plural(table.sev[i], s, s === "info" ? "info" : s + "s")); });
    box.appendChild(el("p", { class: "muted", text: facts.join(" · ") }));
    const actions = el("div", { class: "actions" });
    if (!(state.mode === "focus" && state.focus === index)) {
      const near = el("button", { type: "button", class: "button", text: "Neighbourhood" });
      near.addEventListener("click", function () { showTable(index, true); });
      actions.appendChild(near);
    }
    if (findingsOf[index].length) {
      const show = el("button", { type: "button", class: "button", text: "Its findings (" + findingsOf[index].length + ")" });
      show.addEventListener("click", function () { filterByTable(index); $("#findings").scrollIntoView({ block: "start" }); });
      actions.appendChild(show);
    }
    if (childrenOf[index].length) {
      const impact = el("button", { type: "button", class: "button", text: "Impact of a delete", "aria-expanded": "false" });
      const holder = el("div", { class: "impact-holder" });
      impact.addEventListener("click", function () {
        holder.textContent = "";
        holder.appendChild(renderImpact(index));
        impact.setAttribute("aria-expanded", "true");
      });
      actions.appendChild(impact);
      box.appendChild(actions);
      box.appendChild(holder);
    } else {
      box.appendChild(actions);
    }
    if (findingsOf[index].length) {
      box.appendChild(el("h4", { text: "Findings" }));
      const list = el("ul");
      for (const f of findingsOf[index]) {
        const finding = FINDINGS[f];
        const link = el("button", { type: "button", class: "link", text: finding.message });
        link.addEventListener("click", function () { showFinding(f); });
        list.appendChild(el("li", null, [sevPill(finding.severity), " ", link]));
      }
      box.appendChild(list);
    }
    const outgoing = parentsOf[index], incoming = childrenOf[index];
    if (outgoing.length) {
      box.appendChild(el("h4", { text: "References" }));
      box.appendChild(edgeList(outgoing, true));
    }
    if (incoming.length) {
      box.appendChild(el("h4", { text: "Referenced by" }));
      box.appendChild(edgeList(incoming, false));
    }
    if (table.columns.length) {
      box.appendChild(el("h4", { text: "Columns" }));
      const rows = table.columns.map(function (column) {
        const marks = (column.marks || []).map(function (m) { return m.toUpperCase(); }).join(" ");
        return el("tr", null, [
          el("td", { text: column.name }),
          el("td", { class: "type", text: column.type + (column.null ? "" : " not null") }),
          el("td", { class: "type", text: marks }),
        ]);
      });
      box.appendChild(el("table", { class: "columns" }, el("tbody", null, rows)));
    }
    if (table.indexes && table.indexes.length) {
      box.appendChild(el("h4", { text: "Indexes" }));
      box.appendChild(el("ul", null, table.indexes.map(function (ix) {
        return el("li", { class: "mono", text: ix.name + " (" + keyList(ix.columns) + ")" + (ix.unique ? " unique" : "") });
      })));
    }
  }

  function edgeList(indices, outgoing) {
    const list = el("ul");
    for (const e of indices) {
      const edge = EDGES[e];
      const other = outgoing ? edge.to : edge.from;
      const item = el("li");
      if (outgoing) {
        item.appendChild(el("code", { text: "(" + keyList(edge.columns) + ") → " }));
        item.appendChild(tableButton(other));
        item.appendChild(el("code", { text: "(" + keyList(edge.refcols) + ")" }));
      } else {
        item.appendChild(tableButton(other));
        item.appendChild(el("code", { text: "(" + keyList(edge.columns) + ")" }));
      }
      const notes = [];
      if (edge.kind === "inferred") notes.push("inferred" + (edge.confidence !== undefined ? " " + Math.round(edge.confidence * 100) + "%" : ""));
      else notes.push("declared" + (edge.notValid ? ", NOT VALID" : ""));
      if (edge.onDelete) notes.push("ON DELETE " + edge.onDelete + (edge.kind === "inferred" ? " (planned)" : ""));
      if (edge.orphans) notes.push((edge.orphansAtLeast ? "≥" : "") + plural(edge.orphans, "orphan"));
      item.appendChild(el("span", { class: "muted", text: " · " + notes.join(" · ") }));
      list.appendChild(item);
    }
    return list;
  }

  /* ---------- impact of a delete ---------- */

  function effectOf(action) {
    if (action === "CASCADE") return "delete";
    if (action === "SET NULL") return "set-null";
    if (action === "SET DEFAULT") return "set-default";
    return "block";
  }

  function structuralImpact(root) {
    /* The same walk as `schemadoctor impact`, without row counts: cascades are followed,
       a table already on the path is a cycle, shown once and not followed. */
    let budget = 500;
    const walk = function (table, path, depth) {
      const children = [];
      for (const e of childrenOf[table]) {
        const edge = EDGES[e];
        if (!edge.onDelete) continue; /* an inferred key the plan does not add */
        if (budget-- <= 0) break;
        const cycle = path.includes(edge.from);
        const node = {
          table: TABLES[edge.from].name, rows: null, effect: effectOf(edge.onDelete),
          columns: edge.columns, on_delete: edge.onDelete, planned: edge.kind === "inferred",
          reason: edge.policy, cycle: cycle, children: [],
        };
        if (node.effect === "delete" && !cycle && depth < 12) node.children = walk(edge.from, path.concat([edge.from]), depth + 1);
        children.push(node);
      }
      return children;
    };
    return { tree: { table: TABLES[root].name, rows: null, effect: "delete", children: walk(root, [root], 1) }, totals: null };
  }

  const EFFECT_WORDS = { "delete": "deleted", "set-null": "set to NULL", "set-default": "set to default", "block": "block the delete" };

  function renderImpact(index) {
    const counted = DATA.impacts[String(index)];
    const impact = counted || structuralImpact(index);
    const holder = el("div", { class: "impact" });
    const tree = impact.tree;
    holder.appendChild(el("p", null, [
      el("code", { text: "DELETE FROM " + tree.table }),
      tree.rows === null || tree.rows === undefined ? "" : ": " + plural(tree.rows, "row"),
    ]));
    const list = el("ul", { class: "tree root" });
    list.appendChild(impactItems(tree.children));
    holder.appendChild(list);
    if (!tree.children.length) holder.appendChild(el("p", { class: "muted", text: "No foreign key with an ON DELETE action points here." }));
    if (impact.totals) {
      const t = impact.totals;
      const parts = [];
      const sum = function (o) { return Object.values(o).reduce(function (a, b) { return a + b; }, 0); };
      if (Object.keys(t.deleted).length) parts.push("deletes " + plural(sum(t.deleted), "row") + " in " + plural(Object.keys(t.deleted).length, "table"));
      if (Object.keys(t.nulled).length) parts.push("clears " + plural(sum(t.nulled), "reference"));
      if (Object.keys(t.blocking).length) parts.push("is BLOCKED by rows in " + Object.keys(t.blocking).join(", "));
      holder.appendChild(el("p", { text: parts.join("; ") || "touches nothing else" }));
      holder.appendChild(el("p", { class: "muted", text: "Counted on the database when the report was made (declared foreign keys and the plan's new ones)." }));
    } else {
      holder.appendChild(el("p", { class: "muted", text: "Which tables it reaches, from the foreign keys" + (DATA.plan ? " declared and planned" : " declared") + "; for row counts run: schemadoctor impact URL " + TABLES[index].name }));
    }
    return holder;
  }

  function impactItems(children) {
    const fragment = document.createDocumentFragment();
    for (const child of children) {
      const item = el("li");
      item.appendChild(el("code", { text: child.table + "(" + keyList(child.columns) + ")" }));
      item.appendChild(document.createTextNode(" ON DELETE " + child.on_delete + (child.planned ? " (planned)" : "") + ": "));
      const rows = child.rows === null || child.rows === undefined ? "" : fmt(child.rows) + " " + (child.rows === 1 ? "row " : "rows ");
      item.appendChild(el("span", { class: "effect-" + child.effect, text: rows + EFFECT_WORDS[child.effect] }));
      if (child.cycle) item.appendChild(el("span", { class: "muted", text: " ↻ cycle back to " + child.table + ", not followed" }));
      if (child.truncated) item.appendChild(el("span", { class: "muted", text: " (deeper levels not shown)" }));
      if (child.error) item.appendChild(el("span", { class: "muted", text: " (" + child.error + ")" }));
      if (child.planned && child.reason) item.appendChild(el("div", { class: "muted", text: child.reason }));
      if (child.children && child.children.length) {
        const sub = el("ul", { class: "tree" });
        sub.appendChild(impactItems(child.children));
        item.appendChild(sub);
      }
      fragment.appendChild(item);
    }
    return fragment;
  }

  /* ---------- findings ---------- */

  const filters = { severities: new Set(SEVERITIES), rule: "", schema: "", table: null };
  const findingRows = [];

  function setupFilters() {
    const counts = DATA.meta.summary.by_severity;
    const holder = $("#severity-filter");
    for (const severity of SEVERITIES) {
      const box = el("input", { type: "checkbox", value: severity, checked: true, "data-severity": severity });
      box.addEventListener("change", function () {
        if (box.checked) filters.severities.add(severity); else filters.severities.delete(severity);
        applyFilters();
      });
      holder.appendChild(el("label", { class: "check" }, [box, sevPill(severity), el("span", { class: "muted", text: String(counts[severity] || 0) })]));
    }
    const rules = $("#rule-filter");
    const byRule = DATA.meta.summary.by_rule;
    for (const rule of Object.keys(byRule)) rules.appendChild(el("option", { value: rule, text: rule + " (" + byRule[rule] + ")" }));
    rules.addEventListener("change", function () { filters.rule = rules.value; applyFilters(); });
    const schemas = Array.from(new Set(FINDINGS.map(function (f) { return f.schema; }))).filter(Boolean).sort();
    const schemaSelect = $("#schema-filter");
    for (const schema of schemas) schemaSelect.appendChild(el("option", { value: schema, text: schema }));
    $("#schema-filter-label").hidden = schemas.length < 2;
    schemaSelect.addEventListener("change", function () { filters.schema = schemaSelect.value; applyFilters(); });
    $("#reset-filters").addEventListener("click", resetFilters);
  }

  function resetFilters() {
    filters.severities = new Set(SEVERITIES);
    filters.rule = ""; filters.schema = ""; filters.table = null;
    for (const box of document.querySelectorAll("#severity-filter input")) box.checked = true;
    $("#rule-filter").value = "";
    $("#schema-filter").value = "";
    applyFilters();
  }

  function filterByTable(index) {
    filters.table = index;
    applyFilters();
  }

  function visible(finding) {
    return filters.severities.has(finding.severity) &&
      (!filters.rule || finding.rule === filters.rule) &&
      (!filters.schema || finding.schema === filters.schema) &&
      (filters.table === null || finding.tableIndex === filters.table);
  }

  function applyFilters() {
    let shown = 0;
    FINDINGS.forEach(function (finding, i) {
      const ok = visible(finding);
      const row = findingRows[i];
      row.row.hidden = !ok;
      row.detail.hidden = !ok || !row.open;
      if (ok) shown++;
    });
    $("#findings-status").textContent = "Showing " + shown + " of " + plural(FINDINGS.length, "finding");
    const chip = $("#table-filter");
    chip.textContent = "";
    chip.hidden = filters.table === null;
    if (filters.table !== null) {
      const clear = el("button", { type: "button", class: "button", text: "×", "aria-label": "Show findings of every table" });
      clear.addEventListener("click", function () { filters.table = null; applyFilters(); });
      chip.appendChild(document.createTextNode("table " + TABLES[filters.table].name));
      chip.appendChild(clear);
    }
  }

  function evidenceValue(value) {
    if (value === null) return "null";
    if (typeof value === "object") return JSON.stringify(value);
    return String(value);
  }

  function findingDetail(index) {
    const finding = FINDINGS[index];
    const box = el("div", { class: "detail" });
    const rationale = DATA.rules[finding.rule];
    if (rationale) box.appendChild(el("p", { class: "why", text: rationale }));
    const dl = el("dl");
    const add = function (term, value) {
      dl.appendChild(el("dt", { text: term }));
      dl.appendChild(el("dd", null, value));
    };
    if (finding.columns.length) add("columns", keyList(finding.columns));
    if (finding.subject) add("subject", finding.subject);
    if (finding.references) {
      add("references", [tableButton(finding.references.tableIndex, finding.references.table), "(" + keyList(finding.references.columns) + ")"]);
    }
    if (finding.confidence !== undefined) add("confidence", Math.round(finding.confidence * 100) + "%");
    const evidence = finding.evidence || {};
    for (const key of Object.keys(evidence)) add(key.replace(/_/g, " "), evidenceValue(evidence[key]));
    add("fingerprint", finding.fingerprint);
    box.appendChild(dl);
    if (finding.fix) {
      box.appendChild(el("h4", { text: "Fix" }));
      box.appendChild(codeBlock(finding.fix, "the fix of this finding"));
    }
    return box;
  }

  function openFinding(index, open) {
    const row = findingRows[index];
    if (open && !row.built) {
      row.detail.firstChild.appendChild(findingDetail(index));
      row.built = true;
    }
    row.open = open;
    row.toggle.setAttribute("aria-expanded", open ? "true" : "false");
    row.toggle.textContent = open ? "Hide" : "Details";
    row.detail.hidden = !open || row.row.hidden;
  }

  function showFinding(index) {
    const finding = FINDINGS[index];
    if (!visible(finding)) resetFilters();
    const row = findingRows[index];
    openFinding(index, true);
    row.row.scrollIntoView({ block: "center" });
    row.row.classList.remove("flash");
    void row.row.getBoundingClientRect();
    row.row.classList.add("flash");
    row.toggle.focus({ preventScroll: true });
  }

  function renderFindings() {
    const body = $("#findings-body");
    const fragment = document.createDocumentFragment();
    FINDINGS.forEach(function (finding, i) {
      const toggle = el("button", { type: "button", class: "button expand", text: "Details", "aria-expanded": "false", "aria-controls": "finding-detail-" + i });
      const tableCell = el("td", { class: "table-cell" }, [
        tableButton(finding.tableIndex, finding.table),
        finding.columns.length ? el("span", { class: "muted", text: " (" + keyList(finding.columns) + ")" }) : null,
      ]);
      const row = el("tr", { class: "finding", "data-index": i, "data-severity": finding.severity, "data-rule": finding.rule, "data-schema": finding.schema }, [
        el("td", null, sevPill(finding.severity)),
        el("td", { class: "rule", text: finding.rule }),
        tableCell,
        el("td", { class: "message", text: finding.message }),
        el("td", { class: "num", text: finding.confidence !== undefined ? Math.round(finding.confidence * 100) + "%" : "" }),
        el("td", null, toggle),
      ]);
      const detail = el("tr", { class: "detail-row", id: "finding-detail-" + i, hidden: true }, el("td", { colspan: "6" }));
      const entry = { row: row, detail: detail, toggle: toggle, open: false, built: false };
      findingRows.push(entry);
      toggle.addEventListener("click", function () { openFinding(i, !entry.open); });
      fragment.appendChild(row);
      fragment.appendChild(detail);
    });
    body.appendChild(fragment);
    $("#no-findings").hidden = FINDINGS.length > 0;
    $("#findings-table").hidden = FINDINGS.length === 0;
    applyFilters();
  }

  /* ---------- plan ---------- */

  function cell(label, content, cls) {
    return el("td", { "data-label": label, class: cls || null }, content);
  }

  function renderPlan() {
    const plan = DATA.plan;
    if (!plan) return;
    const section = $("#plan");
    section.hidden = false;
    $("#nav-plan").hidden = false;
    section.appendChild(el("h2", { id: "plan-heading", text: "Plan " + plan.id }));
    section.appendChild(el("p", {
      text: plural(plan.steps.length, "step") + " (" + plural(plan.changes, "change") + ") fixing " + plural(plan.fixes, "finding") +
        "; about " + fmt(plan.rows) + " rows to read." +
        (plan.unfixed ? " " + plural(plan.unfixed, "finding") + " " + (plan.unfixed === 1 ? "has" : "have") + " no fix of " + (plan.unfixed === 1 ? "its" : "their") + " own in this plan." : ""),
    }));
    const actions = el("div", { class: "plan-actions" });
    const up = el("button", { type: "button", class: "button", text: "Copy the up script" });
    up.addEventListener("click", function () { copyText(plan.up, up); });
    const down = el("button", { type: "button", class: "button", text: "Copy the down script" });
    down.addEventListener("click", function () { copyText(plan.down, down); });
    actions.appendChild(up);
    actions.appendChild(down);
    section.appendChild(actions);

    if (plan.steps.length) {
      section.appendChild(el("h3", { text: "Steps, in order" }));
      /* Each step's text as the up script has it: from its "-- step N/M:" line to the next. */
      const texts = plan.up.split(/\n(?=-- step \d+\/\d+: )/).slice(1).map(function (t) { return t.trim(); });
      const rows = [];
      plan.steps.forEach(function (step, i) {
        const toggle = el("button", { type: "button", class: "button expand", text: "SQL", "aria-expanded": "false" });
        const sqlRow = el("tr", { class: "step-sql", hidden: true }, el("td", { colspan: "5" }, codeBlock(texts[i] || "", "the SQL of step " + (i + 1))));
        toggle.addEventListener("click", function () {
          sqlRow.hidden = !sqlRow.hidden;
          toggle.setAttribute("aria-expanded", sqlRow.hidden ? "false" : "true");
        });
        rows.push(el("tr", { class: "step" }, [
          cell("step", String(i + 1), "num"),
          cell("change", [el("div", { text: step.title }), step.table !== null && step.table !== undefined ? tableButton(step.table) : null]),
          cell("locks", (step.locks || "—") + (step.transactional ? "" : " (outside a transaction)"), "locks"),
          cell("rows", step.rows === null || step.rows === undefined ? "" : fmt(step.rows), "num"),
          cell("why", [el("div", { text: step.reason }), toggle]),
        ]));
        rows.push(sqlRow);
      });
      section.appendChild(el("table", { class: "plan-table steps" }, [
        el("thead", null, el("tr", null, ["#", "Change", "Locks", "Rows", "Why"].map(function (h) { return el("th", { scope: "col", text: h }); }))),
        el("tbody", null, rows),
      ]));
    }
    if (plan.onDelete.length) {
      section.appendChild(el("h3", { text: "ON DELETE choices" }));
      section.appendChild(el("table", { class: "plan-table on-delete" }, [
        el("thead", null, el("tr", null, ["Foreign key", "ON DELETE", "Why"].map(function (h) { return el("th", { scope: "col", text: h }); }))),
        el("tbody", null, plan.onDelete.map(function (choice) {
          return el("tr", null, [
            cell("foreign key", [tableButton(choice.table, choice.tableName), el("code", { text: "(" + keyList(choice.columns) + ") → " + choice.parentName + "(" + keyList(choice.refcols) + ")" })]),
            cell("ON DELETE", choice.action, "action"),
            cell("why", choice.why),
          ]);
        })),
      ]));
    }
    if (plan.orphans.length) {
      section.appendChild(el("h3", { text: "Orphan rows" }));
      section.appendChild(el("p", { class: "muted", text: "Copied to schemadoctor_quarantine first, never dropped; the down script puts them back." }));
      section.appendChild(el("table", { class: "plan-table orphans" }, [
        el("thead", null, el("tr", null, ["Rows of", "Orphans", "Then", "Why"].map(function (h) { return el("th", { scope: "col", text: h }); }))),
        el("tbody", null, plan.orphans.map(function (o) {
          return el("tr", null, [
            cell("rows of", [tableButton(o.table, o.tableName), el("code", { text: "(" + keyList(o.columns) + ") → " + o.parentName })]),
            cell("orphans", o.orphans === null ? "uncounted" : fmt(o.orphans), "num"),
            cell("then", o.action === "delete" ? "deleted" : "reference set to NULL", "action"),
            cell("why", o.why),
          ]);
        })),
      ]));
    }
    const parents = TABLES.map(function (_, i) { return i; }).filter(function (i) {
      return childrenOf[i].some(function (e) { return EDGES[e].onDelete; });
    });
    if (parents.length) {
      section.appendChild(el("h3", { text: "Impact of a delete" }));
      const select = el("select", { id: "impact-table", "aria-label": "Table to delete from" }, parents.map(function (i) {
        return el("option", { value: String(i), text: TABLES[i].name + (DATA.impacts[String(i)] ? " (counted)" : "") });
      }));
      const button = el("button", { type: "button", class: "button", text: "Show" });
      const holder = el("div", { id: "impact-result" });
      button.addEventListener("click", function () {
        holder.textContent = "";
        holder.appendChild(renderImpact(Number(select.value)));
      });
      section.appendChild(el("div", { class: "impact-picker" }, [el("label", { for: "impact-table", text: "DELETE FROM" }), select, button]));
      section.appendChild(holder);
    }
    if (plan.warnings.length) {
      section.appendChild(el("h3", { text: "Warnings" }));
      section.appendChild(el("ul", null, plan.warnings.map(function (w) { return el("li", { text: w }); })));
    }
  }

  /* ---------- print ---------- */

  function visibleBounds() {
    if (state.mode === "focus") {
      return boundsOf(Array.from(currentRects.keys()).filter(function (i) { return currentRects[i]; }), currentRects);
    }
    if (!state.query) return { x: -4, y: -4, w: DATA.layout.width + 8, h: DATA.layout.height + 8 };
    const visible = [];
    overviewNodes.forEach(function (node, i) { if (!node.classList.contains("hidden-node")) visible.push(i); });
    return boundsOf(visible, overviewLayer.rects);
  }

  function setupPrint() {
    /* The printed frame has another size than the screen's: the SVG scales what is shown to
       it through a viewBox, and every shown finding prints with its details. */
    let opened = [];
    window.addEventListener("beforeprint", function () {
      opened = [];
      findingRows.forEach(function (row, i) {
        if (!row.open && !row.row.hidden) { openFinding(i, true); opened.push(i); }
      });
      const box = visibleBounds();
      if (box) {
        svg.setAttribute("viewBox", box.x + " " + box.y + " " + box.w + " " + box.h);
        viewport.setAttribute("transform", "");
        svg.classList.remove("far");
      }
    });
    window.addEventListener("afterprint", function () {
      for (const i of opened) openFinding(i, false);
      opened = [];
      svg.removeAttribute("viewBox");
      applyView();
    });
  }

  /* ---------- start ---------- */

  renderHeader();
  setupSvg();
  buildOverview();
  currentRects = overviewLayer.rects;
  setMode("overview");
  setupInteraction();
  setupSearch();
  setupFilters();
  renderFindings();
  renderPlan();
  setupPrint();
  fitVisible();
  window.sdReadyAt = performance.now();
  document.documentElement.setAttribute("data-ready", "true");
})();
