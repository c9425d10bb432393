using FatSharp.Ast;
using FatSharp.Tests.Ast.Support;

namespace FatSharp.Tests.Ast.Unparsing;

/// <summary>
/// Unparse, Dump and equality on CPython's own trees for the fixtures (read back from ast.dump), so these
/// checks do not depend on our parser.
/// </summary>
public sealed class CPythonTreeTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Valid), MemberType = typeof(Fixtures))]
    public void UnparseGivesCPythonsText(string name) =>
        Assert.Equal(Fixtures.Expected(name, "unparse"), Unparser.Unparse(Fixtures.CPythonTree(name)));

    [Theory]
    [MemberData(nameof(Fixtures.Valid), MemberType = typeof(Fixtures))]
    public void DumpGivesCPythonsText(string name)
    {
        var tree = Fixtures.CPythonTree(name);
        Assert.Equal(Fixtures.Expected(name, "attrs"), AstDump.Dump(tree, includeAttributes: true));
        Assert.Equal(Fixtures.Expected(name, "dump"), AstDump.Dump(tree));
    }

    [Theory]
    [MemberData(nameof(Fixtures.Valid), MemberType = typeof(Fixtures))]
    public void TreesWithAndWithoutPositionsAreEqualIgnoringPositions(string name)
    {
        var withPositions = Fixtures.CPythonTree(name);
        var without = DumpReader.Read(Fixtures.Expected(name, "dump"));
        Assert.True(NodeEquality.Equal(withPositions, without));
        Assert.False(NodeEquality.Equal(withPositions, without, positions: true));
        Assert.True(NodeEquality.Equal(withPositions, NodeCopier.Copy(withPositions), positions: true));
    }
}
