namespace FatSharp.Interpreter.Objects;

/// <summary>filter(function, iterable): None or bool as the function test the items' truth directly, as in CPython.</summary>
public sealed class PyFilterIterator(PyObject function, PyObject source) : PyIterator(Builtins.Filter)
{
    private readonly bool truthOnly = function is PyNone || ReferenceEquals(function, Builtins.Bool);

    public override bool TryNext(out PyObject item)
    {
        while (Ops.TryNext(source, out item))
            if (truthOnly ? Ops.IsTrue(item) : Ops.IsTrue(Ops.Call1(function, item))) return true;
        return false;
    }
}
