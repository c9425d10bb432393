namespace FatSharp.Interpreter.Objects;

public sealed class PyFloat(double value, PyType? type = null) : PyObject(type ?? Builtins.Float)
{
    public readonly double Value = value;
}
