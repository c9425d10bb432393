namespace FatSharp.Interpreter.Objects;

public sealed class PyStaticMethod(PyObject callable) : PyObject(Builtins.StaticMethod)
{
    public PyObject Callable = callable;
}
