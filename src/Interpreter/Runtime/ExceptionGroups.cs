namespace FatSharp.Interpreter.Runtime;

/// <summary>
/// BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules, message/exceptions, split/subgroup/derive,
/// and the splitting that <c>except*</c> does.
/// </summary>
public static class ExceptionGroups
{
    public static PyType BaseExceptionGroup => Builtins.Exceptions["BaseExceptionGroup"];

    public static PyType ExceptionGroup => Builtins.Exceptions["ExceptionGroup"];

    public static bool IsGroup(PyBaseException e) => e.GroupExceptions is not null;

    internal static void Register()
    {
        var beg = BaseExceptionGroup;
        NewFunc create = New;
        beg.NewImpl = create;
        ExceptionGroup.NewImpl = create;
        TypeMethods.Getter(beg, "message", s => ((PyBaseException)s).GroupMessage ?? PyStr.Empty);
        TypeMethods.Getter(beg, "exceptions", s => ((PyBaseException)s).GroupExceptions ?? PyTuple.Empty);
        TypeMethods.Method0(beg, "__str__", s => new PyStr(Ops.ExceptionMessage((PyBaseException)s)));
        TypeMethods.Method1(beg, "derive", (s, excs) => Ops.Call(BaseExceptionGroup, [((PyBaseException)s).GroupMessage ?? PyStr.Empty, excs]));
        TypeMethods.Method1(beg, "split", (s, cond) =>
        {
            var (m, r) = Split((PyBaseException)s, Condition(cond));
            return new PyTuple([(PyObject?)m ?? PyNone.Value, (PyObject?)r ?? PyNone.Value]);
        });
        TypeMethods.Method1(beg, "subgroup", (s, cond) => (PyObject?)Split((PyBaseException)s, Condition(cond)).Match ?? PyNone.Value);
    }

    private static PyObject New(PyType cls, PyObject[] args, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw PyErr.TypeError($"{cls.Name}() takes no keyword arguments");
        if (args.Length != 2) throw PyErr.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
        if (args[0] is not PyStr message)
            throw PyErr.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {args[0].Type.Name}");
        var seq = args[1];
        if (seq is PyStr || seq is PyDict || !(seq is PyList or PyTuple || seq.Type.Lookup("__getitem__") is not null && seq.Type.Lookup("__len__") is not null))
            throw PyErr.TypeError("second argument (exceptions) must be a sequence");
        var items = Ops.ToArray(seq);
        if (items.Length == 0) throw PyErr.ValueError("second argument (exceptions) must be a non-empty sequence");
        var allExceptions = true;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyBaseException be)
                throw PyErr.ValueError($"Item {i} of second argument (exceptions) is not an exception");
            allExceptions &= be.Type.IsSubtypeOf(Builtins.Exception);
        }
        var type = cls;
        if (ReferenceEquals(cls, BaseExceptionGroup))
        {
            if (allExceptions) type = ExceptionGroup;
        }
        else if (ReferenceEquals(cls, ExceptionGroup))
        {
            if (!allExceptions) throw PyErr.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        else if (!allExceptions && cls.IsSubtypeOf(Builtins.Exception))
            throw PyErr.TypeError($"Cannot nest BaseExceptions in '{cls.Name}'");
        return new PyBaseException(type, new PyTuple([message, seq])) { GroupMessage = message, GroupExceptions = new PyTuple(items) };
    }

    /// <summary>split()'s argument: an exception type, a tuple of them, or a predicate.</summary>
    internal static Func<PyBaseException, bool> Condition(PyObject cond)
    {
        if (cond is PyType t && t.IsSubtypeOf(Builtins.BaseException)) return e => e.Type.IsSubtypeOf(t);
        if (cond is PyTuple tuple && tuple.Items.All(x => x is PyType xt && xt.IsSubtypeOf(Builtins.BaseException)))
            return e => tuple.Items.Any(x => e.Type.IsSubtypeOf((PyType)x));
        if (cond is not PyType && BuiltinFunctions.IsCallable(cond)) return e => Ops.IsTrue(Ops.Call(cond, [e]));
        throw PyErr.TypeError("expected a function, exception type or tuple of exception types");
    }

    /// <summary>Splits a group into the part whose leaves (or sub-groups) match and the rest; null for an empty part.</summary>
    internal static (PyBaseException? Match, PyBaseException? Remainder) Split(PyBaseException e, Func<PyBaseException, bool> cond)
    {
        if (cond(e)) return (e, null);
        if (!IsGroup(e)) return (null, e);
        var matches = new List<PyObject>();
        var rests = new List<PyObject>();
        foreach (var item in e.GroupExceptions!.Items)
        {
            var (m, r) = Split((PyBaseException)item, cond);
            if (m is not null) matches.Add(m);
            if (r is not null) rests.Add(r);
        }
        return (matches.Count == 0 ? null : Derive(e, matches), rests.Count == 0 ? null : Derive(e, rests));
    }

    /// <summary>eg.derive(excs) with the group's cause, context, traceback and notes copied over.</summary>
    internal static PyBaseException Derive(PyBaseException e, List<PyObject> items)
    {
        var d = Ops.CallMethodByName(e, "derive", new PyList([.. items]));
        if (d is not PyBaseException g || !IsGroup(g))
            throw PyErr.TypeError("derive must return an instance of BaseExceptionGroup");
        g.Cause = e.Cause;
        g.Context = e.Context;
        g.SuppressContext = e.SuppressContext;
        g.TracebackObject = e.TracebackObject;
        g.Traceback.AddRange(e.Traceback);
        if (e.Dict?.GetItem("__notes__") is { } notes) g.GetOrCreateDict().SetItem("__notes__", notes);
        return g;
    }

    /// <summary>A group of the given exceptions: ExceptionGroup when all are Exceptions.</summary>
    internal static PyBaseException Create(string message, PyObject[] items, bool asList = false) =>
        (PyBaseException)New(BaseExceptionGroup, [new PyStr(message), asList ? new PyList(items) : new PyTuple(items)], null);

    /// <summary>The leaves of an exception (itself when it is not a group).</summary>
    internal static void Leaves(PyBaseException e, HashSet<PyBaseException> into)
    {
        if (!IsGroup(e))
        {
            into.Add(e);
            return;
        }
        foreach (var x in e.GroupExceptions!.Items) Leaves((PyBaseException)x, into);
    }
}
