using System.Text;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Optimizer;
using FatSharp.Tests.Optimizer.Support;

namespace FatSharp.Tests.Optimizer;

/// <summary>What exceeds the limits is never even handed to the evaluator.</summary>
public sealed class FoldSafetyTests
{
    private sealed class SpyEvaluator : IConstantEvaluator
    {
        private readonly TestConstantEvaluator _inner = new();
        public List<string> Calls { get; } = [];

        public FoldResult BinaryOp(Operator op, object? left, object? right)
        {
            Calls.Add($"{op} {PyRepr.Constant(left)} {PyRepr.Constant(right)}");
            return _inner.BinaryOp(op, left, right);
        }

        public FoldResult UnaryOp(UnaryOperator op, object? operand) => _inner.UnaryOp(op, operand);
        public FoldResult Compare(CmpOperator op, object? left, object? right) => _inner.Compare(op, left, right);
        public FoldResult Subscript(object? container, object? index) => _inner.Subscript(container, index);

        public FoldResult CallBuiltin(string name, IReadOnlyList<object?> args)
        {
            Calls.Add(name + "()");
            return _inner.CallBuiltin(name, args);
        }

        public FoldResult CallMethod(object? receiver, string name, IReadOnlyList<object?> args)
        {
            Calls.Add("." + name + "()");
            return _inner.CallMethod(receiver, name, args);
        }
    }

    private static (string Source, List<string> Calls) Optimize(string source)
    {
        var spy = new SpyEvaluator();
        var fat = new FatOptimizer(OptimizerConfig.FromPreset(), OptimizerPipeline.CreateDefault(), spy);
        var tree = fat.Transform((Module)PythonParser.Parse(Encoding.UTF8.GetBytes(source), "m.py"), new TransformContext("m.py"));
        return (Unparser.Unparse(tree), spy.Calls);
    }

    [Fact]
    public void Power_tower_is_not_computed()
    {
        var (source, calls) = Optimize("x = 2 ** 10 ** 10\n");
        Assert.Equal("x = 2 ** 10000000000", source);
        Assert.Equal(["Pow 10 10"], calls);
    }

    [Theory]
    [InlineData("x = 'x' * 200\n")]
    [InlineData("x = 'x' * 10 ** 9\n")]
    [InlineData("x = b'ab' * 100\n")]
    [InlineData("x = (1,) * 1000\n")]
    [InlineData("x = 1 << 100000\n")]
    [InlineData("x = 12345678901234567890 * 98765432109876543210 * 12345678901234567890 * 98765432109876543210\n")]
    public void Oversized_results_are_refused_before_computing(string line)
    {
        var (_, calls) = Optimize(line);
        Assert.DoesNotContain(calls, c => c.StartsWith("Mult '") || c.StartsWith("Mult b") || c.StartsWith("Mult (") || c.StartsWith("LShift"));
    }

    [Fact]
    public void Oversized_builtin_and_method_calls_are_refused_before_calling()
    {
        var (_, calls) = Optimize("def f():\n    return pow(2, 10000), 'x'.center(10 ** 6), 'ab'.replace('a', 'a' * 100)\n");
        Assert.DoesNotContain("pow()", calls);
        Assert.DoesNotContain(".center()", calls);
        Assert.DoesNotContain(".replace()", calls);
    }

    [Fact]
    public void Deep_trees_raise_a_recursion_error_instead_of_overflowing_the_stack()
    {
        var tree = new Module([], []);
        Expr e = new Constant(1L, null, 1, 0, 1, 1);
        for (var i = 0; i < 200_000; i++) e = new BinOp(e, Operator.Add, new Name("x", ExprContext.Load, 1, 0, 1, 1), 1, 0, 1, 1);
        tree.Body.Add(new ExprStmt(e, 1, 0, 1, 1));
        var fat = new FatOptimizer(OptimizerConfig.FromPreset(), OptimizerPipeline.CreateDefault(), new TestConstantEvaluator());
        Assert.Throws<AstRecursionException>(() => fat.Transform(tree, new TransformContext("m.py")));
    }
}
