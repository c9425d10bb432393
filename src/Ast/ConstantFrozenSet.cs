using System.Numerics;

namespace FatSharp.Ast;

/// <summary>
/// A frozenset held by a <see cref="Constant"/> node (<c>x in {1, 2}</c> becomes <c>x in frozenset({1, 2})</c>).
/// Items are kept in first-insertion order without duplicates under Python's equality (1, 1.0 and True are one
/// item, as in a real set); the order is only used for display. Equality between two constants is strict.
/// </summary>
public sealed class ConstantFrozenSet : IEquatable<ConstantFrozenSet>
{
    private readonly object?[] _items;

    public ConstantFrozenSet(IEnumerable<object?> items)
    {
        var list = new List<object?>();
        foreach (var item in items)
        {
            var seen = false;
            foreach (var existing in list)
                if (PythonEquals(existing, item)) { seen = true; break; }
            if (!seen) list.Add(item);
        }
        _items = list.ToArray();
    }

    public IReadOnlyList<object?> Items => _items;

    public int Count => _items.Length;

    /// <summary>Python's <c>==</c> between two hashable constants (numbers compare across int, bool, float, complex).</summary>
    public static bool PythonEquals(object? a, object? b)
    {
        if (IsNumber(a) && IsNumber(b)) return ToComplexKey(a!) == ToComplexKey(b!) && SameIntValue(a!, b!);
        if (a is ConstantTuple x && b is ConstantTuple y)
        {
            if (x.Count != y.Count) return false;
            for (var i = 0; i < x.Count; i++)
                if (!PythonEquals(x[i], y[i])) return false;
            return true;
        }
        if (a is ConstantFrozenSet s && b is ConstantFrozenSet t)
            return s.Count == t.Count && s._items.All(item => t.Contains(item));
        return NodeEquality.ConstantEquals(a, b);
    }

    public bool Contains(object? item)
    {
        foreach (var existing in _items)
            if (PythonEquals(existing, item)) return true;
        return false;
    }

    private static bool IsNumber(object? v) => v is long or BigInteger or double or bool or Complex;

    private static Complex ToComplexKey(object v) => v switch
    {
        long l => l,
        BigInteger b => (double)b,
        double d => d,
        bool f => f ? 1 : 0,
        Complex c => c,
        _ => throw new ArgumentException("not a number", nameof(v)),
    };

    // Large ints lose precision as doubles: compare them exactly when both are ints.
    private static bool SameIntValue(object a, object b)
    {
        var ai = a is bool ba ? (ba ? 1 : 0) : a;
        var bi = b is bool bb ? (bb ? 1 : 0) : b;
        if (PyInt.IsInt(ai) && PyInt.IsInt(bi)) return PyInt.ToBig(ai) == PyInt.ToBig(bi);
        if (PyInt.IsInt(ai) && bi is double d) return IntEqualsDouble(PyInt.ToBig(ai), d);
        if (PyInt.IsInt(bi) && ai is double e) return IntEqualsDouble(PyInt.ToBig(bi), e);
        return true;
    }

    private static bool IntEqualsDouble(BigInteger i, double d) =>
        !double.IsNaN(d) && !double.IsInfinity(d) && Math.Floor(d) == d && new BigInteger(d) == i;

    public bool Equals(ConstantFrozenSet? other)
    {
        if (other is null || other._items.Length != _items.Length) return false;
        foreach (var item in _items)
        {
            var found = false;
            foreach (var o in other._items)
                if (NodeEquality.ConstantEquals(item, o)) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is ConstantFrozenSet s && Equals(s);

    // Order-independent: the sum of the items' hashes.
    public override int GetHashCode()
    {
        var sum = 0;
        foreach (var item in _items) sum = unchecked(sum + NodeEquality.ConstantHashCode(item));
        return sum;
    }

    public override string ToString() => PyRepr.Constant(this);
}
