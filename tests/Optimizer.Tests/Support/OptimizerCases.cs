using System.Text.Json;
using FatSharp.Ast;

namespace FatSharp.Tests.Optimizer.Support;

/// <summary>
/// The snapshot cases of Cases/optimizer-cases.txt: a name line <c>=== name</c>, optional <c>--- key=value, ...</c>
/// config lines (a <c>preset</c>, config keys, or <c>transformer=opt</c>), then the source. Their CPython trees are
/// in optimizer-cases.trees.json (regenerate with make_trees.py after editing the cases).
/// </summary>
public static class OptimizerCases
{
    public sealed record Case(string Name, string Source, IReadOnlyDictionary<string, string> Options);

    private static readonly string CasesDirectory = Path.Combine(AppContext.BaseDirectory, "Cases");

    private static readonly Lazy<IReadOnlyList<Case>> AllCases = new(Load);

    private static readonly Lazy<Dictionary<string, JsonElement>> Trees = new(() =>
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(CasesDirectory, "optimizer-cases.trees.json")));
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    });

    public static IReadOnlyList<Case> All => AllCases.Value;

    public static Case Get(string name) => All.Single(c => c.Name == name);

    /// <summary>CPython's tree of the case's source.</summary>
    public static Module Tree(string name) =>
        Trees.Value.TryGetValue(name, out var json)
            ? (Module)CPythonTreeReader.Read(json)
            : throw new InvalidOperationException($"no tree for case {name}: run Cases/make_trees.py");

    private static IReadOnlyList<Case> Load()
    {
        var cases = new List<Case>();
        string? name = null;
        var source = new List<string>();
        var options = new Dictionary<string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(CasesDirectory, "optimizer-cases.txt")))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                if (name != null) cases.Add(new Case(name, Join(source), options));
                name = line[4..].Trim();
                source = [];
                options = [];
            }
            else if (name == null) continue;
            else if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                foreach (var part in line[4..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var eq = part.IndexOf('=');
                    options[part[..eq].Trim()] = part[(eq + 1)..].Trim();
                }
            }
            else source.Add(line);
        }
        if (name != null) cases.Add(new Case(name, Join(source), options));
        return cases;
    }

    private static string Join(List<string> lines) => string.Join("\n", lines).TrimEnd('\n') + "\n";
}
