namespace FatSharp.Interpreter.Execution;

/// <summary>The exceptions being handled (innermost last), for bare <c>raise</c>, implicit chaining and sys.exc_info().</summary>
public static class ExceptionState
{
    [ThreadStatic] private static List<PyBaseException>? handled;

    public static PyBaseException? Current => handled is { Count: > 0 } h ? h[^1] : null;

    internal static void Push(PyBaseException e) => (handled ??= []).Add(e);

    internal static void Pop() => handled!.RemoveAt(handled.Count - 1);

    internal static void Reset() => handled?.Clear();

    /// <summary>An exception instance from <c>raise X</c> or <c>raise X(...)</c>.</summary>
    internal static PyBaseException ToException(PyObject v)
    {
        if (v is PyBaseException e) return e;
        if (v is PyType t && t.IsSubtypeOf(Builtins.BaseException))
        {
            var inst = Ops.Call(t, []);
            return inst as PyBaseException ?? throw PyErr.TypeError($"calling {Ops.Repr(t)} should have returned an instance of BaseException, not {inst.Type.Name}");
        }
        throw PyErr.TypeError("exceptions must derive from BaseException");
    }

    internal static ExecStatus Throw(PyBaseException e, bool explicitCause) => throw Raise(e, null, explicitCause);

    internal static PythonException Raise(PyBaseException e, PyBaseException? cause, bool explicitCause)
    {
        var ctx = Current;
        if (ctx is not null && !ReferenceEquals(ctx, e) && e.Context is null) e.Context = ctx;
        return new PythonException(e);
    }
}
