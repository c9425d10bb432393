using FatSharp.Ast;
using FatSharp.Ast.Parsing;

namespace FatSharp.Tests.Ast.Support;

/// <summary>
/// The Python sources in Fixtures/ and CPython's outputs for them (written by Fixtures/regenerate.py).
/// error_*.py are rejected by CPython; mode_eval/mode_single/mode_func_type.py are parsed in that mode.
/// </summary>
public static class Fixtures
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static IEnumerable<string> Names(Func<string, bool> filter) =>
        System.IO.Directory.GetFiles(Directory, "*.py")
            .Select(Path.GetFileNameWithoutExtension)
            .Select(n => n!)
            .Where(n => n != "regenerate" && filter(n))
            .OrderBy(n => n, StringComparer.Ordinal);

    public static IEnumerable<string> ValidNames => Names(n => !n.StartsWith("error_", StringComparison.Ordinal));

    public static IEnumerable<string> ErrorNames => Names(n => n.StartsWith("error_", StringComparison.Ordinal));

    public static TheoryData<string> Valid => [.. ValidNames];

    public static TheoryData<string> Errors => [.. ErrorNames];

    public static ParseMode ModeOf(string name) => name switch
    {
        "mode_eval" => ParseMode.Eval,
        "mode_single" => ParseMode.Single,
        "mode_func_type" => ParseMode.FuncType,
        _ => ParseMode.Exec,
    };

    public static byte[] Source(string name) => File.ReadAllBytes(Path.Combine(Directory, name + ".py"));

    /// <summary>An expected output, e.g. <c>Expected("literals", "dump")</c>.</summary>
    public static string Expected(string name, string kind) => File.ReadAllText(Path.Combine(Directory, $"{name}.{kind}.txt"));

    public static Mod Parse(string name) => PythonParser.Parse(Source(name), name + ".py", ModeOf(name));

    /// <summary>CPython's tree for the fixture, read back from its dump with positions.</summary>
    public static Node CPythonTree(string name) => DumpReader.Read(Expected(name, "attrs"));
}
