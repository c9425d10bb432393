using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Ast.Serialization;
using FatSharp.Tests.Ast.Support;

namespace FatSharp.Tests.Ast.Serialization;

/// <summary>Decoding bad data raises <see cref="AstFormatException"/>, quickly, and nothing else.</summary>
public sealed class AstBinaryHostileInputTests
{
    private static byte Tag(NodeKind kind) => (byte)((int)kind + 1);

    // Line delta 0 (not flagged as ending on the same line), column 0, end line delta 0, end column delta 0.
    private static readonly byte[] NoPosition = [0, 0, 0, 0];

    private static readonly byte[] NoneConstant = [Tag(NodeKind.Constant), .. NoPosition, 0, 0];

    /// <summary>Magic, version 1 and the spec fingerprint.</summary>
    private static byte[] Head => [.. "FSAT"u8.ToArray(), 1, .. BitConverter.GetBytes(AstBinaryReader.SpecFingerprint)];

    /// <summary>The head, an empty string table, then <paramref name="tree"/>.</summary>
    private static byte[] Body(params byte[][] tree) => [.. Head, 0, .. tree.SelectMany(t => t)];

    private static AstFormatException Rejects(byte[] data)
    {
        var e = Assert.Throws<AstFormatException>(() => AstBinaryFormat.Decode(data));
        Assert.Contains("byte offset", e.Message);
        return e;
    }

    private static readonly Lazy<byte[][]> Samples = new(() =>
    [
        AstBinaryFormat.Encode(Fixtures.Parse("statements")),
        AstBinaryFormat.Encode(Fixtures.Parse("literals")),
        AstBinaryFormat.Encode(Fixtures.Parse("matching")),
        AstBinaryFormat.Encode(PythonParser.Parse("x = (1, 2.5, 'é', b'\\x00', 10**30, 1j, ...)\n"u8.ToArray(), "<c>", ParseMode.Exec)),
    ]);

    [Fact]
    public void TheHandBuiltBodyIsValid()
    {
        // Guards the other tests: without the defect they introduce, their data decodes.
        var tree = AstBinaryFormat.Decode(Body([Tag(NodeKind.Expression), Tag(NodeKind.Constant), .. NoPosition, 0, 0]));
        Assert.Equal("Expression(body=Constant(value=None))", AstDump.Dump(tree));
    }

    [Fact]
    public void EveryTruncationIsRejected()
    {
        foreach (var data in Samples.Value)
            for (var length = 0; length < data.Length; length++)
            {
                var e = Rejects(data[..length]);
                Assert.True(e.Offset <= length, $"offset {e.Offset} past the end {length}");
            }
    }

    [Fact]
    public void RandomByteFlipsGiveAnErrorOrATree()
    {
        var random = new Random(20261124);
        var outcomes = new int[2];
        for (var i = 0; i < 6000; i++)
        {
            var data = (byte[])Samples.Value[i % Samples.Value.Length].Clone();
            var flips = 1 + random.Next(4);
            for (var f = 0; f < flips; f++)
            {
                var at = random.Next(data.Length);
                data[at] = random.Next(3) == 0 ? (byte)(data[at] ^ (1 << random.Next(8))) : (byte)random.Next(256);
            }
            try
            {
                var tree = AstBinaryFormat.Decode(data);
                // A tree that decodes is a whole tree: it encodes and decodes again to itself.
                Assert.True(NodeEquality.Equal(tree, AstBinaryFormat.Decode(AstBinaryFormat.Encode(tree)), positions: true));
                outcomes[1]++;
            }
            catch (AstFormatException)
            {
                outcomes[0]++;
            }
        }
        Assert.True(outcomes[0] > 1000, $"only {outcomes[0]} of 6000 corrupt inputs were rejected");
    }

    [Fact]
    public void RandomBytesAfterAValidHeadGiveAnErrorOrATree()
    {
        var random = new Random(7);
        for (var i = 0; i < 4000; i++)
        {
            var tail = new byte[1 + random.Next(200)];
            random.NextBytes(tail);
            // Mostly small values, so that tags, counts and indexes are often in range and decoding goes deep.
            for (var k = 0; k < tail.Length; k++)
                if (random.Next(4) != 0) tail[k] = (byte)(tail[k] % 8);
            if (random.Next(2) == 0) tail[0] = Tag(NodeKind.Module);
            try
            {
                AstBinaryFormat.Decode(Body(tail));
            }
            catch (AstFormatException)
            {
            }
        }
    }

    [Fact]
    public void EmptyWrongMagicAndWrongVersionAreRejected()
    {
        Assert.Contains("no data", Rejects([]).Message);
        Rejects("FSA"u8.ToArray());
        Assert.Contains("magic", Rejects("XSAT\u0001\0\0"u8.ToArray()).Message);
        var wrongVersion = Body([Tag(NodeKind.Expression), Tag(NodeKind.Constant), .. NoPosition, 0, 0]);
        wrongVersion[4] = 2;
        Assert.Contains("version 2", Rejects(wrongVersion).Message);
        var otherShapes = Body([Tag(NodeKind.Expression), Tag(NodeKind.Constant), .. NoPosition, 0, 0]);
        otherShapes[6] ^= 0x40;
        Assert.Contains("fingerprint", Rejects(otherShapes).Message);
    }

    [Fact]
    public void TrailingBytesAreRejected()
    {
        var data = AstBinaryFormat.Encode(Fixtures.Parse("statements"));
        Assert.Contains("trailing", Rejects([.. data, 0]).Message);
    }

