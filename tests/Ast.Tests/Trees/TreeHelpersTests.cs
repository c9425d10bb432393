using FatSharp.Ast;
using FatSharp.Tests.Ast.Support;

namespace FatSharp.Tests.Ast.Trees;

/// <summary>NodeRewriter (ast.NodeTransformer semantics), NodeCopier and NodeEquality on small trees.</summary>
public sealed class TreeHelpersTests
{
    private static Module Tree(string dump) => (Module)DumpReader.Read(dump);

    // x = 1; pass; y = 2
    private const string ThreeStatements =
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Pass(), " +
        "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])";

    private sealed class RenameX : NodeRewriter
    {
        public override Node? VisitName(Name node) => node.Id == "x" ? new Name("renamed", node.Ctx) : node;
    }

    private sealed class DeletePass : NodeRewriter
    {
        public override Node? VisitPass(Pass node) => null;
    }

    private sealed class DoublePass : NodeRewriter
    {
        public override Node? VisitPass(Pass node) => new NodeSplice([new Pass(), new Break()]);
    }

    private sealed class Identity : NodeRewriter;

    [Fact]
    public void ReplacedNodeTakesThePlaceOfTheVisitedOne()
    {
        var tree = Tree(ThreeStatements);
        var result = (Module)new RenameX().Visit(tree)!;
        Assert.Equal("renamed = 1\npass\ny = 2", Unparser.Unparse(result));
    }

    [Fact]
    public void NullDeletesAStatementFromItsList()
    {
        var tree = Tree(ThreeStatements);
        var result = (Module)new DeletePass().Visit(tree)!;
        Assert.Equal("x = 1\ny = 2", Unparser.Unparse(result));
    }

    [Fact]
    public void SpliceInsertsSeveralStatements()
    {
        var tree = Tree(ThreeStatements);
        var result = (Module)new DoublePass().Visit(tree)!;
        Assert.Equal(["Assign", "Pass", "Break", "Assign"], result.Body.Select(s => s.TypeName));
    }

    [Fact]
    public void UnchangedListIsNotCopied()
    {
        var tree = Tree(ThreeStatements);
        var body = tree.Body;
        var targets = ((Assign)body[0]).Targets;
        var result = (Module)new Identity().Visit(tree)!;
        Assert.Same(tree, result);
        Assert.Same(body, result.Body);
        Assert.Same(targets, ((Assign)result.Body[0]).Targets);
    }

    [Fact]
    public void ChangedListIsANewListAndTheOldOneIsLeftAlone()
    {
        var tree = Tree(ThreeStatements);
        var original = tree.Body;
        var result = (Module)new DeletePass().Visit(tree)!;
        Assert.NotSame(original, result.Body);
        Assert.Equal(3, original.Count);
    }

    [Fact]
    public void RewriterKeepsNoneItemsOfDictKeys()
    {
        var dict = (Dict)DumpReader.Read("Dict(keys=[None, Name(id='x', ctx=Load())], values=[Name(id='d', ctx=Load()), Name(id='x', ctx=Load())])");
        var result = (Dict)new RenameX().Visit(dict)!;
        Assert.Equal("{**d, renamed: renamed}", Unparser.Unparse(result));
    }

    [Fact]
    public void CopyIsDeepEqualWithPositionsAndShareNothing()
    {
        var tree = Fixtures.CPythonTree("expressions");
        var copy = NodeCopier.Copy(tree);
        Assert.NotSame(tree, copy);
        Assert.True(NodeEquality.Equal(tree, copy, positions: true));
        var original = (Module)tree;
        var copied = (Module)copy;
        Assert.NotSame(original.Body, copied.Body);
        Assert.NotSame(original.Body[0], copied.Body[0]);
        // Changing the copy leaves the original alone.
        new RenameX().Visit(copied);
        Assert.True(NodeEquality.Equal(tree, Fixtures.CPythonTree("expressions"), positions: true));
        Assert.False(NodeEquality.Equal(tree, copy));
    }

    [Theory]
    [InlineData("Constant(value=1)", "Constant(value=1.0)")]
    [InlineData("Constant(value=1)", "Constant(value=True)")]
    [InlineData("Constant(value=0.0)", "Constant(value=-0.0)")]
    [InlineData("Constant(value='a')", "Constant(value=b'a')")]
    [InlineData("Constant(value='a')", "Constant(value='a', kind='u')")]
    [InlineData("Name(id='a', ctx=Load())", "Name(id='a', ctx=Store())")]
    [InlineData("BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load()))",
                "BinOp(left=Name(id='a', ctx=Load()), op=Sub(), right=Name(id='b', ctx=Load()))")]
    [InlineData("Compare(left=Name(id='a', ctx=Load()), ops=[Lt()], comparators=[Name(id='b', ctx=Load())])",
                "Compare(left=Name(id='a', ctx=Load()), ops=[Gt()], comparators=[Name(id='b', ctx=Load())])")]
    [InlineData("Tuple(elts=[], ctx=Load())", "List(elts=[], ctx=Load())")]
    [InlineData("Return()", "Return(value=Constant(value=None))")]
    public void DifferentTreesAreNotEqual(string a, string b)
    {
        Assert.False(NodeEquality.Equal(DumpReader.Read(a), DumpReader.Read(b)));
        Assert.True(NodeEquality.Equal(DumpReader.Read(a), DumpReader.Read(a)));
    }

    [Fact]
    public void EqualityComparesBigIntsAndNansByValue()
    {
        Assert.True(NodeEquality.Equal(DumpReader.Read("Constant(value=123456789012345678901234567890)"),
            DumpReader.Read("Constant(value=123456789012345678901234567890)")));
        Assert.True(NodeEquality.Equal(new Constant(double.NaN, null), new Constant(double.NaN, null)));
    }

    [Fact]
    public void PositionsMatterOnlyWhenAsked()
    {
        var a = DumpReader.Read("Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)");
        var b = DumpReader.Read("Name(id='a', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)");
        Assert.True(NodeEquality.Equal(a, b));
        Assert.False(NodeEquality.Equal(a, b, positions: true));
    }
}
