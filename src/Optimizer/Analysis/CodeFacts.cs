using FatSharp.Ast;

namespace FatSharp.Optimizer;

/// <summary>Questions passes ask about a piece of code before they move, copy or drop it.</summary>
internal static class CodeFacts
{
    /// <summary>Names bound by <paramref name="nodes"/> in their own scope, with the number of binding sites.</summary>
    public static Dictionary<string, int> BoundNames(IEnumerable<Node> nodes)
    {
        var collector = new BindingCollector();
        foreach (var n in nodes) collector.Visit(n);
        return collector.Names;
    }

    public static Dictionary<string, int> BoundNames(Node node) => BoundNames([node]);

    /// <summary>True when a node of <paramref name="nodes"/> (searched inside nested scopes too if asked) matches.</summary>
    public static bool Any(IEnumerable<Node> nodes, Func<Node, bool> predicate, bool enterNestedScopes)
    {
        var search = new Search(predicate, enterNestedScopes);
        foreach (var n in nodes)
        {
            search.Visit(n);
            if (search.Found) return true;
        }
        return false;
    }

    public static bool Any(Node node, Func<Node, bool> predicate, bool enterNestedScopes) => Any([node], predicate, enterNestedScopes);

    /// <summary>yield, yield from or await of this scope: removing it would change what kind of function this is.</summary>
    public static bool ContainsYield(IEnumerable<Node> nodes) =>
        Any(nodes, n => n.Kind is NodeKind.Yield or NodeKind.YieldFrom or NodeKind.Await, enterNestedScopes: false);

    public static bool ContainsScopeDeclaration(IEnumerable<Node> nodes) =>
        Any(nodes, n => n.Kind is NodeKind.Global or NodeKind.Nonlocal, enterNestedScopes: false);

    public static bool ContainsNestedScope(IEnumerable<Node> nodes) =>
        Any(nodes, IsNestedScope, enterNestedScopes: false);

    public static bool IsNestedScope(Node n) => n.Kind is NodeKind.FunctionDef or NodeKind.AsyncFunctionDef or NodeKind.ClassDef
        or NodeKind.Lambda or NodeKind.ListComp or NodeKind.SetComp or NodeKind.DictComp or NodeKind.GeneratorExp;

    /// <summary>Reads <c>super</c> or <c>__class__</c>, which tie a method to its class cell.</summary>
    public static bool UsesClassCell(IEnumerable<Node> nodes) =>
        Any(nodes, n => n is Name { Id: "super" or "__class__" }, enterNestedScopes: true);

    /// <summary>break or continue that would leave a loop whose body is <paramref name="body"/>.</summary>
    public static bool ContainsLoopExit(IEnumerable<Stmt> body)
    {
        foreach (var stmt in body)
        {
            DepthGuard.Enter();
            switch (stmt)
            {
                case Break or Continue: return true;
                case For f when ContainsLoopExit(f.Orelse): return true;
                case AsyncFor f when ContainsLoopExit(f.Orelse): return true;
                case While w when ContainsLoopExit(w.Orelse): return true;
                case For or AsyncFor or While or FunctionDef or AsyncFunctionDef or ClassDef: continue;
                case If i when ContainsLoopExit(i.Body) || ContainsLoopExit(i.Orelse): return true;
                case With w when ContainsLoopExit(w.Body): return true;
                case AsyncWith w when ContainsLoopExit(w.Body): return true;
                case Try t when ContainsLoopExit(t.Body) || ContainsLoopExit(t.Orelse) || ContainsLoopExit(t.Finalbody)
                                || t.Handlers.Any(h => ContainsLoopExit(((ExceptHandler)h).Body)): return true;
                case TryStar t when ContainsLoopExit(t.Body) || ContainsLoopExit(t.Orelse) || ContainsLoopExit(t.Finalbody)
                                    || t.Handlers.Any(h => ContainsLoopExit(((ExceptHandler)h).Body)): return true;
                case Match m when m.Cases.Any(c => ContainsLoopExit(c.Body)): return true;
            }
        }
        return false;
    }

    private sealed class Search(Func<Node, bool> predicate, bool enterNestedScopes) : NodeVisitor
    {
        public bool Found { get; private set; }

        public override void Visit(Node node)
        {
            if (Found) return;
            DepthGuard.Enter();
            if (predicate(node))
            {
                Found = true;
                return;
            }
            if (!enterNestedScopes && IsNestedScope(node)) return;
            base.Visit(node);
        }
    }

    private sealed class BindingCollector : NodeVisitor
    {
        public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

        private int _lambdaDepth;

        private void Bind(string name)
        {
            if (_lambdaDepth == 0) Names[name] = Names.GetValueOrDefault(name) + 1;
        }

        public override void Visit(Node node)
        {
            DepthGuard.Enter();
            base.Visit(node);
        }

        public override void VisitName(Name node)
        {
            if (node.Ctx != ExprContext.Load) Bind(node.Id);
        }

        public override void VisitFunctionDef(FunctionDef node) => Bind(node.Name);

        public override void VisitAsyncFunctionDef(AsyncFunctionDef node) => Bind(node.Name);

        public override void VisitClassDef(ClassDef node) => Bind(node.Name);

        public override void VisitLambda(Lambda node)
        {
            _lambdaDepth++;
            Visit(node.Body);
            _lambdaDepth--;
        }

        public override void VisitNamedExpr(NamedExpr node)
        {
            if (node.Target is Name n) Bind(n.Id);
            Visit(node.Value);
        }

        public override void VisitImport(Import node)
        {
            foreach (var a in node.Names) Bind(a.Asname ?? a.Name.Split('.')[0]);
        }

        public override void VisitImportFrom(ImportFrom node)
        {
            foreach (var a in node.Names) if (a.Name != "*") Bind(a.Asname ?? a.Name);
        }

        public override void VisitExceptHandler(ExceptHandler node)
        {
            if (node.Name != null) Bind(node.Name);
            VisitChildren(node);
        }

        public override void VisitMatchAs(MatchAs node)
        {
            if (node.Name != null) Bind(node.Name);
            VisitChildren(node);
        }

        public override void VisitMatchStar(MatchStar node)
        {
            if (node.Name != null) Bind(node.Name);
        }

        public override void VisitMatchMapping(MatchMapping node)
        {
            if (node.Rest != null) Bind(node.Rest);
            VisitChildren(node);
        }

        // Comprehension targets belong to the comprehension; only a walrus inside binds here.
        public override void VisitComprehension(Comprehension node)
        {
            Visit(node.Iter);
            foreach (var cond in node.Ifs) Visit(cond);
        }
    }
}
