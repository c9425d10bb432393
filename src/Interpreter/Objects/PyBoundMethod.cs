namespace FatSharp.Interpreter.Objects;

public sealed class PyBoundMethod(PyObject function, PyObject self) : PyObject(Builtins.Method)
{
    public readonly PyObject Function = function;
    public readonly PyObject Self = self;
}
