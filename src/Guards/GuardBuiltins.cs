namespace FatSharp.Guards;

/// <summary>
/// fat's <c>GuardBuiltins(*names)</c>: the names still refer to the builtins they referred to at
/// start-up, no global shadows them, and the code runs with the globals and builtins the guard
/// was created with. <see cref="GuardDict{TObj}.Dict"/> is the builtins dict.
/// </summary>
public sealed class GuardBuiltins<TObj> : GuardDict<TObj>
    where TObj : class
{
    private enum InitState : byte
    {
        NotRun,
        Ok,
        Failed,
    }

    private readonly IGuardHost<TObj> _host;
    private readonly GuardGlobals<TObj> _guardGlobals;
    private InitState _init;

    /// <summary>
    /// Throws the host's RuntimeError "unable to get builtins" (or "unable to get globals") when
    /// there is no current namespace.
    /// </summary>
    public GuardBuiltins(IGuardHost<TObj> host, params ReadOnlySpan<TObj> names)
        : base(CurrentBuiltinsOf(host), names)
    {
        _host = host;
        _guardGlobals = new GuardGlobals<TObj>(host, names);
    }

    /// <summary>The guard on the same names in the globals (they must stay absent there).</summary>
    public GuardGlobals<TObj> GuardGlobals => _guardGlobals;

    /// <summary>
    /// Ignore the specialization if, when the guard was created, a name was bound in builtins to
    /// another object than at start-up (replaced or deleted), or was bound in the globals.
    /// </summary>
    public override GuardInitResult Init(TObj function) => EnsureInit();

    public override GuardResult Check(ReadOnlySpan<TObj> args, ReadOnlySpan<string> kwnames)
    {
        if (_init != InitState.Ok && EnsureInit() != GuardInitResult.Ok)
        {
            return GuardResult.AlwaysFails;
        }

        _host.GetCurrentNamespaces(out VersionedDict<TObj, TObj>? globals, out VersionedDict<TObj, TObj>? builtins);
        if (!ReferenceEquals(globals, _guardGlobals.Dict) || !ReferenceEquals(builtins, Dict))
        {
            return GuardResult.AlwaysFails;
        }

        GuardResult result = _guardGlobals.CheckDict();
        return result != GuardResult.Pass ? result : CheckDict();
    }

    private GuardInitResult EnsureInit()
    {
        if (_init == InitState.NotRun)
        {
            _init = ComputeInit();
        }

        return _init == InitState.Ok ? GuardInitResult.Ok : GuardInitResult.Ignore;
    }

    private InitState ComputeInit()
    {
        VersionedDict<TObj, TObj> initial = _host.InitialBuiltins;
        ReadOnlySpan<TObj> names = Keys;
        for (int i = 0; i < names.Length; i++)
        {
            // A name that was no builtin at start-up may be added to builtins later.
            if (initial.TryGetValue(names[i], out TObj? original))
            {
                TryGetWatchedValue(i, out TObj? captured);
                if (!ReferenceEquals(captured, original))
                {
                    return InitState.Failed;
                }
            }
        }

        for (int i = 0; i < names.Length; i++)
        {
            if (_guardGlobals.TryGetWatchedValue(i, out _))
            {
                return InitState.Failed;
            }
        }

        return InitState.Ok;
    }

    private static VersionedDict<TObj, TObj> CurrentBuiltinsOf(IGuardHost<TObj> host)
    {
        ArgumentNullException.ThrowIfNull(host);
        host.GetCurrentNamespaces(out _, out VersionedDict<TObj, TObj>? builtins);
        return builtins ?? throw host.RuntimeError("unable to get builtins");
    }
}
