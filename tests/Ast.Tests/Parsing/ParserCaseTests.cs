using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;

namespace FatSharp.Tests.Ast.Parsing;

/// <summary>
/// One small source per construct, compared with CPython 3.11's ast.dump (with and without positions), and
/// rejected sources compared with CPython's error class, message, line and offset. The expected outputs are in
/// ParserCases.json, written by make_cases.py.
/// </summary>
public sealed class ParserCaseTests
{
    private sealed record Case(string Name, byte[] Source, bool Bytes, JsonElement Data);

    private static string CasesFile([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "ParserCases.json");

    private static readonly Lazy<(Dictionary<string, Case> Valid, Dictionary<string, Case> Errors)> All = new(Load);

    private static (Dictionary<string, Case>, Dictionary<string, Case>) Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(CasesFile()));
        Dictionary<string, Case> Read(string key)
        {
            var d = new Dictionary<string, Case>();
            foreach (var e in doc.RootElement.GetProperty(key).EnumerateArray())
            {
                var isBytes = e.GetProperty("bytes").GetBoolean();
                var text = e.GetProperty("source").GetString()!;
                var source = isBytes ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text);
                d[e.GetProperty("name").GetString()!] = new Case(e.GetProperty("name").GetString()!, source, isBytes, e.Clone());
            }
            return d;
        }
        return (Read("valid"), Read("errors"));
    }

    public static TheoryData<string> ValidNames => [.. All.Value.Valid.Keys.Order(StringComparer.Ordinal)];
    public static TheoryData<string> ErrorNames => [.. All.Value.Errors.Keys.Order(StringComparer.Ordinal)];

    private static ParseMode Mode(string mode) => mode switch
    {
        "eval" => ParseMode.Eval,
        "single" => ParseMode.Single,
        "func_type" => ParseMode.FuncType,
        _ => ParseMode.Exec,
    };

    /// <summary>A str in CPython's tests is parsed as text here; raw bytes as bytes (their error offsets differ).</summary>
    private static Mod Parse(Case c, ParseMode mode = ParseMode.Exec) =>
        c.Bytes ? PythonParser.Parse(c.Source, "<unknown>", mode)
                : PythonParser.Parse(Encoding.UTF8.GetString(c.Source), "<unknown>", mode);

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void DumpMatchesCPython(string name)
    {
        var c = All.Value.Valid[name];
        var tree = Parse(c, Mode(c.Data.GetProperty("mode").GetString()!));
        Assert.Equal(c.Data.GetProperty("dump").GetString(), AstDump.Dump(tree));
        Assert.Equal(c.Data.GetProperty("attrs").GetString(), AstDump.Dump(tree, includeAttributes: true));
    }

    [Theory]
    [MemberData(nameof(ErrorNames))]
    public void ErrorMatchesCPython(string name)
    {
        var c = All.Value.Errors[name];
        var d = c.Data;
        if (d.GetProperty("kind").GetString() == "RecursionError")
        {
            var r = Assert.Throws<AstRecursionException>(() => Parse(c));
            Assert.Equal(d.GetProperty("msg").GetString(), r.Message);
            return;
        }
        var e = Assert.Throws<PythonSyntaxError>(() => Parse(c));
        Assert.Equal(d.GetProperty("kind").GetString(), e.ErrorKind.ToString());
        Assert.Equal(d.GetProperty("msg").GetString(), e.Msg);
        if (d.GetProperty("lineno").ValueKind == JsonValueKind.Number)
        {
            Assert.Equal(d.GetProperty("lineno").GetInt32(), e.Lineno);
            Assert.Equal(d.GetProperty("offset").GetInt32(), e.Offset);
        }
    }
}
