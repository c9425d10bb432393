namespace FatSharp.Interpreter.Tests;

/// <summary>
/// tests/guards/NAME.py are self-checking programs for the fat module and specialized calls (CPython has no fat
/// module, so there is no reference output): each asserts its cases and prints one line per group, and must print
/// exactly NAME.expected and exit with 0.
/// </summary>
public sealed class GuardProgramTests
{
    private static string GuardsDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "guards"))) dir = dir.Parent;
            return dir is null ? throw new DirectoryNotFoundException("tests/guards not found") : Path.Combine(dir.FullName, "tests", "guards");
        }
    }

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(GuardsDirectory, "*.py").Where(f => !Path.GetFileName(f).StartsWith('_')).OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void PrintsItsExpectedLines(string name)
    {
        var script = Path.Combine(GuardsDirectory, name + ".py");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = PythonRuntime.RunMain(script, [script], stdout, stderr, new StringReader(""));
        var expected = File.ReadAllText(Path.Combine(GuardsDirectory, name + ".expected"));
        Assert.True(exitCode == 0, $"exit code {exitCode}; stdout:\n{stdout}\nstderr:\n{stderr}");
        if (expected != stdout.ToString())
            Assert.Fail($"stdout differs.\n--- expected\n{expected}\n--- actual\n{stdout}\n--- stderr\n{stderr}");
    }
}
