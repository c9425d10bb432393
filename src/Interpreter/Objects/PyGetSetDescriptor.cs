namespace FatSharp.Interpreter.Objects;

/// <summary>A computed attribute of a builtin type (<c>function.__name__</c>, <c>object.__class__</c>): a data descriptor.</summary>
public sealed class PyGetSetDescriptor(PyType owner, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject?>? set = null)
    : PyObject(Builtins.GetSetDescriptor)
{
    public readonly PyType Owner = owner;
    public readonly string Name = name;
    public readonly Func<PyObject, PyObject> Get = get;
    public readonly Action<PyObject, PyObject?>? Set = set;

    /// <summary>For a <c>__slots__</c> member: its index in <c>PyInstance.SlotValues</c> (attribute nodes read and
    /// write it directly); -1 otherwise.</summary>
    public int SlotIndex { get; init; } = -1;
}
