#!/usr/bin/env python3
"""Parse + optimize throughput of FatSharp's code transformers, side by side with the parse alone.

Builds bench/OptimizeBench (Release) and runs it on the top-level modules of a directory (default: the stdlib
of this python3, `<stdlib>/*.py`, 168 files and 132,166 lines for 3.11.7). Per iteration, each variant parses
every file; the `default` and `all` variants then run the transformers of `fatsharp -X fat=PRESET` on each tree
(`fat`, then `opt`, with the command's constant evaluator, which computes folds with the interpreter's objects).
Iterations of the variants alternate, so all see the same machine load. Prints lines per second: best and
median iteration (wall time) and lines per CPU second of the median iteration (steadier on a shared machine).

    python3 bench/optimize_throughput.py
    python3 bench/optimize_throughput.py DIR --iterations 20 --warmup 5 --no-build
    python3 bench/optimize_throughput.py --profile      # time of each transformer and pass, per iteration
"""
import argparse
import os
import subprocess
import sys
import sysconfig

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROJECT = os.path.join(REPO, "bench", "OptimizeBench")
DLL = os.path.join(PROJECT, "bin", "Release", "net10.0", "OptimizeBench.dll")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", nargs="?", default=sysconfig.get_paths()["stdlib"])
    parser.add_argument("--iterations", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()

    if not args.no_build:
        r = subprocess.run(["dotnet", "build", PROJECT, "-c", "Release", "--nologo", "-v", "q"])
        if r.returncode != 0:
            sys.exit("build of bench/OptimizeBench failed")
    cmd = ["dotnet", DLL, args.directory, "--iterations", str(args.iterations), "--warmup", str(args.warmup)]
    if args.profile:
        cmd.append("--profile")
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(out.stderr or "OptimizeBench failed")
    results = []
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            fields = dict(f.split("=", 1) for f in line.split()[1:])
            results.append(fields)
        elif not line.startswith("RESULT"):
            print(line)
    print()
    print(f"{'variant':<10} {'best lines/s':>14} {'median lines/s':>15} {'median CPU lines/s':>19}")
    for r in results:
        print(f"{r['variant']:<10} {int(r['best_lines_per_s']):>14,} {int(r['median_lines_per_s']):>15,} "
              f"{int(r['median_cpu_lines_per_s']):>19,}")


if __name__ == "__main__":
    main()
