namespace FatSharp.Interpreter.Objects;

/// <summary>An iterator over a C# sequence (map, filter, zip, dict views, ...).</summary>
public sealed class PyEnumeratorIterator(PyType type, IEnumerator<PyObject> source) : PyIterator(type)
{
    private IEnumerator<PyObject>? source = source;

    public override bool TryNext(out PyObject item)
    {
        if (source is not null && source.MoveNext())
        {
            item = source.Current;
            return true;
        }
        source = null;
        item = null!;
        return false;
    }
}
