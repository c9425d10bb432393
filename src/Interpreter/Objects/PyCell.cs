namespace FatSharp.Interpreter.Objects;

/// <summary>A closure cell: a variable shared between a function and the functions nested in it.</summary>
public sealed class PyCell(PyObject? value = null) : PyObject(Builtins.Cell)
{
    public PyObject? Value = value;
}
