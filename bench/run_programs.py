#!/usr/bin/env python3
"""Runs the benchmark programs of bench/programs/ with CPython and with FatSharp.

Each program is run N times per interpreter (best of N). The last line a program
prints is its checksum: FatSharp's must equal CPython's, otherwise the cell shows
"wrong: <line>". A program that fails or times out shows "error: <last stderr
line>" / "timeout" instead of a time, and the runner goes on with the next one.

Times are CPU seconds (user + system) of the child process by default, which
stay meaningful on a loaded machine; --clock wall measures elapsed time instead.

    python3 bench/run_programs.py
    python3 bench/run_programs.py --fatsharp path/to/fatsharp --variant fat="-X fat" -n 5

Without --fatsharp, the command is first published in its shipped (ReadyToRun) form into artifacts/fatsharp.
    python3 bench/run_programs.py fib nbody --markdown /tmp/table.md
"""

import argparse
import math
import os
import resource
import shlex
import signal
import subprocess
import sys
import time

import shipped_command

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
REPO_DIR = os.path.dirname(BENCH_DIR)


class Outcome:
    """One cell of the table: a best time with the checksum line, or a failure text."""

    def __init__(self, seconds=None, checksum=None, failure=None):
        self.seconds = seconds
        self.checksum = checksum
        self.failure = failure

    @property
    def ok(self):
        return self.failure is None


def children_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def run_once(command, timeout, clock):
    """Runs the command once; returns (seconds, stdout checksum line) or raises RunFailure."""
    cpu_before = children_cpu_seconds()
    wall_before = time.perf_counter()
    try:
        # Own process group, so a time-out also ends whatever the interpreter started.
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=PROGRAMS_DIR,
                                start_new_session=True)
    except OSError as e:
        raise RunFailure("error: %s" % e)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise RunFailure("timeout after %g s" % timeout)
    wall = time.perf_counter() - wall_before
    cpu = children_cpu_seconds() - cpu_before
    stdout = out.decode("utf-8", "replace")
    if proc.returncode != 0:
        stderr = last_line(err.decode("utf-8", "replace"))
        raise RunFailure("error: %s" % (stderr or "exit status %d" % proc.returncode))
    return (cpu if clock == "cpu" else wall), last_line(stdout)


class RunFailure(Exception):
    pass


def measure(command, repetitions, timeout, clock):
    best = None
    checksum = None
    for _ in range(repetitions):
        try:
            seconds, line = run_once(command, timeout, clock)
        except RunFailure as failure:
            return Outcome(failure=str(failure))
        if checksum is not None and line != checksum:
            return Outcome(failure="unstable output: %r then %r" % (checksum, line))
        checksum = line
        best = seconds if best is None else min(best, seconds)
    return Outcome(seconds=best, checksum=checksum)


def parse_variant(text):
    name, sep, args = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError("variant must look like NAME=\"ARGS\", got %r" % text)
    return name, shlex.split(args)


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def format_cell(outcome, baseline):
    if not outcome.ok:
        return outcome.failure
    if baseline is not None and baseline.ok and outcome.checksum != baseline.checksum:
        return "wrong: %s" % outcome.checksum
    return "%.3f" % outcome.seconds


def ratio(outcome, baseline):
    """FatSharp time over CPython time (below 1 means FatSharp is faster)."""
    if outcome.ok and baseline.ok and outcome.checksum == baseline.checksum and baseline.seconds > 0:
        return outcome.seconds / baseline.seconds
    return None


