using System.Numerics;

namespace FatSharp.Interpreter.Objects;

/// <summary>A range whose bounds do not fit in 64 bits (type range; the common case is <see cref="PyRange"/>).</summary>
public sealed class PyBigRange(BigInteger start, BigInteger stop, BigInteger step) : PyObject(Builtins.Range)
{
    public readonly BigInteger Start = start, Stop = stop, Step = step;

    public BigInteger Length =>
        Step > 0 ? (Start < Stop ? (Stop - Start - 1) / Step + 1 : BigInteger.Zero)
                 : (Start > Stop ? (Start - Stop - 1) / -Step + 1 : BigInteger.Zero);

    public BigInteger this[BigInteger i] => Start + i * Step;

    public bool Contains(BigInteger v)
    {
        if (Step > 0 ? v < Start || v >= Stop : v > Start || v <= Stop) return false;
        return BigInteger.Remainder(v - Start, Step).IsZero;
    }

    public IEnumerator<PyObject> Iterate()
    {
        for (var i = Start; Step > 0 ? i < Stop : i > Stop; i += Step) yield return PyInt.FromBig(i);
    }
}
