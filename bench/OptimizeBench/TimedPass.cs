using System.Diagnostics;
using FatSharp.Ast;
using FatSharp.Optimizer;

namespace FatSharp.Bench.Optimize;

/// <summary>A pass of the pipeline that adds its run time to a counter (for <c>--profile</c>).</summary>
public sealed class TimedPass(IOptimizationPass inner, string label) : IOptimizationPass
{
    public string Label => label;

    public long Ticks { get; private set; }

    public long Calls { get; private set; }

    public List<Stmt> Run(List<Stmt> body, PassContext context)
    {
        var start = Stopwatch.GetTimestamp();
        var result = inner.Run(body, context);
        Ticks += Stopwatch.GetTimestamp() - start;
        Calls++;
        return result;
    }

    public bool MayRequestGuards(Stmt def, IReadOnlySet<string> calledNames, PassContext context) =>
        inner.MayRequestGuards(def, calledNames, context);

    public bool EnablesOtherPasses => inner.EnablesOtherPasses;

    public bool MayChange(FatSharp.Optimizer.Scopes.ScopeInfo scope) => inner.MayChange(scope);

    public object? FixpointKey => inner.FixpointKey;

    public bool ReportsChanges => inner.ReportsChanges;

    public void Reset()
    {
        Ticks = 0;
        Calls = 0;
    }
}
