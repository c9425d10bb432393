using FatSharp.Ast;
using Tuple = FatSharp.Ast.Tuple;
using List = FatSharp.Ast.List;

namespace FatSharp.Optimizer.Passes;

// ConstantFolding: computes operators whose operands are constants, as CPython's AST optimizer does, through the
// IConstantEvaluator so that the values are the runtime's.
//   before: x = 2 * 3 + 1; y = -(1); t = (1, 2); c = "abc"[1]; if not (a is b): ...; if x in [1, 2]: ...
//   after:  x = 7; y = -1; t = (1, 2) (one constant); c = 'b'; if a is not b: ...; if x in (1, 2): ...
// Comparisons of constants are folded too (1 < 2 -> True) unless the pass was built for CPython's behaviour.
// Nothing is folded when it raises (1 / 0), warns (b"" == ""), depends on identity (1 is 1) or would exceed the
// config's limits ('x' * 200, 2 ** 10 ** 10: sizes are checked before anything is computed).
// Calls (pure builtins, methods) are left to CallPureBuiltins and CallPureMethods; names to ConstantPropagation.

/// <summary>Folds unary, binary, comparison and subscript operations on constants, and tuple displays of constants.</summary>
public sealed class ConstantFolding(bool foldComparisons = true) : IOptimizationPass
{
    /// <summary>Only where operators, tuple displays or subscripts are.</summary>
    public bool MayChange(Scopes.ScopeInfo scope) =>
        scope.HadAnyNodeKind(NodeKind.BinOp, NodeKind.UnaryOp, NodeKind.Compare, NodeKind.Tuple, NodeKind.Subscript);

    /// <summary>Never requests a guard.</summary>
    public bool MayRequestGuards(Stmt def, IReadOnlySet<string> calledNames, PassContext context) => false;

    /// <summary>
    /// Bottom-up, each node is folded from its final children, so a second run finds nothing new (a refusal logged
    /// at a compare made from <c>not (a is b)</c> is the only thing it could add, and the stage does not skip
    /// passes while it logs).
    /// </summary>
    public object? FixpointKey => foldComparisons ? FoldingWithComparisons : FoldingWithoutComparisons;

    /// <summary>True when a ConstantFolding that folds comparisons ran on the body and nothing changed it since.</summary>
    internal static bool HoldsIn(PassContext context) => context.FixpointHolds(FoldingWithComparisons);

    private static readonly object FoldingWithComparisons = new();
    private static readonly object FoldingWithoutComparisons = new();

    public bool ReportsChanges => true;

    public List<Stmt> Run(List<Stmt> body, PassContext context)
    {
        if (!context.Config.ConstantFolding) return body;
        var rewriter = new Rewriter(context, foldComparisons);
        body = rewriter.RewriteBody(body);
        if (rewriter.Changed) context.NoteChange();
        return body;
    }

    /// <summary>Folds one expression (used by ConstantPropagation so that chains of assignments propagate).</summary>
    internal static Expr Fold(Expr expr, PassContext context)
    {
        if (!context.Config.ConstantFolding) return expr;
        var rewriter = new Rewriter(context, foldComparisons: true);
        var result = (Expr)rewriter.Visit(expr)!;
        if (rewriter.Changed) context.NoteChange();
        return result;
    }

    /// <summary>The folding walk; CPythonOptimizer extends it to do its other rewrites in the same walk.</summary>
    internal class Rewriter(PassContext context, bool foldComparisons) : ScopeRewriter
    {
        private const string Pass = nameof(ConstantFolding);

        protected PassContext Context => context;

        private Expr? Accept(FoldResult result, Expr node, string what)
        {
            switch (result.Outcome)
            {
                case FoldOutcome.Raises:
                    context.Log(Pass, node, $"{what} left: it raises {result.ExceptionType}");
                    return null;
                case FoldOutcome.CannotFold:
                    return null;
            }
            if (result.Value is MutableLiteral) return null;
            if (!ConstantValues.FitsLimits(result.Value, context.Limits, out var reason))
            {
                context.Log(Pass, node, $"{what} left: {reason}");
                return null;
            }
            return ConstantValues.ToNode(result.Value, node);
        }

