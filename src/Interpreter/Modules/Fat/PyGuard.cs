using FatSharp.Guards;

namespace FatSharp.Interpreter.Modules.Fat;

/// <summary>
/// A guard as a Python object (fat's guard types): the check it runs and the read-only attributes Python sees.
/// The specialization list holds <see cref="Check"/>; <see cref="Of"/> finds the Python object back.
/// </summary>
public sealed class PyGuard : PyObject
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Guard<PyObject>, PyGuard> Objects = new();

    public readonly Guard<PyObject> Check;
    /// <summary>GuardDict and subtypes: the dict object (<c>dict</c>) and the names (<c>keys</c>).</summary>
    public PyObject? DictObject;
    public PyTuple? Keys;
    /// <summary>GuardBuiltins: the GuardGlobals on the same names.</summary>
    public PyGuard? GuardGlobals;

    public PyGuard(PyType type, Guard<PyObject> check) : base(type)
    {
        Check = check;
        Objects.AddOrUpdate(check, this);
    }

    /// <summary>The Python object of a guard made by this module.</summary>
    public static PyGuard Of(Guard<PyObject> check) =>
        Objects.TryGetValue(check, out var g) ? g : throw new InvalidOperationException("guard without a Python object");
}
