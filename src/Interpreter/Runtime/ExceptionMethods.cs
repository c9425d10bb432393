namespace FatSharp.Interpreter.Runtime;

/// <summary>BaseException and subclasses: args, chaining attributes and the extra attributes of some subclasses.</summary>
public static class ExceptionMethods
{
    public static void Register()
    {
        var b = Builtins.BaseException;
        NewFunc create = (cls, a, k) => new PyBaseException(cls, new PyTuple(ArgParse.PositionalOnly(a, k)));
        foreach (var t in Builtins.Exceptions.Values) t.NewImpl = create;
        TypeMethods.Method(b, "__init__", (s, a, k) =>
        {
            var e = (PyBaseException)s!;
            e.Args = new PyTuple(ArgParse.PositionalOnly(a, k));
            return PyNone.Value;
        });
        TypeMethods.Method0(b, "__str__", s => new PyStr(Ops.ExceptionMessage((PyBaseException)s)));
        TypeMethods.Method0(b, "__repr__", s => new PyStr(Ops.NativeRepr(s)));
        TypeMethods.Method1(b, "with_traceback", (s, tb) =>
        {
            ((PyBaseException)s).TracebackObject = tb;
            return s;
        });
        TypeMethods.Method1(b, "add_note", (s, note) =>
        {
            var d = s.GetOrCreateDict()!;
            if (d.GetItem("__notes__") is not PyList notes)
            {
                notes = new PyList();
                d.SetItem("__notes__", notes);
            }
            notes.Append(note);
            return PyNone.Value;
        });
        TypeMethods.Getter(b, "args", s => ((PyBaseException)s).Args, (s, v) => ((PyBaseException)s).Args = new PyTuple(Ops.ToArray(v!)));
        TypeMethods.Getter(b, "__cause__", s => (PyObject?)((PyBaseException)s).Cause ?? PyNone.Value, (s, v) =>
        {
            var e = (PyBaseException)s;
            e.Cause = v as PyBaseException;
            e.SuppressContext = true;
        });
        TypeMethods.Getter(b, "__context__", s => (PyObject?)((PyBaseException)s).Context ?? PyNone.Value, (s, v) => ((PyBaseException)s).Context = v as PyBaseException);
        TypeMethods.Getter(b, "__suppress_context__", s => Ops.Bool(((PyBaseException)s).SuppressContext), (s, v) => ((PyBaseException)s).SuppressContext = Ops.IsTrue(v!));
        TypeMethods.Getter(b, "__traceback__", s => ((PyBaseException)s).TracebackObject ?? PyNone.Value, (s, v) => ((PyBaseException)s).TracebackObject = v);
        TypeMethods.Getter(Builtins.StopIteration, "value", s => ((PyBaseException)s).Args.Items.Length > 0 ? ((PyBaseException)s).Args.Items[0] : PyNone.Value);
        TypeMethods.Getter(Builtins.SystemExit, "code", s => ((PyBaseException)s).Args.Items.Length switch
        {
            0 => PyNone.Value,
            1 => ((PyBaseException)s).Args.Items[0],
            _ => ((PyBaseException)s).Args,
        });
        TypeMethods.Getter(Builtins.OSError, "errno", s => ((PyBaseException)s).Args.Items.Length >= 2 ? ((PyBaseException)s).Args.Items[0] : PyNone.Value);
        TypeMethods.Getter(Builtins.OSError, "filename2", s => ((PyBaseException)s).Args.Items is { Length: 5 } fa ? fa[4] : PyNone.Value);
        TypeMethods.Getter(Builtins.OSError, "strerror", s => ((PyBaseException)s).Args.Items.Length >= 2 ? ((PyBaseException)s).Args.Items[1] : PyNone.Value);
        TypeMethods.Getter(Builtins.OSError, "filename", s => ((PyBaseException)s).Args.Items.Length >= 3 ? ((PyBaseException)s).Args.Items[2] : PyNone.Value);
        TypeMethods.Method0(Builtins.OSError, "__str__", s =>
        {
            var a = ((PyBaseException)s).Args.Items;
            if (a.Length >= 3) return new PyStr($"[Errno {Ops.Str(a[0])}] {Ops.Str(a[1])}: {Ops.Repr(a[2])}");
            if (a.Length == 2) return new PyStr($"[Errno {Ops.Str(a[0])}] {Ops.Str(a[1])}");
            return new PyStr(Ops.ExceptionMessage((PyBaseException)s));
        });
        foreach (var name in new[] { "ImportError", "ModuleNotFoundError" })
            TypeMethods.Getter(Builtins.Exceptions[name], "name", s => s.Dict?.GetItem("name") ?? PyNone.Value);
        TypeMethods.Getter(Builtins.AttributeError, "name", s => s.Dict?.GetItem("name") ?? PyNone.Value);
        TypeMethods.Getter(Builtins.NameError, "name", s => s.Dict?.GetItem("name") ?? PyNone.Value);
    }
}
