using System.Text.Json;
using FatSharp.Ast;
using FatSharp.Tests.Ast.Support;
using Xunit.Abstractions;

namespace FatSharp.Tests.Ast.Unparsing;

/// <summary>
/// Random trees (Fixtures/random_trees.jsonl, written by regenerate.py) with CPython's ast.unparse text: they reach
/// operator nestings, quotes and f-string shapes that source files rarely contain.
/// </summary>
public sealed class RandomTreeTests(ITestOutputHelper output)
{
    [Fact]
    public void UnparseGivesCPythonsTextForRandomTrees()
    {
        var lines = File.ReadAllLines(Path.Combine(Fixtures.Directory, "random_trees.jsonl"));
        var problems = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            var dump = doc.RootElement.GetProperty("dump").GetString()!;
            var expected = doc.RootElement.GetProperty("unparse").GetString()!;
            var tree = DumpReader.Read(dump);
            Assert.Equal(dump, AstDump.Dump(tree));
            var actual = Unparser.Unparse(tree);
            if (actual != expected) problems.Add($"#{i}\n  expected {expected}\n  actual   {actual}");
        }
        foreach (var p in problems.Take(20)) output.WriteLine(p);
        Assert.True(problems.Count == 0, $"{problems.Count} of {lines.Length} random trees unparsed unlike CPython; first:\n{problems.FirstOrDefault()}");
    }
}
