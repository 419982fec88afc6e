#!/usr/bin/env python3
"""Copies BLT files to a folder with the candidate names and title quoted, as droop requires.

usage: quote-names.py SRC_FOLDER DST_FOLDER
"""
import os
import sys

src, dst = sys.argv[1], sys.argv[2]
for root, _, files in os.walk(src):
    for name in files:
        if not name.endswith(".blt"):
            continue
        with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
        ends = [k for k in range(1, len(lines)) if lines[k].strip() == "0"]
        if not ends:  # perth_kinross_2016_by_election_ward9.blt is comma-separated: droop cannot read it
            print(f"quote-names: skipped {name} (no '0' line ending the ballots)", file=sys.stderr)
            continue
        c = int(lines[0].split()[0])
        i = ends[0]
        tail = [l.strip() for l in lines[i + 1:] if l.strip()]
        quoted = [l if l.startswith('"') else '"' + l.replace('"', "'") + '"' for l in tail[: c + 1]]
        os.makedirs(os.path.join(dst, os.path.relpath(root, src)), exist_ok=True)
        with open(os.path.join(dst, os.path.relpath(root, src), name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines[: i + 1] + quoted) + "\n")
