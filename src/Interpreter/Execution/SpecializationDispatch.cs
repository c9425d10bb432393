using FatSharp.Interpreter.Modules.Fat;

namespace FatSharp.Interpreter.Execution;

/// <summary>
/// Calls a function that has specialized versions (PEP 510): its guards are checked with the call's arguments
/// against the called function's own globals and builtins, and the first version whose guards all pass runs with
/// the function's argument binding, defaults, closure and globals (a callable version is called instead).
/// </summary>
internal static class SpecializationDispatch
{
    /// <summary>
    /// The version to run when no entry needs the arguments (<see cref="SpecializationList{TObj,TCode}.NeedsArguments"/>
    /// is false): the guards are checked without them, so fixed-arity calls keep their array-free path. Null when a
    /// guard changed the list so that arguments are needed after all (the caller then takes the general path).
    /// </summary>
    public static PyCode? SelectWithoutArguments(PyFunction f, FatSharp.Guards.SpecializationList<PyObject, PyObject> list)
    {
        return Select(f, list, default, default) switch
        {
            null => f.Code,
            PyCode c => c,
            _ => null,
        };
    }

    public static PyObject Invoke(PyFunction f, PyObject? self, PyObject[] args, string[]? kwNames)
    {
        var list = f.Specializations!;
        var guardArgs = args;
        if (self is not null)
        {
            guardArgs = new PyObject[args.Length + 1];
            guardArgs[0] = self;
            Array.Copy(args, 0, guardArgs, 1, args.Length);
        }
        var chosen = Select(f, list, guardArgs, kwNames);
        PyCode code;
        if (chosen is null) code = f.Code;
        else if (chosen is PyCode c) code = c;
        else return Ops.Call(chosen, guardArgs, kwNames);
        var frame = FunctionCalls.NewFrame(f, code);
        if (self is null && kwNames is null && (code.Flags & CodeFlags.SimpleArgs) != 0 && code.ArgCount == args.Length)
            Array.Copy(args, frame.Locals, args.Length);
        else ArgBinder.Bind(f, code, frame.Locals, self, args, kwNames);
        return FunctionCalls.Run(f, frame);
    }

    /// <summary>
    /// The first version whose guards pass, checked in the function's own namespaces (null: the original code).
    /// When every version was dropped, the function goes back to its one null check per call.
    /// </summary>
    private static PyObject? Select(PyFunction f, FatSharp.Guards.SpecializationList<PyObject, PyObject> list,
        ReadOnlySpan<PyObject> args, ReadOnlySpan<string> kwNames)
    {
        var saved = FatGuardHost.EnterNamespaces(f.Globals, f.BuiltinsDict);
        PyObject? chosen;
        try
        {
            chosen = list.Select(args, kwNames);
        }
        finally
        {
            FatGuardHost.RestoreNamespaces(saved);
        }
        if (list.Count == 0 && ReferenceEquals(f.Specializations, list)) f.Specializations = null;
        return chosen;
    }
}
