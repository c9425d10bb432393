using System.Text;
using FatSharp.Ast;

namespace FatSharp.Optimizer;

/// <summary>
/// The value of a list, set or dict display whose items are constants (an argument such as <c>len([1, 2])</c>),
/// or a list result such as <c>"a,b".split(",")</c>. It is never stored in a Constant node: it becomes a display.
/// </summary>
public sealed class MutableLiteral
{
    public MutableLiteral(MutableLiteralKind kind, IReadOnlyList<object?> items, IReadOnlyList<object?>? values = null)
    {
        if (kind == MutableLiteralKind.Dict && (values == null || values.Count != items.Count))
            throw new ArgumentException("a dict literal needs one value per key", nameof(values));
        Kind = kind;
        Items = items;
        Values = values;
    }

    public MutableLiteralKind Kind { get; }

    /// <summary>The items of a list or set, or the keys of a dict.</summary>
    public IReadOnlyList<object?> Items { get; }

    /// <summary>The values of a dict, parallel to <see cref="Items"/>; null otherwise.</summary>
    public IReadOnlyList<object?>? Values { get; }

    public int Count => Items.Count;

    public string TypeName => Kind switch
    {
        MutableLiteralKind.List => "list",
        MutableLiteralKind.Set => "set",
        _ => "dict",
    };

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Kind switch { MutableLiteralKind.List => '[', _ => '{' });
        for (var i = 0; i < Items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Items[i] is MutableLiteral m ? m.ToString() : PyRepr.Constant(Items[i]));
            if (Values != null) sb.Append(": ").Append(Values[i] is MutableLiteral v ? v.ToString() : PyRepr.Constant(Values[i]));
        }
        sb.Append(Kind switch { MutableLiteralKind.List => ']', _ => '}' });
        return sb.ToString();
    }
}
