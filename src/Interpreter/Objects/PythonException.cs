namespace FatSharp.Interpreter.Objects;

/// <summary>The .NET carrier of a raised Python exception. Never thrown on hot paths (loops end via TryNext).</summary>
public sealed class PythonException(PyBaseException value) : Exception
{
    public readonly PyBaseException Value = value;

    /// <summary>Raised by a bare <c>raise</c>: <c>except*</c> keeps such exceptions in the original group's shape.</summary>
    public bool IsBareReraise { get; init; }

    public override string Message => Value.Type.Name + ": " + Ops.ExceptionMessage(Value);
}
