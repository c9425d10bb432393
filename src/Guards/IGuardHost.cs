namespace FatSharp.Guards;

/// <summary>
/// What guards need from the interpreter. <typeparamref name="TObj"/> is the interpreter's object
/// type; types, functions and code objects are objects too.
/// </summary>
public interface IGuardHost<TObj>
    where TObj : class
{
    /// <summary>The exact type of <paramref name="value"/> (Python <c>type(value)</c>).</summary>
    TObj TypeOf(TObj value);

    /// <summary>The current code object of a function (<c>func.__code__</c>), compared by identity.</summary>
    TObj CodeOf(TObj function);

    /// <summary>
    /// The globals and builtins of the code being run: at guard creation, those of the creating
    /// frame; at check time, those the called function runs with. Null when there are none. One
    /// call gives both because namespace guards run on every call of a specialized function.
    /// </summary>
    void GetCurrentNamespaces(out VersionedDict<TObj, TObj>? globals, out VersionedDict<TObj, TObj>? builtins);

    /// <summary>
    /// A copy of the builtins taken once at start-up (never mutated): a builtin whose current value
    /// is not the very object in this snapshot was replaced.
    /// </summary>
    VersionedDict<TObj, TObj> InitialBuiltins { get; }

    /// <summary>The interpreter's ValueError with this message.</summary>
    Exception ValueError(string message);

    /// <summary>The interpreter's RuntimeError with this message.</summary>
    Exception RuntimeError(string message);
}
