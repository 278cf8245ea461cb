#!/usr/bin/env python3
"""The Python baseline of scripts/bench: computes the fixed fields of
`ratify status --json` for a count-threshold treaty with the standard
library's sqlite3 and json, reading ratify's own database."""
import datetime, json, sqlite3, sys

db, treaty, as_of = sys.argv[1], sys.argv[2], sys.argv[3]
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
definition = json.loads(con.execute(
    "SELECT definition FROM treaty_revision WHERE treaty_id = ? ORDER BY id DESC LIMIT 1", (treaty,)).fetchone()[0])
threshold = definition["threshold"]
eif_days = int(definition["entry_into_force"][0][1:-1])
later_days = int(definition.get("later_parties", definition["entry_into_force"])[0][1:-1])
reio = {code for (code,) in con.execute("SELECT code FROM participant WHERE regional_group = 'REIO'")}
names = dict(con.execute("SELECT code, name FROM participant"))
rows = con.execute("SELECT participant, kind, date FROM action_in_effect WHERE treaty_id = ? AND date <= ? ORDER BY date",
                   (treaty, as_of)).fetchall()
people = {}
for code, kind, date in rows:
    p = people.setdefault(code, {"signature": None, "consent": None})
    if kind == "signature":
        p["signature"] = p["signature"] or date
    elif kind != "denunciation":
        p["consent"] = p["consent"] or {"action": kind, "date": date}
deposits = sorted(p["consent"]["date"] for c, p in people.items() if p["consent"] and (definition.get("reio_counts") or c not in reio))
reached = deposits[threshold - 1] if len(deposits) >= threshold else None
day = lambda s: datetime.date.fromisoformat(s)
eif = (day(reached) + datetime.timedelta(days=eif_days)).isoformat() if reached else None
counted = len(deposits)
out = {
    "treaty": treaty, "as_of": as_of, "threshold": threshold,
    "signatories": sum(1 for p in people.values() if p["signature"]),
    "instruments": sum(1 for p in people.values() if p["consent"]),
    "counted": counted, "remaining": max(0, threshold - counted),
    "threshold_reached_on": reached, "entry_into_force": eif, "in_force": bool(eif and eif <= as_of),
    "participants": [],
}
for code in sorted(people):
    p = people[code]
    in_force_for = None
    if reached and p["consent"]:
        own = p["consent"]["date"]
        in_force_for = eif if own <= reached else max(eif, (day(own) + datetime.timedelta(days=later_days)).isoformat())
    out["participants"].append({"state": code, "name": names[code], "signature": p["signature"], "consent": p["consent"],
                                "in_force_for": in_force_for, "denunciation": None})
print(json.dumps(out, indent=2, sort_keys=True))
