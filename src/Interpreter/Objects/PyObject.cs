namespace FatSharp.Interpreter.Objects;

/// <summary>
/// Base of every Python value. The Python type lives in a field so <c>type(x)</c> and attribute lookup never go
/// through virtual calls; instances of user classes that derive from a builtin reuse the builtin's C# class with a
/// different <see cref="Type"/>.
/// </summary>
public abstract class PyObject
{
    public PyType Type;

    protected PyObject(PyType type) => Type = type;

    /// <summary>The instance <c>__dict__</c>, or null for objects without one.</summary>
    public virtual PyDict? Dict => null;

    /// <summary>The instance dict, created on first use, for objects that can carry one (null otherwise).</summary>
    public virtual PyDict? GetOrCreateDict() => null;

    /// <summary>The attribute <paramref name="key"/> of the instance itself (its dict), or null; creates no dict.</summary>
    public virtual PyObject? GetOwnAttribute(PyStr key) => Dict?.Storage.Get(key);

    public override string ToString() => Ops.Repr(this);
}
