using FatSharp.Guards;

namespace FatSharp.Interpreter.Modules.Fat;

/// <summary>
/// fat's guard types (<c>_Guard</c> and its subtypes) with fat 0.3's constructor arguments, error messages and
/// read-only attributes. Calling a guard returns its check's answer (0, 1 or 2).
/// </summary>
public static class GuardTypes
{
    public static readonly PyType Guard = NewType("_Guard", Builtins.Object);
    public static readonly PyType GuardArgType = NewType("GuardArgType", Guard);
    public static readonly PyType GuardDict = NewType("GuardDict", Guard);
    public static readonly PyType GuardGlobals = NewType("GuardGlobals", GuardDict);
    public static readonly PyType GuardBuiltins = NewType("GuardBuiltins", GuardDict);
    public static readonly PyType GuardFunc = NewType("GuardFunc", Guard);

    static GuardTypes()
    {
        Guard.NewImpl = (cls, a, k) =>
        {
            if (a.Length > 0) throw PyErr.TypeError("_Guard() takes no arguments");
            return new PyGuard(cls, new PassGuard());
        };
        TypeMethods.Method(Guard, "__call__", (s, a, k) => CallGuard((PyGuard)s!, a, k));

        GuardArgType.NewImpl = NewGuardArgType;
        TypeMethods.Getter(GuardArgType, "arg_index", s => PyInt.FromLong(((GuardArgType<PyObject>)((PyGuard)s).Check).ArgIndex));
        TypeMethods.Getter(GuardArgType, "arg_types", s => PyTuple.Create(((GuardArgType<PyObject>)((PyGuard)s).Check).ArgTypes.ToArray()));

        GuardDict.NewImpl = (cls, a, k) =>
        {
            NoKeywords(k);
            if (a.Length == 0) throw PyErr.TypeError("missing dict parameter");
            if (a[0] is not PyDict d) throw PyErr.TypeError($"dict parameter must be dict, got {a[0].Type.Name}");
            return NewDictGuard(cls, d, a[1..], keys => new GuardDict<PyObject>(d.Storage.Table, keys));
        };
        TypeMethods.Getter(GuardDict, "dict", s => ((PyGuard)s).DictObject!);
        TypeMethods.Getter(GuardDict, "keys", s => ((PyGuard)s).Keys!);

        GuardGlobals.NewImpl = (cls, a, k) =>
        {
            NoKeywords(k);
            var keys = Names(a);
            var check = new GuardGlobals<PyObject>(PythonRuntime.Current.GuardHost, keys);
            return new PyGuard(cls, check) { DictObject = CurrentGlobals(), Keys = new PyTuple(keys) };
        };

        GuardBuiltins.NewImpl = (cls, a, k) =>
        {
            NoKeywords(k);
            var keys = Names(a);
            var check = new GuardBuiltins<PyObject>(PythonRuntime.Current.GuardHost, keys);
            var globalsGuard = new PyGuard(GuardGlobals, check.GuardGlobals) { DictObject = CurrentGlobals(), Keys = new PyTuple(keys) };
            return new PyGuard(cls, check) { DictObject = CurrentBuiltins(), Keys = new PyTuple(keys), GuardGlobals = globalsGuard };
        };
        TypeMethods.Getter(GuardBuiltins, "guard_globals", s => ((PyGuard)s).GuardGlobals!);

        GuardFunc.NewImpl = (cls, a, k) =>
        {
            var func = OneArgument("GuardFunc", "func", a, k);
            if (func is not PyFunction) throw PyErr.TypeError($"func must be a function, not {func.Type.Name}");
            return new PyGuard(cls, new GuardFunc<PyObject>(PythonRuntime.Current.GuardHost, func));
        };
        TypeMethods.Getter(GuardFunc, "func", s => ((GuardFunc<PyObject>)((PyGuard)s).Check).Function);
        TypeMethods.Getter(GuardFunc, "code", s => ((GuardFunc<PyObject>)((PyGuard)s).Check).Code);
    }

    /// <summary><c>guard(*args, **kwargs)</c>: the check's answer for these arguments.</summary>
    internal static PyObject CallGuard(PyGuard guard, PyObject[] args, string[]? kwNames)
    {
        var result = guard.Check.Check(args, kwNames);
        if ((int)result > 2) throw PyErr.RuntimeError($"guard check result must be in the range -1..2, got {(int)result}");
        return PyInt.FromLong((int)result);
    }

    /// <summary>Types whose constructor watches the caller's namespaces.</summary>
    internal static bool NeedsCallerNamespaces(PyType t) => ReferenceEquals(t, GuardGlobals) || ReferenceEquals(t, GuardBuiltins);

