namespace FatSharp.Cli.Tests;

/// <summary>
/// The differential corpus (tests/programs/NAME.py against NAME.expected and NAME.status, captured from CPython
/// 3.11) run through the command with the FAT optimizer: an optimized program must print exactly what CPython
/// prints. Programs in interpreter-known-failures.txt fail without the optimizer too and are left out here; every
/// other program must pass under each preset.
/// </summary>
public static class OptimizedCorpus
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
        var dir = ProgramsDirectory;
        var known = File.ReadAllLines(Path.Combine(dir, "interpreter-known-failures.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet();
        var data = new TheoryData<string>();
        foreach (var name in Directory.GetFiles(dir, "*.py")
                     .Where(f => !Path.GetFileName(f).StartsWith('_') && File.Exists(Path.ChangeExtension(f, ".expected")))
                     .Select(f => Path.GetFileNameWithoutExtension(f)!)
                     .Where(n => !known.Contains(n))
                     .OrderBy(n => n, StringComparer.Ordinal))
            data.Add(name);
        return data;
    }

    /// <summary>Runs NAME.py as <c>fatsharp XOPTION NAME.py</c> in process and checks CPython's output and status.</summary>
    public static void AssertMatchesCPython(string name, string xOption)
    {
        var dir = ProgramsDirectory;
        var script = Path.Combine(dir, name + ".py");
        var r = CliResult.Run("-X", xOption, script);
        var expected = File.ReadAllText(Path.Combine(dir, name + ".expected"));
        if (expected != r.Stdout)
            Assert.Fail($"-X {xOption}: stdout differs.\n--- expected\n{expected}\n--- actual\n{r.Stdout}\n--- stderr\n{r.Stderr}");
        var statusFile = Path.Combine(dir, name + ".status");
        if (File.Exists(statusFile))
        {
            var status = File.ReadAllLines(statusFile);
            Assert.Equal(int.Parse(status[0]), r.ExitCode);
            Assert.Equal(status[1], r.Stderr.TrimEnd('\n').Split('\n')[^1]);
        }
        else
        {
            Assert.True(r.ExitCode == 0, $"-X {xOption}: exit code {r.ExitCode}; stderr:\n{r.Stderr}");
        }
    }
}
