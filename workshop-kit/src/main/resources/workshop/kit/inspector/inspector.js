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

function valueCell(value, absentText) {
  const cell = element("td");
  if (value === null || value === undefined) {
    cell.appendChild(element("span", "absent", absentText));
  } else {
    cell.appendChild(element("span", "value", value));
  }
  return cell;
}

function verdictOf(entry) {
  if (entry.cached === null) {
    return { className: "uncached", text: "not cached" };
  }
  return entry.stale ? { className: "stale", text: "STALE" } : { className: "fresh", text: "fresh" };
}

function drawEntries(state) {
  const body = document.querySelector("#entries tbody");
  const rows = state.entries.map((entry) => {
    const verdict = verdictOf(entry);
    const row = element("tr", verdict.className);
    row.dataset.key = entry.key;
    const name = element("td");
    name.appendChild(element("span", "value", entry.key));
    name.appendChild(element("span", "kind", entry.kind));
    row.appendChild(name);
    row.appendChild(valueCell(entry.cached, state.cacheVisible ? "not cached" : "not visible on real Momento"));
    row.appendChild(element("td", "ttl", entry.ttlSecondsLeft === null ? "" : entry.ttlSecondsLeft + " s"));
    row.appendChild(valueCell(entry.table, "no item"));
    row.appendChild(element("td", "verdict", verdict.text));
    return row;
  });
  body.replaceChildren(...rows);
  document.getElementById("no-entries").hidden = rows.length > 0;
}

function drawRequests(state) {
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
