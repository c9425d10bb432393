namespace FatSharp.Interpreter.Objects;

public sealed class PyClassMethod(PyObject callable) : PyObject(Builtins.ClassMethod)
{
    public PyObject Callable = callable;
}
