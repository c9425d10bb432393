using System.Numerics;

namespace FatSharp.Ast;

/// <summary>Integer constants in a tree are <see cref="long"/> when they fit and <see cref="BigInteger"/> otherwise.</summary>
public static class PyInt
{
    public static bool IsInt(object? v) => v is long or BigInteger;

    public static BigInteger ToBig(object v) => v is long l ? l : (BigInteger)v;

    /// <summary>The canonical constant for <paramref name="v"/>: a long if it fits.</summary>
    public static object Normalize(BigInteger v) => v >= long.MinValue && v <= long.MaxValue ? (object)(long)v : v;
}
