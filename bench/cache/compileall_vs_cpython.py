"""compileall timing: `fatsharp -X fat -m compileall -f -q` against `python3 -m compileall -f -q`, each on its own
copy of CPython's top-level standard library modules (<stdlib>/*.py, 168 files for 3.11.7), alternating runs so
both see the same machine load. Reports wall and CPU time (user + system of the process and its threads) per
run: best and median.

    python3 bench/cache/compileall_vs_cpython.py [--runs N] [--fatsharp PATH] [--stdlib DIR] [--extra ARGS]

--fatsharp defaults to the shipped (ReadyToRun) command, published first into artifacts/fatsharp
(bench/shipped_command.py).
--extra adds compileall arguments to both sides (e.g. "-j 0").
"""
import argparse
import glob
import os
import resource
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import shipped_command  # noqa: E402  (bench/shipped_command.py)


def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.returncode, proc.stdout.decode(errors="replace")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--fatsharp")
    p.add_argument("--stdlib", default=sysconfig.get_paths()["stdlib"])
    p.add_argument("--extra", default="")
    a = p.parse_args()
    if a.fatsharp is None:
        a.fatsharp = shipped_command.published_fatsharp()
    files = sorted(glob.glob(os.path.join(a.stdlib, "*.py")))
    work = tempfile.mkdtemp(prefix="compileall-bench-")
    try:
        dirs = {}
        for side in ("cpython", "fatsharp"):
            d = os.path.join(work, side)
            os.mkdir(d)
            for f in files:
                shutil.copy2(f, d)
            dirs[side] = d
        extra = a.extra.split()
        cmds = {
            "cpython": [sys.executable, "-m", "compileall", "-f", "-q", *extra, dirs["cpython"]],
            "fatsharp": [a.fatsharp, "-X", "fat", "-m", "compileall", "-f", "-q", *extra, dirs["fatsharp"]],
        }
        results = {side: [] for side in cmds}
        for i in range(a.runs + 1):
            for side, cmd in cmds.items():
                wall, cpu, code, out = run(cmd)
                if i == 0:
                    # first run: warms the file cache; show what each side reports (failures are CPython's too)
                    print(f"{side}: exit {code}, {len(out.splitlines())} output lines")
                    for line in out.splitlines()[:12]:
                        print("   ", line)
                    continue
                results[side].append((wall, cpu))
        caches = len(glob.glob(os.path.join(dirs["fatsharp"], "__pycache__", "*.fsc")))
        print(f"{len(files)} files, {sum(1 for f in files for _ in open(f, 'rb'))} lines; fatsharp wrote {caches} caches")
        print(f"load average before/after: {os.getloadavg()[0]:.1f}; {os.cpu_count()} cores; {a.runs} runs each, extra args {extra or 'none'}")
        for side, rs in results.items():
            walls = [w for w, _ in rs]
            cpus = [c for _, c in rs]
            print(f"{side:9} wall best {min(walls):.2f} s median {statistics.median(walls):.2f} s;"
                  f" CPU best {min(cpus):.2f} s median {statistics.median(cpus):.2f} s")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
