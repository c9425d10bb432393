using System.Runtime.CompilerServices;
using FatSharp.Ast;

namespace FatSharp.Interpreter.Execution;

/// <summary>
/// Python's binary operators on two machine ints, for the nodes that keep ints unboxed: the result when it is a
/// machine int too, else false (overflow, a float result such as <c>/</c> or <c>**</c>, division by zero, a negative
/// shift), and the caller takes the generic path, which gives the big int or raises CPython's error.
/// </summary>
internal static class MachineInts
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryOp(Operator op, long x, long y, out long r)
    {
        switch (op)
        {
            case Operator.Add:
                r = x + y;
                return ((x ^ r) & (y ^ r)) >= 0;
            case Operator.Sub:
                r = x - y;
                return ((x ^ y) & (x ^ r)) >= 0;
            case Operator.Mult:
                var high = Math.BigMul(x, y, out r);
                return high == r >> 63;
            case Operator.BitAnd: r = x & y; return true;
            case Operator.BitOr: r = x | y; return true;
            case Operator.BitXor: r = x ^ y; return true;
            case Operator.RShift when y >= 0:
                r = y > 63 ? (x < 0 ? -1 : 0) : x >> (int)y;
                return true;
            case Operator.LShift when y >= 0 && y < 63 && (x << (int)y) >> (int)y == x:
                r = x << (int)y;
                return true;
            case Operator.Mod when y != 0 && y != -1:
                // The sign of the divisor, as Python's modulo.
                r = x % y;
                if (r != 0 && (r ^ y) < 0) r += y;
                return true;
            case Operator.FloorDiv when y != 0 && y != -1:
                r = x / y;
                if (x % y != 0 && (x ^ y) < 0) r--;
                return true;
        }
        r = 0;
        return false;
    }
}
