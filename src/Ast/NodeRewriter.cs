namespace FatSharp.Ast;

public abstract partial class NodeRewriter
{
    private T Required<T>(T child) where T : Node =>
        Visit(child) as T ?? throw new InvalidOperationException(
            $"{GetType().Name} removed or retyped a required {child.TypeName} node");

    private T? Optional<T>(T child) where T : Node => Visit(child) switch
    {
        null => null,
        T t => t,
        var other => throw new InvalidOperationException($"{GetType().Name} replaced a {child.TypeName} by a {other.TypeName}"),
    };

    /// <summary>Rewrites each item; the list is copied only from the first item that changed.</summary>
    protected List<T> RewriteList<T>(List<T> list) where T : Node
    {
        List<T>? copy = null;
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var result = Visit(item);
            if (copy == null)
            {
                if (ReferenceEquals(result, item)) continue;
                copy = new List<T>(list.Count + 4);
                for (var j = 0; j < i; j++) copy.Add(list[j]);
            }
            Append(copy, result);
        }
        return copy ?? list;
    }

    private void Append<T>(List<T> into, Node? result) where T : Node
    {
        switch (result)
        {
            case null: return;
            case NodeSplice splice:
                foreach (var n in splice.Nodes) Append(into, n);
                return;
            case T t:
                into.Add(t);
                return;
            default:
                throw new InvalidOperationException($"{GetType().Name} put a {result.TypeName} into a list of {typeof(T).Name}");
        }
    }

    /// <summary>Like <see cref="RewriteList{T}"/> for lists whose items may be None (Dict.keys, kw_defaults): items are replaced, not removed.</summary>
    protected List<T?> RewriteOptionalItems<T>(List<T?> list) where T : Node
    {
        List<T?>? copy = null;
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var result = item == null ? null : Optional(item);
            if (copy == null)
            {
                if (ReferenceEquals(result, item)) continue;
                copy = new List<T?>(list);
            }
            copy[i] = result;
        }
        return copy ?? list;
    }
}
