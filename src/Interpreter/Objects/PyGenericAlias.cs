namespace FatSharp.Interpreter.Objects;

/// <summary><c>list[int]</c>, <c>dict[str, int]</c>: a builtin generic type with its arguments (types.GenericAlias).
/// Calling it calls the origin; repr, ==, hash, __origin__ and __args__ follow CPython.</summary>
public sealed class PyGenericAlias(PyObject origin, PyTuple args) : PyObject(Builtins.GenericAlias)
{
    public readonly PyObject Origin = origin;
    public readonly PyTuple Args = args;

    public static PyGenericAlias Create(PyObject origin, PyObject args) =>
        new(origin, args as PyTuple is { } t && !t.Type.IsHeapType ? t : new PyTuple([args]));
}
