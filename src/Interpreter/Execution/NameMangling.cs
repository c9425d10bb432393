using FatSharp.Ast;
using AstAttribute = FatSharp.Ast.Attribute;

namespace FatSharp.Interpreter.Execution;

/// <summary>
/// Private name mangling: inside a class body (and the functions nested in it), an identifier <c>__x</c> that does
/// not end with two underscores becomes <c>_Class__x</c> (the class name without leading underscores). Applies to
/// names, attribute names, parameter names, def/class names and global/nonlocal/except/match captures.
/// </summary>
internal sealed class NameMangling : NodeVisitor
{
    private string? className;

    /// <summary>The module itself when no identifier can be mangled, else a mangled copy.</summary>
    public static Mod Apply(Mod module)
    {
        if (!PrivateNameFinder.Any(module)) return module;
        var copy = NodeCopier.Copy(module);
        new NameMangling().Visit(copy);
        return copy;
    }

    public static string Mangle(string? className, string name)
    {
        if (className is null || !name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.'))
            return name;
        var stripped = className.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }

    private string M(string name) => Mangle(className, name);

    public override void Visit(Node node)
    {
        DepthGuard.Enter();
        base.Visit(node);
    }

    public override void VisitClassDef(ClassDef node)
    {
        foreach (var d in node.DecoratorList) Visit(d);
        foreach (var b in node.Bases) Visit(b);
        foreach (var k in node.Keywords) Visit(k.Value);
        node.Name = M(node.Name);
        var saved = className;
        className = node.Name;
        foreach (var s in node.Body) Visit(s);
        className = saved;
    }

    public override void VisitFunctionDef(FunctionDef node)
    {
        node.Name = M(node.Name);
        base.VisitFunctionDef(node);
    }

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node)
    {
        node.Name = M(node.Name);
        base.VisitAsyncFunctionDef(node);
    }

    public override void VisitName(Name node) => node.Id = M(node.Id);

    public override void VisitAttribute(AstAttribute node)
    {
        node.Attr = M(node.Attr);
        Visit(node.Value);
    }

    public override void VisitArg(Arg node)
    {
        node.ArgName = M(node.ArgName);
        base.VisitArg(node);
    }

    public override void VisitGlobal(Global node)
    {
        for (var i = 0; i < node.Names.Count; i++) node.Names[i] = M(node.Names[i]);
    }

    public override void VisitNonlocal(Nonlocal node)
    {
        for (var i = 0; i < node.Names.Count; i++) node.Names[i] = M(node.Names[i]);
    }

    public override void VisitExceptHandler(ExceptHandler node)
    {
        if (node.Name is not null) node.Name = M(node.Name);
        base.VisitExceptHandler(node);
    }

    public override void VisitAlias(Alias node)
    {
        // The bound name is mangled; the imported module or attribute keeps its name.
        if (node.Asname is not null) node.Asname = M(node.Asname);
    }

    public override void VisitMatchAs(MatchAs node)
    {
        if (node.Name is not null) node.Name = M(node.Name);
        base.VisitMatchAs(node);
    }

    public override void VisitMatchStar(MatchStar node)
    {
        if (node.Name is not null) node.Name = M(node.Name);
    }

    public override void VisitMatchMapping(MatchMapping node)
    {
        if (node.Rest is not null) node.Rest = M(node.Rest);
        base.VisitMatchMapping(node);
    }

    /// <summary>Whether any class body could contain a private name (cheap scan before copying).</summary>
    private sealed class PrivateNameFinder : NodeVisitor
    {
        private bool inClass, found;

        public static bool Any(Node n)
        {
            var f = new PrivateNameFinder();
            f.Visit(n);
            return f.found;
        }

        private static bool IsPrivate(string? s) => s is not null && s.StartsWith("__", StringComparison.Ordinal) && !s.EndsWith("__", StringComparison.Ordinal);

        public override void Visit(Node node)
        {
            if (found) return;
            DepthGuard.Enter();
            base.Visit(node);
        }

        public override void VisitClassDef(ClassDef node)
        {
            var saved = inClass;
            inClass = true;
            base.VisitClassDef(node);
            inClass = saved;
        }

        public override void VisitName(Name node) => found |= inClass && IsPrivate(node.Id);

        public override void VisitAttribute(AstAttribute node)
        {
            found |= inClass && IsPrivate(node.Attr);
            base.VisitAttribute(node);
        }

        public override void VisitFunctionDef(FunctionDef node)
        {
            found |= inClass && IsPrivate(node.Name);
            base.VisitFunctionDef(node);
        }

        public override void VisitArg(Arg node) => found |= inClass && IsPrivate(node.ArgName);
    }
}
