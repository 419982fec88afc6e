#!/usr/bin/env python3
"""Counts every BLT file of a folder with droop's Scottish STV rule, in one Python process (no start-up per file).

usage: droop-all.py DROOP_CHECKOUT FOLDER
droop (GPL) is not part of this repository: benchmarks/cli/run.sh uses a checkout outside it. droop wants candidate
names quoted, which the scot-elex files do not do; each file is rewritten with quoted names in memory-backed temp files
before the clock matters (this script only counts: see run.sh for the conversion step).
"""
import os
import sys

sys.path.insert(0, sys.argv[1])
import Droop  # noqa: E402

ok = failed = 0
for root, _, files in os.walk(sys.argv[2]):
    for name in sorted(files):
        if not name.endswith(".blt"):
            continue
        try:
            Droop.main({"path": os.path.join(root, name), "rule": "scotland"})
            ok += 1
        except Exception as e:  # a file droop cannot count is reported, not fatal
            failed += 1
            print(f"droop: {name}: {e}", file=sys.stderr)
print(f"droop counted {ok} elections, {failed} failed")
