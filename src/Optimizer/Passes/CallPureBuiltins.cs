using FatSharp.Ast;

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
