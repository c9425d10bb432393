"""Interleaved A/B timing of fatsharp builds or settings on one program.

Runs each variant N times, alternating (A, B, A, B, ...), so that both see the same load on a shared machine, and
prints the best CPU time (user + system of the child) of each with its ratio to the first variant.

    python3 bench/ab_builds.py N "PROGRAM.py [ARGS]" VARIANT_A VARIANT_B [VARIANT ...]

A variant is a fatsharp executable, optionally preceded by environment settings and followed by options after a
'--' word, e.g.:

    python3 bench/ab_builds.py 5 "bench/programs/wordcount.py" /tmp/before/fatsharp artifacts/fatsharp/fatsharp
    python3 bench/ab_builds.py 9 "bench/programs/wordcount.py" artifacts/fatsharp/fatsharp \\
        "DOTNET_GCLOHThreshold=0x400000 artifacts/fatsharp/fatsharp"
    python3 bench/ab_builds.py 21 "-c pass" artifacts/fatsharp/fatsharp "artifacts/fatsharp/fatsharp -- -X fat"
"""
import os
import resource
import subprocess
import sys


def parse_variant(text):
    words = text.split()
    options = []
    if "--" in words:
        cut = words.index("--")
        words, options = words[:cut], words[cut + 1:]
    env = dict(os.environ)
    for setting in words[:-1]:
        name, _, value = setting.partition("=")
        env[name] = value
    return words[-1], options, env


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip())
        return 2
    runs = int(argv[0])
    program = argv[1].split()
    variants = argv[2:]
    best = {v: float("inf") for v in variants}
    for _ in range(runs):
        for v in variants:
            exe, options, env = parse_variant(v)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([exe] + options + program, env=env, stdout=subprocess.DEVNULL, check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            best[v] = min(best[v], cpu)
    first = best[variants[0]]
    for v in variants:
        print(f"{best[v]:.3f} s  {best[v] / first:.3f}  {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
