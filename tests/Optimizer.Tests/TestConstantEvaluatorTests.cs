using System.Numerics;
using FatSharp.Ast;
using FatSharp.Optimizer;
using FatSharp.Tests.Optimizer.Support;

namespace FatSharp.Tests.Optimizer;

/// <summary>The test double must itself give Python's answers, or the snapshots would record wrong folds.</summary>
public sealed class TestConstantEvaluatorTests
{
    private readonly TestConstantEvaluator _evaluator = new();

    [Fact]
    public void Subscript_of_str_bytes_and_tuple()
    {
        Assert.Equal("b", _evaluator.Subscript("abc", 1L).Value);
        Assert.Equal(97L, _evaluator.Subscript(new byte[] { 97 }, 0L).Value);
        Assert.Equal(3L, _evaluator.Subscript(new ConstantTuple([1L, 2L, 3L]), -1L).Value);
        Assert.Equal("IndexError", _evaluator.Subscript("abc", 5L).ExceptionType);
    }

    [Theory]
    [InlineData(Operator.FloorDiv, -7L, 2L, -4L)]
    [InlineData(Operator.Mod, -7L, 3L, 2L)]
    [InlineData(Operator.Mod, 7L, -3L, -2L)]
    [InlineData(Operator.Pow, 2L, 10L, 1024L)]
    [InlineData(Operator.LShift, 1L, 10L, 1024L)]
    public void Integer_operators_follow_python(Operator op, long a, long b, long expected) =>
        Assert.Equal(expected, _evaluator.BinaryOp(op, a, b).Value);

    [Fact]
    public void Float_modulo_and_floor_division_follow_python()
    {
        Assert.Equal(0.5, _evaluator.BinaryOp(Operator.Mod, -7.5, 2L).Value);
        Assert.Equal(-4.0, _evaluator.BinaryOp(Operator.FloorDiv, -7.5, 2L).Value);
        Assert.Equal("ZeroDivisionError", _evaluator.BinaryOp(Operator.Mod, 1.0, 0.0).ExceptionType);
    }

    [Fact]
    public void Big_results_promote_to_BigInteger()
    {
        var r = _evaluator.BinaryOp(Operator.Pow, 2L, 100L);
        Assert.Equal(BigInteger.Pow(2, 100), r.Value);
    }

    [Fact]
    public void Str_methods()
    {
        Assert.Equal("   ab  ", _evaluator.CallMethod("ab", "center", [7L]).Value);
        Assert.Equal("-00042", _evaluator.CallMethod("-42", "zfill", [6L]).Value);
        var split = Assert.IsType<MutableLiteral>(_evaluator.CallMethod("a-b", "split", ["-"]).Value);
        Assert.Equal(["a", "b"], split.Items);
    }

    [Fact]
    public void Builtins()
    {
        Assert.Equal("0xff", _evaluator.CallBuiltin("hex", [255L]).Value);
        Assert.Equal("-0b101", _evaluator.CallBuiltin("bin", [-5L]).Value);
        Assert.Equal(2L, _evaluator.CallBuiltin("round", [2.5]).Value);
        Assert.Equal(4L, _evaluator.CallBuiltin("round", [3.5]).Value);
        Assert.Equal("ValueError", _evaluator.CallBuiltin("int", ["x"]).ExceptionType);
    }

    [Fact]
    public void Bool_bitwise_operators_give_bools_and_complex_compares_with_reals()
    {
        Assert.Equal(false, _evaluator.BinaryOp(Operator.BitAnd, true, false).Value);
        Assert.Equal(true, _evaluator.BinaryOp(Operator.BitXor, true, false).Value);
        Assert.Equal(1L, _evaluator.BinaryOp(Operator.BitAnd, true, 1L).Value);
        Assert.Equal(true, _evaluator.Compare(CmpOperator.Eq, 1.0, new Complex(1, 0)).Value);
        var negated = (Complex)_evaluator.UnaryOp(UnaryOperator.USub, new Complex(0, 1)).Value!;
        Assert.True(double.IsNegative(negated.Real));
    }
}
