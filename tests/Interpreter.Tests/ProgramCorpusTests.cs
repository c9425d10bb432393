
namespace FatSharp.Interpreter.Tests;

/// <summary>
/// Differential corpus: each tests/programs/NAME.py runs in-process and must print exactly NAME.expected (captured
/// from CPython 3.11). For programs that fail, NAME.status holds CPython's exit code and the last line of stderr.
/// </summary>
public sealed class ProgramCorpusTests
{
    public static string ProgramsDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "programs"))) dir = dir.Parent;
            return dir is null ? throw new DirectoryNotFoundException("tests/programs not found") : Path.Combine(dir.FullName, "tests", "programs");
        }
    }

    private static HashSet<string> KnownFailures() =>
        File.ReadAllLines(Path.Combine(ProgramsDirectory, "interpreter-known-failures.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet();

    /// <summary>Corpus programs: NAME.py with a NAME.expected (files starting with "_" are helper modules).</summary>
    private static IEnumerable<string> AllPrograms() =>
        Directory.GetFiles(ProgramsDirectory, "*.py")
            .Where(f => !Path.GetFileName(f).StartsWith('_') && File.Exists(Path.ChangeExtension(f, ".expected")))
            .Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal)!;

    public static TheoryData<string> Programs()
    {
        var known = KnownFailures();
        var data = new TheoryData<string>();
        foreach (var n in AllPrograms().Where(n => !known.Contains(n))) data.Add(n);
        return data;
    }

    /// <summary>Every listed program must exist and still fail; a name that now passes has to leave the list.</summary>
    [Fact]
    public void KnownFailuresStillFail()
    {
        var programs = AllPrograms().ToHashSet();
        foreach (var name in KnownFailures().Order(StringComparer.Ordinal))
        {
            Assert.True(programs.Contains(name), $"{name} is listed in interpreter-known-failures.txt but is not a corpus program");
            var failed = false;
            try { ProgramMatchesCPython(name); }
            catch (Xunit.Sdk.XunitException) { failed = true; }
            Assert.True(failed, $"{name} now matches CPython: remove it from tests/programs/interpreter-known-failures.txt");
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void ProgramMatchesCPython(string name)
    {
        var dir = ProgramsDirectory;
        var script = Path.Combine(dir, name + ".py");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = PythonRuntime.RunMain(script, [script], stdout, stderr, new StringReader(""));
        var expected = File.ReadAllText(Path.Combine(dir, name + ".expected"));
        var statusFile = Path.Combine(dir, name + ".status");
        if (expected != stdout.ToString())
            Assert.Fail($"stdout differs.\n--- expected\n{expected}\n--- actual\n{stdout}\n--- stderr\n{stderr}");
        if (File.Exists(statusFile))
        {
            var status = File.ReadAllLines(statusFile);
            Assert.Equal(int.Parse(status[0]), exitCode);
            var lines = stderr.ToString().TrimEnd('\n').Split('\n');
            Assert.Equal(status[1], lines[^1]);
        }
        else
        {
            Assert.True(exitCode == 0, "exit code " + exitCode + "; stderr:\n" + stderr);
        }
    }
}
