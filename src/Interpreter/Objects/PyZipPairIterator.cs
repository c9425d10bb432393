namespace FatSharp.Interpreter.Objects;

/// <summary>zip of two iterables. Like CPython's zip it keeps no exhausted state: every next() asks the iterators again.</summary>
public sealed class PyZipPairIterator(PyObject first, PyObject second, bool strict) : PyPairIterator(Builtins.Zip)
{
    public override bool TryNextPair(out PyObject a, out PyObject b)
    {
        if (!Ops.TryNext(first, out a))
        {
            b = null!;
            if (strict && Ops.TryNext(second, out _)) throw PyErr.ValueError("zip() argument 2 is longer than argument 1");
            return false;
        }
        if (!Ops.TryNext(second, out b))
        {
            if (strict) throw PyErr.ValueError("zip() argument 2 is shorter than argument 1");
            return false;
        }
        return true;
    }
}
