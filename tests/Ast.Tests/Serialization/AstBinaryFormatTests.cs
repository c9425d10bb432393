using System.Numerics;
using System.Text.Json;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Ast.Serialization;
using FatSharp.Tests.Ast.Support;

namespace FatSharp.Tests.Ast.Serialization;

/// <summary>Round trips of <see cref="AstBinaryFormat"/>: every node kind, field, position and constant comes back exactly.</summary>
public sealed class AstBinaryFormatTests
{
    internal static Mod RoundTrip(Mod tree)
    {
        var bytes = AstBinaryFormat.Encode(tree);
        var back = AstBinaryFormat.Decode(bytes);
        Assert.True(NodeEquality.Equal(tree, back, positions: true), "tree changed in a round trip");
        Assert.Equal(AstDump.Dump(tree, includeAttributes: true), AstDump.Dump(back, includeAttributes: true));
        // Encoding is deterministic: the decoded tree encodes to the same bytes.
        Assert.Equal(bytes, AstBinaryFormat.Encode(back));
        return back;
    }

    [Theory]
    [MemberData(nameof(Fixtures.Valid), MemberType = typeof(Fixtures))]
    public void ParsedFixturesRoundTrip(string name) => RoundTrip(Fixtures.Parse(name));

    [Fact]
    public void CPythonTreesOfTheFixturesRoundTrip()
    {
        // CPython's trees include type comments and TypeIgnore, which the parser does not collect.
        foreach (var file in Directory.GetFiles(Fixtures.Directory, "*.attrs.txt"))
            RoundTrip((Mod)DumpReader.Read(File.ReadAllText(file)));
    }

    [Fact]
    public void RandomTreesRoundTrip()
    {
        foreach (var line in File.ReadAllLines(Path.Combine(Fixtures.Directory, "random_trees.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            RoundTrip((Mod)DumpReader.Read(doc.RootElement.GetProperty("dump").GetString()!));
        }
    }

    [Fact]
    public void EveryNodeKindIsCoveredByTheRoundTrips()
    {
        var seen = new HashSet<NodeKind>();
        var collector = new KindCollector(seen);
        foreach (var name in Fixtures.ValidNames) collector.Visit(Fixtures.Parse(name));
        foreach (var file in Directory.GetFiles(Fixtures.Directory, "*.attrs.txt"))
            collector.Visit(DumpReader.Read(File.ReadAllText(file)));
        var missing = Enum.GetValues<NodeKind>().Where(k => k != NodeKind.Splice && !seen.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "node kinds no fixture has: " + string.Join(", ", missing));
    }

    private sealed class KindCollector(HashSet<NodeKind> seen) : NodeVisitor
    {
        public override void Visit(Node node)
        {
            seen.Add(node.Kind);
            base.Visit(node);
        }
    }

    [Fact]
    public void EveryPythonFileOfTheRepositoryRoundTrips()
    {
        var root = RepoRoot();
        var count = 0;
        foreach (var dir in new[] { "src/Interpreter/Lib", "tests/programs", "tests/guards", "examples" })
        {
            var path = Path.Combine(root, dir);
            if (!Directory.Exists(path)) continue;
            foreach (var file in Directory.EnumerateFiles(path, "*.py", SearchOption.AllDirectories))
            {
                Mod tree;
                try { tree = PythonParser.Parse(File.ReadAllBytes(file), file, ParseMode.Exec); }
                catch (PythonSyntaxError) { continue; } // programs that test syntax errors
                RoundTrip(tree);
                count++;
            }
        }
        Assert.True(count > 50, $"only {count} Python files found under {root}");
    }

    private static Module OneConstantPerStatement(IEnumerable<object?> values) =>
        new([.. values.Select((v, i) => (Stmt)new ExprStmt(new Constant(v, null, i + 1, 0, i + 1, 5), i + 1, 0, i + 1, 5))], []);

    public static IEnumerable<object?> EdgeConstants() =>
    [
        null, true, false, PyEllipsis.Value,
        0L, 1L, -1L, 63L, 64L, -64L, -65L, long.MaxValue, long.MinValue,
        BigInteger.Pow(2, 64), -BigInteger.Pow(2, 64), BigInteger.Pow(10, 400) + 1, -BigInteger.Pow(7, 1000), new BigInteger(5),
        0.0, -0.0, 1.5, double.NaN, BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8_0000_DEAD_BEEF)), double.PositiveInfinity,
        double.NegativeInfinity, double.Epsilon, double.MaxValue,
        new Complex(0, 1), new Complex(-0.0, double.NaN), new Complex(double.PositiveInfinity, -0.0),
        "", "x", "héllo wörld", "\U0001F600", "\uD800", "a\uDC00b", "\uDBFF\uD800", "\0",
        new CodePointString([0xD834, 0xDD1E]), new CodePointString([]), new CodePointString([0x10FFFF, 0, 0xDFFF]),
        Array.Empty<byte>(), Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(),
        ConstantTuple.Empty, new ConstantTuple([1L, "a", null, new ConstantTuple([2.5, PyEllipsis.Value])]),
        new ConstantFrozenSet([1L, "b", new ConstantTuple([true]), BigInteger.Pow(3, 90)]),
        new object?[] { 1L, new object?[] { "nested" }, null },
    ];

