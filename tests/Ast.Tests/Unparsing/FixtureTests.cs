using System.Text;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Tests.Ast.Support;

namespace FatSharp.Tests.Ast.Unparsing;

/// <summary>Our parser against CPython on the fixture files: trees, positions, unparsed text and errors.</summary>
public sealed class FixtureTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Valid), MemberType = typeof(Fixtures))]
    public void TreeDumpsAsCPythonDumpsIt(string name) =>
        Assert.Equal(Fixtures.Expected(name, "dump"), AstDump.Dump(Fixtures.Parse(name)));

    [Theory]
    [MemberData(nameof(Fixtures.Valid), MemberType = typeof(Fixtures))]
    public void PositionsMatchCPython(string name) =>
        Assert.Equal(Fixtures.Expected(name, "attrs"), AstDump.Dump(Fixtures.Parse(name), includeAttributes: true));

    [Theory]
    [MemberData(nameof(Fixtures.Valid), MemberType = typeof(Fixtures))]
    public void ParsedTreeUnparsesAsCPythonDoes(string name) =>
        Assert.Equal(Fixtures.Expected(name, "unparse"), Unparser.Unparse(Fixtures.Parse(name)));

    [Theory]
    [MemberData(nameof(Fixtures.Valid), MemberType = typeof(Fixtures))]
    public void UnparsedTextParsesToTheSameTree(string name)
    {
        var tree = Fixtures.Parse(name);
        var text = Unparser.Unparse(tree);
        var again = PythonParser.Parse(Encoding.UTF8.GetBytes(text), name + ".py", Fixtures.ModeOf(name));
        Assert.True(NodeEquality.Equal(tree, again), $"round trip changed the tree:\n{AstDump.Dump(tree)}\n{AstDump.Dump(again)}");
    }

    [Theory]
    [MemberData(nameof(Fixtures.Errors), MemberType = typeof(Fixtures))]
    public void RejectedSourceGivesCPythonsError(string name)
    {
        var expected = Fixtures.Expected(name, "error").Split('\n');
        var error = Assert.Throws<PythonSyntaxError>(() => Fixtures.Parse(name));
        Assert.Equal(expected[0], error.ErrorKind.ToString());
        Assert.Equal(expected[1], error.Msg);
        Assert.Equal(expected[2], error.Lineno.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected[3], error.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
