namespace FatSharp.Ast.Parsing;

/// <summary>
/// CPython 3.11 refuses trees deeper than its AST construction limit ("maximum recursion depth exceeded during
/// ast construction"): about 2990 nested nodes counting the module. The parser builds operator chains with loops,
/// so the limit is checked on the finished tree.
/// </summary>
internal sealed class TreeDepthLimit : NodeVisitor
{
    /// <summary>The deepest nesting CPython accepts, with the module at depth 1.</summary>
    public const int MaxDepth = 2991;

    private int _depth;

    /// <summary>Walks the tree only when <paramref name="depthBound"/> (from the tokens) allows too deep a tree.</summary>
    public static void Check(Node tree, int depthBound)
    {
        if (depthBound <= MaxDepth) return;
        new TreeDepthLimit().Visit(tree);
    }

    public override void Visit(Node node)
    {
        if (++_depth > MaxDepth)
            throw new AstRecursionException("maximum recursion depth exceeded during ast construction");
        base.Visit(node);
        _depth--;
    }
}
