namespace FatSharp.Guards;

/// <summary>One specialized version of a function: the code to run while all its guards pass.</summary>
public sealed class Specialization<TObj, TCode>
    where TObj : class
    where TCode : class
{
    private readonly Guard<TObj>[] _guards;

    internal Specialization(TCode code, Guard<TObj>[] guards, bool needsArguments)
    {
        Code = code;
        _guards = guards;
        NeedsArguments = needsArguments;
    }

    /// <summary>A guard reads the call's arguments, or the code is a callable called with them.</summary>
    public bool NeedsArguments { get; }

    /// <summary>A code object, or any callable to call instead of running the function's code.</summary>
    public TCode Code { get; }

    public ReadOnlySpan<Guard<TObj>> Guards => _guards;

    internal Guard<TObj>[] GuardArray => _guards;
}
