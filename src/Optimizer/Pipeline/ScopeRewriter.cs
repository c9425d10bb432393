using FatSharp.Ast;

namespace FatSharp.Optimizer;

/// <summary>
/// A rewriter confined to one scope: it rewrites the decorators, defaults and annotations of a nested def or class
/// (they run in this scope) but not their bodies, which the optimizer visits with their own context.
/// </summary>
internal abstract class ScopeRewriter : NodeRewriter
{
    public List<Stmt> RewriteBody(List<Stmt> body) => RewriteList(body);

    /// <summary>True once a visit replaced or removed a node, or a visitor changed one in place (<see cref="MarkChanged"/>).</summary>
    public bool Changed { get; private set; }

    /// <summary>For a visitor that changes a node in place instead of returning another.</summary>
    protected void MarkChanged() => Changed = true;

    public override Node? Visit(Node node)
    {
        DepthGuard.Enter();
        var result = base.Visit(node);
        if (!ReferenceEquals(result, node)) Changed = true;
        return result;
    }

    protected T Rewrite<T>(T node) where T : Node =>
        Visit(node) as T ?? throw new InvalidOperationException($"{GetType().Name} removed a required {node.TypeName}");

    public override Node? VisitFunctionDef(FunctionDef node)
    {
        node.DecoratorList = RewriteList(node.DecoratorList);
        RewriteArgumentValues(node.Args);
        if (node.Returns != null) node.Returns = Rewrite(node.Returns);
        return node;
    }

    public override Node? VisitAsyncFunctionDef(AsyncFunctionDef node)
    {
        node.DecoratorList = RewriteList(node.DecoratorList);
        RewriteArgumentValues(node.Args);
        if (node.Returns != null) node.Returns = Rewrite(node.Returns);
        return node;
    }

    public override Node? VisitClassDef(ClassDef node)
    {
        node.DecoratorList = RewriteList(node.DecoratorList);
        node.Bases = RewriteList(node.Bases);
        node.Keywords = RewriteList(node.Keywords);
        return node;
    }

    private void RewriteArgumentValues(Arguments args)
    {
        args.Defaults = RewriteList(args.Defaults);
        args.KwDefaults = RewriteOptionalItems(args.KwDefaults);
        foreach (var a in args.Posonlyargs.Concat(args.Args).Concat(args.Kwonlyargs))
            if (a.Annotation != null) a.Annotation = Rewrite(a.Annotation);
        if (args.Vararg?.Annotation != null) args.Vararg.Annotation = Rewrite(args.Vararg.Annotation);
        if (args.Kwarg?.Annotation != null) args.Kwarg.Annotation = Rewrite(args.Kwarg.Annotation);
    }
}
