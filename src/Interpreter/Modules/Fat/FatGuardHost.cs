using FatSharp.Guards;

namespace FatSharp.Interpreter.Modules.Fat;

/// <summary>
/// What the guards of <c>FatSharp.Guards</c> need from this interpreter. The "current namespaces" are those of the
/// function being called while its specializations are checked (so a call from another module keeps them), and
/// those of the calling frame when a guard is created or called from Python.
/// </summary>
public sealed class FatGuardHost : IGuardHost<PyObject>
{
    [ThreadStatic] private static PyDict? currentGlobals;
    [ThreadStatic] private static PyDict? currentBuiltins;

    /// <param name="initialBuiltins">A copy of the builtins taken at start-up, never mutated.</param>
    public FatGuardHost(VersionedDict<PyObject, PyObject> initialBuiltins) => InitialBuiltins = initialBuiltins;

    public VersionedDict<PyObject, PyObject> InitialBuiltins { get; }

    public PyObject TypeOf(PyObject value) => value.Type;

    public PyObject CodeOf(PyObject function) => ((PyFunction)function).Code;

    public void GetCurrentNamespaces(out VersionedDict<PyObject, PyObject>? globals, out VersionedDict<PyObject, PyObject>? builtins)
    {
        globals = currentGlobals?.Storage.Table;
        builtins = currentBuiltins?.Storage.Table;
    }

    public Exception ValueError(string message) => PyErr.ValueError(message);

    public Exception RuntimeError(string message) => PyErr.RuntimeError(message);

    /// <summary>
    /// Makes <paramref name="globals"/> and <paramref name="builtins"/> the current namespaces and returns the previous
    /// ones for <see cref="RestoreNamespaces"/> (guards may run Python code that checks other guards).
    /// </summary>
    internal static (PyDict?, PyDict?) EnterNamespaces(PyDict globals, PyDict builtins)
    {
        var saved = (currentGlobals, currentBuiltins);
        currentGlobals = globals;
        currentBuiltins = builtins;
        return saved;
    }

    internal static void RestoreNamespaces((PyDict? Globals, PyDict? Builtins) saved)
    {
        currentGlobals = saved.Globals;
        currentBuiltins = saved.Builtins;
    }

    /// <summary>The current globals (or builtins) dict object, null outside any frame.</summary>
    internal static PyDict? CurrentNamespaceObjects(bool globals) => globals ? currentGlobals : currentBuiltins;
}
