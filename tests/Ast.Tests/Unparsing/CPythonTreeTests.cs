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
        // Trees without located nodes (an empty module) have no positions to differ in.
        if (Fixtures.Expected(name, "attrs") != Fixtures.Expected(name, "dump"))
            Assert.False(NodeEquality.Equal(withPositions, without, positions: true));
        Assert.True(NodeEquality.Equal(withPositions, NodeCopier.Copy(withPositions), positions: true));
    }

    [Fact]
    public void TypeCommentsAndIgnoresAreWrittenAfterTheirLine()
    {
        // Our parser does not collect type comments; CPython's tree (type_comments=True) still has to unparse alike.
        var tree = DumpReader.Read(Fixtures.Expected("type_comments", "attrs"));
        Assert.Equal(Fixtures.Expected("type_comments", "unparse"), Unparser.Unparse(tree));
        Assert.Equal(Fixtures.Expected("type_comments", "dump"), AstDump.Dump(tree));
    }
}
