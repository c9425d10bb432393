namespace FatSharp.Interpreter.Objects;

/// <summary>The None singleton.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyNone Value = new();

    private PyNone() : base(Builtins.NoneType) { }
}
