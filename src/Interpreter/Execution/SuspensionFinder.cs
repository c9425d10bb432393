using FatSharp.Ast;

namespace FatSharp.Interpreter.Execution;

/// <summary>Finds suspension points (yield, yield from, await, async comprehensions) for <see cref="SuspensionLowering"/>.</summary>
internal sealed class SuspensionFinder : NodeVisitor
{
    private bool found;
    private readonly bool wholeTree;

    private SuspensionFinder(bool wholeTree) => this.wholeTree = wholeTree;

    /// <summary>Any suspension anywhere in the tree (nested scopes included).</summary>
    public static bool AnyInTree(Node n)
    {
        var f = new SuspensionFinder(true);
        f.Visit(n);
        return f.found;
    }

    /// <summary>A suspension evaluated by this expression itself (nested scopes excluded, except a comprehension's first iterable).</summary>
    public static bool InExpression(Expr e)
    {
        var f = new SuspensionFinder(false);
        f.Visit(e);
        return f.found;
    }

    /// <summary>Decorators, defaults, annotations or bases of a definition that suspend.</summary>
    public static bool InDefinitionHeader(Stmt s)
    {
        IEnumerable<Expr?> parts = s switch
        {
            FunctionDef fd => fd.DecoratorList.Concat(HeaderParts(fd.Args)).Append(fd.Returns),
            AsyncFunctionDef afd => afd.DecoratorList.Concat(HeaderParts(afd.Args)).Append(afd.Returns),
            ClassDef cd => cd.DecoratorList.Concat(cd.Bases).Concat(cd.Keywords.Select(k => k.Value)),
            _ => [],
        };
        return parts.Any(p => p is not null && InExpression(p));
    }

    private static IEnumerable<Expr?> HeaderParts(Arguments a) =>
        a.Defaults.Concat(a.KwDefaults).Concat(a.Posonlyargs.Concat(a.Args).Concat(a.Kwonlyargs).Select(x => x.Annotation));

    /// <summary>A list/set/dict comprehension that must run as a coroutine (async for, or await inside).</summary>
    public static bool IsAsyncComprehension(Expr e)
    {
        var gens = e switch
        {
            ListComp lc => lc.Generators,
            SetComp sc => sc.Generators,
            DictComp dc => dc.Generators,
            _ => null,
        };
        if (gens is null) return false;
        if (gens.Any(g => g.IsAsync != 0)) return true;
        var f = new SuspensionFinder(false);
        for (var i = 0; i < gens.Count; i++)
        {
            if (i > 0) f.Visit(gens[i].Iter);
            foreach (var c in gens[i].Ifs) f.Visit(c);
        }
        switch (e)
        {
            case ListComp lc: f.Visit(lc.Elt); break;
            case SetComp sc: f.Visit(sc.Elt); break;
            case DictComp dc: f.Visit(dc.Key); f.Visit(dc.Value); break;
        }
        return f.found;
    }

    public override void Visit(Node node)
    {
        if (found) return;
        DepthGuard.Enter();
        base.Visit(node);
    }

    public override void VisitYield(Yield node) => found = true;
    public override void VisitYieldFrom(YieldFrom node) => found = true;
    public override void VisitAwait(Await node) => found = true;

    public override void VisitLambda(Lambda node)
    {
        if (wholeTree) base.VisitLambda(node);
    }

    public override void VisitFunctionDef(FunctionDef node)
    {
        if (wholeTree) base.VisitFunctionDef(node);
    }

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node)
    {
        if (wholeTree) base.VisitAsyncFunctionDef(node);
    }

    public override void VisitClassDef(ClassDef node)
    {
        if (wholeTree) base.VisitClassDef(node);
    }

    public override void VisitListComp(ListComp node) => Comprehension(node, node.Generators);
    public override void VisitSetComp(SetComp node) => Comprehension(node, node.Generators);
    public override void VisitDictComp(DictComp node) => Comprehension(node, node.Generators);
    public override void VisitGeneratorExp(GeneratorExp node) => Comprehension(node, node.Generators);

    private void Comprehension(Expr node, List<Comprehension> gens)
    {
        if (wholeTree && gens.Any(g => g.IsAsync != 0)) found = true;
        if (!wholeTree && node is not GeneratorExp && IsAsyncComprehension(node))
        {
            found = true;
            return;
        }
        if (wholeTree)
        {
            switch (node)
            {
                case ListComp lc: base.VisitListComp(lc); break;
                case SetComp sc: base.VisitSetComp(sc); break;
                case DictComp dc: base.VisitDictComp(dc); break;
                case GeneratorExp ge: base.VisitGeneratorExp(ge); break;
            }
        }
        else Visit(gens[0].Iter);
    }
}
