namespace FatSharp.Interpreter.Runtime;

/// <summary>Coroutines, async generators and their awaitables; the <c>await</c> protocol.</summary>
public static class AsyncMethods
{
    internal static void Register()
    {
        var c = Builtins.Coroutine;
        TypeMethods.Method1(c, "send", (s, v) => ((PyGenerator)s).Send(v));
        TypeMethods.Method(c, "throw", (s, a, k) => ((PyGenerator)s!).Throw(ThrowArgument("throw", a, k)));
        TypeMethods.Method0(c, "close", s =>
        {
            ((PyGenerator)s).Close();
            return PyNone.Value;
        });
        TypeMethods.Method0(c, "__await__", s => new PyCoroutineWrapper((PyGenerator)s));
        TypeMethods.Getter(c, "__name__", s => new PyStr(((PyGenerator)s).Code.Name));
        TypeMethods.Getter(c, "__qualname__", s => new PyStr(((PyGenerator)s).Code.Qualname));
        TypeMethods.Getter(c, "cr_running", s => Ops.Bool(((PyGenerator)s).IsRunning));
        TypeMethods.Getter(c, "cr_code", s => ((PyGenerator)s).Code);

        var w = Builtins.CoroutineWrapper;
        TypeMethods.Method0(w, "__iter__", s => s);
        TypeMethods.Method0(w, "__next__", s => ((PyCoroutineWrapper)s).Coroutine.Send(PyNone.Value));
        TypeMethods.Method1(w, "send", (s, v) => ((PyCoroutineWrapper)s).Coroutine.Send(v));
        TypeMethods.Method(w, "throw", (s, a, k) => ((PyCoroutineWrapper)s!).Coroutine.Throw(ThrowArgument("throw", a, k)));
        TypeMethods.Method0(w, "close", s =>
        {
            ((PyCoroutineWrapper)s).Coroutine.Close();
            return PyNone.Value;
        });

        var ag = Builtins.AsyncGenerator;
        TypeMethods.Method0(ag, "__aiter__", s => s);
        TypeMethods.Method0(ag, "__anext__", s => new PyAsyncGenStep((PyGenerator)s, PyNone.Value, null, false));
        TypeMethods.Method1(ag, "asend", (s, v) => new PyAsyncGenStep((PyGenerator)s, v, null, false));
        TypeMethods.Method(ag, "athrow", (s, a, k) => new PyAsyncGenStep((PyGenerator)s!, null, ThrowArgument("athrow", a, k), false));
        TypeMethods.Method0(ag, "aclose", s => new PyAsyncGenStep((PyGenerator)s, null, PyErr.NewNoArgs(Builtins.GeneratorExit).Value, true));
        TypeMethods.Getter(ag, "__name__", s => new PyStr(((PyGenerator)s).Code.Name));
        TypeMethods.Getter(ag, "__qualname__", s => new PyStr(((PyGenerator)s).Code.Qualname));
        TypeMethods.Getter(ag, "ag_running", s => Ops.Bool(((PyGenerator)s).IsRunning));
        TypeMethods.Getter(ag, "ag_code", s => ((PyGenerator)s).Code);

        foreach (var t in new[] { Builtins.AsyncGenAsend, Builtins.AsyncGenAthrow })
        {
            TypeMethods.Method0(t, "__await__", s => s);
            TypeMethods.Method0(t, "__iter__", s => s);
            TypeMethods.Method0(t, "__next__", s => ((PyAsyncGenStep)s).Send(PyNone.Value));
            TypeMethods.Method1(t, "send", (s, v) => ((PyAsyncGenStep)s).Send(v));
            TypeMethods.Method(t, "throw", (s, a, k) => ((PyAsyncGenStep)s!).Throw(ThrowArgument("throw", a, k)));
            TypeMethods.Method0(t, "close", s =>
            {
                ((PyAsyncGenStep)s).Close();
                return PyNone.Value;
            });
        }
    }

    /// <summary>The exception of <c>throw(type[, value[, tb]])</c> or <c>throw(instance)</c>.</summary>
    internal static PyBaseException ThrowArgument(string name, PyObject[] a, string[]? k)
    {
        ArgParse.Exact(name, a, k, 1, 3);
        if (a[0] is PyType et)
            return a.Length > 1 && a[1] is PyBaseException given ? given : ExceptionState.ToException(a.Length > 1 && a[1] is not PyNone ? Ops.Call(et, [a[1]]) : et);
        return a[0] as PyBaseException ?? throw PyErr.TypeError("exceptions must be classes or instances deriving from BaseException, not " + a[0].Type.Name);
    }

    /// <summary>The iterator an <c>await</c> drives: a coroutine itself, or what <c>__await__</c> returns.</summary>
    internal static PyObject GetAwaitIterator(PyObject o)
    {
        switch (o)
        {
            case PyGenerator g when g.IsCoroutine:
                return g;
            case PyGenerator g when g.IsPlainGenerator && (g.Code.Flags & CodeFlags.IterableCoroutine) != 0:
                return g;
            case PyAsyncGenStep:
                return o;
        }
        var m = o.Type.Lookup("__await__") ?? throw PyErr.TypeError($"object {o.Type.Name} can't be used in 'await' expression");
        var it = Ops.CallMethod(m, o);
        if (it is PyGenerator { IsCoroutine: true }) throw PyErr.TypeError("__await__() returned a coroutine");
        if (it is not PyIterator && it.Type.Lookup("__next__") is null)
            throw PyErr.TypeError($"__await__() returned non-iterator of type '{it.Type.Name}'");
        return it;
    }
}
