using System.Text;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;

namespace FatSharp.Tests.Ast.Parsing;

/// <summary>
/// Escaped surrogates stay separate code points, as in a Python str, even where UTF-16 would pair them.
/// Expected dumps are CPython 3.11's.
/// </summary>
public sealed class SurrogateEscapeTests
{
    [Theory]
    [InlineData(@"x = '\ud834\udd1e'", @"Constant(value='\ud834\udd1e')")]
    [InlineData(@"x = '\ud834' '\udd1e'", @"Constant(value='\ud834\udd1e')")]
    [InlineData(@"x = '\U0000d834\udd1e'", @"Constant(value='\ud834\udd1e')")]
    [InlineData("x = '\U0001d11e\\ud800'", "Constant(value='\U0001d11e\\ud800')")]
    [InlineData(@"x = '\U0001d11e'", "Constant(value='\U0001d11e')")]
    [InlineData(@"x = '\ud834'", @"Constant(value='\ud834')")]
    public void DumpKeepsCodePoints(string source, string constantDump)
    {
        var dump = AstDump.Dump(PythonParser.Parse(Encoding.UTF8.GetBytes(source), "<test>"));
        Assert.Equal($"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value={constantDump})], type_ignores=[])", dump);
    }

    [Fact]
    public void SeparateSurrogatesAreNotTheCharacterTheyWouldPairInto()
    {
        var split = ((Assign)((Module)PythonParser.Parse(Encoding.UTF8.GetBytes(@"x = '\ud834\udd1e'"), "<test>")).Body[0]).Value;
        var single = ((Assign)((Module)PythonParser.Parse(Encoding.UTF8.GetBytes(@"x = '\U0001d11e'"), "<test>")).Body[0]).Value;
        var value = Assert.IsType<CodePointString>(((Constant)split).Value);
        Assert.Equal([0xD834, 0xDD1E], value.CodePoints);
        Assert.False(NodeEquality.Equal(split, single));
    }

    [Fact]
    public void UnparseRoundTripsSeparateSurrogates()
    {
        var tree = PythonParser.Parse(Encoding.UTF8.GetBytes(@"x = '\ud834\udd1e'"), "<test>");
        var text = Unparser.Unparse(tree);
        Assert.Equal(@"x = '\ud834\udd1e'", text);
        Assert.True(NodeEquality.Equal(tree, PythonParser.Parse(Encoding.UTF8.GetBytes(text), "<test>")));
    }
}
