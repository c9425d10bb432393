using System.Text.Json;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Tests.Ast.Support;
using Xunit.Abstractions;

namespace FatSharp.Tests.Ast.Fuzz;

/// <summary>
/// Damaged statements with CPython's verdict on each (Fixtures/fuzz_corpus.jsonl, written by regenerate.py): we
/// must accept exactly what CPython accepts, with the same tree and positions, and reject the rest with its error.
/// </summary>
public sealed class DifferentialCorpusTests(ITestOutputHelper output)
{
    private sealed record Entry(int Index, byte[] Input, string? Dump, string? Unparsed, JsonElement? Error);

    private static List<Entry> Corpus()
    {
        var entries = new List<Entry>();
        var lines = File.ReadAllLines(Path.Combine(Fixtures.Directory, "fuzz_corpus.jsonl"));
        for (var i = 0; i < lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            var root = doc.RootElement;
            var input = Convert.FromBase64String(root.GetProperty("input").GetString()!);
            var dump = root.TryGetProperty("dump", out var d) ? d.GetString() : null;
            var unparsed = root.TryGetProperty("unparse", out var u) ? u.GetString() : null;
            JsonElement? error = root.TryGetProperty("error", out var e) ? e.Clone() : null;
            entries.Add(new Entry(i, input, dump, unparsed, error));
        }
        return entries;
    }

    /// <summary>Parses on a thread with a large stack, giving up after 2 s.</summary>
    private static (Mod? Tree, Exception? Error) ParseBounded(byte[] input)
    {
        Mod? tree = null;
        Exception? error = null;
        var t = new Thread(() =>
        {
            try { tree = PythonParser.Parse(input, "<fuzz>", ParseMode.Exec); }
            catch (Exception e) { error = e; }
        }, 256 * 1024 * 1024) { IsBackground = true };
        t.Start();
        return t.Join(TimeSpan.FromSeconds(2)) ? (tree, error) : (null, new TimeoutException("parse took more than 2 s"));
    }

    private void Report(List<string> problems, int total, string what)
    {
        foreach (var p in problems.Take(40)) output.WriteLine(p);
        Assert.True(problems.Count == 0, $"{problems.Count} of {total} corpus inputs: {what}; first:\n{problems.FirstOrDefault()}");
    }

    [Fact]
    public void CPythonsTreesUnparseAsCPythonUnparsesThem()
    {
        var corpus = Corpus().Where(e => e.Dump != null).ToList();
        var problems = new List<string>();
        foreach (var entry in corpus)
        {
            var actual = Unparser.Unparse(DumpReader.Read(entry.Dump!));
            if (actual != entry.Unparsed)
                problems.Add($"#{entry.Index} {SourceMutator.Describe(entry.Input)}\n  expected {entry.Unparsed}\n  actual   {actual}");
        }
        Report(problems, corpus.Count, "unparsed unlike CPython");
    }

    [Fact]
    public void AcceptsExactlyWhatCPythonAcceptsWithTheSameTree()
    {
        var corpus = Corpus();
        var problems = new List<string>();
        foreach (var entry in corpus)
        {
            var (tree, error) = ParseBounded(entry.Input);
            var shown = SourceMutator.Describe(entry.Input);
            if (entry.Dump != null)
            {
                if (tree == null) problems.Add($"#{entry.Index} CPython accepts, we raise {error?.GetType().Name}: {error?.Message}\n  {shown}");
                else if (AstDump.Dump(tree, includeAttributes: true) != entry.Dump)
                    problems.Add($"#{entry.Index} tree differs\n  {shown}\n  expected {entry.Dump}\n  actual   {AstDump.Dump(tree, true)}");
            }
            else if (error is not PythonSyntaxError)
            {
                problems.Add(tree != null
                    ? $"#{entry.Index} CPython rejects ({entry.Error}), we accept\n  {shown}"
                    : $"#{entry.Index} we raise {error?.GetType().Name}: {error?.Message}\n  {shown}");
            }
        }
        Report(problems, corpus.Count, "accepted or rejected unlike CPython");
    }

    [Fact]
    public void RejectsWithCPythonsErrorClassMessageAndPosition()
    {
        var corpus = Corpus().Where(e => e.Error != null).ToList();
        var problems = new List<string>();
        foreach (var entry in corpus)
        {
            var (_, error) = ParseBounded(entry.Input);
            var e = entry.Error!.Value;
            var expected = $"{e[0].GetString()}: {e[1].GetString()} ({e[2]}, {e[3]})";
            var actual = error is PythonSyntaxError s
                ? $"{s.ErrorKind}: {s.Msg} ({s.Lineno}, {s.Offset})"
                : $"{error?.GetType().Name}: {error?.Message}";
            if (expected != actual)
                problems.Add($"#{entry.Index} {SourceMutator.Describe(entry.Input)}\n  expected {expected}\n  actual   {actual}");
        }
        Report(problems, corpus.Count, "errors unlike CPython's");
    }
}
