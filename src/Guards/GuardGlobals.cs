namespace FatSharp.Guards;

/// <summary>
/// fat's <c>GuardGlobals(*names)</c>: a <see cref="GuardDict{TObj}"/> on the globals of the code
/// that creates it, which also always fails when checked for code running with other globals.
/// </summary>
public sealed class GuardGlobals<TObj> : GuardDict<TObj>
    where TObj : class
{
    private readonly IGuardHost<TObj> _host;

    /// <summary>Throws the host's RuntimeError "unable to get globals" when there are no current globals.</summary>
    public GuardGlobals(IGuardHost<TObj> host, params ReadOnlySpan<TObj> names)
        : base(CurrentGlobalsOf(host), names)
    {
        _host = host;
    }

    public override GuardResult Check(ReadOnlySpan<TObj> args, ReadOnlySpan<string> kwnames)
    {
        _host.GetCurrentNamespaces(out VersionedDict<TObj, TObj>? globals, out _);
        return ReferenceEquals(globals, Dict) ? CheckDict() : GuardResult.AlwaysFails;
    }

    private static VersionedDict<TObj, TObj> CurrentGlobalsOf(IGuardHost<TObj> host)
    {
        ArgumentNullException.ThrowIfNull(host);
        host.GetCurrentNamespaces(out VersionedDict<TObj, TObj>? globals, out _);
        return globals ?? throw host.RuntimeError("unable to get globals");
    }
}
