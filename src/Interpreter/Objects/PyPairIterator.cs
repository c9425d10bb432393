namespace FatSharp.Interpreter.Objects;

/// <summary>
/// An iterator whose items are 2-tuples (enumerate, zip of two iterables). A loop whose target unpacks two names
/// takes both halves from <see cref="TryNextPair"/> and never builds the tuple, which nothing else could see.
/// </summary>
public abstract class PyPairIterator(PyType type) : PyIterator(type)
{
    public abstract bool TryNextPair(out PyObject first, out PyObject second);

    public sealed override bool TryNext(out PyObject item)
    {
        if (TryNextPair(out var first, out var second))
        {
            item = new PyTuple([first, second]);
            return true;
        }
        item = null!;
        return false;
    }
}
