namespace FatSharp.Ast;

/// <summary>
/// A tuple held by a <see cref="Constant"/> node, made by constant folding (<c>(1, 2)</c>, <c>x in [1, 2]</c>).
/// Equality is the strict one of code constants: items must have the same Python type and value.
/// </summary>
public sealed class ConstantTuple : IEquatable<ConstantTuple>
{
    public static readonly ConstantTuple Empty = new([]);

    private readonly object?[] _items;

    public ConstantTuple(object?[] items) => _items = items;

    public IReadOnlyList<object?> Items => _items;

    public int Count => _items.Length;

    public object? this[int index] => _items[index];

    public bool Equals(ConstantTuple? other)
    {
        if (other is null || other._items.Length != _items.Length) return false;
        for (var i = 0; i < _items.Length; i++)
            if (!NodeEquality.ConstantEquals(_items[i], other._items[i])) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is ConstantTuple t && Equals(t);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(NodeEquality.ConstantHashCode(item));
        return hash.ToHashCode();
    }

    public override string ToString() => PyRepr.Constant(this);
}
