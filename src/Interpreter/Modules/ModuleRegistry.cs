namespace FatSharp.Interpreter.Modules;

/// <summary>
/// Modules implemented in C#. Adding one is a local change: write a class with a <c>Create</c> method and add a
/// line here.
/// </summary>
public static class ModuleRegistry
{
    private static readonly Dictionary<string, Func<PythonRuntime, PyModule>> Factories = new()
    {
        ["math"] = MathModule.Create,
        ["time"] = TimeModule.Create,
        ["fat"] = Fat.FatModule.Create,
        ["_fsbridge"] = FsBridgeModule.Create,
    };

    public static IEnumerable<string> Names => Factories.Keys;

    public static bool TryCreate(PythonRuntime rt, string name, out PyModule module)
    {
        if (Factories.TryGetValue(name, out var f))
        {
            module = f(rt);
            if (module is PyModule pm) PyBuiltinFunction.AdoptModuleFunctions(pm);
            return true;
        }
        module = null!;
        return false;
    }

    /// <summary>Adds a builtin function to a module namespace.</summary>
    public static void Def(PyDict ns, string name, BuiltinCall impl, Func<PyObject?, PyObject>? fast0 = null,
        Func<PyObject?, PyObject, PyObject>? fast1 = null, Func<PyObject?, PyObject, PyObject, PyObject>? fast2 = null) =>
        ns.SetItem(name, new PyBuiltinFunction(name, impl, null, null, fast0, fast1, fast2));
}
