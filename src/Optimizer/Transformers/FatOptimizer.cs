using FatSharp.Ast;
using FatSharp.Optimizer.Scopes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FatSharp.Optimizer;

/// <summary>
/// The FAT optimizer as a code transformer named <c>fat</c>: reads the module's <c>__fatoptimizer__</c> config,
/// analyses scopes, runs the in-place passes on every scope, then specializes the functions defined at module
/// level (also inside module-level if/try/with blocks) and the methods of classes defined directly in the module
/// body, under guards (see <see cref="Specializer"/>). A very deep tree raises <see cref="AstRecursionException"/>
/// (Python's RecursionError during compilation); hosts run it on a thread with a large stack, as the parser does.
/// </summary>
public sealed class FatOptimizer(OptimizerConfig config, OptimizerPipeline pipeline, IConstantEvaluator evaluator, ILogger? logger = null)
    : ICodeTransformer
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public string Name => "fat";

    public OptimizerConfig Config => config;

    public OptimizerPipeline Pipeline => pipeline;

    public Module Transform(Module tree, TransformContext context)
    {
        var moduleConfig = (context.Config ?? config).Clone();
        ModuleConfigReader.Apply(tree, moduleConfig, _logger, context.FileName);
        if (!moduleConfig.Enabled)
        {
            _logger.LogDebug("{File}: not optimized: __fatoptimizer__ disables it", context.FileName);
            return tree;
        }
        if (!context.FileName.StartsWith('<')) _logger.LogDebug("# run fatoptimizer on {File}", context.FileName);
        var scopes = ModuleScopes.Analyze(tree);
        var logged = new HashSet<string>(StringComparer.Ordinal);
        PassContext ContextFor(ScopeInfo scope, GuardRequests? guards) =>
            new(moduleConfig, context.FileName, tree, scopes, scope, evaluator, _logger, guards, optimizeLevel: context.OptimizeLevel, loggedMessages: logged);

        tree.Body = ScopeDriver.Run(pipeline.InPlace, tree.Body, scopes.Module, scopes, s => ContextFor(s, null));

        var specialized = false;
        tree.Body = SpecializeIn(tree.Body, scopes.Module, scopes, ContextFor, ref specialized);
        foreach (var stmt in tree.Body)
        {
            if (stmt is ClassDef cls && scopes.Of(cls) is { } classScope)
                cls.Body = SpecializeIn(cls.Body, classScope, scopes, ContextFor, ref specialized);
        }
        if (specialized) Specializer.InsertFatImport(tree);
        return tree;
    }

    /// <summary>
    /// Specializes the functions of a module or class body, including those defined inside its if, try and with
    /// blocks (still at function depth 1); the emitted statements go into the same block.
    /// </summary>
    private List<Stmt> SpecializeIn(List<Stmt> body, ScopeInfo enclosing, ModuleScopes scopes,
        Func<ScopeInfo, GuardRequests?, PassContext> contextFor, ref bool specialized)
    {
        DepthGuard.Enter();
        List<Stmt>? result = null;
        for (var i = 0; i < body.Count; i++)
        {
            var stmt = body[i];
            List<Stmt>? replacement = null;
            switch (stmt)
            {
                case FunctionDef or AsyncFunctionDef when scopes.Of(stmt) is { } scope:
                    replacement = Specializer.Specialize(stmt, scope, enclosing, pipeline.Specialized, (s, g) => contextFor(s, g));
                    break;
                case If s:
                    s.Body = SpecializeIn(s.Body, enclosing, scopes, contextFor, ref specialized);
                    s.Orelse = SpecializeIn(s.Orelse, enclosing, scopes, contextFor, ref specialized);
                    break;
                case With s:
                    s.Body = SpecializeIn(s.Body, enclosing, scopes, contextFor, ref specialized);
                    break;
                case Try s:
                    s.Body = SpecializeIn(s.Body, enclosing, scopes, contextFor, ref specialized);
                    foreach (var h in s.Handlers) h.Body = SpecializeIn(h.Body, enclosing, scopes, contextFor, ref specialized);
                    s.Orelse = SpecializeIn(s.Orelse, enclosing, scopes, contextFor, ref specialized);
                    s.Finalbody = SpecializeIn(s.Finalbody, enclosing, scopes, contextFor, ref specialized);
                    break;
            }
            if (replacement == null)
            {
                result?.Add(stmt);
                continue;
            }
            specialized = true;
            result ??= body.GetRange(0, i);
            result.AddRange(replacement);
        }
        return result ?? body;
    }
}
