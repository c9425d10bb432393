using FatSharp.Ast;
using FatSharp.Optimizer.Scopes;

namespace FatSharp.Optimizer.Passes;

// DeadCodeElimination: removes code that can never run.
//   before: if 0: a() else: b()         after: b()
//   before: if True: a() else: b()      after: a()
//   before: while 0: a() else: b()      after: b()
//   before: return x; cleanup()         after: return x                (likewise after raise, continue, break)
//   before: y = a if False else b       after: y = b
// The test must be a constant (folded by ConstantFolding, __debug__ replaced by ReplaceBuiltinConstant). Dead code
// is kept when removing it would change the meaning of what stays: a yield or await (the function is a generator
// or coroutine because of it), a global or nonlocal declaration, or the last binding of a name in a function
// (the name would stop being local). In a specialized copy, code with nested scopes or super()/__class__ is kept
// too, since the copy must have the same cell and free variables as the original. An emptied block gets `pass`.

/// <summary>Removes branches with constant tests and statements after return, raise, continue or break.</summary>
public sealed class DeadCodeElimination : IOptimizationPass
{
    /// <summary>Only where a test may be constant or a statement may follow a jump.</summary>
    public bool MayChange(ScopeInfo scope) => scope.HadAnyNodeKind(
        NodeKind.If, NodeKind.While, NodeKind.IfExp, NodeKind.Return, NodeKind.Raise, NodeKind.Continue, NodeKind.Break);

    /// <summary>Never requests a guard.</summary>
    public bool MayRequestGuards(Stmt def, IReadOnlySet<string> calledNames, PassContext context) => false;

    private const string Pass = nameof(DeadCodeElimination);

    public List<Stmt> Run(List<Stmt> body, PassContext context)
    {
        if (!context.Config.RemoveDeadCode) return body;
        var walker = new Walker(context, body);
        return walker.Block(body, allowEmpty: context.Scope.Kind == ScopeKind.Module);
    }

    private sealed class Walker(PassContext context, List<Stmt> body) : ScopeRewriter
    {
        // The binding sites of each name in the scope, counted only once some code is found dead (rarely).
        private Dictionary<string, int>? _bindings;

        private Dictionary<string, int> Bindings => _bindings ??= CodeFacts.BoundNames(body);

        /// <summary>May <paramref name="dead"/> be removed without changing what remains?</summary>
        private bool CanRemove(IReadOnlyList<Node> dead, Node at)
        {
            if (dead.Count == 0) return true;
            string? why = null;
            if (CodeFacts.ContainsYield(dead)) why = "it contains yield or await";
            else if (CodeFacts.ContainsScopeDeclaration(dead)) why = "it declares global or nonlocal names";
            else if (context.CanRequestGuards && (CodeFacts.ContainsNestedScope(dead) || CodeFacts.UsesClassCell(dead)))
                why = "the specialized code must keep the cell variables of the original";
            else if (context.Scope.Kind == ScopeKind.Function)
            {
                foreach (var (name, count) in CodeFacts.BoundNames(dead))
                {
                    if (Bindings.GetValueOrDefault(name) <= count)
                    {
                        why = $"it holds the last binding of the local name {name}";
                        break;
                    }
                }
            }
            if (why == null) return true;
            context.Log(Pass, at, $"dead code kept: {why}");
            return false;
        }

        private void Removed(IReadOnlyList<Node> dead)
        {
            var bindings = Bindings;
            foreach (var (name, count) in CodeFacts.BoundNames(dead)) bindings[name] = bindings.GetValueOrDefault(name) - count;
        }

        public List<Stmt> Block(List<Stmt> stmts, bool allowEmpty)
        {
            var result = RewriteList(stmts);
            for (var i = 0; i < result.Count - 1; i++)
            {
                if (result[i] is not (Return or Raise or Continue or Break)) continue;
                var dead = result.GetRange(i + 1, result.Count - i - 1);
                if (CanRemove(dead, dead[0]))
                {
                    context.Log(Pass, dead[0], $"{dead.Count} unreachable statement(s) removed after {result[i].TypeName.ToLowerInvariant()}");
                    Removed(dead);
                    result = result.GetRange(0, i + 1);
                }
                break;
            }
            if (result.Count == 0 && !allowEmpty)
            {
                var at = stmts.Count > 0 ? (LocatedNode)stmts[0] : null;
                var pass = new Pass();
                if (at != null) at.CopyLocation(pass);
                result = [pass];
            }
            return ReferenceEquals(result, stmts) ? stmts : result;
        }

