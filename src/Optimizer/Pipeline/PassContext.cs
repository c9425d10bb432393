using FatSharp.Ast;
using FatSharp.Optimizer.Scopes;
using Microsoft.Extensions.Logging;

namespace FatSharp.Optimizer;

/// <summary>
/// Everything a pass may use: the config and its limits, the file, the scope being rewritten and the module's
/// scopes, the evaluator of pure operations, a log of "what, where, why", and, when the body is a specialized copy,
/// the guards it may request. Without guards a pass only does what holds whatever the environment.
/// </summary>
public sealed class PassContext
{
    public PassContext(
        OptimizerConfig config,
        string fileName,
        Module module,
        ModuleScopes scopes,
        ScopeInfo scope,
        IConstantEvaluator evaluator,
        ILogger logger,
        GuardRequests? guards = null,
        ConstantLimits? limits = null,
        int optimizeLevel = 0,
        HashSet<string>? loggedMessages = null)
    {
        _loggedMessages = loggedMessages ?? new HashSet<string>(StringComparer.Ordinal);
        Config = config;
        FileName = fileName;
        Module = module;
        Scopes = scopes;
        Scope = scope;
        Evaluator = evaluator;
        Logger = logger;
        Guards = guards;
        Limits = limits ?? config.Limits;
        OptimizeLevel = optimizeLevel;
    }

    // Shared by the contexts of one module: a pass that runs twice logs each finding once.
    private readonly HashSet<string> _loggedMessages;

    public OptimizerConfig Config { get; }

    public string FileName { get; }

    public Module Module { get; }

    public ModuleScopes Scopes { get; }

    public ScopeInfo Scope { get; }

    public IConstantEvaluator Evaluator { get; }

    public ILogger Logger { get; }

    /// <summary>Non-null while a specialized copy is rewritten: the guards requested so far.</summary>
    public GuardRequests? Guards { get; }

    public bool CanRequestGuards => Guards != null;

    /// <summary>How many times passes reported a change (<see cref="NoteChange"/>) through this context.</summary>
    public int Changes { get; private set; }

    /// <summary>Records that a pass changed the body (see <see cref="IOptimizationPass.ReportsChanges"/>).</summary>
    public void NoteChange() => Changes++;

    // Fixed-point keys of the passes that ran on this body with no change since (set by the in-place stage while
    // nothing is logged; null elsewhere).
    internal IReadOnlyList<object>? FixpointsHolding { get; set; }

    /// <summary>True when the pass with <paramref name="key"/> ran on this body and nothing changed it since.</summary>
    internal bool FixpointHolds(object key) => FixpointsHolding != null && FixpointsHolding.Contains(key);

    public ConstantLimits Limits { get; }

    /// <summary>The <c>-O</c> level: <c>__debug__</c> is False from 1 on.</summary>
    public int OptimizeLevel { get; }

    public bool IsBuiltin(string name) => Config.Rules.BuiltinNames.Contains(name) && Scopes.IsBuiltin(name, Scope);

    /// <summary>Records that the rewrite of <paramref name="at"/> holds only while builtin <paramref name="name"/> is unchanged.</summary>
    public void RequireBuiltin(string name)
    {
        if (Guards == null) throw new InvalidOperationException("a pass requested a guard outside a specialized function");
        Guards.Builtins.Add(name);
    }

    public void RequireGlobal(string name)
    {
        if (Guards == null) throw new InvalidOperationException("a pass requested a guard outside a specialized function");
        Guards.Globals.Add(name);
    }

    public void RequireFunctionCode(string name)
    {
        if (Guards == null) throw new InvalidOperationException("a pass requested a guard outside a specialized function");
        Guards.Functions.Add(name);
    }

    /// <summary>Logs what a pass did or left, where and why (shown with <c>-v</c>).</summary>
    public void Log(string pass, Node at, string message)
    {
        if (!Logger.IsEnabled(LogLevel.Debug)) return;
        var line = at is LocatedNode l ? l.Lineno : 0;
        var col = at is LocatedNode lc ? lc.ColOffset : 0;
        if (!_loggedMessages.Add($"{line}:{col}:{pass}:{message}")) return;
        Logger.LogDebug("{File}:{Line}:{Column}: {Pass}: {Message}", FileName, line, col, pass, message);
    }
}
