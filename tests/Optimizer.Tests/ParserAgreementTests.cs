using System.Text;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Tests.Optimizer.Support;

namespace FatSharp.Tests.Optimizer;

/// <summary>
/// The snapshot cases run on CPython's trees; in the product the optimizer gets our parser's trees. They must be
/// the same, positions included, or the snapshots would not show what the product does.
/// </summary>
public sealed class ParserAgreementTests
{
    [Theory]
    [MemberData(nameof(OptimizerSnapshotTests.CaseNames), MemberType = typeof(OptimizerSnapshotTests))]
    public void Parser_gives_CPythons_tree(string name)
    {
        var c = OptimizerCases.Get(name);
        var ours = PythonParser.Parse(Encoding.UTF8.GetBytes(c.Source), name + ".py");
        var cpython = OptimizerCases.Tree(name);
        Assert.Equal(AstDump.Dump(cpython, includeAttributes: true), AstDump.Dump(ours, includeAttributes: true));
    }
}
