namespace FatSharp.Optimizer.Rules;

/// <summary>
/// When a call of a builtin or of a constant's method may run at compile time: argument count, accepted literal
/// types per argument (null = any literal), named extra checks and the exceptions that are expected to stop a fold.
/// <see cref="ReceiverType"/> is null for builtins and the Python type name of the receiver for methods.
/// </summary>
public sealed record PureCallRule(
    string? ReceiverType,
    string Name,
    int MinArgs,
    int? MaxArgs,
    IReadOnlyList<IReadOnlyList<string>?> ArgTypes,
    IReadOnlyList<string> Checks,
    IReadOnlyList<string> Catches)
{
    /// <summary>The key used in config lists: <c>len</c> for a builtin, <c>str.lower</c> for a method.</summary>
    public string Key => ReceiverType == null ? Name : ReceiverType + "." + Name;

    public bool AcceptsCount(int count) => count >= MinArgs && (MaxArgs == null || count <= MaxArgs);

    /// <summary>The accepted types of argument <paramref name="index"/>, or null for any literal.</summary>
    public IReadOnlyList<string>? TypesOf(int index) => index < ArgTypes.Count ? ArgTypes[index] : null;
}
