namespace FatSharp.Guards;

/// <summary>
/// fat's <c>GuardFunc(func)</c>: always fails once <c>func.__code__</c> is no longer the code
/// object it had when the guard was created (used when a call to <c>func</c> was inlined).
/// </summary>
public sealed class GuardFunc<TObj> : Guard<TObj>
    where TObj : class
{
    private readonly IGuardHost<TObj> _host;
    private readonly TObj _function;
    private readonly TObj _code;

    public GuardFunc(IGuardHost<TObj> host, TObj function)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(function);
        _host = host;
        _function = function;
        _code = host.CodeOf(function);
    }

    public TObj Function => _function;

    public TObj Code => _code;

    /// <summary>
    /// Replacing a function's code already drops its specializations, so watching the specialized
    /// function itself is a mistake: the host's ValueError.
    /// </summary>
    public override GuardInitResult Init(TObj function)
    {
        if (ReferenceEquals(function, _function))
        {
            throw _host.ValueError("useless GuardFunc, a function already watch itself");
        }

        return GuardInitResult.Ok;
    }

    /// <summary>Looks at the function's code only.</summary>
    public override bool ReadsArguments => false;

    public override GuardResult Check(ReadOnlySpan<TObj> args, ReadOnlySpan<string> kwnames) =>
        ReferenceEquals(_host.CodeOf(_function), _code) ? GuardResult.Pass : GuardResult.AlwaysFails;
}
