namespace FatSharp.Interpreter.Runtime;

/// <summary>Creates Python exceptions ready to throw: <c>throw PyErr.TypeError("...")</c>.</summary>
public static class PyErr
{
    public static PythonException New(PyType type, string message) =>
        new(new PyBaseException(type, new PyTuple([new PyStr(message)], Builtins.Tuple)));

    public static PythonException NewNoArgs(PyType type) => new(new PyBaseException(type, PyTuple.Empty));

    public static PythonException TypeError(string m) => New(Builtins.TypeError, m);
    public static PythonException ValueError(string m) => New(Builtins.ValueError, m);
    public static PythonException AttributeError(string m) => New(Builtins.AttributeError, m);
    public static PythonException NameError(string m) => New(Builtins.NameError, m);
    public static PythonException IndexError(string m) => New(Builtins.IndexError, m);
    public static PythonException ZeroDivisionError(string m) => New(Builtins.ZeroDivisionError, m);
    public static PythonException OverflowError(string m) => New(Builtins.OverflowError, m);
    public static PythonException RuntimeError(string m) => New(Builtins.RuntimeError, m);
    public static PythonException NotImplementedError(string m) => New(Builtins.NotImplementedError, m);
    public static PythonException UnboundLocalError(string m) => New(Builtins.UnboundLocalError, m);
    public static PythonException RecursionError(string m) => New(Builtins.RecursionError, m);
    public static PythonException ImportError(string m) => New(Builtins.ImportError, m);
    public static PythonException ModuleNotFoundError(string m) => New(Builtins.ModuleNotFoundError, m);

    /// <summary>An ImportError (or subclass) whose <c>name</c> attribute is the module concerned.</summary>
    public static PythonException ImportErrorFor(PyType type, string message, string moduleName)
    {
        var e = New(type, message);
        e.Value.GetOrCreateDict().SetItem("name", new PyStr(moduleName));
        return e;
    }
    public static PythonException AssertionError(string m) => New(Builtins.AssertionError, m);
    public static PythonException OSError(string m) => New(Builtins.OSError, m);

    public static PythonException KeyError(PyObject key) =>
        new(new PyBaseException(Builtins.KeyError, new PyTuple([key], Builtins.Tuple)));

    public static PythonException StopIteration(PyObject? value = null) =>
        new(new PyBaseException(Builtins.StopIteration, value is null ? PyTuple.Empty : new PyTuple([value], Builtins.Tuple)));

    public static bool Matches(PythonException e, PyType t) => e.Value.Type.IsSubtypeOf(t);
}
