namespace FatSharp.Interpreter.Objects;

public sealed class PyTuple : PyObject
{
    public readonly PyObject[] Items;

    public static readonly PyTuple Empty = new([]);

    public PyTuple(PyObject[] items) : base(Builtins.Tuple) => Items = items;

    public PyTuple(PyObject[] items, PyType type) : base(type) => Items = items;

    public static PyTuple Create(PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    public int Count => Items.Length;
}
