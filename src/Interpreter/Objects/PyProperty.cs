namespace FatSharp.Interpreter.Objects;

public sealed class PyProperty(PyObject? fget, PyObject? fset, PyObject? fdel, PyObject? doc) : PyObject(Builtins.Property)
{
    public readonly PyObject? Fget = fget, Fset = fset, Fdel = fdel;
    public readonly PyObject? Doc = doc;
    public string? Name;
}
