namespace FatSharp.Guards.Tests.Support;

/// <summary>A guard whose answers are set by the test; it logs each Init and Check call.</summary>
public sealed class ScriptedGuard : Guard<object>
{
    private readonly List<string> _log;

    public ScriptedGuard(string name, List<string> log, GuardResult result = GuardResult.Pass)
    {
        Name = name;
        _log = log;
        Result = result;
    }

    public string Name { get; }

    public GuardResult Result { get; set; }

    public GuardInitResult InitResult { get; set; }

    public Exception? ThrowOnCheck { get; set; }

    public Exception? ThrowOnInit { get; set; }

    public Action? OnCheck { get; set; }

    public object? InitFunction { get; private set; }

    public int LastPositionalCount { get; private set; }

    public override GuardInitResult Init(object function)
    {
        _log.Add("init " + Name);
        InitFunction = function;
        if (ThrowOnInit is { } error)
        {
            throw error;
        }

        return InitResult;
    }

    public override GuardResult Check(ReadOnlySpan<object> args, ReadOnlySpan<string> kwnames)
    {
        _log.Add("check " + Name);
        LastPositionalCount = args.Length - kwnames.Length;
        OnCheck?.Invoke();
        if (ThrowOnCheck is { } error)
        {
            throw error;
        }

        return Result;
    }
}
