namespace FatSharp.Optimizer;

/// <summary>
/// What the passes that ran on a specialized function body rely on: builtins, module globals and module functions
/// whose code must not change, and builtins copied into constants. The specializer turns it into guards.
/// </summary>
public sealed class GuardRequests
{
    public SortedSet<string> Builtins { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Globals { get; } = new(StringComparer.Ordinal);

    /// <summary>Module-level functions whose <c>__code__</c> must stay the one seen at specialization (GuardFunc).</summary>
    public SortedSet<string> Functions { get; } = new(StringComparer.Ordinal);

    /// <summary>The placeholder constant of each copied builtin (<c>'LOAD_GLOBAL len'</c>) and the builtin's name.</summary>
    public SortedDictionary<string, string> CopiedBuiltins { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Builtins.Count == 0 && Globals.Count == 0 && Functions.Count == 0 && CopiedBuiltins.Count == 0;
}
