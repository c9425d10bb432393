using System.Numerics;
using FatSharp.Guards;

namespace FatSharp.Interpreter.Modules.Fat;

/// <summary>
/// The <c>fat</c> module (fat 0.3): guard types, <c>specialize</c>/<c>get_specialized</c> (PEP 510),
/// <c>replace_consts</c>, <c>guard_type_dict</c>, and <c>dict_version</c> (the PEP 509 version of a dict, so the
/// version rules can be checked from Python).
/// </summary>
public static class FatModule
{
    public static PyModule Create(PythonRuntime rt)
    {
        var m = new PyModule("fat");
        var d = m.ModuleDict;
        d.SetItem("__version__", new PyStr("0.3"));
        d.SetItem("_Guard", GuardTypes.Guard);
        d.SetItem("GuardArgType", GuardTypes.GuardArgType);
        d.SetItem("GuardDict", GuardTypes.GuardDict);
        d.SetItem("GuardGlobals", GuardTypes.GuardGlobals);
        d.SetItem("GuardBuiltins", GuardTypes.GuardBuiltins);
        d.SetItem("GuardFunc", GuardTypes.GuardFunc);
        ModuleRegistry.Def(d, "specialize", (_, a, k) =>
        {
            ArgParse.Exact("specialize", a, k, 3, 3);
            Specialize(Argument<PyFunction>(a[0], 1, "function"), a[1], a[2]);
            return PyNone.Value;
        });
        ModuleRegistry.Def(d, "get_specialized", (_, a, k) =>
        {
            ArgParse.Exact("get_specialized", a, k, 1, 1);
            return GetSpecialized(Argument<PyFunction>(a[0], 1, "function"));
        });
        ModuleRegistry.Def(d, "replace_consts", (_, a, k) =>
        {
            ArgParse.Exact("replace_consts", a, k, 2, 2);
            var code = Argument<PyCode>(a[0], 1, "code");
            var mapping = Argument<PyDict>(a[1], 2, "dict");
            return CodeCopies.Copy(code, code.Name, code.FirstLineNo, CodeCopies.ComposeMapping(code, mapping));
        });
        ModuleRegistry.Def(d, "guard_type_dict", (_, a, k) =>
        {
            ArgParse.Exact("guard_type_dict", a, k, 2, 2);
            var type = Argument<PyType>(a[0], 1, "type");
            return GuardTypes.NewGuardDict(type.TypeDict, [a[1]]);
        });
        ModuleRegistry.Def(d, "dict_version", (_, a, k) =>
        {
            ArgParse.Exact("dict_version", a, k, 1, 1);
            var v = Argument<PyDict>(a[0], 1, "dict").Version;
            return v <= long.MaxValue ? PyInt.FromLong((long)v) : PyInt.FromBig(new BigInteger(v));
        });
        return m;
    }

    /// <summary>fat.specialize: PyFunction_Specialize's checks, in its order and with its messages.</summary>
    public static void Specialize(PyFunction func, PyObject code, PyObject guards)
    {
        PyObject stored;
        if (code is PyFunction or PyCode)
        {
            var other = code as PyFunction;
            var otherCode = other?.Code ?? (PyCode)code;
            var own = func.Code;
            if (!otherCode.CellVars.AsSpan().SequenceEqual(own.CellVars))
                throw PyErr.ValueError("specialized bytecode uses different cell variables");
            if (!otherCode.FreeVars.AsSpan().SequenceEqual(own.FreeVars))
                throw PyErr.ValueError("specialized bytecode uses different free variables");
            if (otherCode.ArgCount != own.ArgCount || otherCode.KwOnlyArgCount != own.KwOnlyArgCount)
                throw PyErr.ValueError("specialized bytecode doesn't have the same number of parameters");
            if (other is not null)
            {
                if (ReferenceEquals(other, func)) throw PyErr.ValueError("a function cannot specialize itself");
                if (other.Specializations is { Count: > 0 })
                    throw PyErr.ValueError("cannot specialize a function with another function which is already specialized");
                if (!Ops.EqBool(Defaults(other.Defaults), Defaults(func.Defaults)))
                    throw PyErr.ValueError("specialized function doesn't have the same parameter defaults");
                if (!Ops.EqBool((PyObject?)other.KwDefaults ?? PyNone.Value, (PyObject?)func.KwDefaults ?? PyNone.Value))
                    throw PyErr.ValueError("specialized function doesn't have the same keyword parameter defaults");
            }
            stored = CodeCopies.Copy(otherCode, own.Name, own.FirstLineNo, otherCode.ConstantMapping);
        }
        else if (BuiltinFunctions.IsCallable(code)) stored = code;
        else throw PyErr.TypeError($"function or code expected, got {code.Type.Name}");

        if (Ops.GetIterOrNull(guards) is null) throw PyErr.TypeError("guards must be a iterable");
        var items = Ops.ToArray(guards);
        if (items.Length == 0) throw PyErr.ValueError("need at least one guard");
        var checks = new Guard<PyObject>[items.Length];
        for (var i = 0; i < items.Length; i++)
            checks[i] = items[i] is PyGuard g ? g.Check : throw PyErr.TypeError($"guard must a Guard, got {items[i].Type.Name}");

        var list = func.Specializations ?? new SpecializationList<PyObject, PyObject>(func);
        // Guards' Init may see the function's namespaces (GuardBuiltins compares with the start-up builtins).
        if (list.Add(stored, codeNeedsArguments: stored is not PyCode, checks) && func.Specializations is null) func.Specializations = list;
    }

    /// <summary>fat.get_specialized: a list of (code, [guards]) tuples, oldest first.</summary>
    public static PyList GetSpecialized(PyFunction func)
    {
        var result = new PyList();
        if (func.Specializations is not { } list) return result;
        foreach (var entry in list.ToArray())
        {
            var guards = new PyObject[entry.Guards.Length];
            for (var i = 0; i < guards.Length; i++) guards[i] = PyGuard.Of(entry.Guards[i]);
            result.Append(new PyTuple([entry.Code, new PyList(guards)]));
        }
        return result;
    }

    private static PyObject Defaults(PyObject[]? defaults) => defaults is null ? PyNone.Value : new PyTuple(defaults);

    // fat parses its arguments with "O!": an object of exactly this kind (or a subclass).
    private static T Argument<T>(PyObject value, int position, string typeName) where T : PyObject =>
        value as T ?? throw PyErr.TypeError($"argument {position} must be {typeName}, not {value.Type.Name}");
}
