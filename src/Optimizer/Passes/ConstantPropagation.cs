using FatSharp.Ast;
using FatSharp.Optimizer.Scopes;

namespace FatSharp.Optimizer.Passes;

// ConstantPropagation: replaces reads of a local variable by the constant it was just assigned.
//   before: def f(): x = 3; y = x * 2; return y + x       after: def f(): x = 3; y = 3 * 2; return y + 3
// Only in functions (globals and class attributes can be changed by any call), only for a name assigned a
// constant by a plain `x = CONST` statement, and only in the statements that follow it in the same block (and
// the blocks nested in them), up to the first statement that binds the name again anywhere inside it. Names
// declared global or nonlocal here, or nonlocal in a nested function, are never propagated; reads inside
// nested scopes (lambdas, comprehensions, functions) are left alone. The assignment itself stays (locals(),
// tracebacks and later rebinding keep working). The value of an assignment is folded at once, so that a chain
// (x = 1; y = x + 1; z = y * 2) propagates in one pass; other folding is ConstantFolding's job.

/// <summary>Propagates constants assigned to local variables into the reads that follow.</summary>
public sealed class ConstantPropagation : IOptimizationPass
{
    /// <summary>Only in functions with assignments (unrolled for loops become assignments); it says why it leaves a dynamic namespace.</summary>
    public bool MayChange(ScopeInfo scope) =>
        scope.Kind == ScopeKind.Function && (scope.HadAnyNodeKind(NodeKind.Assign, NodeKind.For) || scope.DynamicNamespaceReason != null);

    /// <summary>Never requests a guard.</summary>
    public bool MayRequestGuards(Stmt def, IReadOnlySet<string> calledNames, PassContext context) => false;

    private const string Pass = nameof(ConstantPropagation);

    /// <summary>Each read replaced is reported, and so is the folding of an assigned value.</summary>
    public bool ReportsChanges => true;

    public List<Stmt> Run(List<Stmt> body, PassContext context)
    {
        if (!context.Config.ConstantPropagation || context.Scope.Kind != ScopeKind.Function) return body;
        if (context.Scope.DynamicNamespaceReason is { } why)
        {
            context.Log(Pass, context.Scope.Node, $"function {context.Scope.Name} left: {why}");
            return body;
        }
        Block(body, new Dictionary<string, Constant>(StringComparer.Ordinal), context);
        return body;
    }

    private static readonly Dictionary<string, int> NoNames = new(StringComparer.Ordinal);

    private static bool Eligible(string name, ScopeInfo scope) =>
        !scope.DeclaredGlobal.Contains(name) && !scope.DeclaredNonlocal.Contains(name) && !scope.NonlocalInNested.Contains(name);

    private static void Block(List<Stmt> stmts, Dictionary<string, Constant> known, PassContext context)
    {
        DepthGuard.Enter();
        for (var i = 0; i < stmts.Count; i++)
        {
            var stmt = stmts[i];
            // Nothing known, nothing to forget: the walk over the statement's bindings is skipped (the common case).
            var bound = known.Count > 0 ? CodeFacts.BoundNames(stmt) : NoNames;
            var visible = known;
            if (known.Count > 0 && bound.Count > 0)
            {
                visible = new Dictionary<string, Constant>(known, StringComparer.Ordinal);
                foreach (var name in bound.Keys) visible.Remove(name);
            }
            if (stmt is Assign assign
                && !(context.Scope.HadNodeKind(NodeKind.NamedExpr) && CodeFacts.Any(assign.Value, n => n.Kind == NodeKind.NamedExpr, enterNestedScopes: false)))
            {
                // The value is computed before the targets are bound: it sees every known name (x = x + 1).
                var substituted = false;
                if (known.Count > 0)
                {
                    var substitution = new Substitution(known, context);
                    assign.Value = substitution.Expr(assign.Value);
                    substituted = substitution.Changed;
                }
                // A value already folded, unchanged since, has nothing more to fold.
                if (assign.Value is not Constant && (substituted || !ConstantFolding.HoldsIn(context)))
                    assign.Value = ConstantFolding.Fold(assign.Value, context);
                if (visible.Count > 0) assign.Targets = assign.Targets.Select(t => new Substitution(visible, context).Expr(t)).ToList();
            }
            else if (visible.Count > 0) Substitute(stmt, visible, context);
            foreach (var block in Blocks(stmt)) Block(block, new Dictionary<string, Constant>(visible, StringComparer.Ordinal), context);
            foreach (var name in bound.Keys) known.Remove(name);
            if (stmt is Assign { Targets: [Name { Id: var target }], Value: Constant value } && Eligible(target, context.Scope))
                known[target] = value;
        }
    }

