"""The `fatsharp` command in its shipped form: a self-contained, composite ReadyToRun publish of src/Cli into
artifacts/fatsharp.

ReadyToRun compiles FatSharp's assemblies ahead of time, so a process does not spend its first 100-300 ms of CPU
compiling the interpreter and the optimizer before the JIT's optimized versions take over; the composite form
compiles them together with the .NET libraries they use, so generic code instantiated over FatSharp's types is
precompiled too and calls into the libraries can be inlined (5-8% less CPU on bench/programs than a ReadyToRun
publish of FatSharp's assemblies alone). The benchmark scripts measure this form: it is the one the root README
tells users to install. `dotnet publish` is incremental: calling `published_fatsharp()` before a benchmark run
costs a few seconds when nothing changed, and one to two minutes after a change (the composite image is rebuilt).
"""
import os
import platform
import subprocess
import sys

REPO_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT_DIR = os.path.join(REPO_DIR, "artifacts", "fatsharp")


def runtime_identifier():
    machine = platform.machine().lower()
    arch = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}.get(machine)
    system = {"linux": "linux", "darwin": "osx", "win32": "win"}.get(sys.platform)
    if arch is None or system is None:
        raise SystemExit("no ReadyToRun target known for %s/%s: pass --fatsharp PATH" % (sys.platform, machine))
    return "%s-%s" % (system, arch)


def publish_command():
    return ["dotnet", "publish", os.path.join(REPO_DIR, "src", "Cli"), "-c", "Release", "-r", runtime_identifier(),
            "--self-contained", "true", "-p:PublishReadyToRun=true", "-p:PublishReadyToRunComposite=true",
            "-o", OUTPUT_DIR]


def published_fatsharp():
    """Publishes (incrementally) and returns the path of the published command; exits if the publish fails."""
    command = publish_command()
    print("publishing the command: %s" % " ".join(command), file=sys.stderr, flush=True)
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout)
        raise SystemExit("dotnet publish failed (exit %d)" % done.returncode)
    name = "fatsharp.exe" if sys.platform == "win32" else "fatsharp"
    return os.path.join(OUTPUT_DIR, name)
