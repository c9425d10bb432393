namespace FatSharp.Ast;

public static partial class NodeCopier
{
    private static List<T> CopyList<T>(List<T> list) where T : Node
    {
        var copy = new List<T>(list.Count);
        foreach (var n in list) copy.Add((T)CopyNode(n));
        return copy;
    }

    private static List<T?> CopyOptionalItems<T>(List<T?> list) where T : Node
    {
        var copy = new List<T?>(list.Count);
        foreach (var n in list) copy.Add(n == null ? null : (T)CopyNode(n));
        return copy;
    }
}
