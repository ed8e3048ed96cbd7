#!/usr/bin/env python3
"""Where a JFR recording's CPU samples and allocations go, by area of the code.

Usage: jfr-areas.py RECORDING.jfr [JFR_TOOL]
Reads jdk.ExecutionSample and jdk.ObjectAllocationSample through `jfr print --json` and counts
each sample once per area whose frames appear in its stack (inclusive), plus the top self frames.
The areas are package prefixes; the first matching one names a frame.
"""
import json, subprocess, sys, collections

AREAS = [
    ("store: H2", "org.h2."), ("store: PostgreSQL driver", "org.postgresql."), ("store: Jdbi", "org.jdbi."),
    ("store: Hikari", "com.zaxxer.hikari."), ("store: Switchboard db", "dev.switchboard.server.db."),
    ("timeline", "dev.switchboard.server.calls.CallTimeline"),
    ("HTTP server: Jetty", "org.eclipse.jetty."), ("HTTP server: Javalin", "io.javalin."),
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
    return [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in (st.get("frames") or [])]

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
    print("  top self frames:")
    for f, n in selfc.most_common(12):
        print(f"  {100.0 * n / total:5.1f}%  {f}")

if __name__ == "__main__":
    path = sys.argv[1]
    jfr = sys.argv[2] if len(sys.argv) > 2 else "jfr"
    report("CPU (jdk.ExecutionSample, inclusive per area)", events(path, "jdk.ExecutionSample", jfr), lambda e: 1)
    report("Allocation (jdk.ObjectAllocationSample, by weight)", events(path, "jdk.ObjectAllocationSample", jfr),
           lambda e: int(e["values"].get("weight", 0)))
