using FatSharp.Ast;

namespace FatSharp.Optimizer.Passes;

// ReplaceBuiltinConstant: replaces the builtin constant __debug__ by its value, as CPython's compiler does.
//   before: if __debug__: check(x)        after: if True: check(x)      (False under -O)
// __debug__ cannot be assigned (SyntaxError), so no guard is needed. Removing the dead branch is left to
// DeadCodeElimination.

/// <summary>Replaces <c>__debug__</c> by True (or False under -O).</summary>
public sealed class ReplaceBuiltinConstant : IOptimizationPass
{
    /// <summary>Only where __debug__ is read (by this scope's own code: nested functions and classes run the pass themselves).</summary>
    public bool MayChange(Scopes.ScopeInfo scope) => scope.Loads.Contains("__debug__") || scope.LoadedInLambdasAndComprehensions.Contains("__debug__");

    /// <summary>Never requests a guard.</summary>
    public bool MayRequestGuards(Stmt def, IReadOnlySet<string> calledNames, PassContext context) => false;

    public List<Stmt> Run(List<Stmt> body, PassContext context) =>
        context.Config.ReplaceBuiltinConstant ? new Rewriter(context).RewriteBody(body) : body;

    private sealed class Rewriter(PassContext context) : ScopeRewriter
    {
        public override Node? VisitName(Name node)
        {
            if (node.Id != "__debug__" || node.Ctx != ExprContext.Load) return node;
            context.Log(nameof(ReplaceBuiltinConstant), node, "__debug__ replaced by its value");
            return node.CopyLocation(new Constant(context.OptimizeLevel == 0, null));
        }
    }
}