        public override Node? VisitBinOp(BinOp node)
        {
            RewriteChildren(node);
            if (!ConstantValues.TryGetConstant(node.Left, out var left) || !ConstantValues.TryGetConstant(node.Right, out var right))
                return node;
            if (!FoldSafety.CanBinary(node.Op, left, right, context.Limits, out var reason))
            {
                context.Log(Pass, node, $"binary {node.Op} left: {reason}");
                return node;
            }
            return Accept(context.Evaluator.BinaryOp(node.Op, left, right), node, $"binary {node.Op}") ?? node;
        }

        public override Node? VisitUnaryOp(UnaryOp node)
        {
            RewriteChildren(node);
            // not (a is b) -> a is not b; likewise is not, in, not in (CPython does the same; == has no such twin).
            if (node.Op == UnaryOperator.Not && node.Operand is Compare { Ops.Count: 1 } cmp && Inverse(cmp.Ops[0]) is { } inverse)
            {
                context.Log(Pass, node, $"not ({cmp.Ops[0]}) becomes {inverse}");
                return node.CopyLocation(new Compare(cmp.Left, [inverse], cmp.Comparators));
            }
            if (!ConstantValues.TryGetConstant(node.Operand, out var operand)) return node;
            return Accept(context.Evaluator.UnaryOp(node.Op, operand), node, $"unary {node.Op}") ?? node;
        }

        private static CmpOperator? Inverse(CmpOperator op) => op switch
        {
            CmpOperator.Is => CmpOperator.IsNot,
            CmpOperator.IsNot => CmpOperator.Is,
            CmpOperator.In => CmpOperator.NotIn,
            CmpOperator.NotIn => CmpOperator.In,
            _ => null,
        };

        public override Node? VisitCompare(Compare node)
        {
            RewriteChildren(node);
            // x in [1, 2] -> x in (1, 2); x in {1, 2} -> x in frozenset({1, 2}): the container is only tested.
            var last = node.Comparators.Count - 1;
            if (node.Ops[last] is CmpOperator.In or CmpOperator.NotIn && ContainerAsConstant(node.Comparators[last]) is { } container)
            {
                node.Comparators[last] = container;
                MarkChanged();
            }
            if (!foldComparisons || !ConstantValues.TryGetConstant(node.Left, out var left)) return node;
            var values = new List<object?>();
            foreach (var c in node.Comparators)
            {
                if (!ConstantValues.TryGetConstant(c, out var v)) return node;
                values.Add(v);
            }
            var result = true;
            for (var i = 0; i < node.Ops.Count; i++)
            {
                var right = values[i];
                if (!FoldSafety.CanCompare(node.Ops[i], left, right, out var reason))
                {
                    context.Log(Pass, node, $"comparison left: {reason}");
                    return node;
                }
                var r = context.Evaluator.Compare(node.Ops[i], left, right);
                if (r.Outcome == FoldOutcome.Raises) context.Log(Pass, node, $"comparison left: it raises {r.ExceptionType}");
                if (!r.HasValue || r.Value is not bool b) return node;
                result &= b;
                left = right;
            }
            return node.CopyLocation(new Constant(result, null));
        }

        private Expr? ContainerAsConstant(Expr container)
        {
            switch (container)
            {
                case List { Ctx: ExprContext.Load } list when list.Elts.All(e => e is Constant):
                    return container is LocatedNode l
                        ? l.CopyLocation(new Constant(new ConstantTuple(list.Elts.Select(e => ((Constant)e).Value).ToArray()), null))
                        : null;
                case Set set when set.Elts.All(e => e is Constant):
                    return set.CopyLocation(new Constant(new ConstantFrozenSet(set.Elts.Select(e => ((Constant)e).Value)), null));
                default:
                    return null;
            }
        }

        public override Node? VisitTuple(Tuple node)
        {
            RewriteChildren(node);
            if (node.Ctx != ExprContext.Load) return node;
            var elts = node.Elts;
            foreach (var e in elts)
                if (e is not Constant) return node;
            var items = new object?[elts.Count];
            for (var i = 0; i < items.Length; i++) items[i] = ((Constant)elts[i]).Value;
            return node.CopyLocation(new Constant(new ConstantTuple(items), null));
        }

        public override Node? VisitSubscript(Subscript node)
        {
            RewriteChildren(node);
            if (node.Ctx != ExprContext.Load || node.Value is not Constant { Value: string or byte[] or ConstantTuple } container
                || node.Slice is not Constant { Value: long or bool } index)
                return node;
            return Accept(context.Evaluator.Subscript(container.Value, index.Value), node, "subscript") ?? node;
        }
    }
}
