namespace FatSharp.Interpreter.Objects;

/// <summary>zip of any number of iterables but two (<see cref="PyZipPairIterator"/>); no exhausted state, as in CPython.</summary>
public sealed class PyZipIterator(PyObject[] iterators, bool strict) : PyIterator(Builtins.Zip)
{
    public override bool TryNext(out PyObject item)
    {
        item = null!;
        if (iterators.Length == 0) return false;
        var items = new PyObject[iterators.Length];
        for (var i = 0; i < iterators.Length; i++)
        {
            if (Ops.TryNext(iterators[i], out items[i])) continue;
            if (strict)
            {
                if (i > 0) throw PyErr.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i > 1 ? "-" + i : "")}");
                for (var j = 1; j < iterators.Length; j++)
                    if (Ops.TryNext(iterators[j], out _)) throw PyErr.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j > 1 ? "-" + j : "")}");
            }
            return false;
        }
        item = new PyTuple(items);
        return true;
    }
}
