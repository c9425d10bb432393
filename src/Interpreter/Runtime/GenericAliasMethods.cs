namespace FatSharp.Interpreter.Runtime;

/// <summary>types.GenericAlias: construction, repr (<c>dict[str, list[int]]</c>), calls and attributes.</summary>
public static class GenericAliasMethods
{
    /// <summary>The builtin types whose subscription gives a GenericAlias (<c>list[int]</c>, <c>type[C]</c>).</summary>
    internal static bool IsGenericBuiltin(PyType t) =>
        t == Builtins.List || t == Builtins.Dict || t == Builtins.Tuple || t == Builtins.Set || t == Builtins.FrozenSet
        || t == Builtins.Type || t == Builtins.Enumerate || t == Builtins.DictKeys || t == Builtins.DictValues
        || t == Builtins.DictItems;

    public static string Repr(PyGenericAlias ga) =>
        ArgRepr(ga.Origin) + "[" + (ga.Args.Items.Length == 0 ? "()" : string.Join(", ", ga.Args.Items.Select(ArgRepr))) + "]";

    private static string ArgRepr(PyObject o)
    {
        switch (o)
        {
            case PySingleton { Name: "Ellipsis" }:
                return "...";
            case PyGenericAlias ga:
                return Repr(ga);
            case PyType t:
                var module = t.TypeDict.GetItem("__module__") is PyStr m ? m.Value : "builtins";
                var qualname = Ops.GetAttrOrNull(t, "__qualname__") is PyStr q ? q.Value : t.Name;
                return module == "builtins" ? qualname : module + "." + qualname;
        }
        return Ops.Repr(o);
    }

    public static PyObject Call(PyGenericAlias ga, PyObject[] args, string[]? kwNames)
    {
        var result = Ops.Call(ga.Origin, args, kwNames);
        try
        {
            Ops.SetAttr(result, "__orig_class__", ga);
        }
        catch (PythonException e) when (PyErr.Matches(e, Builtins.AttributeError) || PyErr.Matches(e, Builtins.TypeError))
        {
            // Builtin instances have no __dict__: like CPython, the alias is simply not recorded.
        }
        return result;
    }

    public static void Register()
    {
        var t = Builtins.GenericAlias;
        t.TypeDict.SetItem("__module__", new PyStr("types"));
        t.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("GenericAlias", a, k, 2, 2);
            return PyGenericAlias.Create(a[0], a[1]);
        };
        TypeMethods.Getter(t, "__origin__", s => ((PyGenericAlias)s).Origin);
        TypeMethods.Getter(t, "__args__", s => ((PyGenericAlias)s).Args);
        TypeMethods.Getter(t, "__parameters__", s => PyTuple.Empty);
        TypeMethods.Getter(t, "__name__", s => Ops.GetAttr(((PyGenericAlias)s).Origin, "__name__"));
        TypeMethods.Getter(t, "__qualname__", s => Ops.GetAttr(((PyGenericAlias)s).Origin, "__qualname__"));
        TypeMethods.Method1(t, "__mro_entries__", (s, bases) => new PyTuple([((PyGenericAlias)s).Origin]));
        TypeMethods.Method1(t, "__getitem__", (s, key) => throw PyErr.TypeError($"{Repr((PyGenericAlias)s)} is not a generic class"));
        TypeMethods.Method0(t, "__repr__", s => new PyStr(Repr((PyGenericAlias)s)));
        TypeMethods.Method(t, "__call__", (s, a, k) => Call((PyGenericAlias)s!, a, k));
        TypeMethods.Method1(t, "__or__", (s, other) => throw PyErr.TypeError("unions of generic aliases (X | Y) are not supported yet"));
    }
}
