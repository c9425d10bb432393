namespace FatSharp.Interpreter.Runtime;

/// <summary>BaseException and subclasses: args, chaining attributes and the extra attributes of some subclasses.</summary>
public static class ExceptionMethods
{
    public static void Register()
    {
        var b = Builtins.BaseException;
        NewFunc create = (cls, a, k) => new PyBaseException(cls, new PyTuple(ArgParse.PositionalOnly(a, k)));
        foreach (var t in Builtins.Exceptions.Values) t.NewImpl = create;
        // Exceptions whose constructors take keyword attributes (name=, obj=, path=).
        foreach (var (type, names) in new[] { (Builtins.AttributeError, new[] { "name", "obj" }), (Builtins.NameError, ["name"]), (Builtins.ImportError, ["name", "path"]) })
        {
            var allowed = names;
            var typeName = type.Name;
            type.NewImpl = (cls, a, k) =>
            {
                var n = ArgParse.Positional(a, k);
                var e = new PyBaseException(cls, new PyTuple(a[..n]));
                for (var i = 0; i < (k?.Length ?? 0); i++)
                {
                    if (Array.IndexOf(allowed, k![i]) < 0) throw PyErr.TypeError($"'{k[i]}' is an invalid keyword argument for {typeName}()");
                    e.GetOrCreateDict().SetItem(k[i], a[n + i]);
                }
                return e;
            };
        }
        TypeMethods.Getter(Builtins.ImportError, "path", s => s.Dict?.GetItem("path") ?? PyNone.Value);
        TypeMethods.Getter(Builtins.AttributeError, "obj", s => s.Dict?.GetItem("obj") ?? PyNone.Value);
        foreach (var (name, verb) in new[] { ("UnicodeDecodeError", "decode"), ("UnicodeEncodeError", "encode") })
        {
            var ut = Builtins.Exceptions[name];
            var fields = new[] { "encoding", "object", "start", "end", "reason" };
            for (var i = 0; i < fields.Length; i++)
            {
                var index = i;
                TypeMethods.Getter(ut, fields[i], s => ((PyBaseException)s).Args.Items is { Length: 5 } items ? items[index] : PyNone.Value);
            }
            TypeMethods.Method0(ut, "__str__", s => new PyStr(UnicodeErrorMessage((PyBaseException)s, verb)));
        }
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
            ((PyBaseException)s).TracebackObject = tb is PyNone ? null : tb;
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
        TypeMethods.Getter(b, "__traceback__", s => ((PyBaseException)s).TracebackValue(), (s, v) =>
        {
            if (v is not (PyNone or PyTraceback)) throw PyErr.TypeError("__traceback__ must be a traceback or None");
            ((PyBaseException)s).TracebackObject = v is PyNone ? null : v;
        });
        var tb = Builtins.Traceback;
        TypeMethods.Getter(tb, "tb_lineno", s => PyInt.FromLong(((PyTraceback)s).Entry.Line));
        TypeMethods.Getter(tb, "tb_next", s => (PyObject?)((PyTraceback)s).Next ?? PyNone.Value);
        TypeMethods.Getter(tb, "tb_frame", s => new PyTraceFrame(((PyTraceback)s).Entry, ((PyTraceback)s).LiveFrame));
        TypeMethods.Getter(tb, "tb_lasti", s => PyInt.FromLong(-1));
        var fr = Builtins.FrameType;
        TypeMethods.Getter(fr, "f_lineno", s => PyInt.FromLong(((PyTraceFrame)s).Line));
        TypeMethods.Getter(fr, "f_back", s => PyNone.Value);
        TypeMethods.Method0(fr, "__repr__", s =>
        {
            var e = ((PyTraceFrame)s).Entry;
            return new PyStr($"<frame at {Ops.Address(s)}, file '{e.Filename}', line {e.Line}, code {e.Name}>");
        });
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
        ExceptionGroups.Register();
        TypeMethods.Method0(Builtins.SyntaxError, "__str__", s => new PyStr(SyntaxErrorText((PyBaseException)s)));
    }

    /// <summary>str() of a SyntaxError: "msg (file, line N)" when the location is known.</summary>
    private static string SyntaxErrorText(PyBaseException e)
    {
        var msg = e.Dict?.GetItem("msg") is { } m and not PyNone ? Ops.Str(m) : Ops.ExceptionMessage(e);
        var file = e.Dict?.GetItem("filename") as PyStr;
        var line = e.Dict?.GetItem("lineno") as PyInt;
        if (file is not null && line is not null) return $"{msg} ({Path.GetFileName(file.Value)}, line {line.Value})";
        if (line is not null) return $"{msg} (line {line.Value})";
        return msg;
    }

    private static string UnicodeErrorMessage(PyBaseException e, string verb)
    {
        if (e.Args.Items is not [PyStr enc, var obj, PyInt start, PyInt end, PyStr reason]) return Ops.ExceptionMessage(e);
        var s = (int)start.Value;
        var what = verb == "decode" ? "byte" : "character";
        if (end.Value == start.Value + 1)
        {
            string item;
            if (obj is PyBytes b && s < b.Count) item = "0x" + b.Value[s].ToString("x2");
            else if (obj is PyStr str && s < str.Value.Length)
            {
                var c = (int)str.Value[s];
                item = c < 0x100 ? $"'\\x{c:x2}'" : $"'\\u{c:x4}'";
            }
            else return Ops.ExceptionMessage(e);
            return $"'{enc.Value}' codec can't {verb} {what} {item} in position {s}: {reason.Value}";
        }
        return $"'{enc.Value}' codec can't {verb} {what}s in position {s}-{end.Value - 1}: {reason.Value}";
    }
}
