using System.Numerics;
using FatSharp.Ast;
using Tuple = FatSharp.Ast.Tuple;

namespace FatSharp.Tests.Ast.Unparsing;

/// <summary>
/// Trees no parser makes (the optimizer can): infinities, tuple constants, odd module kinds. Expected texts are
/// CPython 3.11's ast.unparse output for the same trees.
/// </summary>
public sealed class UnparserTests
{
    private static Constant C(object? value, string? kind = null) => new(value, kind);

    private static Name N(string id) => new(id, ExprContext.Load);

    [Theory]
    [InlineData(double.PositiveInfinity, "1e309")]
    [InlineData(double.NegativeInfinity, "-1e309")]
    [InlineData(double.NaN, "(1e309-1e309)")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e22, "1e+22")]
    public void FloatsWithoutALiteralSpelling(double value, string expected) =>
        Assert.Equal(expected, Unparser.Unparse(C(value)));

    [Fact]
    public void ComplexInfinityAndNan()
    {
        Assert.Equal("1e309j", Unparser.Unparse(C(new Complex(0, double.PositiveInfinity))));
        Assert.Equal("(1+(1e309-1e309)j)", Unparser.Unparse(C(new Complex(1, double.NaN))));
    }

    [Fact]
    public void TupleConstants()
    {
        Assert.Equal("(1, 'a', Ellipsis, (2,), 1.5)",
            Unparser.Unparse(C(new object?[] { 1L, "a", PyEllipsis.Value, new object?[] { 2L }, 1.5 })));
        Assert.Equal("()", Unparser.Unparse(C(Array.Empty<object?>())));
        Assert.Equal("(1,)", Unparser.Unparse(C(new object?[] { 1L })));
    }

    [Fact]
    public void NegativeConstantIsWrittenAsCPythonWritesIt() =>
        Assert.Equal("-1 ** 2", Unparser.Unparse(new BinOp(C(-1L), Operator.Pow, C(2L))));

    [Fact]
    public void InteractiveKeepsOnlyTheLastStatementAsCPythonDoes() =>
        Assert.Equal("2", Unparser.Unparse(new Interactive([new ExprStmt(C(1L)), new ExprStmt(C(2L))])));

    [Fact]
    public void LoneFormattedValueAndEmptyContainers()
    {
        Assert.Equal("f'{x!r}'", Unparser.Unparse(new FormattedValue(N("x"), 'r', null)));
        Assert.Equal("{*()}", Unparser.Unparse(new Set([])));
        Assert.Equal("()", Unparser.Unparse(new ExprStmt(new Tuple([], ExprContext.Load))));
        Assert.Equal("u'x'", Unparser.Unparse(C("x", "u")));
    }

    [Fact]
    public void NewlineInsideAReplacementFieldForcesTripleQuotes() =>
        Assert.Equal("f'''a\\n{\"\"\"b\nc\"\"\"}'''",
            Unparser.Unparse(new JoinedStr([C("a\n"), new FormattedValue(C("b\nc"), -1, null)])));

    [Fact]
    public void UnicodeKindInsideAnFStringIsLostAsInCPython() =>
        // u'a' f'{x}' parses to JoinedStr([Constant('a', kind='u'), ...]); no f-string spelling keeps the u.
        Assert.Equal("f'a{x}'", Unparser.Unparse(new JoinedStr([C("a", "u"), new FormattedValue(N("x"), -1, null)])));

    [Fact]
    public void ImpossibleTreesRaiseValueErrorsText()
    {
        var raise = new Raise(null, N("e"));
        Assert.Equal("Node can't use cause without an exception.",
            Assert.Throws<ArgumentException>(() => Unparser.Unparse(raise)).Message);
        var backslash = new JoinedStr([new FormattedValue(C("\x01"), -1, null)]);
        Assert.Equal("Unable to avoid backslash in f-string expression part",
            Assert.Throws<ArgumentException>(() => Unparser.Unparse(backslash)).Message);
    }

    [Fact]
    public void DeepTreeRaisesRecursionErrorInsteadOfOverflowing()
    {
        Expr e = N("x");
        for (var i = 0; i < 1_000_000; i++) e = new UnaryOp(UnaryOperator.USub, e);
        Assert.Throws<AstRecursionException>(() => Unparser.Unparse(e));
    }
}
