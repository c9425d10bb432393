namespace FatSharp.Guards;

/// <summary>
/// The answer of a guard check (PEP 510). An error is not a value here: it is the .NET exception
/// the check throws, and it propagates to the call.
/// </summary>
public enum GuardResult
{
    /// <summary>The assumption holds: the specialized code may run.</summary>
    Pass = 0,

    /// <summary>Not for this call: skip the specialized code and keep it.</summary>
    TemporaryFailure = 1,

    /// <summary>The assumption is broken for good: remove the specialized code and its guards.</summary>
    AlwaysFails = 2,
}
