using FatSharp.Ast;
using FatSharp.Optimizer.Scopes;
using Microsoft.Extensions.Logging;

namespace FatSharp.Optimizer;

/// <summary>Runs a list of passes on a body, then on every function and class body nested in it, each with its own scope.</summary>
internal static class ScopeDriver
{
    public static List<Stmt> Run(IReadOnlyList<IOptimizationPass> passes, List<Stmt> body, ScopeInfo scope, ModuleScopes scopes, Func<ScopeInfo, PassContext> contextFor)
    {
        DepthGuard.Enter();
        var context = contextFor(scope);
        // Fixed-point passes that ran with no change to the body since; while logging, every pass runs, so the
        // log says everything each pass would say.
        List<object>? unchangedSince = context.Logger.IsEnabled(LogLevel.Debug) ? null : [];
        foreach (var pass in passes)
        {
            if (!pass.MayChange(scope)) continue;
            var key = pass.FixpointKey;
            if (key != null && unchangedSince != null && unchangedSince.Contains(key)) continue;
            var changes = context.Changes;
            context.FixpointsHolding = unchangedSince;
            body = pass.Run(body, context);
            context.FixpointsHolding = null;
            if (unchangedSince == null) continue;
            if (!pass.ReportsChanges || context.Changes != changes) unchangedSince.Clear();
            if (key != null) unchangedSince.Add(key);
        }
        foreach (var nested in NestedScopes(body))
        {
            // Copies made by a pass (none today: unrolling refuses bodies with a def) have no scope: leave them.
            if (scopes.Of(nested) is not { } inner) continue;
            switch (nested)
            {
                case FunctionDef f: f.Body = Run(passes, f.Body, inner, scopes, contextFor); break;
                case AsyncFunctionDef f: f.Body = Run(passes, f.Body, inner, scopes, contextFor); break;
                case ClassDef c: c.Body = Run(passes, c.Body, inner, scopes, contextFor); break;
            }
        }
        return body;
    }

    /// <summary>The def and class statements of a body, inside its compound statements too, but not inside other scopes.</summary>
    public static List<Stmt> NestedScopes(List<Stmt> body)
    {
        var result = new List<Stmt>();
        Collect(body, result);
        return result;
    }

    private static void Collect(List<Stmt> body, List<Stmt> into)
    {
        DepthGuard.Enter();
        foreach (var stmt in body)
        {
            switch (stmt)
            {
                case FunctionDef or AsyncFunctionDef or ClassDef: into.Add(stmt); break;
                case If s: Collect(s.Body, into); Collect(s.Orelse, into); break;
                case For s: Collect(s.Body, into); Collect(s.Orelse, into); break;
                case AsyncFor s: Collect(s.Body, into); Collect(s.Orelse, into); break;
                case While s: Collect(s.Body, into); Collect(s.Orelse, into); break;
                case With s: Collect(s.Body, into); break;
                case AsyncWith s: Collect(s.Body, into); break;
                case Try s:
                    Collect(s.Body, into);
                    foreach (var h in s.Handlers) Collect(h.Body, into);
                    Collect(s.Orelse, into);
                    Collect(s.Finalbody, into);
                    break;
                case TryStar s:
                    Collect(s.Body, into);
                    foreach (var h in s.Handlers) Collect(h.Body, into);
                    Collect(s.Orelse, into);
                    Collect(s.Finalbody, into);
                    break;
                case Match s:
                    foreach (var c in s.Cases) Collect(c.Body, into);
                    break;
            }
        }
    }
}
