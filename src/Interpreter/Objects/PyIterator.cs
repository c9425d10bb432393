namespace FatSharp.Interpreter.Objects;

/// <summary>
/// Base of iterators implemented in C#: the interpreter's loops call <see cref="TryNext"/>, which signals the end
/// by returning false instead of raising StopIteration.
/// </summary>
public abstract class PyIterator(PyType type) : PyObject(type)
{
    public abstract bool TryNext(out PyObject item);
}
