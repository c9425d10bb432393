using System.Numerics;
using FatSharp.Ast;

namespace FatSharp.Tests.Ast;

/// <summary>repr() of constants, checked against CPython 3.11's output.</summary>
public sealed class PyReprTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(9999999999999998.0, "9999999999999998.0")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(1e-4, "0.0001")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(123456789.123456789, "123456789.12345679")]
    [InlineData(2.0 / 3, "0.6666666666666666")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(100.0, "100.0")]
    public void Floats(double value, string expected) => Assert.Equal(expected, PyRepr.Float(value));

    [Theory]
    [InlineData("", "''")]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData("both ' and \"", "'both \\' and \"'")]
    [InlineData("back\\slash", "'back\\\\slash'")]
    [InlineData("\t\n\r", "'\\t\\n\\r'")]
    [InlineData("\0\u001b\u007f", "'\\x00\\x1b\\x7f'")]
    [InlineData("\u0085\u00a0\u00ad\u00e9", "'\\x85\\xa0\\xad\u00e9'")]
    [InlineData("\u200b\u2028\u3000\ufeff", "'\\u200b\\u2028\\u3000\\ufeff'")]
    [InlineData("caf\u00e9 \u65e5\u672c", "'caf\u00e9 \u65e5\u672c'")]
    [InlineData("\ud83d\ude00", "'\ud83d\ude00'")]
    [InlineData("\udb40\udc01", "'\\U000e0001'")]
    public void Strings(string value, string expected) => Assert.Equal(expected, PyRepr.Str(value));

    [Fact]
    public void PrintabilityFollowsPython311sUnicodeVersionNotDotNets()
    {
        // U+0897, U+2FFC and U+31350 were assigned after Unicode 14: Python 3.11 escapes them.
        Assert.Equal("'\\u0897\\u2ffc\\U00031350\u00e9\\u0378\U0001F600\\u3000\U000E0100'",
            PyRepr.Str("\u0897\u2ffc\U00031350\u00e9\u0378\U0001F600\u3000\U000E0100"));
    }

    [Fact]
    public void LoneSurrogatesAreEscaped()
    {
        // Built at run time: attribute arguments cannot hold a lone surrogate.
        Assert.Equal("'\\ud800x\\udfff'", PyRepr.Str($"{(char)0xD800}x{(char)0xDFFF}"));
    }

    [Theory]
    [InlineData(new byte[] { }, "b''")]
    [InlineData(new byte[] { (byte)'a', 0, 0x7f, 0x80, 0xff }, "b'a\\x00\\x7f\\x80\\xff'")]
    [InlineData(new byte[] { (byte)'\'' }, "b\"'\"")]
    [InlineData(new byte[] { (byte)'\'', (byte)'"' }, "b'\\'\"'")]
    [InlineData(new byte[] { (byte)'\\', (byte)'\t', (byte)'\n', (byte)'\r' }, "b'\\\\\\t\\n\\r'")]
    public void Bytes(byte[] value, string expected) => Assert.Equal(expected, PyRepr.Constant(value));

    [Theory]
    [InlineData(0, 1, "1j")]
    [InlineData(0, 2.5, "2.5j")]
    [InlineData(1, 2, "(1+2j)")]
    [InlineData(1.5, -0.5, "(1.5-0.5j)")]
    [InlineData(-0.0, 1, "(-0+1j)")]
    [InlineData(0, -0.0, "-0j")]
    [InlineData(0, 0, "0j")]
    [InlineData(0, 1e16, "1e+16j")]
    [InlineData(0, double.PositiveInfinity, "infj")]
    [InlineData(double.NaN, double.NegativeInfinity, "(nan-infj)")]
    public void Complexes(double re, double im, string expected) =>
        Assert.Equal(expected, PyRepr.Constant(new Complex(re, im)));

    [Fact]
    public void OtherConstants()
    {
        Assert.Equal("None", PyRepr.Constant(null));
        Assert.Equal("True", PyRepr.Constant(true));
        Assert.Equal("Ellipsis", PyRepr.Constant(PyEllipsis.Value));
        Assert.Equal("-9223372036854775808", PyRepr.Constant(long.MinValue));
        Assert.Equal("123456789012345678901234567890", PyRepr.Constant(BigInteger.Parse("123456789012345678901234567890")));
        Assert.Equal("(1,)", PyRepr.Constant(new object?[] { 1L }));
        Assert.Equal("(1, 'a', None)", PyRepr.Constant(new object?[] { 1L, "a", null }));
    }
}
