using System.Numerics;

namespace FatSharp.Ast;

public static partial class NodeEquality
{
    /// <summary>True when both trees have the same classes, fields and constants (and positions if asked).</summary>
    public static bool Equal(Node a, Node b, bool positions = false) => EqualNodes(a, b, positions);

    private static bool SamePosition(LocatedNode a, LocatedNode b) =>
        a.Lineno == b.Lineno && a.ColOffset == b.ColOffset && a.EndLineno == b.EndLineno && a.EndColOffset == b.EndColOffset;

    private static bool EqualOptional(Node? a, Node? b, bool positions) =>
        a == null ? b == null : b != null && EqualNodes(a, b, positions);

    private static bool EqualLists<T>(List<T> a, List<T> b, bool positions) where T : Node?
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!EqualOptional(a[i], b[i], positions)) return false;
        return true;
    }

    /// <summary>Constants are equal when they have the same Python type and value: 1, 1.0 and True differ, and so do 0.0 and -0.0.</summary>
    public static bool ConstantEquals(object? a, object? b)
    {
        if (a == null || b == null) return a == b;
        switch (a)
        {
            case double x when b is double y:
                return BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y) || (double.IsNaN(x) && double.IsNaN(y));
            case Complex x when b is Complex y:
                return ConstantEquals(x.Real, y.Real) && ConstantEquals(x.Imaginary, y.Imaginary);
            case byte[] x when b is byte[] y:
                return x.AsSpan().SequenceEqual(y);
            case object[] x when b is object[] y:
                if (x.Length != y.Length) return false;
                for (var i = 0; i < x.Length; i++)
                    if (!ConstantEquals(x[i], y[i])) return false;
                return true;
            case ConstantTuple x when b is ConstantTuple y:
                return x.Equals(y);
            case ConstantFrozenSet x when b is ConstantFrozenSet y:
                return x.Equals(y);
        }
        if (PyInt.IsInt(a) && PyInt.IsInt(b)) return PyInt.ToBig(a) == PyInt.ToBig(b);
        return a.GetType() == b.GetType() && a.Equals(b);
    }

    /// <summary>A hash consistent with <see cref="ConstantEquals"/>.</summary>
    public static int ConstantHashCode(object? v) => v switch
    {
        null => 0,
        long l => ((BigInteger)l).GetHashCode(),
        BigInteger bi => bi.GetHashCode(),
        double d => double.IsNaN(d) ? 1 : BitConverter.DoubleToInt64Bits(d).GetHashCode(),
        byte[] bytes => bytes.Length == 0 ? 7 : HashCode.Combine(bytes.Length, bytes[0], bytes[^1]),
        object[] items => items.Length,
        _ => HashCode.Combine(v.GetType(), v.GetHashCode()),
    };
}
