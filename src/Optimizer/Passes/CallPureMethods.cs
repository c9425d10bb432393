using FatSharp.Ast;
using Attribute = FatSharp.Ast.Attribute;

namespace FatSharp.Optimizer.Passes;

// CallPureMethods: calls at compile time the pure methods of constants listed in the rules (pure-methods.json).
//   before: "ABC".lower(); "a-b".split("-"); b"x".decode(); (4.0).is_integer()
//   after:  'abc'; ['a', 'b']; 'x'; True
// The receiver must be a constant of exactly the listed type, the arguments literals of the listed types, and
// no keyword arguments. Builtin types cannot be patched, so no guard is needed and this runs in every scope.
// Calls of builtin functions are left to CallPureBuiltins.

/// <summary>Folds calls of pure methods on constants.</summary>
public sealed class CallPureMethods : IOptimizationPass
{
    /// <summary>
    /// Only where a method is called on something that may be a constant by then: a literal, display, operator or
    /// method result, or a name that a pass may replace by a constant: in a function a local assigned there
    /// (propagation; a loop target becomes one when the loop is unrolled), anywhere the target of a comprehension
    /// (unrolling substitutes it). Parameters and names of other scopes are never replaced.
    /// </summary>
    public bool MayChange(Scopes.ScopeInfo scope)
    {
        if (scope.CallsMethodOfFoldable) return true;
        if (!scope.CallsMethodOfName) return false;
        foreach (var name in scope.MethodReceiverNames)
        {
            if (scope.BoundInNested.Contains(name)) return true;
            if (scope.Kind == Scopes.ScopeKind.Function && scope.BindingCount(name) > (scope.Parameters.Contains(name) ? 1 : 0)) return true;
        }
        return false;
    }

    /// <summary>Never requests a guard.</summary>
    public bool MayRequestGuards(Stmt def, IReadOnlySet<string> calledNames, PassContext context) => false;

    /// <summary>Bottom-up, a call is folded once its receiver and arguments are final: a second run finds nothing.</summary>
    public object? FixpointKey => Key;

    private static readonly object Key = new();

    public bool ReportsChanges => true;

    public List<Stmt> Run(List<Stmt> body, PassContext context)
    {
        if (!context.Config.ConstantFolding) return body;
        var rewriter = new Rewriter(context);
        body = rewriter.RewriteBody(body);
        if (rewriter.Changed) context.NoteChange();
        return body;
    }

    private sealed class Rewriter(PassContext context) : ScopeRewriter
    {
        private const string Pass = nameof(CallPureMethods);

        public override Node? VisitCall(Call node)
        {
            RewriteChildren(node);
            if (node.Func is not Attribute { Value: Constant receiver, Attr: var method }) return node;
            var type = ConstantValues.TypeName(receiver.Value);
            var rule = context.Config.Rules.Method(type, method);
            if (rule == null || !context.Config.PureMethods.Contains(rule.Key)) return node;
            var args = PureCallArguments.Read(node, rule, receiver.Value, context.Limits, out var reason);
            if (args == null)
            {
                if (reason != null) context.Log(Pass, node, $"{rule.Key}() left: {reason}");
                return node;
            }
            var result = PureCallArguments.Result(context.Evaluator.CallMethod(receiver.Value, method, args), node, context, Pass, rule.Key + "()");
            if (result == null) return node;
            context.Log(Pass, node, $"{rule.Key}() called at compile time");
            return result;
        }
    }
}
