using FatSharp.Interpreter;

namespace FatSharp.Guards.Bench;

/// <summary>
/// Runs bench/guards_calls.py in the interpreter (calls of specialized functions against the same function
/// without specializations; the program times itself) and returns its exit code.
/// </summary>
public static class CallTimings
{
    public static int Run(string? script)
    {
        script ??= FindScript();
        return PythonRuntime.RunMain(script, [script], Console.Out, Console.Error);
    }

    private static string FindScript()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "bench", "guards_calls.py"))) dir = dir.Parent;
        return dir is null
            ? throw new FileNotFoundException("bench/guards_calls.py not found; pass its path after --calls")
            : Path.Combine(dir.FullName, "bench", "guards_calls.py");
    }
}
