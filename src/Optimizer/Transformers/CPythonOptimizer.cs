using FatSharp.Ast;
using FatSharp.Optimizer.Passes;
using FatSharp.Optimizer.Scopes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FatSharp.Optimizer;

/// <summary>
/// The default transformer, named <c>opt</c>: what CPython 3.11 itself does to a tree at compile time, with its
/// limits (Python/ast_opt.c): <c>__debug__</c> replaced, unary and binary operators, tuple displays and
/// subscripts of constants folded, <c>not (a is b)</c> turned into <c>a is not b</c>, constant lists and sets
/// tested by <c>in</c> or iterated by loops turned into tuples and frozensets. Comparisons are not folded.
/// </summary>
public sealed class CPythonOptimizer(IConstantEvaluator evaluator, ILogger? logger = null) : ICodeTransformer
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    private static readonly IOptimizationPass[] Passes =
    [
        new ReplaceBuiltinConstant(),
        new ConstantFolding(foldComparisons: false),
        new SimplifyIterable(),
    ];

    private readonly OptimizerConfig _config = CreateConfig();

    public string Name => "opt";

    private static OptimizerConfig CreateConfig()
    {
        var config = OptimizerConfig.FromPreset("none");
        config.ConstantFolding = true;
        config.ReplaceBuiltinConstant = true;
        config.SimplifyIterable = true;
        return config;
    }

    public Module Transform(Module tree, TransformContext context)
    {
        var config = _config;
        // Its passes never ask about names (no guards here): the cheaper analysis is enough.
        var scopes = ModuleScopes.AnalyzeWithoutNames(tree);
        var logged = new HashSet<string>(StringComparer.Ordinal);
        tree.Body = ScopeDriver.Run(Passes, tree.Body, scopes.Module, scopes,
            s => new PassContext(config, context.FileName, tree, scopes, s, evaluator, _logger, null, ConstantLimits.CPython, context.OptimizeLevel, logged));
        return tree;
    }
}
