using System.Text.Json;
using FatSharp.Ast;

namespace FatSharp.Cli.Tests;

/// <summary>
/// Cases of Fixtures/syntax_errors.json, produced by CPython 3.11 (make_syntax_error_fixtures.py): the
/// SyntaxError fields and the exact stderr python3 shows for them.
/// </summary>
public static class SyntaxErrorFixtures
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "syntax_errors.json"))));

    /// <summary>Sources CPython rejects, by name: (source bytes, error fields, stderr of <c>python3 FILE</c>).</summary>
    public static TheoryData<string> SourceNames() => Names("sources", _ => true);

    /// <summary>The sources that <c>ast.parse</c> itself rejects (others fail only in CPython's compiler).</summary>
    public static TheoryData<string> ParseErrorSourceNames() =>
        Names("sources", c => c.GetProperty("ast_parse_rejects").GetBoolean());

    /// <summary>Error objects shown by CPython's default display, by name.</summary>
    public static TheoryData<string> DisplayNames() => Names("displays", _ => true);

    public static JsonElement Source(string name) => Find("sources", name);

    public static JsonElement Display(string name) => Find("displays", name);

    public static byte[] SourceBytes(JsonElement source) => Convert.FromBase64String(source.GetProperty("source_base64").GetString()!);

    /// <summary>The error CPython raised, as FatSharp's exception, with <paramref name="filename"/>.</summary>
    public static PythonSyntaxError Error(JsonElement fixture, string filename)
    {
        var e = fixture.GetProperty("error");
        var kind = Enum.Parse<SyntaxErrorKind>(e.GetProperty("class").GetString()!);
        return new PythonSyntaxError(kind, e.GetProperty("msg").GetString()!, filename, Int(e, "lineno"),
            Int(e, "offset"), e.GetProperty("text").GetString(), Int(e, "end_lineno"), Int(e, "end_offset"));
    }

    public static string Stderr(JsonElement fixture, string path) =>
        fixture.GetProperty("stderr").GetString()!.Replace("{path}", path);

    private static int Int(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Number ? e.GetProperty(name).GetInt32() : 0;

    private static TheoryData<string> Names(string group, Func<JsonElement, bool> include)
    {
        var data = new TheoryData<string>();
        foreach (var c in Document.Value.RootElement.GetProperty(group).EnumerateArray())
        {
            if (include(c)) data.Add(c.GetProperty("name").GetString()!);
        }
        return data;
    }

    private static JsonElement Find(string group, string name) =>
        Document.Value.RootElement.GetProperty(group).EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
}