    /// <summary>The statement lists directly inside a compound statement.</summary>
    private static IEnumerable<List<Stmt>> Blocks(Stmt stmt)
    {
        switch (stmt)
        {
            case If s: yield return s.Body; yield return s.Orelse; break;
            case For s: yield return s.Body; yield return s.Orelse; break;
            case AsyncFor s: yield return s.Body; yield return s.Orelse; break;
            case While s: yield return s.Body; yield return s.Orelse; break;
            case With s: yield return s.Body; break;
            case AsyncWith s: yield return s.Body; break;
            case Try s:
                yield return s.Body;
                foreach (var h in s.Handlers) yield return h.Body;
                yield return s.Orelse;
                yield return s.Finalbody;
                break;
            case TryStar s:
                yield return s.Body;
                foreach (var h in s.Handlers) yield return h.Body;
                yield return s.Orelse;
                yield return s.Finalbody;
                break;
            case Match s:
                foreach (var c in s.Cases) yield return c.Body;
                break;
        }
    }

    /// <summary>Rewrites the expressions that belong to the statement itself (not its nested blocks).</summary>
    private static void Substitute(Stmt stmt, Dictionary<string, Constant> known, PassContext context)
    {
        var r = new Substitution(known, context);
        switch (stmt)
        {
            case If s: s.Test = r.Expr(s.Test); break;
            case While s: s.Test = r.Expr(s.Test); break;
            case For s: s.Iter = r.Expr(s.Iter); break;
            case AsyncFor s: s.Iter = r.Expr(s.Iter); break;
            case With s: foreach (var item in s.Items) item.ContextExpr = r.Expr(item.ContextExpr); break;
            case AsyncWith s: foreach (var item in s.Items) item.ContextExpr = r.Expr(item.ContextExpr); break;
            case Try or TryStar: break;
            case Match s:
                s.Subject = r.Expr(s.Subject);
                foreach (var c in s.Cases) if (c.Guard != null) c.Guard = r.Expr(c.Guard);
                break;
            case FunctionDef or AsyncFunctionDef or ClassDef:
                r.Visit(stmt);
                break;
            default:
                r.Visit(stmt);
                break;
        }
    }

    private sealed class Substitution(Dictionary<string, Constant> known, PassContext context) : ScopeRewriter
    {
        public Expr Expr(Expr e) => Rewrite(e);

        public override Node? VisitName(Name node)
        {
            if (node.Ctx != ExprContext.Load || !known.TryGetValue(node.Id, out var value)) return node;
            context.Log(Pass, node, $"{node.Id} replaced by its constant value");
            context.NoteChange();
            return node.CopyLocation(new Constant(value.Value, value.KindPrefix));
        }

        // Reads inside lambdas and comprehensions happen later or in another scope: leave them.
        public override Node? VisitLambda(Lambda node) => node;

        public override Node? VisitListComp(ListComp node) => node;

        public override Node? VisitSetComp(SetComp node) => node;

        public override Node? VisitDictComp(DictComp node) => node;

        public override Node? VisitGeneratorExp(GeneratorExp node) => node;
    }
}
