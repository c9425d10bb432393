using System.Text;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;

namespace FatSharp.Tests.Ast.Parsing;

/// <summary>Hostile inputs end in a Python-style error (never a crash or a .NET stack overflow).</summary>
public sealed class ParserRobustnessTests
{
    private static Exception? ParseError(string source)
    {
        try
        {
            PythonParser.Parse(Encoding.UTF8.GetBytes(source), "<test>");
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    [Theory]
    [InlineData("not ")]
    [InlineData("-")]
    [InlineData("~")]
    [InlineData("lambda: ")]
    public void DeepPrefixOperatorsFailCleanly(string op)
    {
        var e = ParseError(string.Concat(Enumerable.Repeat(op, 100_000)) + "a\n");
        Assert.IsType<AstRecursionException>(e);
    }

    [Fact]
    public void LongAttributeChainFailsCleanly()
    {
        var e = ParseError(string.Concat(Enumerable.Repeat("a.", 100_000)) + "a\n");
        Assert.IsType<AstRecursionException>(e);
    }

    [Fact]
    public void TwoHundredAndOneNestedParenthesesAreTooMany()
    {
        Assert.Null(ParseError(new string('(', 200) + new string(')', 200) + "\n"));
        var e = Assert.IsType<PythonSyntaxError>(ParseError(new string('(', 201) + new string(')', 201) + "\n"));
        Assert.Equal("too many nested parentheses", e.Msg);
    }

    [Fact]
    public void DeepBracketsOfEveryKindFailCleanly()
    {
        var e = Assert.IsType<PythonSyntaxError>(ParseError(string.Concat(Enumerable.Repeat("[{(", 5000)) + "\n"));
        Assert.Equal("too many nested parentheses", e.Msg);
    }

    [Fact]
    public void NestedFStringsAndLambdasStayBounded()
    {
        var src = "x = " + string.Concat(Enumerable.Repeat("lambda: (", 150)) + "1" + new string(')', 150) + "\n";
        Assert.Null(ParseError(src));
    }

    [Fact]
    public void ExactlyOneHundredIndentLevelsAreTooMany()
    {
        var ok = string.Concat(Enumerable.Range(0, 99).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 99) + "pass\n";
        Assert.Null(ParseError(ok));
        var deep = string.Concat(Enumerable.Range(0, 101).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 101) + "pass\n";
        var e = Assert.IsType<PythonSyntaxError>(ParseError(deep));
        Assert.Equal(SyntaxErrorKind.IndentationError, e.ErrorKind);
        Assert.Equal("too many levels of indentation", e.Msg);
    }

    [Fact]
    public void RandomBytesNeverCrash()
    {
        var rng = new Random(1234);
        var alphabet = Encoding.UTF8.GetBytes("()[]{}:;,.=+-*/%'\"\\#@!<>|&^~ \t\n\rabcfru0123456789_éλ€\0");
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[rng.Next(1, 60)];
            for (var j = 0; j < bytes.Length; j++) bytes[j] = rng.Next(10) == 0 ? (byte)rng.Next(256) : alphabet[rng.Next(alphabet.Length)];
            try { PythonParser.Parse(bytes, "<fuzz>"); }
            catch (PythonSyntaxError) { }
            catch (AstRecursionException) { }
        }
    }
}
