#!/usr/bin/env python3
"""Doctors for a campaign import (bench/campaign-import): profiles from generate.py, each with a
valid RPPS number (Luhn check digit) and an e-mail address.

usage: targets.py COUNT [--seed S]   (CSV on stdout)
"""
import argparse
import random
import sys

import generate

COLUMNS = ["rpps", "specialty", "sector", "optam", "patientsMt", "patientsFileActive", "percentileBand",
           "priorityZone", "groupPractice", "ccamShare", "age", "installedOn", "email"]


def rpps(n):
    body = "1%09d" % (n % 1000000000)
    for check in range(10):
        number = body + str(check)
        total = 0
        for i, ch in enumerate(reversed(number)):
            d = int(ch)
            if i % 2 == 1:
                d = d * 2 - 9 if d * 2 > 9 else d * 2
            total += d
        if total % 10 == 0:
            return number
    raise ValueError(n)


def main():
    args = argparse.ArgumentParser()
    args.add_argument("count", type=int)
    args.add_argument("--seed", type=int, default=2026)
    a = args.parse_args()
    rng = random.Random(a.seed)
    out = sys.stdout
    out.write(",".join(COLUMNS) + "\n")
    for i in range(a.count):
        p = generate.profile(rng, "2026-12-01")
        p["rpps"] = rpps(a.seed * 1000000 + i)
        p["priorityZone"] = rng.random() < 0.2
        p["email"] = "medecin%d@exemple.fr" % i
        out.write(",".join("" if p.get(c) is None else str(p[c]).lower() if isinstance(p.get(c), bool)
                           else str(p[c]) for c in COLUMNS) + "\n")


if __name__ == "__main__":
    main()
