namespace FatSharp.Interpreter.Objects;

/// <summary><c>list[int]</c>: a parameterized builtin generic (types.GenericAlias). Calling it calls the origin.</summary>
public sealed class PyGenericAlias(PyType origin, PyTuple args) : PyObject(Builtins.GenericAlias)
{
    public readonly PyType Origin = origin;
    public readonly PyTuple Args = args;
}
