namespace FatSharp.Interpreter.Execution;

/// <summary>Result of executing a statement: how control leaves it (no exceptions for break/continue/return).</summary>
public enum ExecStatus : byte { Normal, Break, Continue, Return }

/// <summary>
/// Activation record of one code body: fast locals in an array (slots fixed at compile time), cells for closures,
/// and the namespaces. Module and class bodies keep their names in <see cref="LocalsDict"/>.
/// </summary>
public sealed class Frame
{
    /// <summary>Fast locals by slot. A slot may hold an <see cref="UnboxedNumber"/> marker: read through <see cref="ReadLocal"/>.</summary>
    public readonly PyObject?[] Locals;
    public PyCell[]? Cells;
    public readonly PyDict Globals;
    public readonly PyDict BuiltinsDict;
    public PyDict? LocalsDict;
    public readonly PyCode Code;
    public PyFunction? Function;
    public int Line;
    public PyObject? ReturnValue;
    /// <summary>Set when something outside the call keeps the frame (an exception it caught): not reused then.</summary>
    internal bool Escaped;
    /// <summary>Numbers of locals whose slot holds an <see cref="UnboxedNumber"/> marker (ints, or floats' bits), by slot.</summary>
    internal long[]? Unboxed;

    // Generator state (only used by generator frames).
    internal PyObject? YieldValue;
    internal PyObject? SentValue;
    internal PythonException? PendingThrow;
    internal ExecStatus GenStatus;
    internal bool SuspendedAtYield;

    public Frame(PyCode code, PyDict globals, PyDict builtins)
    {
        Code = code;
        Globals = globals;
        BuiltinsDict = builtins;
        Locals = code.NLocals == 0 ? [] : new PyObject?[code.NLocals];
    }

    /// <summary>
    /// The object in local slot <paramref name="slot"/>, for readers other than the compiled loads: a number held
    /// unboxed is boxed here (and kept boxed).
    /// </summary>
    internal PyObject? ReadLocal(int slot)
    {
        var v = Locals[slot];
        if (v is not UnboxedNumber) return v;
        PyObject boxed = ReferenceEquals(v, UnboxedNumber.Int)
            ? PyInt.FromLong(Unboxed![slot])
            : new PyFloat(BitConverter.Int64BitsToDouble(Unboxed![slot]));
        ObjectArrays.Store(Locals, slot, boxed);
        return boxed;
    }
}
