// Venue sentinel (数字哨兵): read a code with the camera (vendored jsQR), or take a pasted code or a
// typed identity number; ask the server (/api/codes/check), and when it sheds load (503) or cannot be
// reached, verify the Ed25519 signature here with the city's public key (vendored noble-ed25519)
// and keep the scan in localStorage until /api/codes/scans/offline has stored it.

const root = document.getElementById("sentinel");
const QUEUE_KEY = "fangkong.sentinel.offline." + root.dataset.venueId;
const label = (name) => root.dataset["l" + name.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase())] || name;
const $ = (id) => document.getElementById(id);
let lastToken = "";
let lastAt = 0;
let busy = false;

function b64urlBytes(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

function show(view) {
  const verdict = $("verdict");
  verdict.dataset.colour = view.colour;
  verdict.dataset.result = view.result || "";
  verdict.dataset.offline = view.offline ? "true" : "false";
  $("v-colour").textContent = view.colourLabel || label(view.colour);
  $("v-result").textContent = view.result ? label(view.result) : "";
  $("v-name").textContent = view.name || "—";
  $("v-test").textContent = view.test || "—";
  $("v-rule").textContent = view.rule || "—";
  const reasons = $("v-reasons");
  reasons.replaceChildren(...(view.reasons || []).map((text) => {
    const li = document.createElement("li");
    li.textContent = text;
    return li;
  }));
  $("v-note").textContent = view.note || "";
}

function testText(test) {
  if (!test) return label("test-none");
  const age = test.age_h < 1 ? label("test-just-now") : label("test-age").replace("{h}", String(test.age_h));
  const zh = document.documentElement.lang.startsWith("zh");
  return `${label("test-" + test.result)} · ${test.sampled_at.slice(0, 16)}${zh ? "（" : " ("}${age}${zh ? "）" : ")"}`;
}

function cityTime(checkedAt) {
  // The server's answer carries city-local time; an offline check uses this device's clock, shown in the city's zone.
  if (checkedAt) return checkedAt.slice(11, 19);
  return new Date().toLocaleTimeString("en-GB", { timeZone: root.dataset.tz, hour12: false });
}

function addRecent(colour, result, method, checkedAt) {
  const list = $("recent");
  const none = $("recent-none");
  if (none) none.remove();
  const li = document.createElement("li");
  li.className = "recent-" + colour;
  const dot = document.createElement("span");
  dot.className = "dot";
  li.append(dot, `${cityTime(checkedAt)} · ${label(colour)} · ${label(result)} · ${label("method-" + method)}`);
  list.prepend(li);
  while (list.children.length > 10) list.lastChild.remove();
}

// ---- offline verification and the upload queue

let noble = null;
async function verifyOffline(token) {
  const parts = token.split(".");
  if (parts.length !== 6 || parts[0] !== "fk1") return null;
  const now = Math.floor(Date.now() / 1000);
  if (now >= Number(parts[4])) return null;
  noble = noble || (await import("/static/vendor/noble-ed25519/ed25519.js"));
  const body = new TextEncoder().encode(parts.slice(0, 5).join("."));
  try {
    const ok = await noble.verifyAsync(b64urlBytes(parts[5]), body, b64urlBytes(root.dataset.publicKey));
    return ok ? { subject: parts[1], colour: parts[2], checkedAt: now } : null;
  } catch (_e) {
    return null;
  }
}

function queue() {
  try { return JSON.parse(localStorage.getItem(QUEUE_KEY) || "[]"); } catch (_e) { return []; }
}

function saveQueue(items) {
  localStorage.setItem(QUEUE_KEY, JSON.stringify(items));
  const pending = $("pending");
  pending.classList.toggle("hidden", items.length === 0);
  pending.textContent = label("pending").replace("{n}", String(items.length));
}

async function uploadQueue() {
  const items = queue();
  if (items.length === 0) return;
  const batch = items.slice(0, 500);
  try {
    const response = await fetch("/api/codes/scans/offline", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Sentinel-Key": root.dataset.deviceKey },
      body: JSON.stringify({ scans: batch }),
    });
    if (!response.ok) return; // keep them; try again later
    saveQueue(queue().slice(batch.length)); // stored, refused or duplicates: the server has decided
  } catch (_e) {
    // still offline
  }
}

