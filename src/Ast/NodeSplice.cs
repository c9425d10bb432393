namespace FatSharp.Ast;

/// <summary>
/// Returned by a <see cref="NodeRewriter"/> method to replace one item of a list field by several
/// (Python's NodeTransformer returning a list). It never stays in a tree.
/// </summary>
public sealed class NodeSplice(List<Node> nodes) : Node
{
    public List<Node> Nodes { get; } = nodes;
    public override NodeKind Kind => NodeKind.Splice;
    public override string TypeName => "list";
}
