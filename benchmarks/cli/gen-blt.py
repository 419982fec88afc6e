#!/usr/bin/env python3
"""Writes a deterministic BLT file: N full rankings of C candidates, 1 seat (uniform permutations, xorshift32 seed 1).

usage: gen-blt.py OUT [ballots=100000] [candidates=20]
The same generator, in C#, feeds BltReaderBenchmarks (benchmarks/Summit.Core.Benchmarks/Voting/BltReaderBenchmarks.cs).
"""
import sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
c = int(sys.argv[3]) if len(sys.argv) > 3 else 20
state = 2463534242

def nxt():
    global state
    x = state
    x ^= (x << 13) & 0xFFFFFFFF
    x ^= x >> 17
    x ^= (x << 5) & 0xFFFFFFFF
    state = x
    return x

lines = [f"{c} 1"]
for _ in range(n):
    perm = list(range(1, c + 1))
    for i in range(c - 1, 0, -1):  # Fisher-Yates
        j = nxt() % (i + 1)
        perm[i], perm[j] = perm[j], perm[i]
    lines.append("1 " + " ".join(map(str, perm)) + " 0")
lines.append("0")
lines.extend(f'"Candidate {k:02d}"' for k in range(1, c + 1))
lines.append(f'"{n} rankings of {c} candidates"')
with open(out, "w", encoding="ascii", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
