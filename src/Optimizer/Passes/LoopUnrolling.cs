using FatSharp.Ast;
using FatSharp.Optimizer.Scopes;
using List = FatSharp.Ast.List;
using Tuple = FatSharp.Ast.Tuple;

namespace FatSharp.Optimizer.Passes;

// LoopUnrolling: repeats the body of a loop over a constant tuple once per item.
//   before: for i in (1, 2): print(i)          after: i = 1; print(i); i = 2; print(i)
//   before: [i * 2 for i in (1, 2, 3)]         after: [1 * 2, 2 * 2, 3 * 2]   (ConstantFolding then gives [2, 4, 6])
// Only loops of 1 to unroll_loops items with a plain name as target, no break or continue, and no def or class in
// the body (each copy would create a new function); an else clause runs once after the copies. A comprehension
// (list, set or dict; not a generator) with one generator, no condition and an element without lambda, nested
// comprehension, walrus, yield or await becomes a display; never in a class body, where a comprehension cannot
// see the class's names but a display can; never in a specialized copy when the element reads a local of the
// function (the comprehension makes it a cell variable, and the specialized code must have the same cells).
// Iterables become constant tuples through SimplifyIterable and
// ConstantFolding; propagating the loop variable into the copies is ConstantPropagation's job.

/// <summary>Unrolls loops and comprehensions over short constant tuples.</summary>
public sealed class LoopUnrolling : IOptimizationPass
{
    /// <summary>Only where for loops or comprehensions are.</summary>
    public bool MayChange(Scopes.ScopeInfo scope) => scope.HadAnyNodeKind(NodeKind.For, NodeKind.ListComp, NodeKind.SetComp, NodeKind.DictComp);

    /// <summary>Never requests a guard.</summary>
    public bool MayRequestGuards(Stmt def, IReadOnlySet<string> calledNames, PassContext context) => false;

    /// <summary>Every unrolled loop or comprehension is a node replaced by the rewriter.</summary>
    public bool ReportsChanges => true;

    public List<Stmt> Run(List<Stmt> body, PassContext context)
    {
        if (context.Config.UnrollLoops <= 0) return body;
        var rewriter = new Rewriter(context);
        body = rewriter.RewriteBody(body);
        if (rewriter.Changed) context.NoteChange();
        return body;
    }

    private sealed class Rewriter(PassContext context) : ScopeRewriter
    {
        private const string Pass = nameof(LoopUnrolling);

        private ConstantTuple? Items(Expr iter)
        {
            object? value = null;
            if (iter is not (Constant or Tuple) || !ConstantValues.TryGetConstant(iter, out value) || value is not ConstantTuple tuple)
                return null;
            if (tuple.Count == 0 || tuple.Count > context.Config.UnrollLoops)
            {
                if (tuple.Count > 0) context.Log(Pass, iter, $"loop left: {tuple.Count} items exceed unroll_loops={context.Config.UnrollLoops}");
                return null;
            }
            return tuple;
        }

        public override Node? VisitFor(For node)
        {
            RewriteChildren(node);
            if (node.Target is not Name target || Items(node.Iter) is not { } items) return node;
            if (CodeFacts.ContainsLoopExit(node.Body))
            {
                context.Log(Pass, node, "loop left: its body has break or continue");
                return node;
            }
            if (CodeFacts.Any(node.Body, n => n.Kind is NodeKind.FunctionDef or NodeKind.AsyncFunctionDef or NodeKind.ClassDef, enterNestedScopes: false))
            {
                context.Log(Pass, node, "loop left: its body defines a function or class");
                return node;
            }
            var result = new List<Node>();
            foreach (var item in items.Items)
            {
                var assign = node.CopyLocation(new Assign([target.CopyLocation(new Name(target.Id, ExprContext.Store))], ConstantValues.ToNode(item, node.Iter), null));
                result.Add(assign);
                foreach (var stmt in node.Body) result.Add(NodeCopier.Copy(stmt));
            }
            result.AddRange(node.Orelse);
            context.Log(Pass, node, $"loop unrolled: {items.Count} iterations");
            return new NodeSplice(result);
        }

        public override Node? VisitListComp(ListComp node)
        {
            RewriteChildren(node);
            var elts = Unroll(node, node.Generators, [node.Elt]);
            return elts == null ? node : node.CopyLocation(new List(elts.Select(e => e[0]).ToList(), ExprContext.Load));
        }

        public override Node? VisitSetComp(SetComp node)
        {
            RewriteChildren(node);
            var elts = Unroll(node, node.Generators, [node.Elt]);
            return elts == null ? node : node.CopyLocation(new Set(elts.Select(e => e[0]).ToList()));
        }

        public override Node? VisitDictComp(DictComp node)
        {
            RewriteChildren(node);
            var elts = Unroll(node, node.Generators, [node.Key, node.Value]);
            return elts == null ? node : node.CopyLocation(new Dict(elts.Select(e => (Expr?)e[0]).ToList(), elts.Select(e => e[1]).ToList()));
        }

        private List<Expr[]>? Unroll(Expr node, List<Comprehension> generators, Expr[] parts)
        {
            if (generators.Count != 1) return null;
            var gen = generators[0];
            if (gen.IsAsync != 0 || gen.Ifs.Count != 0 || gen.Target is not Name target || Items(gen.Iter) is not { } items) return null;
            if (context.Scope.Kind == ScopeKind.Class)
            {
                context.Log(Pass, node, "comprehension left: in a class body it cannot see the class's names");
                return null;
            }
            if (CodeFacts.Any(parts, n => CodeFacts.IsNestedScope(n) || n.Kind is NodeKind.NamedExpr or NodeKind.Yield or NodeKind.YieldFrom or NodeKind.Await, enterNestedScopes: false))
            {
                context.Log(Pass, node, "comprehension left: its element has a nested scope, walrus, yield or await");
                return null;
            }
            if (context.CanRequestGuards && CellVariableOf(parts, target.Id, context) is { } cell)
            {
                // The comprehension makes `cell` a cell variable of the function; the specialized code must keep it.
                context.Log(Pass, node, $"comprehension left: it reads the local {cell}, a cell variable the specialized code must keep");
                return null;
            }
            var result = new List<Expr[]>();
            foreach (var item in items.Items)
            {
                var copies = new Expr[parts.Length];
                for (var i = 0; i < parts.Length; i++)
                    copies[i] = (Expr)new NameSubstitution(target.Id, item).Visit(NodeCopier.Copy(parts[i]))!;
                result.Add(copies);
            }
            context.Log(Pass, node, $"comprehension unrolled: {items.Count} items");
            return result;
        }
    }

    /// <summary>A local of the function read by the comprehension (so a cell variable of the function), or null.</summary>
    private static string? CellVariableOf(IEnumerable<Expr> parts, string target, PassContext context)
    {
        string? found = null;
        CodeFacts.Any(parts, n =>
        {
            if (n is Name { Ctx: ExprContext.Load } name && name.Id != target && context.Scope.IsLocal(name.Id)) found = name.Id;
            return found != null;
        }, enterNestedScopes: true);
        return found;
    }

    /// <summary>Replaces reads of one name by a constant (inside an expression without nested scopes).</summary>
    private sealed class NameSubstitution(string name, object? value) : NodeRewriter
    {
        public override Node? Visit(Node node)
        {
            DepthGuard.Enter();
            return base.Visit(node);
        }

        public override Node? VisitName(Name node) =>
            node.Id == name && node.Ctx == ExprContext.Load ? ConstantValues.ToNode(value, node) : node;
    }
}
