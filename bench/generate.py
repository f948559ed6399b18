#!/usr/bin/env python3
"""Realistic doctor profiles for a campaign, drawn from the public figures of the research notes.

- About three quarters GPs (ameli: 82-85 % of contracts in 2020-2021, "¾ GPs" in 2023); the
  specialists that sign most: cardiologists, ophthalmologists, paediatricians, dermatologists.
- GP patientèle médecin traitant around the signatories' average (1 318 MT at signing, ameli
  "bilan à 4 ans"); file active about 1.4 times the MT count; specialists' file active around 2 500.
- About half of contracts half-time (47 %, djibe), the rest full time.
- Mostly sector 1; some sector 2 with OPTAM, a few without (not eligible).

usage: generate.py COUNT [--csv] [--bad N] [--seed S] [--as-of YYYY-MM-DD]  (writes to stdout)
"""
import argparse
import json
import random
import sys

SPECIALISTS = [("CARDIOLOGIE", 347), ("OPHTALMOLOGIE", 192), ("PEDIATRIE", 126), ("DERMATOLOGIE", 77),
               ("RHUMATOLOGIE", 40), ("PNEUMOLOGIE", 40), ("ENDOCRINOLOGIE", 30), ("GASTRO_ENTEROLOGIE", 30),
               ("PSYCHIATRIE", 25), ("NEUROLOGIE", 25), ("ORL", 20), ("GYNECOLOGIE_MEDICALE", 20),
               ("CHIRURGIE_ORTHOPEDIQUE", 10), ("RADIOLOGIE", 5)]
BANDS = ["P30_P50", "P50_P70", "P70_P90", "P90_P95", "P95_PLUS"]
BAND_WEIGHTS = [25, 30, 30, 9, 6]
COLUMNS = ["asOf", "specialty", "sector", "optam", "patientsMt", "patientsFileActive", "ccamShare", "age",
           "installedOn", "priorityZone", "groupPractice", "percentileBand", "option"]


def profile(rng, as_of):
    gp = rng.random() < 0.75
    specialty = "MEDECINE_GENERALE" if gp else rng.choices([s for s, _ in SPECIALISTS],
                                                           [w for _, w in SPECIALISTS])[0]
    p = {"asOf": as_of, "specialty": specialty}
    sector = rng.random()
    if sector < 0.80:
        p["sector"] = "1"
    else:
        p["sector"] = "2"
        p["optam"] = sector < 0.96
    if gp:
        mt = max(300, int(rng.gauss(1318, 380)))
        p["patientsMt"] = mt
        p["patientsFileActive"] = int(mt * rng.uniform(1.2, 1.6))
    else:
        p["patientsFileActive"] = max(500, int(rng.gauss(2500, 800)))
        if specialty == "PEDIATRIE":
            p["patientsMt"] = max(100, int(rng.gauss(700, 200)))
    if not gp or rng.random() < 0.5:
        p["percentileBand"] = rng.choices(BANDS, BAND_WEIGHTS)[0]
    if specialty in ("ORL", "GYNECOLOGIE_MEDICALE", "CHIRURGIE_ORTHOPEDIQUE"):
        p["ccamShare"] = round(rng.uniform(0.02, 0.35), 2)
    if rng.random() < 0.10:
        p["age"] = rng.randint(65, 72)
    if rng.random() < 0.05:
        p["installedOn"] = "2026-%02d-01" % rng.randint(1, 10)
    p["option"] = "HALF_TIME" if rng.random() < 0.5 else "FULL_TIME"
    return p


def main():
    args = argparse.ArgumentParser()
    args.add_argument("count", type=int)
    args.add_argument("--csv", action="store_true")
    args.add_argument("--bad", type=int, default=0, help="insert that many malformed lines")
    args.add_argument("--seed", type=int, default=2026)
    args.add_argument("--as-of", default="2026-12-01")
    a = args.parse_args()
    rng = random.Random(a.seed)
    bad = set(rng.sample(range(a.count), min(a.bad, a.count)))
    out = sys.stdout
    if a.csv:
        out.write(",".join(COLUMNS) + "\n")
    for i in range(a.count):
        if i in bad:
            out.write("not a profile,,\n" if a.csv else '{"specialty": "MEDECINE_GENERALE", "patientsMt": -1}\n')
            continue
        p = profile(rng, a.as_of)
        if a.csv:
            out.write(",".join("" if p.get(c) is None else str(p[c]).lower() if isinstance(p.get(c), bool)
                               else str(p[c]) for c in COLUMNS) + "\n")
        else:
            out.write(json.dumps(p, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