    [Fact]
    public void HugeCountsAreRejectedBeforeAllocating()
    {
        byte[] huge = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F];
        Assert.Contains("count", Rejects(Body([Tag(NodeKind.Module), .. huge, 0])).Message);
        Assert.Contains("count", Rejects([.. Head, .. huge]).Message);
        // Lengths of strings, bytes and big ints, and counts nested in a list that already counts on the bytes.
        Rejects([.. Head, 1, 0xFE, 0xFF, 0xFF, 0xFF, 0x0F, (byte)'a']);
        Rejects(Body([Tag(NodeKind.Expression), Tag(NodeKind.Constant), .. NoPosition, 10, 0xFF, 0xFF, 0xFF, 0x7F, 1, 2, 0]));
        Rejects(Body([Tag(NodeKind.Expression), Tag(NodeKind.Constant), .. NoPosition, 5, 0xFF, 0xFF, 0xFF, 0x7F, 1, 2, 0]));
        Rejects(Body([Tag(NodeKind.Module), 3, Tag(NodeKind.Delete), .. NoPosition, 5, 0, 0, 0, 0, 0, 0]));
        Rejects(Body([Tag(NodeKind.Module), 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]));
    }

    [Fact]
    public void NestingOfAHundredThousandLevelsIsRejected()
    {
        var nodes = new List<byte> { Tag(NodeKind.Expression) };
        for (var i = 0; i < 100_000; i++) nodes.AddRange([Tag(NodeKind.UnaryOp), .. NoPosition, (byte)UnaryOperator.Not]);
        nodes.AddRange([Tag(NodeKind.Constant), .. NoPosition, 0, 0]);
        Assert.Contains("deeper", Rejects(Body([.. nodes])).Message);

        List<byte> tuples = [Tag(NodeKind.Expression), Tag(NodeKind.Constant), .. NoPosition];
        for (var i = 0; i < 100_000; i++) tuples.AddRange([11, 1]);
        tuples.AddRange([0, 0]);
        Assert.Contains("deeper", Rejects(Body([.. tuples])).Message);
    }

    [Fact]
    public void WrongNodeKindsAreRejected()
    {
        byte[] name = [Tag(NodeKind.Name), .. NoPosition, 0, 0];
        // An expression at the top, a statement where an expression goes, a product where a statement goes.
        Assert.Contains("expected a mod node, found Name", Rejects(Body(name)).Message);
        Assert.Contains("expected a expr node, found Pass", Rejects(Body([Tag(NodeKind.Expression), Tag(NodeKind.Pass), .. NoPosition])).Message);
        Assert.Contains("expected a stmt node, found arguments", Rejects(Body([Tag(NodeKind.Module), 1, Tag(NodeKind.Arguments)])).Message);
        Assert.Contains("unknown node tag", Rejects(Body([Tag(NodeKind.Module), 1, 250])).Message);
        Assert.Contains("unknown node tag", Rejects(Body([Tag(NodeKind.Module), 1, Tag(NodeKind.Splice)])).Message);
        // None where a node is required.
        Assert.Contains("found None", Rejects(Body([Tag(NodeKind.Expression), 0])).Message);
        Assert.Contains("found None", Rejects(Body([Tag(NodeKind.Module), 1, 0, 0])).Message);
    }

    [Fact]
    public void InvalidValuesAreRejected()
    {
        List<byte> withName = [.. Head, 1, 2, (byte)'x'];
        // Expression(Name('x', ctx=3)): no such context.
        Assert.Contains("expr_context", Rejects([.. withName, Tag(NodeKind.Expression), Tag(NodeKind.Name), .. NoPosition, 0, 3]).Message);
        Assert.Contains("string index", Rejects([.. withName, Tag(NodeKind.Expression), Tag(NodeKind.Name), .. NoPosition, 1, 0]).Message);
        Assert.Contains("operator", Rejects(Body([Tag(NodeKind.Expression), Tag(NodeKind.BinOp), .. NoPosition, .. NoneConstant, 13, .. NoneConstant])).Message);
        Assert.Contains("constant tag", Rejects(Body([Tag(NodeKind.Expression), Tag(NodeKind.Constant), .. NoPosition, 99, 0])).Message);
        Assert.Contains("UTF-8", Rejects([.. Head, 1, 2, 0xFF, Tag(NodeKind.Expression), Tag(NodeKind.Constant), .. NoPosition, 0, 0]).Message);
        Assert.Contains("code point", Rejects(Body([Tag(NodeKind.Expression), Tag(NodeKind.Constant), .. NoPosition, 9, 1, 0xFF, 0xFF, 0xFF, 0x7F, 0])).Message);
        Assert.Contains("position", Rejects(Body([Tag(NodeKind.Expression), Tag(NodeKind.Constant), 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 0, 0, 0, 0, 0])).Message);
        Assert.Contains("varint", Rejects(Body([Tag(NodeKind.Module), .. Enumerable.Repeat((byte)0xFF, 12), 0])).Message);
        Assert.Contains("frozenset", Rejects(Body([Tag(NodeKind.Expression), Tag(NodeKind.Constant), .. NoPosition, 12, 0xFF, 0x7F, .. new byte[0x4000], 0])).Message);
        // Many sets of 100 items in a tuple: each is small, together they exceed the work a decoder accepts.
        List<byte> sets = [Tag(NodeKind.Expression), Tag(NodeKind.Constant), .. NoPosition, 11, 120];
        for (var i = 0; i < 120; i++) sets.AddRange([12, 100, .. new byte[100]]);
        sets.Add(0);
        Assert.Contains("frozenset", Rejects(Body([.. sets])).Message);
    }
}
