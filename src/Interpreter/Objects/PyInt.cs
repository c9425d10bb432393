using System.Globalization;
using System.Numerics;

namespace FatSharp.Interpreter.Objects;

/// <summary>
/// Python int: a <see cref="long"/> fast path, promoted to a <see cref="BigInteger"/> only when the value does not fit.
/// bool is this class with <see cref="PyObject.Type"/> = bool (True and False are the two instances), so int fast
/// paths accept bools like CPython's int subclass does.
/// </summary>
public sealed class PyInt : PyObject
{
    public readonly long Value;
    private readonly BigBox? big;

    private sealed class BigBox(BigInteger v)
    {
        public readonly BigInteger V = v;
    }

    private const int CacheLow = -5, CacheHigh = 256;
    private static readonly PyInt[] Cache = CreateCache();

    public static readonly PyInt True = new(1, Builtins.Bool);
    public static readonly PyInt False = new(0, Builtins.Bool);
    public static readonly PyInt Zero = FromLong(0);
    public static readonly PyInt One = FromLong(1);

    private static PyInt[] CreateCache()
    {
        var c = new PyInt[CacheHigh - CacheLow + 1];
        for (var i = 0; i < c.Length; i++) c[i] = new PyInt(i + CacheLow, Builtins.Int);
        return c;
    }

    private PyInt(long v, PyType type) : base(type) => Value = v;

    private PyInt(BigInteger v, PyType type) : base(type)
    {
        big = new BigBox(v);
        Value = 0;
    }

    /// <summary>An int of a user subclass of int.</summary>
    public static PyInt OfType(BigInteger v, PyType type) =>
        v >= long.MinValue && v <= long.MaxValue ? new PyInt((long)v, type) : new PyInt(v, type);

    public static PyInt FromLong(long v) =>
        (ulong)(v - CacheLow) <= CacheHigh - CacheLow ? Cache[v - CacheLow] : new PyInt(v, Builtins.Int);

    public static PyInt FromBig(BigInteger v) =>
        v >= long.MinValue && v <= long.MaxValue ? FromLong((long)v) : new PyInt(v, Builtins.Int);

    public static PyInt FromBool(bool b) => b ? True : False;

    public bool IsBig => big is not null;

    public BigInteger Big => big is null ? Value : big.V;

    public bool IsBool => ReferenceEquals(Type, Builtins.Bool);

    public bool IsZero => big is null && Value == 0;

    public int Sign => big is null ? Math.Sign(Value) : big.V.Sign;

    public bool TryGetInt32(out int v)
    {
        if (big is null && Value >= int.MinValue && Value <= int.MaxValue)
        {
            v = (int)Value;
            return true;
        }
        v = 0;
        return false;
    }

    public string ToDecimalString() => big is null ? Value.ToString(CultureInfo.InvariantCulture) : big.V.ToString(CultureInfo.InvariantCulture);

    /// <summary>CPython's numeric hash: the value modulo 2**61-1, with -1 mapped to -2.</summary>
    public long PyHash()
    {
        if (big is null)
        {
            long h;
            if (Value >= -PyHashing.Modulus && Value <= PyHashing.Modulus) h = Value;
            else h = Value % PyHashing.Modulus;
            if (h == PyHashing.Modulus) h = 0;
            else if (h == -PyHashing.Modulus) h = 0;
            return h == -1 ? -2 : h;
        }
        var r = (long)(BigInteger.Abs(big.V) % PyHashing.Modulus);
        if (big.V.Sign < 0) r = -r;
        return r == -1 ? -2 : r;
    }
}
