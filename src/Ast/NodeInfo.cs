namespace FatSharp.Ast;

public static partial class NodeInfo
{
    public static NodeClassInfo Of(NodeKind kind) => Table[(int)kind];

    public static IReadOnlyList<NodeClassInfo> All => Table;
}
