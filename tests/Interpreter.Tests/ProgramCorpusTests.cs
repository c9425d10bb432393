using FatSharp.Interpreter.Tests.Support;

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

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        // Files starting with "_" are helper modules imported by the programs.
        foreach (var f in Directory.GetFiles(ProgramsDirectory, "*.py").Where(f => !Path.GetFileName(f).StartsWith('_')).OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void ProgramMatchesCPython(string name)
    {
        var dir = ProgramsDirectory;
        var script = Path.Combine(dir, name + ".py");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = PythonRuntime.RunMain(script, [script], stdout, stderr, new StringReader(""), CPythonAstLoader.Parse);
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
