using FatSharp.Ast;

namespace FatSharp.Tests.Optimizer;

public sealed class ConstantRepresentationTests
{
    [Fact]
    public void Tuple_repr_and_strict_equality()
    {
        Assert.Equal("(1, 'a', (2,))", PyRepr.Constant(new ConstantTuple([1L, "a", new ConstantTuple([2L])])));
        Assert.Equal("()", PyRepr.Constant(ConstantTuple.Empty));
        Assert.Equal(new ConstantTuple([1L, 2.0]), new ConstantTuple([1L, 2.0]));
        Assert.NotEqual(new ConstantTuple([1L]), new ConstantTuple([1.0]));
        Assert.Equal(new ConstantTuple([1L, "x"]).GetHashCode(), new ConstantTuple([1L, "x"]).GetHashCode());
        Assert.True(NodeEquality.ConstantEquals(new ConstantTuple([true]), new ConstantTuple([true])));
    }

    [Fact]
    public void Frozenset_dedups_with_python_equality_and_compares_strictly()
    {
        var s = new ConstantFrozenSet([1L, 1.0, true, 2L, "a", "a"]);
        Assert.Equal(3, s.Count);
        Assert.Equal("frozenset({1, 2, 'a'})", PyRepr.Constant(s));
        Assert.Equal("frozenset()", PyRepr.Constant(new ConstantFrozenSet([])));
        Assert.Equal(new ConstantFrozenSet([2L, 1L]), new ConstantFrozenSet([1L, 2L]));
        Assert.Equal(new ConstantFrozenSet([2L, 1L]).GetHashCode(), new ConstantFrozenSet([1L, 2L]).GetHashCode());
        Assert.NotEqual(new ConstantFrozenSet([1L]), new ConstantFrozenSet([1.0]));
        Assert.True(s.Contains(2.0));
    }

    [Fact]
    public void Dump_and_equality_of_nodes_holding_them()
    {
        var a = new Constant(new ConstantTuple([1L, 2L]), null);
        var b = new Constant(new ConstantTuple([1L, 2L]), null);
        Assert.True(NodeEquality.Equal(a, b));
        Assert.Equal("Constant(value=(1, 2))", AstDump.Dump(a));
        Assert.Equal("Constant(value=frozenset({3}))", AstDump.Dump(new Constant(new ConstantFrozenSet([3L]), null)));
    }
}
