// The workshop inspector: polls /_workshop/state and draws it. Every value from the cache or the
// table is put on the page with textContent, never as HTML, so a name like "<script>" shows as text.
"use strict";

const REFRESH_MILLIS = 1000;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  return node;
}

/** Sets a node's text and class only when they change, so a learner's text selection survives a refresh. */
function show(node, text, className) {
  if (node.textContent !== text) {
    node.textContent = text;
  }
  if (className !== undefined && node.className !== className) {
    node.className = className;
  }
}

function verdictOf(entry) {
  if (entry.cached === null) {
    return { className: "uncached", text: "not cached" };
  }
  return entry.stale ? { className: "stale", text: "STALE" } : { className: "fresh", text: "fresh" };
}

/** A row: entity (key and kind), cached value, TTL left, table value, verdict. */
function newRow(key) {
  const row = element("tr");
  row.dataset.key = key;
  const name = element("td");
  name.appendChild(element("span", "value", key));
  name.appendChild(element("span", "kind"));
  row.appendChild(name);
  const cached = element("td");
  cached.appendChild(element("span"));
  row.appendChild(cached);
  row.appendChild(element("td", "ttl"));
  const table = element("td");
  table.appendChild(element("span"));
  row.appendChild(table);
  row.appendChild(element("td", "verdict"));
  return row;
}

function showValue(span, value, absentText) {
  if (value === null || value === undefined) {
    show(span, absentText, "absent");
  } else {
    show(span, String(value), "value");
  }
}

function fillRow(row, entry, state) {
  const verdict = verdictOf(entry);
  if (row.className !== verdict.className) {
    row.className = verdict.className;
  }
  const cells = row.cells;
  show(cells[0].lastChild, entry.kind);
  showValue(cells[1].firstChild, entry.cached, state.cacheVisible ? "not cached" : "not visible on real Momento");
  show(cells[2], entry.ttlSecondsLeft === null ? "" : entry.ttlSecondsLeft + " s");
  showValue(cells[3].firstChild, entry.table, "no item");
  show(cells[4], verdict.text);
}

/** Updates the rows in place: a row per entity, kept across refreshes, in the order the state gives. */
function drawEntries(state) {
  const body = document.querySelector("#entries tbody");
  const unused = new Map(Array.from(body.rows, (row) => [row.dataset.key, row]));
  state.entries.forEach((entry, index) => {
    const row = unused.get(entry.key) || newRow(entry.key);
    unused.delete(entry.key);
    fillRow(row, entry, state);
    if (body.rows[index] !== row) {
      body.insertBefore(row, body.rows[index] || null);
    }
  });
  unused.forEach((row) => row.remove());
  document.getElementById("no-entries").hidden = state.entries.length > 0;
}

let drawnRequests = "";

function drawRequests(state) {
  const signature = JSON.stringify(state.requests);
  if (signature === drawnRequests) {
    return; // nothing new: leave the list (and any selection in it) alone
  }
  drawnRequests = signature;
  const list = document.getElementById("requests");
  const items = state.requests.map((request) => {
    const item = element("li");
    item.appendChild(element("span", "request",
      request.time + "  " + request.method + " " + request.path + "  " + request.status + "  " + request.millis + " ms"));
    const calls = element("ul", "calls");
    request.calls.forEach((call) => {
      const line = element("li", call.failed ? "call failed" : "call");
      line.appendChild(element("span", "backend", call.backend));
      line.appendChild(element("span", "text", call.text));
      calls.appendChild(line);
    });
    if (request.calls.length === 0) {
      calls.appendChild(element("li", "call absent", "no cache or DynamoDB call"));
    }
    item.appendChild(calls);
    return item;
  });
  list.replaceChildren(...items);
}

function drawClock(state) {
  const skew = Number(state.clockSkewSeconds);
  document.getElementById("clock-skew").textContent = skew === 0
    ? "Cache clock: real time"
    : "Cache clock: " + skew + " s ahead of real time";
  document.querySelectorAll("button[data-seconds]").forEach((button) => {
    button.disabled = !state.clockMovable;
  });
}

function drawProblems(problems) {
  const box = document.getElementById("problems");
  box.textContent = problems.join(" ");
  box.hidden = problems.length === 0;
}

async function refresh() {
  try {
    const response = await fetch("/_workshop/state", { cache: "no-store" });
    if (!response.ok) {
      throw new Error("the gateway answered " + response.status);
    }
    const state = await response.json();
    document.getElementById("names").textContent =
      "(cache " + state.cacheName + (state.tableName ? ", table " + state.tableName : "") + ")";
    drawClock(state);
    drawEntries(state);
    drawRequests(state);
    drawProblems(state.problems);
    document.body.dataset.updated = String(Date.now());
  } catch (error) {
    drawProblems(["Cannot reach ./workshop run (" + error.message + "). Is it still running?"]);
  }
}

async function moveClock(seconds) {
  const message = document.getElementById("clock-message");
  const response = await fetch("/_workshop/clock?advance=" + encodeURIComponent(seconds), { method: "POST" });
  const answer = await response.json();
  message.textContent = response.ok
    ? "Moved " + answer.advancedSeconds + " s forward."
    : answer.error;
  await refresh();
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("button[data-seconds]").forEach((button) => {
    button.addEventListener("click", () => moveClock(button.dataset.seconds));
  });
  refresh();
  setInterval(refresh, REFRESH_MILLIS);
});
