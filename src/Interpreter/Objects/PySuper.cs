namespace FatSharp.Interpreter.Objects;

/// <summary><c>super(type, obj)</c>: attribute lookup that starts after <see cref="ThisType"/> in the MRO of obj's type.</summary>
public sealed class PySuper(PyType thisType, PyObject? obj, PyType? objType) : PyObject(Builtins.Super)
{
    public readonly PyType ThisType = thisType;
    public readonly PyObject? Obj = obj;
    public readonly PyType? ObjType = objType;
}
