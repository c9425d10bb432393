using System.Diagnostics;
using FatSharp.Ast;
using FatSharp.Optimizer.Scopes;

namespace FatSharp.Bench.Optimize;

/// <summary>
/// Reference costs for <c>--profile</c>: one walk of every tree by a rewriter that changes nothing (the least a pass
/// costs), the scope analysis each transformer starts with, and a copy of every tree (what specializing copies).
/// </summary>
public static class BaselineWalks
{
    private sealed class IdentityRewriter : NodeRewriter
    {
    }

    public static (double Walk, double Scopes, double Copy) Measure(IReadOnlyList<Module> trees)
    {
        var rewriter = new IdentityRewriter();
        var start = Stopwatch.GetTimestamp();
        foreach (var t in trees) rewriter.Visit(t);
        var walk = Stopwatch.GetElapsedTime(start).TotalSeconds;
        start = Stopwatch.GetTimestamp();
        foreach (var t in trees) ModuleScopes.Analyze(t);
        var scopes = Stopwatch.GetElapsedTime(start).TotalSeconds;
        start = Stopwatch.GetTimestamp();
        foreach (var t in trees) NodeCopier.Copy(t);
        var copy = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return (walk, scopes, copy);
    }
}
