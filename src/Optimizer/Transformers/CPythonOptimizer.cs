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
        // Not from a preset: the presets live in the rule files, which these three passes never read.
        return new OptimizerConfig
        {
            ConstantPropagation = false,
            CopyBuiltinToConstant = false,
            Inlining = false,
            RemoveDeadCode = false,
            UnrollLoops = 0,
            ConstantFolding = true,
            ReplaceBuiltinConstant = true,
            SimplifyIterable = true,
        };
    }

    public Module Transform(Module tree, TransformContext context)
    {
        var config = _config;
        // Without a log to keep in order (rewrites of one scope, pass by pass, then nested scopes), the three
        // passes run as one walk of the whole tree, without a scope analysis: same tree, a third of the time.
        if (!_logger.IsEnabled(LogLevel.Debug))
        {
            var root = new ScopeInfo(ScopeKind.Module, tree, "<module>", null);
            var unanalyzed = new ModuleScopes(root, new Dictionary<Node, ScopeInfo>(ReferenceEqualityComparer.Instance) { [tree] = root },
                [], [], tracksNames: false);
            var passContext = new PassContext(config, context.FileName, tree, unanalyzed, root, evaluator, _logger, null, ConstantLimits.CPython,
                context.OptimizeLevel);
            tree.Body = new WholeTreeRewriter(passContext).RewriteBody(tree.Body);
            return tree;
        }
        // Its passes never ask about names (no guards here): the cheaper analysis is enough.
        var scopes = ModuleScopes.AnalyzeWithoutNames(tree);
        var logged = new HashSet<string>(StringComparer.Ordinal);
        tree.Body = ScopeDriver.Run(Passes, tree.Body, scopes.Module, scopes,
            s => new PassContext(config, context.FileName, tree, scopes, s, evaluator, _logger, null, ConstantLimits.CPython, context.OptimizeLevel, logged));
        return tree;
    }

    /// <summary>
    /// The passes of <see cref="Passes"/> in one walk that enters nested functions and classes. Each pass only
    /// replaces a node from what its children became, so doing all three at each node bottom-up gives the tree
    /// the pass-by-pass, scope-by-scope order gives: __debug__ is a leaf, folding works bottom-up, and a
    /// simplified iterable is the child of a loop or comprehension, which no fold looks at.
    /// </summary>
    private sealed class WholeTreeRewriter(PassContext passContext) : ConstantFolding.Rewriter(passContext, foldComparisons: false)
    {
        public override Node? VisitName(Name node)
        {
            if (node.Ctx != ExprContext.Load || node.Id != "__debug__") return node;
            return node.CopyLocation(new Constant(Context.OptimizeLevel == 0, null));
        }

        public override Node? VisitFor(For node)
        {
            RewriteChildren(node);
            node.Iter = SimplifyIterable.SimplifyDisplay(node.Iter, Context);
            return node;
        }

        public override Node? VisitAsyncFor(AsyncFor node)
        {
            // Like SimplifyIterable: an async for's literal stays as written (its TypeError names the type).
            RewriteChildren(node);
            return node;
        }

        public override Node? VisitComprehension(Comprehension node)
        {
            RewriteChildren(node);
            if (node.IsAsync == 0) node.Iter = SimplifyIterable.SimplifyDisplay(node.Iter, Context);
            return node;
        }

        // Nested scopes are rewritten in the same walk.
        public override Node? VisitFunctionDef(FunctionDef node) => RewriteChildren(node);

        public override Node? VisitAsyncFunctionDef(AsyncFunctionDef node) => RewriteChildren(node);

        public override Node? VisitClassDef(ClassDef node) => RewriteChildren(node);
    }
}
