#!/usr/bin/env python3
"""The Python baseline of scripts/bench: computes the fixed fields of
`ratify status --json` for a count-threshold treaty with the standard
library's sqlite3 and json, reading ratify's own database. With `--all` for
the treaty, the list `ratify status --all --json` prints, read as ratify
reads it: every definition, then the actions in treaty order. Steps are
taken as `+Nd` (what the bench's definitions use)."""
import datetime, json, sqlite3, sys

db, treaty, as_of = sys.argv[1], sys.argv[2], sys.argv[3]
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
reio = {code for (code,) in con.execute("SELECT code FROM participant WHERE regional_group = 'REIO'")}
names = dict(con.execute("SELECT code, name FROM participant"))
CONSENT = {"ratification", "acceptance", "approval", "accession", "succession", "consent-to-be-bound"}
day = datetime.date.fromisoformat


def compute(treaty, definition, rows):
    threshold = definition["threshold"]
    eif_days = int(definition["entry_into_force"][0][1:-1])
    later_days = int(definition.get("later_parties", definition["entry_into_force"])[0][1:-1])
    people = {}
    for code, kind, date in rows:
        p = people.setdefault(code, {"signature": None, "consent": None})
        if kind == "signature":
            p["signature"] = p["signature"] or date
        elif kind in CONSENT:
            p["consent"] = p["consent"] or {"action": kind, "date": date}
    deposits = sorted(p["consent"]["date"] for c, p in people.items()
                      if p["consent"] and (definition.get("reio_counts") or c not in reio))
    reached = deposits[threshold - 1] if len(deposits) >= threshold else None
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
    return out


if treaty == "--all":
    definitions = {t: json.loads(d) for t, d in con.execute(
        "SELECT treaty_id, definition FROM treaty_revision r"
        " WHERE id = (SELECT max(id) FROM treaty_revision WHERE treaty_id = r.treaty_id)")}
    rows = {}
    for t, code, kind, date in con.execute(
            "SELECT treaty_id, participant, kind, date FROM action_in_effect WHERE date <= ? ORDER BY treaty_id, date", (as_of,)):
        rows.setdefault(t, []).append((code, kind, date))
    print(json.dumps([compute(t, definitions[t], rows.get(t, [])) for t in sorted(definitions)], indent=2, sort_keys=True))
else:
    definition = json.loads(con.execute(
        "SELECT definition FROM treaty_revision WHERE treaty_id = ? ORDER BY id DESC LIMIT 1", (treaty,)).fetchone()[0])
    rows = con.execute("SELECT participant, kind, date FROM action_in_effect WHERE treaty_id = ? AND date <= ? ORDER BY date",
                       (treaty, as_of)).fetchall()
    print(json.dumps(compute(treaty, definition, rows), indent=2, sort_keys=True))
