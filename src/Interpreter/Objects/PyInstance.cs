namespace FatSharp.Interpreter.Objects;

/// <summary>An instance of a user class whose solid base is <c>object</c>: a type and an instance dict.</summary>
public sealed class PyInstance(PyType type) : PyObject(type)
{
    private PyDict? dict;
    /// <summary>Values of <c>__slots__</c> attributes (see <c>Slots</c>).</summary>
    internal PyObject?[]? SlotValues;

    public override PyDict? Dict => dict;

    public override PyDict? GetOrCreateDict() => Type.IsHeapType && !Type.NoInstanceDict ? dict ??= new PyDict() : null;
}
