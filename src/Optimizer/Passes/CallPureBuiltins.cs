using FatSharp.Ast;
using Attribute = FatSharp.Ast.Attribute;
using List = FatSharp.Ast.List;
using Tuple = FatSharp.Ast.Tuple;

namespace FatSharp.Optimizer.Passes;

// CallPureBuiltins: calls at compile time the pure builtins listed in the rules (pure-builtins.json), inside a
// specialized function only, and requests GuardBuiltins for each builtin it called.
//   before: def f(): return len("abc") + max(1, 2)
//   after:  def f(): return 3 + 2           guarded by GuardBuiltins('len', 'max')
// The name must be the builtin (not bound in the module, the function or anything nested in it), the arguments
// literals of the listed types, no keywords; the result must fit the limits. range() is SimplifyIterable's.

/// <summary>Folds calls of pure builtins on literals, under a builtins guard.</summary>
public sealed class CallPureBuiltins : IOptimizationPass
{
    public List<Stmt> Run(List<Stmt> body, PassContext context) =>
        context.CanRequestGuards && context.Config.ConstantFolding ? new Rewriter(context).RewriteBody(body) : body;

    /// <summary>
    /// Only a call of a pure builtin whose arguments are constants, or may become constants in the copy (local
    /// variables the in-place passes did not replace, expressions of them), can be folded under a guard.
    /// </summary>
    public bool MayRequestGuards(Stmt def, IReadOnlySet<string> calledNames, PassContext context)
    {
        if (!context.Config.ConstantFolding) return false;
        var any = false;
        foreach (var name in calledNames)
        {
            if (!IsPure(name, context)) continue;
            any = true;
            break;
        }
        // Keyword calls are examined too: the pass says why it leaves them (-v).
        return any && CodeFacts.Any(def, n => n is Call { Func: Name f } call && IsPure(f.Id, context)
            && call.Args.TrueForAll(a => MayBecomeConstant(a, context)), enterNestedScopes: true);
    }

    private static bool IsPure(string name, PassContext context) =>
        context.Config.PureBuiltins.Contains(name) && context.Config.Rules.Builtin(name) != null;

    /// <summary>Whether propagation, unrolling and folding in the copy could turn <paramref name="e"/> into a constant.</summary>
    private static bool MayBecomeConstant(Expr e, PassContext context)
    {
        DepthGuard.Enter();
        var scope = context.Scope;
        return e switch
        {
            Constant => true,
            // Parameters are never propagated; other locals (assignments, loop targets) may be.
            Name n => scope.BindingCount(n.Id) > (scope.Parameters.Contains(n.Id) ? 1 : 0),
            Tuple t => t.Elts.TrueForAll(x => MayBecomeConstant(x, context)),
            List l => l.Elts.TrueForAll(x => MayBecomeConstant(x, context)),
            Set st => st.Elts.TrueForAll(x => MayBecomeConstant(x, context)),
            Dict d => d.Keys.TrueForAll(k => k == null || MayBecomeConstant(k, context)) && d.Values.TrueForAll(v => MayBecomeConstant(v, context)),
            Starred s => MayBecomeConstant(s.Value, context),
            BinOp b => MayBecomeConstant(b.Left, context) && MayBecomeConstant(b.Right, context),
            UnaryOp u => MayBecomeConstant(u.Operand, context),
            BoolOp b => b.Values.TrueForAll(x => MayBecomeConstant(x, context)),
            Compare c => MayBecomeConstant(c.Left, context) && c.Comparators.TrueForAll(x => MayBecomeConstant(x, context)),
            IfExp i => MayBecomeConstant(i.Test, context) && MayBecomeConstant(i.Body, context) && MayBecomeConstant(i.Orelse, context),
            Subscript s => MayBecomeConstant(s.Value, context) && MayBecomeConstant(s.Slice, context),
            Slice s => (s.Lower == null || MayBecomeConstant(s.Lower, context)) && (s.Upper == null || MayBecomeConstant(s.Upper, context))
                       && (s.Step == null || MayBecomeConstant(s.Step, context)),
            Call { Func: Name f } c => IsPure(f.Id, context) && c.Keywords.Count == 0 && c.Args.TrueForAll(a => MayBecomeConstant(a, context)),
            Call { Func: Attribute m } c => MayBecomeConstant(m.Value, context) && c.Keywords.Count == 0 && c.Args.TrueForAll(a => MayBecomeConstant(a, context)),
            _ => false,
        };
    }

    private sealed class Rewriter(PassContext context) : GuardedScopeRewriter
    {
        private const string Pass = nameof(CallPureBuiltins);

        public override Node? VisitCall(Call node)
        {
            RewriteChildren(node);
            if (node.Func is not Name { Ctx: ExprContext.Load, Id: var name }) return node;
            var rule = context.Config.Rules.Builtin(name);
            if (rule == null || !context.Config.PureBuiltins.Contains(name)) return node;
            if (!context.IsBuiltin(name))
            {
                context.Log(Pass, node, $"{name}() left: the name is bound in this module or function");
                return node;
            }
            var args = PureCallArguments.Read(node, rule, null, context.Limits, out var reason);
            if (args == null)
            {
                if (reason != null) context.Log(Pass, node, $"{name}() left: {reason}");
                return node;
            }
            var result = PureCallArguments.Result(context.Evaluator.CallBuiltin(name, args), node, context, Pass, name + "()");
            if (result == null) return node;
            context.RequireBuiltin(name);
            context.Log(Pass, node, $"{name}() called at compile time, guarded by GuardBuiltins('{name}')");
            return result;
        }
    }
}
