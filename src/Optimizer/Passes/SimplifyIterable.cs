using System.Numerics;
using FatSharp.Ast;
using List = FatSharp.Ast.List;

namespace FatSharp.Optimizer.Passes;

// SimplifyIterable: replaces what a for loop or a comprehension iterates over by a constant.
//   before: for x in [1, 2, 3]: ...      after: for x in (1, 2, 3): ...            (always: CPython does it too)
//   before: for x in {1, 2}: ...         after: for x in frozenset({1, 2}): ...
//   before: for i in range(3): ...       after: for i in (0, 1, 2): ...            (specialized, GuardBuiltins('range'))
// Only the iterable of a loop or comprehension is touched: it is only iterated, so a tuple gives the same items.
// range() must be the builtin, with 1 to 3 int constants and at most max_seq_len items. Unrolling the loop is
// LoopUnrolling's job.

/// <summary>Turns constant lists and sets iterated by loops into constants, and range() into a tuple under a guard.</summary>
public sealed class SimplifyIterable : IOptimizationPass
{
    public bool ReportsChanges => true;

    public List<Stmt> Run(List<Stmt> body, PassContext context)
    {
        if (!context.Config.SimplifyIterable) return body;
        var rewriter = new Rewriter(context);
        body = rewriter.RewriteBody(body);
        if (rewriter.Changed) context.NoteChange();
        return body;
    }

    /// <summary>Only range() needs a guard.</summary>
    /// <summary>Only where loops or comprehensions iterate.</summary>
    public bool MayChange(Scopes.ScopeInfo scope) => scope.HadAnyNodeKind(
        NodeKind.For, NodeKind.AsyncFor, NodeKind.ListComp, NodeKind.SetComp, NodeKind.DictComp, NodeKind.GeneratorExp);

    public bool MayRequestGuards(Stmt def, IReadOnlySet<string> calledNames, PassContext context) =>
        context.Config.SimplifyIterable && calledNames.Contains("range");

    /// <summary>The iterated list or set display of constants as a tuple or frozenset constant, else <paramref name="iter"/>.</summary>
    internal static Expr SimplifyDisplay(Expr iter, PassContext context)
    {
        switch (iter)
        {
            case List { Ctx: ExprContext.Load } list when AllConstants(list.Elts):
                context.Log(nameof(SimplifyIterable), iter, "constant list iterated as a tuple");
                return list.CopyLocation(new Constant(new ConstantTuple(list.Elts.Select(e => ((Constant)e).Value).ToArray()), null));
            case Set set when AllConstants(set.Elts):
                context.Log(nameof(SimplifyIterable), iter, "constant set iterated as a frozenset");
                return set.CopyLocation(new Constant(new ConstantFrozenSet(set.Elts.Select(e => ((Constant)e).Value)), null));
            default:
                return iter;
        }
    }

    private static bool AllConstants(List<Expr> items)
    {
        foreach (var e in items)
            if (e is not Constant) return false;
        return true;
    }

    private sealed class Rewriter(PassContext context) : ScopeRewriter
    {
        private const string Pass = nameof(SimplifyIterable);

        // Inside a lambda or generator expression code may run after the guards were checked: no range() there.
        private int _deferred;

        public override Node? VisitLambda(Lambda node)
        {
            _deferred++;
            RewriteChildren(node);
            _deferred--;
            return node;
        }

        public override Node? VisitGeneratorExp(GeneratorExp node)
        {
            _deferred++;
            RewriteChildren(node);
            _deferred--;
            return node;
        }

        public override Node? VisitFor(For node)
        {
            RewriteChildren(node);
            node.Iter = Simplify(node.Iter);
            return node;
        }

        // async for needs __aiter__: no literal qualifies, and a tuple in place of a list would only change the
        // TypeError's message.
        public override Node? VisitAsyncFor(AsyncFor node)
        {
            RewriteChildren(node);
            return node;
        }

        public override Node? VisitComprehension(Comprehension node)
        {
            RewriteChildren(node);
            if (node.IsAsync == 0) node.Iter = Simplify(node.Iter);
            return node;
        }

        private Expr Simplify(Expr iter)
        {
            var result = iter switch
            {
                Call { Func: Name { Id: "range", Ctx: ExprContext.Load } } call when context.CanRequestGuards && _deferred == 0 => Range(call) ?? iter,
                _ => SimplifyDisplay(iter, context),
            };
            if (!ReferenceEquals(result, iter)) MarkChanged();
            return result;
        }

        private Expr? Range(Call call)
        {
            if (call.Keywords.Count != 0 || call.Args.Count is < 1 or > 3) return null;
            var bounds = new BigInteger[call.Args.Count];
            for (var i = 0; i < bounds.Length; i++)
            {
                if (call.Args[i] is not Constant { Value: long or BigInteger or bool } c) return null;
                bounds[i] = c.Value is bool b ? (b ? 1 : 0) : PyInt.ToBig(c.Value!);
            }
            if (!context.IsBuiltin("range"))
            {
                context.Log(Pass, call, "range() left: the name is bound in this module or function");
                return null;
            }
            BigInteger start = 0, stop, step = 1;
            if (bounds.Length == 1) stop = bounds[0];
            else
            {
                start = bounds[0];
                stop = bounds[1];
                if (bounds.Length == 3) step = bounds[2];
            }
            if (step.IsZero) return null; // ValueError at run time: leave it there.
            var count = step > 0
                ? (stop > start ? (stop - start + step - 1) / step : 0)
                : (start > stop ? (start - stop - step - 1) / -step : 0);
            if (count > context.Limits.MaxSeqLen)
            {
                context.Log(Pass, call, $"range() left: {count} items exceed max_seq_len={context.Limits.MaxSeqLen}");
                return null;
            }
            var items = new object?[(int)count];
            for (var i = 0; i < items.Length; i++) items[i] = PyInt.Normalize(start + step * i);
            var tuple = new ConstantTuple(items);
            if (!ConstantValues.FitsLimits(tuple, context.Limits, out var reason))
            {
                context.Log(Pass, call, $"range() left: {reason}");
                return null;
            }
            context.RequireBuiltin("range");
            context.Log(Pass, call, "range() iterated as a tuple, guarded by GuardBuiltins('range')");
            return call.CopyLocation(new Constant(tuple, null));
        }
    }
}
