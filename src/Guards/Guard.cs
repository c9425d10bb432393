namespace FatSharp.Guards;

/// <summary>
/// A PEP 510 guard: an assumption that specialized code relies on, checked at each call of the
/// specialized function before choosing which code to run.
/// </summary>
/// <remarks>
/// Arguments come FASTCALL-style so a call never allocates for them: <c>args</c> holds the
/// positional values followed by one value per keyword name, <c>kwnames</c> holds the keyword
/// names (empty when there are none). The positional count is <c>args.Length - kwnames.Length</c>.
/// </remarks>
public abstract class Guard<TObj>
    where TObj : class
{
    /// <summary>
    /// Called once when the guard is attached to <paramref name="function"/> (the function being
    /// specialized), in list order. <see cref="GuardInitResult.Ignore"/> drops the specialization.
    /// </summary>
    public virtual GuardInitResult Init(TObj function) => GuardInitResult.Ok;

    /// <summary>
    /// False when <see cref="Check"/> ignores the call's arguments (every guard but GuardArgType): a function
    /// whose specializations have only such guards is dispatched before its arguments are gathered in an array.
    /// </summary>
    public virtual bool ReadsArguments => true;

    /// <summary>Checks the guard for one call; exceptions propagate to the call.</summary>
    public abstract GuardResult Check(ReadOnlySpan<TObj> args, ReadOnlySpan<string> kwnames);
}
