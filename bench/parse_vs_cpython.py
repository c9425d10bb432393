#!/usr/bin/env python3
"""Parse throughput of FatSharp against CPython's ast.parse, same files, same method, one run.

Both sides read the top-level modules of a directory (default: the stdlib of this python3, `<stdlib>/*.py`)
into memory once, warm up, then time iterations that parse every file and discard the trees, alternating one
CPython iteration with one FatSharp iteration so that both see the same machine load; each reports its best and
median iteration in lines per second of wall time, and the median in lines per CPU second (steadier on a shared
machine) (lines = newline count, plus an unterminated last line). FatSharp is
measured in process by bench/ParseBench (Release build, kept running in its --interactive mode).
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


def load_sources(files):
    sources = []
    for path in files:
        with open(path, "rb") as f:
            sources.append((path, f.read()))
    return sources


def cpython_iteration(sources):
    """(wall seconds, CPU seconds) of one pass over all sources."""
    start, cpu = time.perf_counter(), time.process_time()
    for path, src in sources:
        ast.parse(src, path)
    return time.perf_counter() - start, time.process_time() - cpu


def build_parsebench():
    r = subprocess.run(["dotnet", "build", PROJECT, "-c", "Release", "--nologo", "-v", "q"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        sys.exit(r.stdout[-3000:] + "\nparse_vs_cpython: build of ParseBench failed")


def start_parsebench(directory, warmup):
    """ParseBench in interactive mode, warmed up; returns (process, READY fields) or (None, why)."""
    proc = subprocess.Popen(["dotnet", DLL, directory, "--warmup", str(warmup), "--interactive"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    if not line.startswith("READY "):
        proc.kill()
        err = proc.stderr.read().strip().splitlines()
        return None, (err or ["ParseBench failed"])[-1]
    return proc, dict(kv.split("=", 1) for kv in line.split()[1:])


def fatsharp_iteration(proc):
    proc.stdin.write("run\n")
    proc.stdin.flush()
    line = proc.stdout.readline()
    if not line.startswith("TIME "):
        sys.exit("parse_vs_cpython: ParseBench stopped: " + " | ".join(proc.stderr.read().strip().splitlines()[-3:]))
    return float(line.split()[1]), float(line.split()[2])


def rates(lines, times):
    """(best, median) lines per wall second and median lines per CPU second of (wall, cpu) iteration times."""
    wall, cpu = [t[0] for t in times], [t[1] for t in times]
    return lines / min(wall), lines / statistics.median(wall), lines / statistics.median(cpu)


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
    sources = load_sources(files)
    lines = sum(count_lines(src) for _, src in sources)
    if not args.no_build:
        build_parsebench()
    proc, ready = start_parsebench(args.directory, args.warmup)

    # Iterations alternate between the two parsers so that both see the same load on a shared machine.
    cp_times, fs_times = [], []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # invalid escape sequences warn; they are not what is measured
        for _ in range(args.warmup):
            cpython_iteration(sources)
        for _ in range(args.iterations):
            cp_times.append(cpython_iteration(sources))
            if proc:
                fs_times.append(fatsharp_iteration(proc))
    if proc:
        proc.stdin.close()
        proc.wait()

    print(f"files: {len(files)} ({args.directory}/*.py), {lines} lines; {args.iterations} alternating iterations "
          f"after {args.warmup} warm-up, trees discarded")

    print(f"{'':24}{'best lines/s':>14}{'median lines/s':>16}{'median lines/CPU-s':>20}")
    cp = rates(lines, cp_times)
    print(f"{'CPython ' + sys.version.split()[0] + ' ast.parse':24}{cp[0]:14,.0f}{cp[1]:16,.0f}{cp[2]:20,.0f}")
    if proc is None:
        print(f"{'FatSharp':24}{'pending':>14}{'pending':>16}{'pending':>20}   ({ready})")
        return 1
    fs_lines = int(ready["lines"])
    fs = rates(fs_lines, fs_times)
    print(f"{'FatSharp PythonParser':24}{fs[0]:14,.0f}{fs[1]:16,.0f}{fs[2]:20,.0f}")
    print(f"ratio FatSharp/CPython: best {fs[0] / cp[0]:.2f}x, median {fs[1] / cp[1]:.2f}x, "
          f"median CPU {fs[2] / cp[2]:.2f}x")
    if int(ready["failed"]):
        print(f"note: FatSharp could not parse {ready['failed']} file(s); its figures cover "
              f"{ready['files']} files, {fs_lines} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
