"""Regenerate the CPython reference outputs of the differential corpus.

Run with CPython 3.11:  python3 tests/programs/make_expected.py [--check] [--all] [NAME ...]

Every program is run as `python3 NAME.py` from within tests/programs (so relative paths
are stable) with PYTHONHASHSEED=0, which makes the run deterministic.  Its stdout is written
to NAME.expected.  When the program exits with a non-zero status, NAME.status receives two
lines: the exit code and the last line of stderr; a stale NAME.status is removed otherwise.

By default only the programs with the prefixes lang_, obj_, bi_, err_ and fat_ are
regenerated; --all takes every NAME.py in the folder, and explicit NAMEs select programs.
--check writes nothing: it runs each program twice with different hash seeds and reports
programs whose output differs between the runs or from the committed files.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIXES = ("lang_", "obj_", "bi_", "err_", "fat_")


def run(name, seed):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = str(seed)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run([sys.executable, name + ".py"], cwd=HERE, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
    stdout = proc.stdout.decode("utf-8")
    lines = proc.stderr.decode("utf-8").rstrip("\n").split("\n")
    status = None
    if proc.returncode != 0:
        status = "%d\n%s\n" % (proc.returncode, lines[-1] if lines else "")
    return stdout, status


def read(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main(argv):
    check = "--check" in argv
    take_all = "--all" in argv
    names = [a[:-3] if a.endswith(".py") else a for a in argv if not a.startswith("--")]
    if not names:
        for entry in sorted(os.listdir(HERE)):
            if not entry.endswith(".py") or entry == os.path.basename(__file__):
                continue
            if take_all or entry.startswith(PREFIXES):
                names.append(entry[:-3])
    failures = 0
    for name in names:
        out, status = run(name, 0)
        base = os.path.join(HERE, name)
        if check:
            out2, status2 = run(name, 12345)
            if (out, status) != (out2, status2):
                print("NONDETERMINISTIC", name)
                failures += 1
            if read(base + ".expected") != out or read(base + ".status") != status:
                print("STALE", name)
                failures += 1
            continue
        write(base + ".expected", out)
        if status is not None:
            write(base + ".status", status)
        elif os.path.exists(base + ".status"):
            os.remove(base + ".status")
    if check:
        print("checked %d programs, %d problems" % (len(names), failures))
    else:
        print("regenerated %d programs" % len(names))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
