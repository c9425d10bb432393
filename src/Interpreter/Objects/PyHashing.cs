using System.Numerics;

namespace FatSharp.Interpreter.Objects;

/// <summary>CPython's hash rules for numbers, so equal int/float/complex values hash alike.</summary>
public static class PyHashing
{
    public const long Modulus = (1L << 61) - 1;
    public const long Inf = 314159;

    public static long Float(double v)
    {
        if (double.IsInfinity(v)) return v > 0 ? Inf : -Inf;
        if (double.IsNaN(v)) return 0;
        if (v == Math.Floor(v) && Math.Abs(v) < 9.2e18) return PyInt.FromLong((long)v).PyHash();
        // Exact rational hash: v = m * 2**e with integer m.
        var bits = BitConverter.DoubleToInt64Bits(v);
        var exp = (int)((bits >> 52) & 0x7FF);
        var mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        exp -= 1075;
        var m = new BigInteger(mant);
        BigInteger h;
        if (exp >= 0) h = m * BigInteger.ModPow(2, exp, Modulus) % Modulus;
        else
        {
            // multiply by inverse of 2**-exp modulo the Mersenne prime: 2**61 == 1, so 2**-k == 2**(61 - k % 61).
            var k = (-exp) % 61;
            h = m * BigInteger.ModPow(2, (61 - k) % 61, Modulus) % Modulus;
        }
        var r = (long)h;
        if (v < 0) r = -r;
        return r == -1 ? -2 : r;
    }
}
