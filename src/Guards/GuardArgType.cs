namespace FatSharp.Guards;

/// <summary>
/// fat's <c>GuardArgType(arg_index, arg_types)</c>: positional argument <c>arg_index</c> has exactly
/// one of the types (a subclass does not match). Any other call (mismatch, too few positional
/// arguments, any keyword argument) is a temporary failure, never a removal.
/// </summary>
public sealed class GuardArgType<TObj> : Guard<TObj>
    where TObj : class
{
    private readonly IGuardHost<TObj> _host;
    private readonly int _argIndex;
    private readonly TObj[] _argTypes;

    /// <summary>
    /// The caller checks that the items are types. Throws the host's ValueError for a negative
    /// index (which fat reads out of bounds) or no types.
    /// </summary>
    public GuardArgType(IGuardHost<TObj> host, int argIndex, params ReadOnlySpan<TObj> argTypes)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (argIndex < 0)
        {
            throw host.ValueError("arg_index must be >= 0");
        }

        if (argTypes.IsEmpty)
        {
            throw host.ValueError("need at least one argument type");
        }

        _host = host;
        _argIndex = argIndex;
        _argTypes = argTypes.ToArray();
    }

    public int ArgIndex => _argIndex;

    public ReadOnlySpan<TObj> ArgTypes => _argTypes;

    public override GuardResult Check(ReadOnlySpan<TObj> args, ReadOnlySpan<string> kwnames)
    {
        if (!kwnames.IsEmpty || _argIndex >= args.Length)
        {
            return GuardResult.TemporaryFailure;
        }

        TObj type = _host.TypeOf(args[_argIndex]);
        TObj[] types = _argTypes;
        for (int i = 0; i < types.Length; i++)
        {
            if (ReferenceEquals(type, types[i]))
            {
                return GuardResult.Pass;
            }
        }

        return GuardResult.TemporaryFailure;
    }
}
