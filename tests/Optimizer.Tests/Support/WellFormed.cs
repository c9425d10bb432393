using FatSharp.Ast;

namespace FatSharp.Tests.Optimizer.Support;

/// <summary>Checks what a compiler relies on in a rewritten tree: no splice left, every located node positioned, no empty block.</summary>
public sealed class WellFormed : NodeVisitor
{
    public static void Check(Node tree) => new WellFormed().Visit(tree);

    public override void Visit(Node node)
    {
        Assert.NotEqual(NodeKind.Splice, node.Kind);
        if (node is LocatedNode l) Assert.True(l.Lineno > 0, $"{node.TypeName} without a position");
        switch (node)
        {
            case FunctionDef f: Assert.NotEmpty(f.Body); break;
            case ClassDef c: Assert.NotEmpty(c.Body); break;
            case If i: Assert.NotEmpty(i.Body); break;
            case For f: Assert.NotEmpty(f.Body); break;
            case While w: Assert.NotEmpty(w.Body); break;
        }
        base.Visit(node);
    }
}
