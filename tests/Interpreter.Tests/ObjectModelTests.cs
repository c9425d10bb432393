using System.Numerics;
using FatSharp.Interpreter.Objects;
using FatSharp.Interpreter.Runtime;
using PyInt = FatSharp.Interpreter.Objects.PyInt;

namespace FatSharp.Interpreter.Tests;

public sealed class ObjectModelTests
{
    public ObjectModelTests() => TypeMethods.EnsureInitialized();

    [Fact]
    public void SmallIntsAreCachedLikeCPython()
    {
        Assert.Same(PyInt.FromLong(256), PyInt.FromLong(256));
        Assert.Same(PyInt.FromLong(-5), PyInt.FromLong(-5));
        Assert.NotSame(PyInt.FromLong(257), PyInt.FromLong(257));
    }

    [Fact]
    public void IntAdditionPromotesToBigIntegerOnOverflow()
    {
        var r = (PyInt)Ops.Add(PyInt.FromLong(long.MaxValue), PyInt.One);
        Assert.True(r.IsBig);
        Assert.Equal(new BigInteger(long.MaxValue) + 1, r.Big);
        var back = (PyInt)Ops.Sub(r, PyInt.One);
        Assert.False(back.IsBig);
    }

    [Fact]
    public void BoolIsAnIntWithTheBoolType()
    {
        Assert.Same(Objects.Builtins.Bool, PyInt.True.Type);
        Assert.True(Objects.Builtins.Bool.IsSubtypeOf(Objects.Builtins.Int));
        Assert.Equal("2", Ops.Repr(Ops.Add(PyInt.True, PyInt.True)));
        Assert.Equal("True", Ops.Repr(PyInt.True));
    }

    [Fact]
    public void StrIndexesCodePointsOutsideTheBmp()
    {
        var s = new PyStr("a\U0001F600b");
        Assert.Equal(3, s.Length);
        Assert.Equal("\U0001F600", s.CharAt(1).Value);
        Assert.Equal(0x1F600, s.CodePointAt(1));
        Assert.True(new PyStr("plain").IsBmp);
    }

    [Fact]
    public void EqualNumbersHashAlike()
    {
        Assert.Equal(Ops.Hash(PyInt.FromLong(1)), Ops.Hash(new PyFloat(1.0)));
        Assert.Equal(Ops.Hash(PyInt.FromBig(BigInteger.Pow(2, 70))), Ops.Hash(new PyFloat(Math.Pow(2, 70))));
        Assert.Equal(-2, Ops.Hash(PyInt.FromLong(-1)));
    }

    [Fact]
    public void DictVersionChangesOnEveryMutationOnly()
    {
        var d = new PyDict();
        var v0 = d.Version;
        d.SetItem("a", PyInt.One);
        var v1 = d.Version;
        Assert.NotEqual(v0, v1);
        Assert.Same(PyInt.One, d.GetItem("a"));
        Assert.Equal(v1, d.Version);
        d.SetItem("a", PyInt.Zero);
        Assert.NotEqual(v1, d.Version);
    }

    [Fact]
    public void OperatorErrorsUseCPythonMessages()
    {
        var e = Assert.Throws<PythonException>(() => Ops.Add(PyInt.One, new PyStr("x")));
        Assert.Equal("unsupported operand type(s) for +: 'int' and 'str'", Ops.ExceptionMessage(e.Value));
        var c = Assert.Throws<PythonException>(() => Ops.RichCompare(PyInt.One, new PyStr("x"), FatSharp.Ast.CmpOperator.Lt));
        Assert.Equal("'<' not supported between instances of 'int' and 'str'", Ops.ExceptionMessage(c.Value));
    }

    [Fact]
    public void ReprOfContainersAndFloatsMatchesCPython()
    {
        var list = new PyList([PyInt.One, new PyStr("a'b"), new PyFloat(0.1), PyNone.Value, new PyTuple([PyInt.Zero])]);
        Assert.Equal("[1, \"a'b\", 0.1, None, (0,)]", Ops.Repr(list));
        Assert.Equal("1e+16", Ops.Repr(new PyFloat(1e16)));
    }

    [Fact]
    public void InconsistentMroIsATypeError()
    {
        var a = PyType.CreateClass(Objects.Builtins.Type, "A", [], new PyDict());
        var b = PyType.CreateClass(Objects.Builtins.Type, "B", [a], new PyDict());
        var e = Assert.Throws<PythonException>(() => PyType.CreateClass(Objects.Builtins.Type, "C", [a, b], new PyDict()));
        Assert.StartsWith("Cannot create a consistent method resolution", Ops.ExceptionMessage(e.Value));
    }

    [Fact]
    public void FloatFormattingRoundsHalfToEvenOnTheExactValue()
    {
        Assert.Equal("0.12", FloatFormatting.FormatFixed(0.125, 2));
        Assert.Equal("2.67", FloatFormatting.FormatFixed(2.675, 2));
        Assert.Equal("1.234e+03", FloatFormatting.FormatExp(1234.5, 3));
    }
}
