namespace FatSharp.Interpreter.Objects;

/// <summary>A Python function: code + globals + defaults + closure.</summary>
public sealed class PyFunction : PyObject
{
    /// <summary>Assignable (<c>f.__code__ = g.__code__</c>); the call path always reads it from here.</summary>
    public PyCode Code;
    public readonly PyDict Globals;
    public readonly PyDict BuiltinsDict;
    public PyObject[]? Defaults;
    public PyDict? KwDefaults;
    public PyCell[]? Closure;
    public string Name;
    public string Qualname;
    public PyObject Module;
    public PyObject Doc;
    public PyDict? Annotations;
    private PyDict? dict;

    /// <summary>
    /// Guarded specialized versions of this function (PEP 510). Null when there are none, which is the only cost on
    /// the call path: see <see cref="Execution.FunctionCalls"/> where the check belongs.
    /// </summary>
    public FatSharp.Guards.SpecializationList<PyObject, PyObject>? Specializations;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins, string qualname) : base(Builtins.Function)
    {
        Code = code;
        Globals = globals;
        BuiltinsDict = builtins;
        Name = code.Name;
        Qualname = qualname;
        Module = globals.GetItem("__name__") ?? PyNone.Value;
        Doc = code.Docstring ?? PyNone.Value;
    }

    public override PyDict? Dict => dict;

    public override PyDict GetOrCreateDict() => dict ??= new PyDict();
}
