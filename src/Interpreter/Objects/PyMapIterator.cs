namespace FatSharp.Interpreter.Objects;

/// <summary>map(function, iterable, ...); no exhausted state, as in CPython.</summary>
public sealed class PyMapIterator(PyObject function, PyObject[] iterators) : PyIterator(Builtins.Map)
{
    public override bool TryNext(out PyObject item)
    {
        if (iterators.Length == 1)
        {
            if (!Ops.TryNext(iterators[0], out var x))
            {
                item = null!;
                return false;
            }
            item = Ops.Call1(function, x);
            return true;
        }
        var args = new PyObject[iterators.Length];
        for (var i = 0; i < iterators.Length; i++)
        {
            if (Ops.TryNext(iterators[i], out args[i])) continue;
            item = null!;
            return false;
        }
        item = Ops.Call(function, args);
        return true;
    }
}