    [Fact]
    public void ConstantsOfEveryKindComeBackExactly()
    {
        var values = EdgeConstants().ToList();
        var back = (Module)RoundTrip(OneConstantPerStatement(values));
        for (var i = 0; i < values.Count; i++)
        {
            var got = ((Constant)((ExprStmt)back.Body[i]).Value).Value;
            Assert.Equal(values[i]?.GetType(), got?.GetType());
            if (values[i] is double d) Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits((double)got!));
            if (values[i] is Complex c)
            {
                var g = (Complex)got!;
                Assert.Equal(BitConverter.DoubleToInt64Bits(c.Real), BitConverter.DoubleToInt64Bits(g.Real));
                Assert.Equal(BitConverter.DoubleToInt64Bits(c.Imaginary), BitConverter.DoubleToInt64Bits(g.Imaginary));
            }
            if (values[i] is string s) Assert.Equal(s, (string)got!, StringComparer.Ordinal);
        }
    }

    [Fact]
    public void KindPrefixTypeCommentsAndTypeIgnoresComeBack()
    {
        var tree = new Module(
        [
            new ExprStmt(new Constant("s", "u", 1, 0, 1, 4), 1, 0, 1, 4),
            new Assign([new Name("x", ExprContext.Store, 2, 0, 2, 1)], new Constant(1L, null, 2, 4, 2, 5), "int", 2, 0, 2, 5),
            new ImportFrom(null, [new Alias("a", null, 3, 15, 3, 16)], null, 3, 0, 3, 16),
            new ImportFrom("m", [new Alias("a", "b", 4, 14, 4, 20)], 2, 4, 0, 4, 20),
        ], [new TypeIgnore(2, ""), new TypeIgnore(7, "[attr-defined]")]);
        RoundTrip(tree);
    }

    [Fact]
    public void MissingAndExtremePositionsComeBack()
    {
        var tree = new Module(
        [
            new Pass(1, 0, -1, -1),
            new Pass(int.MaxValue, int.MaxValue, int.MinValue, int.MinValue),
            new Pass(0, -1, 0, -1),
            new Pass(int.MinValue, 0, int.MaxValue, 5),
            new Pass(3, 4, 2, 1),
        ], []);
        RoundTrip(tree);
    }

    [Fact]
    public void OtherModesRoundTrip()
    {
        RoundTrip(PythonParser.Parse("a + b * 2"u8.ToArray(), "<e>", ParseMode.Eval));
        RoundTrip(PythonParser.Parse("x = 1; print(x)\n"u8.ToArray(), "<s>", ParseMode.Single));
        RoundTrip(PythonParser.Parse("(int, *str) -> List[int]"u8.ToArray(), "<f>", ParseMode.FuncType));
    }

    [Fact]
    public void RepeatedNamesAreStoredOnce()
    {
        var source = string.Concat(Enumerable.Repeat("some_long_variable_name = some_long_variable_name + 1\n", 200));
        var bytes = AstBinaryFormat.Encode(PythonParser.Parse(System.Text.Encoding.UTF8.GetBytes(source), "<r>", ParseMode.Exec));
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.Equal(text.IndexOf("some_long_variable_name", StringComparison.Ordinal), text.LastIndexOf("some_long_variable_name", StringComparison.Ordinal));
        Assert.True(bytes.Length < source.Length * 2 / 3, $"{bytes.Length} bytes for {source.Length} bytes of source");
    }

    [Fact]
    public void DeepTreesWithinTheParserLimitRoundTrip()
    {
        Expr e = new Name("x", ExprContext.Load, 1, 0, 1, 1);
        for (var i = 0; i < 2980; i++) e = new UnaryOp(UnaryOperator.USub, e, 1, 0, 1, i + 2);
        // Comparing and dumping such a tree needs more stack than a test thread has.
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { RoundTrip(new Expression(e)); }
            catch (Exception x) { failure = x; }
        }, 256 * 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        // Decoding alone works on the test thread too: it moves to a larger stack when it must.
        var bytes = AstBinaryFormat.Encode(new Expression(e));
        Assert.Equal(NodeKind.Expression, AstBinaryFormat.Decode(bytes).Kind);
    }

    [Fact]
    public void EncodeAppendsToABufferWriter()
    {
        var tree = Fixtures.Parse("functions");
        var output = new System.Buffers.ArrayBufferWriter<byte>(1);
        System.Buffers.BuffersExtensions.Write(output, "prefix"u8);
        AstBinaryFormat.Encode(tree, output);
        Assert.Equal("prefix"u8.ToArray(), output.WrittenSpan[..6].ToArray());
        Assert.Equal(AstBinaryFormat.Encode(tree), output.WrittenSpan[6..].ToArray());
        Assert.True(NodeEquality.Equal(tree, AstBinaryFormat.Decode(output.WrittenSpan[6..]), positions: true));
    }

    [Fact]
    public void EncodeRefusesWhatHasNoBinaryForm()
    {
        Assert.Throws<ArgumentException>(() => AstBinaryFormat.Encode(OneConstantPerStatement([DateTime.Now])));
        Assert.Throws<ArgumentException>(() => AstBinaryFormat.Encode(new Module([new ExprStmt(null!, 1, 0, 1, 1)], [])));
        // 60 sets of 200 items: 60 * 19,900 item pairs, more than a decoder would build.
        var set = new ConstantFrozenSet(Enumerable.Range(0, 200).Select(i => (object?)(long)i));
        Assert.Throws<ArgumentException>(() => AstBinaryFormat.Encode(OneConstantPerStatement(Enumerable.Repeat<object?>(set, 60))));
        RoundTrip(OneConstantPerStatement(Enumerable.Repeat<object?>(set, 10)));
    }

    internal static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "FatSharp.sln"))) return d.FullName;
        throw new InvalidOperationException("FatSharp.sln not found");
    }
}