        private void Blocks(Stmt stmt)
        {
            switch (stmt)
            {
                case If s: s.Body = Block(s.Body, false); if (s.Orelse.Count > 0) s.Orelse = Block(s.Orelse, true); break;
                case For s: s.Body = Block(s.Body, false); if (s.Orelse.Count > 0) s.Orelse = Block(s.Orelse, true); break;
                case AsyncFor s: s.Body = Block(s.Body, false); if (s.Orelse.Count > 0) s.Orelse = Block(s.Orelse, true); break;
                case While s: s.Body = Block(s.Body, false); if (s.Orelse.Count > 0) s.Orelse = Block(s.Orelse, true); break;
                case With s: s.Body = Block(s.Body, false); break;
                case AsyncWith s: s.Body = Block(s.Body, false); break;
                case Try s:
                    s.Body = Block(s.Body, false);
                    foreach (var h in s.Handlers) h.Body = Block(h.Body, false);
                    if (s.Orelse.Count > 0) s.Orelse = Block(s.Orelse, true);
                    if (s.Finalbody.Count > 0) s.Finalbody = Block(s.Finalbody, true);
                    break;
                case TryStar s:
                    s.Body = Block(s.Body, false);
                    foreach (var h in s.Handlers) h.Body = Block(h.Body, false);
                    if (s.Orelse.Count > 0) s.Orelse = Block(s.Orelse, true);
                    if (s.Finalbody.Count > 0) s.Finalbody = Block(s.Finalbody, true);
                    break;
                case Match s:
                    foreach (var c in s.Cases) c.Body = Block(c.Body, false);
                    break;
            }
        }

        public override Node? VisitIf(If node)
        {
            node.Test = Rewrite(node.Test);
            Blocks(node);
            if (node.Test is not Constant c || !ConstantValues.TryTruth(c.Value, out var truth)) return node;
            var (kept, dead) = truth ? (node.Body, node.Orelse) : (node.Orelse, node.Body);
            if (!CanRemove(dead, node)) return node;
            Removed(dead);
            context.Log(Pass, node, $"if with a constant {(truth ? "true" : "false")} test replaced by its {(truth ? "body" : "else branch")}");
            return new NodeSplice([.. kept]);
        }

        public override Node? VisitWhile(While node)
        {
            node.Test = Rewrite(node.Test);
            Blocks(node);
            if (node.Test is not Constant c || !ConstantValues.TryTruth(c.Value, out var truth) || truth) return node;
            if (!CanRemove(node.Body, node)) return node;
            Removed(node.Body);
            context.Log(Pass, node, "while with a constant false test removed");
            return new NodeSplice([.. node.Orelse]);
        }

        // Compound statements: rewrite the header expressions here, the blocks through Block().
        public override Node? VisitFor(For node) { node.Iter = Rewrite(node.Iter); Blocks(node); return node; }

        public override Node? VisitAsyncFor(AsyncFor node) { node.Iter = Rewrite(node.Iter); Blocks(node); return node; }

        public override Node? VisitWith(With node)
        {
            foreach (var item in node.Items) item.ContextExpr = Rewrite(item.ContextExpr);
            Blocks(node);
            return node;
        }

        public override Node? VisitAsyncWith(AsyncWith node)
        {
            foreach (var item in node.Items) item.ContextExpr = Rewrite(item.ContextExpr);
            Blocks(node);
            return node;
        }

        public override Node? VisitTry(Try node)
        {
            foreach (var h in node.Handlers) if (h.Type != null) h.Type = Rewrite(h.Type);
            Blocks(node);
            return node;
        }

        public override Node? VisitTryStar(TryStar node)
        {
            foreach (var h in node.Handlers) if (h.Type != null) h.Type = Rewrite(h.Type);
            Blocks(node);
            return node;
        }

        public override Node? VisitMatch(Match node)
        {
            node.Subject = Rewrite(node.Subject);
            foreach (var c in node.Cases) if (c.Guard != null) c.Guard = Rewrite(c.Guard);
            Blocks(node);
            return node;
        }

        public override Node? VisitIfExp(IfExp node)
        {
            RewriteChildren(node);
            if (node.Test is not Constant c || !ConstantValues.TryTruth(c.Value, out var truth)) return node;
            var (kept, dead) = truth ? (node.Body, node.Orelse) : (node.Orelse, node.Body);
            if (CodeFacts.Any(dead, n => CodeFacts.IsNestedScope(n) || n.Kind is NodeKind.NamedExpr or NodeKind.Yield or NodeKind.YieldFrom or NodeKind.Await, enterNestedScopes: false))
            {
                context.Log(Pass, node, "dead branch of a conditional expression kept: it binds or yields");
                return node;
            }
            context.Log(Pass, node, "conditional expression with a constant test replaced by its live branch");
            return kept;
        }
    }
}
