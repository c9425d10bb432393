using FatSharp.Ast;
using FatSharp.Optimizer;
using FatSharp.Tests.Optimizer.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace FatSharp.Tests.Optimizer;

/// <summary>
/// <c>opt</c> rewrites a tree in one walk when nothing is logged and pass by pass, scope by scope, when it logs:
/// both must give the same tree, on every case's source and on what <c>fat</c> made of it (the order they run in).
/// </summary>
public sealed class CPythonOptimizerWalkTests
{
    public static TheoryData<string> CaseNames() => OptimizerSnapshotTests.CaseNames();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void One_walk_gives_the_tree_of_the_pass_by_pass_order(string name)
    {
        var c = OptimizerCases.Get(name);
        AssertSameResult(name, OptimizerCases.Tree(name));
        AssertSameResult(name, OptimizerRunner.Run(c).Tree);
    }

    private static void AssertSameResult(string name, Module tree)
    {
        var evaluator = new TestConstantEvaluator();
        var context = new TransformContext(name + ".py", null, 0);
        var logged = new CPythonOptimizer(evaluator, new ListLogger()).Transform((Module)NodeCopier.Copy(tree), context);
        var walked = new CPythonOptimizer(evaluator, NullLogger.Instance).Transform((Module)NodeCopier.Copy(tree), context);
        Assert.Equal(AstDump.Dump(logged, true), AstDump.Dump(walked, true));
    }
}
