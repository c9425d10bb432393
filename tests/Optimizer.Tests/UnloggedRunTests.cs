using FatSharp.Ast;
using FatSharp.Optimizer;
using FatSharp.Tests.Optimizer.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace FatSharp.Tests.Optimizer;

/// <summary>
/// Without a log the transformers take shortcuts that would change the order or number of log lines: <c>opt</c>
/// rewrites the tree in one walk instead of pass by pass and scope by scope, <c>fat</c> skips a fixed-point pass
/// when nothing changed since it last ran. Both must give the tree they give while logging, on every case, and
/// <c>opt</c> also on what <c>fat</c> made of it (the order they run in).
/// </summary>
public sealed class UnloggedRunTests
{
    public static TheoryData<string> CaseNames() => OptimizerSnapshotTests.CaseNames();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_tree_is_the_one_given_while_logging(string name)
    {
        var c = OptimizerCases.Get(name);
        var logged = OptimizerRunner.Run(c).Tree;
        var unlogged = OptimizerRunner.Run(c, NullLogger.Instance).Tree;
        Assert.Equal(AstDump.Dump(logged, true), AstDump.Dump(unlogged, true));
        AssertSameOptResult(name, OptimizerCases.Tree(name));
        AssertSameOptResult(name, logged);
    }

    private static void AssertSameOptResult(string name, Module tree)
    {
        var evaluator = new TestConstantEvaluator();
        var context = new TransformContext(name + ".py", null, 0);
        var logged = new CPythonOptimizer(evaluator, new ListLogger()).Transform((Module)NodeCopier.Copy(tree), context);
        var walked = new CPythonOptimizer(evaluator, NullLogger.Instance).Transform((Module)NodeCopier.Copy(tree), context);
        Assert.Equal(AstDump.Dump(logged, true), AstDump.Dump(walked, true));
    }
}