// ---- checks

async function check(payload, method) {
  if (busy) return;
  busy = true;
  show({ colour: "checking", colourLabel: label("checking") });
  try {
    let response = null;
    try {
      response = await fetch("/api/codes/check", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": root.dataset.csrf,
                   "Accept-Language": root.dataset.lang === "en" ? "en" : "zh-CN" },
        body: JSON.stringify({ ...payload, venue_id: Number(root.dataset.venueId) }),
      });
    } catch (_e) {
      response = null; // network down
    }
    if (response && response.ok) {
      const data = await response.json();
      show({ colour: data.colour, colourLabel: data.colour_label, result: data.result, name: data.name,
             test: testText(data.test), rule: label(data.rule.met ? "rule-met" : "rule-not-met"),
             reasons: data.reasons, note: data.stored ? label("recorded") : "" });
      addRecent(data.colour, data.result, data.method, data.checked_at);
      return;
    }
    if ((!response || response.status === 503) && payload.token) {
      const claims = await verifyOffline(payload.token);
      if (!claims) {
        show({ colour: "unknown", result: "deny", note: label("offline-bad"), offline: true });
        return;
      }
      const result = claims.colour === "green" ? "pass" : "deny";
      saveQueue([...queue(), { token: payload.token, checked_at: claims.checkedAt }]);
      show({ colour: claims.colour, result, note: label("offline"), offline: true });
      addRecent(claims.colour, result, "offline");
      return;
    }
    let detail = "";
    try { detail = (await response.json()).detail; } catch (_e) { detail = String(response.status); }
    show({ colour: "unknown", result: "deny", note: typeof detail === "string" ? detail : JSON.stringify(detail) });
  } finally {
    busy = false;
  }
}

function checkToken(token) {
  token = token.trim();
  const now = Date.now();
  if (!token || (token === lastToken && now - lastAt < 4000)) return; // the same code held in front of the camera
  lastToken = token;
  lastAt = now;
  check({ token }, "qr");
}

$("paste-form").addEventListener("submit", (event) => {
  event.preventDefault();
  lastToken = "";
  checkToken($("paste-token").value);
  $("paste-token").value = "";
});

$("id-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const value = $("id-number").value.trim();
  if (value) check({ id_number: value }, "id");
  $("id-number").value = "";
});

// ---- camera

let stream = null;
let timer = null;

function scanFrame() {
  const video = $("camera");
  if (!stream || video.readyState < 2 || typeof window.jsQR !== "function") return;
  const canvas = $("frame");
  const width = Math.min(video.videoWidth, 640);
  const height = Math.round((video.videoHeight * width) / video.videoWidth);
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  context.drawImage(video, 0, 0, width, height);
  const image = context.getImageData(0, 0, width, height);
  const code = window.jsQR(image.data, width, height, { inversionAttempts: "dontInvert" });
  if (code && code.data.startsWith("fk1.")) checkToken(code.data);
}

async function toggleCamera() {
  const button = $("camera-toggle");
  const video = $("camera");
  if (stream) {
    stream.getTracks().forEach((track) => track.stop());
    stream = null;
    clearInterval(timer);
    video.classList.add("hidden");
    button.textContent = label("camera-start");
    return;
  }
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
  } catch (_e) {
    show({ colour: "unknown", note: label("camera-denied") });
    return;
  }
  video.srcObject = stream;
  video.classList.remove("hidden");
  await video.play();
  button.textContent = label("camera-stop");
  timer = setInterval(scanFrame, 200);
}

$("camera-toggle").addEventListener("click", toggleCamera);

saveQueue(queue());
uploadQueue();
setInterval(uploadQueue, 15000);
window.addEventListener("online", uploadQueue);