def build_table(programs, results, columns):
    """Rows of strings: program, CPython, then per FatSharp column its time and ratio."""
    header = ["program", "CPython s"]
    for name in columns:
        header += ["%s s" % name, "%s/CPython" % name]
    rows = []
    ratios = {name: [] for name in columns}
    cpython_times = []
    for program in programs:
        base = results[program]["CPython"]
        row = [program, format_cell(base, None)]
        if base.ok:
            cpython_times.append(base.seconds)
        for name in columns:
            outcome = results[program][name]
            r = ratio(outcome, base)
            row += [format_cell(outcome, base), "%.2f" % r if r is not None else "-"]
            if r is not None:
                ratios[name].append(r)
        rows.append(row)
    footer = ["geometric mean", "%.3f" % geometric_mean(cpython_times) if cpython_times else "-"]
    for name in columns:
        g = geometric_mean(ratios[name])
        footer += ["", "%.2f (%d/%d)" % (g, len(ratios[name]), len(programs)) if g is not None else "-"]
    rows.append(footer)
    return header, rows


def render_text(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    widths = [min(w, 60) for w in widths]
    lines = ["  ".join(str(c)[:60].ljust(w) for c, w in zip(header, widths))]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(str(c)[:60].ljust(w) for c, w in zip(row, widths)))
    return "\n".join(lines)


def render_markdown(header, rows):
    def cell(text):
        return str(text).replace("|", "\\|")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        lines.append("| " + " | ".join(cell(c) for c in row) + " |")
    return "\n".join(lines) + "\n"


def discover_programs():
    return sorted(name[:-3] for name in os.listdir(PROGRAMS_DIR) if name.endswith(".py"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("programs", nargs="*", help="program names (default: every bench/programs/*.py)")
    parser.add_argument("--python", default="python3", help="reference interpreter (default: python3)")
    parser.add_argument("--fatsharp", help="fatsharp executable (default: the ReadyToRun publish in artifacts/fatsharp,"
                        " published first; see shipped_command.py)")
    parser.add_argument("--no-fatsharp", action="store_true", help="run CPython only (FatSharp column 'pending')")
    parser.add_argument("--variant", action="append", type=parse_variant, default=[], metavar='NAME="ARGS"',
                        help="extra FatSharp column run with these arguments before the program, e.g. fat=\"-X fat\"")
    parser.add_argument("-n", "--repetitions", type=int, default=3, help="runs per program, best is kept (default 3)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per run (default 60)")
    parser.add_argument("--clock", choices=["cpu", "wall"], default="cpu", help="cpu (user+system, default) or wall")
    parser.add_argument("--size", help="optional size argument passed to every program")
    parser.add_argument("--markdown", metavar="FILE", help="also write the table as markdown to FILE")
    args = parser.parse_args(argv)

    available = discover_programs()
    programs = args.programs or available
    unknown = [p for p in programs if p not in available]
    if unknown:
        parser.error("unknown program(s): %s (available: %s)" % (", ".join(unknown), ", ".join(available)))
    if args.repetitions < 1:
        parser.error("--repetitions must be at least 1")

    interpreters = [("CPython", [args.python])]
    if not args.no_fatsharp:
        fatsharp = os.path.abspath(args.fatsharp) if args.fatsharp else shipped_command.published_fatsharp()
        interpreters.append(("FatSharp", [fatsharp]))
        for name, extra in args.variant:
            interpreters.append((name, [fatsharp] + extra))
    columns = [name for name, _ in interpreters[1:]]

    results = {}
    for program in programs:
        results[program] = {}
        tail = [program + ".py"] + ([args.size] if args.size else [])
        for name, command in interpreters:
            outcome = measure(command + tail, args.repetitions, args.timeout, args.clock)
            results[program][name] = outcome
            shown = "%.3f s  %s" % (outcome.seconds, outcome.checksum) if outcome.ok else outcome.failure
            print("%-16s %-10s %s" % (program, name, shown), file=sys.stderr, flush=True)

    if args.no_fatsharp:
        for program in programs:
            results[program]["FatSharp"] = Outcome(failure="pending")
        columns = ["FatSharp"]
    header, rows = build_table(programs, results, columns)
    print(render_text(header, rows))
    print("(%s seconds, best of %d)" % ("CPU" if args.clock == "cpu" else "wall", args.repetitions))
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(render_markdown(header, rows))
    failures = [p for p in programs if not results[p]["CPython"].ok]
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
