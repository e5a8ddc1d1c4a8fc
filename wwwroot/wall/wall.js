// Briefing wall display (/wall): keeps an unattended screen connected for weeks, with no dialogs.
// - Starts Blazor itself (App.razor renders blazor.web.js with autostart="false" on /wall) with its own
//   reconnection handler: retries every second, forever; when the server is back but lost the session (a restart),
//   it reloads the page (same URL, so the same view) once the server serves it, with a backoff against reload loops.
//   When the server answers but refuses this screen (a revoked display link, a reader signed out: 401/403 or a
//   redirect to sign-in), it reloads too, so the screen shows the server's page instead of retrying forever.
// - Marks the screen STALE (class "wall-is-stale" on <html>) when the connection is down, when the server's heartbeat
//   stops, or when no new data arrived for the configured minutes. The last good data stays on screen.
// - Writes the texts the server leaves empty in the status strip: "updated 12 s ago", the stale reason, the clock.
(() => {
    "use strict";
    const RETRY_MS = 1000;
    const BEAT_STALE_MS = 35_000;        // the server beats every 10 s
    const BEAT_DEAD_MS = 120_000;        // connected but silent this long: reload
    const ERROR_UI_RELOAD_MS = 5_000;    // circuit failed (error bar shown) this long: reload
    const RELOADS_KEY = "briefing.wall.reloads";
    const RELOAD_WINDOW_MS = 10 * 60_000;
    const html = document.documentElement;

    let connection = "starting";          // starting | up | down | reloading
    let reconnecting = false;
    let startedAt = Date.now();
    let seq = null, seqAt = Date.now();
    let beat = null, beatAt = Date.now();
    let errorSince = null;
    let staleMinutes = 15;

    const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

    function setConnection(state) {
        connection = state;
        html.dataset.wallConnection = state;
        if (state === "up") beatAt = Date.now();
        update();
    }

    // ---- reconnection -------------------------------------------------------------------------------------------
    const reconnectionHandler = {
        onConnectionDown() {
            setConnection("down");
            if (!reconnecting) reconnectForever();
        },
        onConnectionUp() {
            hideErrorUi();
            setConnection("up");
        },
    };

    async function reconnectForever() {
        reconnecting = true;
        try {
            while (connection === "down") {
                await sleep(RETRY_MS);
                let resumed;
                try {
                    resumed = await Blazor.reconnect() || await Blazor.resumeCircuit();
                } catch {
                    if (await refused()) {
                        await reloadWhenServed(); // reachable, but this screen may no longer read
                        return;
                    }
                    continue; // server unreachable: try again in a second
                }
                if (resumed) {
                    hideErrorUi();
                    setConnection("up");
                    return;
                }
                await reloadWhenServed(); // reached the server, but it no longer knows this circuit
                return;
            }
        } finally {
            reconnecting = false;
        }
    }

    // ---- guarded reload -----------------------------------------------------------------------------------------
    function recentReloads() {
        try {
            const now = Date.now();
            return JSON.parse(sessionStorage.getItem(RELOADS_KEY) || "[]").filter(t => now - t < RELOAD_WINDOW_MS);
        } catch {
            return [];
        }
    }

    /** No wait for the first reloads; then 2, 4, 8 ... up to 60 s between reloads within ten minutes. */
    function reloadBackoffMs() {
        const n = recentReloads().length;
        return n < 3 ? 0 : Math.min(60_000, 1000 * 2 ** (n - 2));
    }

    /** The server answers the page's own URL with "not for you" (status or a redirect to sign-in). */
    function isRefusal(response) {
        return response.status === 401 || response.status === 403 || response.type === "opaqueredirect";
    }

    async function refused() {
        try {
            return isRefusal(await fetch(location.href, { cache: "no-store", credentials: "same-origin", redirect: "manual" }));
        } catch {
            return false;
        }
    }

    async function reloadWhenServed() {
        if (connection === "reloading") return;
        setConnection("reloading");
        for (;;) {
            const wait = reloadBackoffMs();
            if (wait > 0) await sleep(wait);
            try {
                const response = await fetch(location.href, { cache: "no-store", credentials: "same-origin", redirect: "manual" });
                if (response.ok || isRefusal(response)) break;
            } catch { /* not serving yet */ }
            await sleep(RETRY_MS);
        }
        try {
            sessionStorage.setItem(RELOADS_KEY, JSON.stringify([...recentReloads(), Date.now()].slice(-20)));
        } catch { /* storage full or disabled: reload anyway */ }
        location.reload();
    }

    function errorUiShown() {
        const bar = document.getElementById("blazor-error-ui");
        return !!bar && bar.style.display === "block";
    }

    function hideErrorUi() {
        const bar = document.getElementById("blazor-error-ui");
        if (bar) bar.style.display = "none";
        errorSince = null;
    }

    // ---- status strip -------------------------------------------------------------------------------------------
    function ago(ms) {
        const s = Math.max(0, Math.round(ms / 1000));
        if (s < 60) return `${s} s ago`;
        if (s < 3600) return `${Math.floor(s / 60)} min ago`;
        return `${Math.floor(s / 3600)} h ago`;
    }

    function setText(selector, text) {
        const el = document.querySelector(selector);
        if (el && el.textContent !== text) el.textContent = text;
    }

    function staleReason(now) {
        if (connection === "down" || connection === "reloading") return "· connection lost, reconnecting";
        if (connection === "up" && now - beatAt > BEAT_STALE_MS) return "· no contact with the server";
        if (now - seqAt > staleMinutes * 60_000) return `· nothing new for ${ago(now - seqAt).replace(" ago", "")}`;
        return null;
    }

    function update() {
        const now = Date.now();
        const strip = document.getElementById("wall-status");
        if (strip) {
            if (strip.dataset.seq !== seq) { seq = strip.dataset.seq; seqAt = now; }
            if (strip.dataset.beat !== beat) { beat = strip.dataset.beat; beatAt = now; }
            staleMinutes = Number(strip.dataset.staleMinutes) || staleMinutes;
        }
        const reason = connection === "starting" && now - startedAt < 15_000 ? null : staleReason(now);
        html.classList.toggle("wall-is-stale", reason !== null);
        setText(".wall-stale-reason", reason ?? "");
        setText(".wall-ago", `updated ${ago(now - seqAt)}`);
        setText(".wall-clock", new Date(now).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }));
    }

    function watchdog() {
        update();
        const now = Date.now();
        if (connection !== "up") return;
        if (errorUiShown()) {
            errorSince ??= now;
            if (now - errorSince > ERROR_UI_RELOAD_MS) reloadWhenServed();
        } else {
            errorSince = null;
        }
        if (now - beatAt > BEAT_DEAD_MS) reloadWhenServed();
    }

    // ---- start ----------------------------------------------------------------------------------------------------
    window.briefingWall = { state: () => ({ connection, seq, beat, stale: html.classList.contains("wall-is-stale") }) };
    setInterval(watchdog, 1000);
    setInterval(update, 250); // texts appear promptly after Blazor replaces the prerendered strip
    Blazor.start({
        circuit: {
            reconnectionHandler,
            reconnectionOptions: { maxRetries: Number.MAX_SAFE_INTEGER, retryIntervalMilliseconds: RETRY_MS },
        },
    }).then(() => setConnection("up"), () => reloadWhenServed());
})();
