#!/usr/bin/env python3
"""Parse throughput of FatSharp against CPython's ast.parse, same files, same method, one run.

Both sides read the top-level modules of a directory (default: the stdlib of this python3, `<stdlib>/*.py`)
into memory once, warm up, then time several iterations that parse every file and discard the trees; each
reports its best and median iteration in lines per second (lines = newline count, plus an unterminated last
line). FatSharp is measured in process by bench/ParseBench (Release build).
"""
import argparse
import ast
import glob
import os
import statistics
import subprocess
import sys
import sysconfig
import time
import warnings

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROJECT = os.path.join(REPO, "bench", "ParseBench")
DLL = os.path.join(PROJECT, "bin", "Release", "net10.0", "ParseBench.dll")


def count_lines(src):
    n = src.count(b"\n")
    return n + 1 if src and not src.endswith(b"\n") else n


def cpython(files, iterations, warmup):
    sources = []
    for path in files:
        with open(path, "rb") as f:
            sources.append((path, f.read()))
    lines = sum(count_lines(s) for _, s in sources)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _ in range(warmup):
            for path, src in sources:
                ast.parse(src, path)
        times = []
        for _ in range(iterations):
            start = time.perf_counter()
            for path, src in sources:
                ast.parse(src, path)
            times.append(time.perf_counter() - start)
    return lines, min(times), statistics.median(times)


def fatsharp(directory, iterations, warmup, build):
    if build:
        r = subprocess.run(["dotnet", "build", PROJECT, "-c", "Release", "--nologo", "-v", "q"],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0:
            sys.exit(r.stdout[-3000:] + "\nparse_vs_cpython: build of ParseBench failed")
    r = subprocess.run(["dotnet", DLL, directory, "--iterations", str(iterations), "--warmup", str(warmup)],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    result = next((l for l in r.stdout.splitlines() if l.startswith("RESULT ")), None)
    if r.returncode != 0 or result is None:
        return None, (r.stderr.strip().splitlines() or ["ParseBench failed"])[-1]
    fields = dict(kv.split("=", 1) for kv in result.split()[1:])
    return fields, r.stderr.strip()


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("directory", nargs="?", default=sysconfig.get_paths()["stdlib"])
    p.add_argument("--iterations", type=int, default=10)
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--no-build", action="store_true", help="use the existing Release build of ParseBench")
    args = p.parse_args()

    files = sorted(glob.glob(os.path.join(args.directory, "*.py")))
    if not files:
        sys.exit(f"parse_vs_cpython: no .py files in {args.directory}")
    lines, best, median = cpython(files, args.iterations, args.warmup)
    print(f"files: {len(files)} ({args.directory}/*.py), {lines} lines; {args.iterations} iterations after "
          f"{args.warmup} warm-up, trees discarded")
    print(f"{'':22}{'best lines/s':>14}{'median lines/s':>16}")
    print(f"{'CPython ' + sys.version.split()[0] + ' ast.parse':22}{lines / best:14,.0f}{lines / median:16,.0f}")

    fields, note = fatsharp(args.directory, args.iterations, args.warmup, not args.no_build)
    if fields is None:
        print(f"{'FatSharp':22}{'pending':>14}{'pending':>16}   ({note})")
        return 1
    fs_best, fs_median = float(fields["best_lines_per_s"]), float(fields["median_lines_per_s"])
    print(f"{'FatSharp':22}{fs_best:14,.0f}{fs_median:16,.0f}")
    print(f"ratio FatSharp/CPython: best {fs_best / (lines / best):.2f}x, median {fs_median / (lines / median):.2f}x")
    if int(fields["failed"]):
        print(f"note: FatSharp could not parse {fields['failed']} file(s); its figures cover "
              f"{fields['files']} files, {fields['lines']} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
