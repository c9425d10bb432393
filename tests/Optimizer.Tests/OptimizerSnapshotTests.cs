using FatSharp.Ast;
using FatSharp.Tests.Optimizer.Support;

namespace FatSharp.Tests.Optimizer;

/// <summary>
/// One snapshot per case of Cases/optimizer-cases.txt: the source, the optimized source, its tree and what the
/// passes logged. Every result must also be a well-formed tree: no splice left behind, positions everywhere.
/// </summary>
public sealed class OptimizerSnapshotTests
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in OptimizerCases.All) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case(string name)
    {
        var c = OptimizerCases.Get(name);
        var result = OptimizerRunner.Run(c);
        WellFormed.Check(result.Tree);
        Snapshot.Verify(name, OptimizerRunner.Describe(c, result));
    }

    [Fact]
    public void There_are_enough_cases_and_names_are_unique()
    {
        Assert.True(OptimizerCases.All.Count >= 150, $"{OptimizerCases.All.Count} cases");
        Assert.Equal(OptimizerCases.All.Count, OptimizerCases.All.Select(c => c.Name).Distinct().Count());
    }
}
