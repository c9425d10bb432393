using System.Numerics;

namespace FatSharp.Interpreter.Objects;

/// <summary>enumerate(iterable, start): the count is a machine integer until it passes the largest one.</summary>
public sealed class PyEnumerateIterator : PyPairIterator
{
    private readonly PyObject source;
    private long count;
    // The count once it no longer fits a long (or when it started beyond).
    private PyInt? bigCount;

    /// <param name="start">An exact int (the caller applies __index__).</param>
    public PyEnumerateIterator(PyObject source, PyInt start) : base(Builtins.Enumerate)
    {
        this.source = source;
        if (start.IsBig) bigCount = start;
        else count = start.Value;
    }

    public override bool TryNextPair(out PyObject first, out PyObject second)
    {
        // The item first: the count only advances when there is one.
        if (!Ops.TryNext(source, out second))
        {
            first = null!;
            return false;
        }
        if (bigCount is null)
        {
            first = PyInt.FromLong(count);
            if (count == long.MaxValue) bigCount = PyInt.FromBig((BigInteger)count + 1);
            else count++;
        }
        else
        {
            first = bigCount;
            bigCount = PyInt.FromBig(bigCount.Big + 1);
        }
        return true;
    }
}
