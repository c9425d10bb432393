namespace FatSharp.Interpreter.Runtime;

/// <summary>types.GenericAlias: <c>list[int]</c>, <c>dict[str, int]</c>, <c>tuple[int, ...]</c>.</summary>
public static class GenericAliases
{
    internal static bool IsGenericBuiltin(PyType t) =>
        t == Builtins.List || t == Builtins.Dict || t == Builtins.Tuple || t == Builtins.Set || t == Builtins.FrozenSet
        || t == Builtins.Enumerate || t == Builtins.DictKeys || t == Builtins.DictValues || t == Builtins.DictItems;

    internal static void Register()
    {
        var g = Builtins.GenericAlias;
        g.TypeDict.SetItem("__module__", new PyStr("types"));
        g.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("GenericAlias", a, k, 2, 2);
            var origin = a[0] as PyType ?? throw PyErr.TypeError("GenericAlias origin must be a type");
            return new PyGenericAlias(origin, a[1] is PyTuple t ? t : new PyTuple([a[1]]));
        };
        TypeMethods.Getter(g, "__origin__", s => ((PyGenericAlias)s).Origin);
        TypeMethods.Getter(g, "__args__", s => ((PyGenericAlias)s).Args);
        TypeMethods.Getter(g, "__parameters__", s => PyTuple.Empty);
        TypeMethods.Method0(g, "__repr__", s => new PyStr(Repr((PyGenericAlias)s)));
        TypeMethods.Method(g, "__call__", (s, a, k) => Ops.Call(((PyGenericAlias)s!).Origin, a, k));
        TypeMethods.Method1(g, "__mro_entries__", (s, bases) => new PyTuple([((PyGenericAlias)s).Origin]));
        TypeMethods.Method1(g, "__eq__", (s, o) => o is PyGenericAlias other
            ? Ops.Bool(ReferenceEquals(other.Origin, ((PyGenericAlias)s).Origin) && Ops.EqBool(other.Args, ((PyGenericAlias)s).Args))
            : PySingleton.NotImplemented);
        TypeMethods.Method0(g, "__hash__", s => PyInt.FromLong(Ops.Hash(((PyGenericAlias)s).Origin) ^ Ops.Hash(((PyGenericAlias)s).Args)));
        TypeMethods.Method1(g, "__getitem__", (s, key) => throw PyErr.TypeError($"{Repr((PyGenericAlias)s)} is not a generic class"));
    }

    internal static string Repr(PyGenericAlias g)
    {
        var args = g.Args.Items.Length == 0 ? "()" : string.Join(", ", g.Args.Items.Select(ArgRepr));
        return $"{TypeName(g.Origin)}[{args}]";
    }

    private static string ArgRepr(PyObject a) => a switch
    {
        _ when ReferenceEquals(a, PySingleton.Ellipsis) => "...",
        PyType t => TypeName(t),
        PyGenericAlias ga => Repr(ga),
        _ => Ops.Repr(a),
    };

    private static string TypeName(PyType t)
    {
        var module = t.TypeDict.GetItem("__module__") as PyStr;
        return module is null || module.Value == "builtins" ? t.Qualname : module.Value + "." + t.Qualname;
    }
}