    /// <summary>A GuardDict on <paramref name="dict"/> (fat.guard_type_dict uses it on a type's dict).</summary>
    internal static PyGuard NewGuardDict(PyDict dict, PyObject[] keys) =>
        NewDictGuard(GuardDict, dict, keys, k => new GuardDict<PyObject>(dict.Storage.Table, k));

    private static PyGuard NewDictGuard(PyType cls, PyDict dict, PyObject[] keyArgs, Func<PyObject[], Guard<PyObject>> make)
    {
        var keys = Names(keyArgs);
        return new PyGuard(cls, make(keys)) { DictObject = dict, Keys = new PyTuple(keys) };
    }

    private static PyObject NewGuardArgType(PyType cls, PyObject[] a, string[]? k)
    {
        var nk = k?.Length ?? 0;
        var npos = a.Length - nk;
        if (a.Length > 2) throw PyErr.TypeError($"GuardArgType() takes at most 2 arguments ({a.Length} given)");
        PyObject? index = npos > 0 ? a[0] : null, types = npos > 1 ? a[1] : null;
        for (var i = 0; i < nk; i++)
        {
            var v = a[npos + i];
            switch (k![i])
            {
                case "arg_index" when index is null: index = v; break;
                case "arg_types" when types is null: types = v; break;
                case "arg_index" or "arg_types":
                    throw PyErr.TypeError($"argument for GuardArgType() given by name ('{k[i]}') and position ({(k[i] == "arg_index" ? 1 : 2)})");
                default: throw PyErr.TypeError($"'{k[i]}' is an invalid keyword argument for GuardArgType()");
            }
        }
        if (index is null) throw PyErr.TypeError("GuardArgType() missing required argument 'arg_index' (pos 1)");
        if (types is null) throw PyErr.TypeError("GuardArgType() missing required argument 'arg_types' (pos 2)");
        if (index is not PyInt ii) throw PyErr.TypeError($"an integer is required (got type {index.Type.Name})");
        if (!ii.TryGetInt32(out var argIndex)) throw PyErr.New(Builtins.OverflowError, "signed integer is greater than maximum");
        if (Ops.GetIterOrNull(types) is null) throw PyErr.TypeError("arg_types must be a type or an iterable");
        var list = Ops.ToArray(types);
        if (list.Length == 0) throw PyErr.ValueError("need at least one argument type");
        foreach (var t in list)
            if (t is not PyType) throw PyErr.TypeError($"arg_type must be a type, got {t.Type.Name}");
        return new PyGuard(cls, new GuardArgType<PyObject>(PythonRuntime.Current.GuardHost, argIndex, list));
    }

    // Guard keys: at least one, each a str, interned (fat 0.3).
    private static PyObject[] Names(PyObject[] a)
    {
        if (a.Length == 0) throw PyErr.TypeError("keys must at least contain one key");
        var keys = new PyObject[a.Length];
        for (var i = 0; i < a.Length; i++)
            keys[i] = a[i] is PyStr s ? PyStr.Intern(s.Value) : throw PyErr.TypeError($"key must be str, not {a[i].Type.Name}");
        return keys;
    }

    private static void NoKeywords(string[]? k)
    {
        if (k is { Length: > 0 }) throw PyErr.TypeError("keyword arguments are not supported");
    }

    private static PyObject OneArgument(string fn, string name, PyObject[] a, string[]? k)
    {
        if (a.Length == 1 && (k is null || k.Length == 0 || k[0] == name)) return a[0];
        if (a.Length == 0) throw PyErr.TypeError($"{fn}() missing required argument '{name}' (pos 1)");
        throw PyErr.TypeError($"{fn}() takes exactly 1 argument ({a.Length} given)");
    }

    private static PyDict CurrentGlobals() => CurrentNamespace(globals: true);

    private static PyDict CurrentBuiltins() => CurrentNamespace(globals: false);

    // The dict objects of the namespaces the guards just captured (the host hands out their tables).
    private static PyDict CurrentNamespace(bool globals)
    {
        var g = FatGuardHost.CurrentNamespaceObjects(globals);
        return g ?? throw PyErr.RuntimeError(globals ? "unable to get globals" : "unable to get builtins");
    }

    private static PyType NewType(string name, PyType @base)
    {
        var t = new PyType(Builtins.Type, name, [@base], InstanceLayout.Other);
        t.TypeDict.SetItem("__module__", new PyStr("fat"));
        return t;
    }
}
