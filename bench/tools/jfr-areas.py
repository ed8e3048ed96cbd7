#!/usr/bin/env python3
"""Where a JFR recording's CPU samples and allocations go, by area of the code.

Usage: jfr-areas.py RECORDING.jfr [JFR_TOOL] [--skip SECONDS] [--span SECONDS]
(--skip/--span keep only the samples from SECONDS after the recording's first sample, for SECONDS:
with bench calls, --skip 20 --span 15 is about the measured window.)
Reads jdk.ExecutionSample and jdk.ObjectAllocationSample through `jfr print --json` and counts
each sample once per area whose frames appear in its stack (inclusive), then by thread (names
without their numbers; every virtual thread counted together), plus the top self frames.
The areas are package prefixes; the first matching one names a frame.
"""
import json, re, subprocess, sys, collections

AREAS = [
    ("store: H2", "org.h2."), ("store: PostgreSQL driver", "org.postgresql."), ("store: Jdbi", "org.jdbi."),
    ("store: Hikari", "com.zaxxer.hikari."), ("store: Switchboard db", "dev.switchboard.server.db."),
    ("timeline", "dev.switchboard.server.calls.CallTimeline"),
    ("webhook client: Jetty HttpClient", "org.eclipse.jetty.client."), ("HTTP server: Jetty", "org.eclipse.jetty."), ("HTTP server: Javalin", "io.javalin."),
    ("REST API handlers", "dev.switchboard.server.api."),
    ("auth (Basic)", "dev.switchboard.server.api.BasicAuthenticator"),
    ("webhook client: JDK HttpClient", "jdk.internal.net.http."), ("webhook: Switchboard", "dev.switchboard.server.webhook."),
    ("webhook signature", "dev.switchboard.core.webhook.WebhookSignature"),
    ("JSON: Jackson", "com.fasterxml.jackson."), ("geo: libphonenumber", "com.google.i18n.phonenumbers."),
    ("logging", "org.slf4j."), ("logging", "ch.qos.logback."),
    ("TwiML parser", "dev.switchboard.core.twiml."), ("interpreter", "dev.switchboard.core.interpreter."),
    ("call engine", "dev.switchboard.server.calls."), ("sandbox phones", "dev.switchboard.core.sandbox."),
    ("clock/inbox", "dev.switchboard.core.time."), ("TLS", "sun.security.ssl."),
    ("virtual thread scheduling", "java.lang.VirtualThread"), ("virtual thread scheduling", "java.util.concurrent.ForkJoin"),
    ("locks", "java.util.concurrent.locks."),
    ("GC/JIT (no Java frame)", "<none>"),
]

def area_of(frame):
    for name, prefix in AREAS:
        if frame.startswith(prefix):
            return name
    return None

def events(path, kind, jfr):
    out = subprocess.run([jfr, "print", "--json", "--stack-depth", "64", "--events", kind, path],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["recording"]["events"]

def frames(ev):
    st = ev["values"].get("stackTrace") or {}
    # `jfr print --json` names classes in internal form (java/util/Map); the areas use dots
    return [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in (st.get("frames") or [])]

def thread_group(ev):
    t = ev["values"].get("sampledThread") or ev["values"].get("eventThread") or {}
    name = t.get("javaName") or t.get("osName") or "?"
    if t.get("virtual"):
        return "virtual threads"
    return re.sub(r"[-@#]?[0-9a-f]{6,}|[-#]?\d+", "", name) or name

def report(title, evs, weight):
    total = sum(weight(e) for e in evs) or 1
    inclusive = collections.Counter()
    selfc = collections.Counter()
    for e in evs:
        fs = frames(e)
        w = weight(e)
        seen = {a for a in (area_of(f) for f in fs) if a}
        if not fs:
            seen = {"GC/JIT (no Java frame)"}
        for a in seen:
            inclusive[a] += w
        if fs:
            selfc[fs[0]] += w
    print(f"\n{title}: {len(evs)} samples")
    for a, n in inclusive.most_common():
        print(f"  {100.0 * n / total:5.1f}%  {a}")
    nearest = collections.Counter()
    for e in evs:
        fs = frames(e)
        a = next((a for a in (area_of(f) for f in fs) if a), "JDK only" if fs else "GC/JIT (no Java frame)")
        if a == "HTTP server: Jetty" and any(f.startswith("org.eclipse.jetty.client.") for f in fs):
            a = "webhook client: Jetty HttpClient"  # jetty-io/-http/-util frames the client runs
        nearest[a] += weight(e)
    print("  by nearest area (the first area frame from the top of the stack: where the time is spent):")
    for a, n in nearest.most_common(14):
        print(f"  {100.0 * n / total:5.1f}%  {a}")
    threads = collections.Counter()
    for e in evs:
        threads[thread_group(e)] += weight(e)
    print("  by thread:")
    for t, n in threads.most_common(12):
        print(f"  {100.0 * n / total:5.1f}%  {t}")
    print("  top self frames:")
    for f, n in selfc.most_common(12):
        print(f"  {100.0 * n / total:5.1f}%  {f}")

def window(evs, skip, span):
    if skip is None and span is None:
        return evs
    def at(e):
        from datetime import datetime
        return datetime.fromisoformat(e["values"]["startTime"].replace("Z", "+00:00")).timestamp()
    first = min(at(e) for e in evs)
    lo = first + (skip or 0)
    hi = lo + span if span is not None else float("inf")
    return [e for e in evs if lo <= at(e) < hi]

if __name__ == "__main__":
    args = sys.argv[1:]
    opts = {}
    for flag in ("--skip", "--span"):
        if flag in args:
            i = args.index(flag)
            opts[flag] = float(args[i + 1])
            del args[i:i + 2]
    path = args[0]
    jfr = args[1] if len(args) > 1 else "jfr"
    skip, span = opts.get("--skip"), opts.get("--span")
    report("CPU (jdk.ExecutionSample, inclusive per area)",
           window(events(path, "jdk.ExecutionSample", jfr), skip, span), lambda e: 1)
    report("Allocation (jdk.ObjectAllocationSample, by weight)",
           window(events(path, "jdk.ObjectAllocationSample", jfr), skip, span), lambda e: int(e["values"].get("weight", 0)))
