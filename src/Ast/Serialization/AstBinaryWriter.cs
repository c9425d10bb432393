using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace FatSharp.Ast.Serialization;

/// <summary>
/// Encoder of <see cref="AstBinaryFormat"/>: the tree is written first (collecting the strings it uses), then the
/// header and string table are written in front of it. The per-node part is generated (AstBinaryWriter.g.cs).
/// </summary>
internal sealed partial class AstBinaryWriter
{
    private byte[] _buffer;
    private int _length;
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private long _lastLine;
    private long _frozenSetPairs;

    private AstBinaryWriter(int capacity) => _buffer = new byte[capacity];

    public static void Encode(Mod module, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(output);
        var tree = new AstBinaryWriter(16 * 1024);
        tree.WriteNode(module, required: true);

        var head = new AstBinaryWriter(1024 + tree._strings.Count * 16);
        head.WriteRawBytes(AstBinaryFormat.Magic);
        head.WriteUnsigned(AstBinaryFormat.Version);
        head.Ensure(4);
        BinaryPrimitives.WriteUInt32LittleEndian(head._buffer.AsSpan(head._length), AstBinaryReader.SpecFingerprint);
        head._length += 4;
        head.WriteCount(tree._strings.Count);
        foreach (var s in tree._strings) head.WriteTableString(s);

        CopyTo(output, head._buffer.AsSpan(0, head._length));
        CopyTo(output, tree._buffer.AsSpan(0, tree._length));
    }

    // In pieces as large as the output offers: a writer may hand out less than the whole at once.
    private static void CopyTo(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            var span = output.GetSpan(Math.Min(bytes.Length, 1 << 20));
            var n = Math.Min(span.Length, bytes.Length);
            bytes[..n].CopyTo(span);
            output.Advance(n);
            bytes = bytes[n..];
        }
    }

    private void WriteNode(Node? node, bool required)
    {
        DepthGuard.Enter();
        if (node == null)
        {
            if (required) throw new ArgumentException("a required node field is null");
            WriteByte(0);
            return;
        }
        WriteByte((byte)((int)node.Kind + 1));
        WriteNodeBody(node);
    }

    private void WriteNodeList<T>(List<T> list, bool itemsOptional) where T : Node?
    {
        if (list == null) throw new ArgumentException("a node list field is null");
        WriteCount(list.Count);
        foreach (var item in list) WriteNode(item, required: !itemsOptional);
    }

    // The line as a delta from the previous located node (in writing order) with a flag for "ends on the same
    // line", which saves the end line of most nodes; the end column relative to the start column.
    private void WritePosition(LocatedNode n)
    {
        var sameLine = n.EndLineno == n.Lineno;
        WriteUnsigned((ZigZag(n.Lineno - _lastLine) << 1) | (sameLine ? 1UL : 0UL));
        _lastLine = n.Lineno;
        WriteSigned(n.ColOffset);
        if (!sameLine) WriteSigned((long)n.EndLineno - n.Lineno);
        WriteSigned((long)n.EndColOffset - n.ColOffset);
    }

    private void WriteEnum(int value) => WriteByte((byte)value);

    private void WriteString(string? s)
    {
        if (s == null) throw new ArgumentException("a required identifier or string field is null");
        WriteUnsigned((ulong)Intern(s));
    }

    private void WriteOptString(string? s)
    {
        if (s == null) WriteByte(0);
        else WriteUnsigned((ulong)Intern(s) + 1);
    }

    private void WriteStringList(List<string> list)
    {
        if (list == null) throw new ArgumentException("an identifier list field is null");
        WriteCount(list.Count);
        foreach (var s in list) WriteString(s);
    }

    private void WriteOptInt(int? value)
    {
        if (value is int v) WriteUnsigned(ZigZag(v) + 1);
        else WriteByte(0);
    }

    private int Intern(string s)
    {
        if (!_stringIndex.TryGetValue(s, out var index))
        {
            index = _strings.Count;
            _strings.Add(s);
            _stringIndex.Add(s, index);
        }
        return index;
    }

    private void WriteConstant(object? value)
    {
        DepthGuard.Enter();
        switch (value)
        {
            case null: WriteTag(ConstantTag.None); break;
            case bool b: WriteTag(b ? ConstantTag.True : ConstantTag.False); break;
            case PyEllipsis: WriteTag(ConstantTag.Ellipsis); break;
            case long l:
                WriteTag(ConstantTag.Int);
                WriteSigned(l);
                break;
            case BigInteger big:
            {
                WriteTag(ConstantTag.BigInt);
                var count = big.GetByteCount();
                WriteCount(count);
                Ensure(count);
                big.TryWriteBytes(_buffer.AsSpan(_length, count), out _);
                _length += count;
                break;
            }
            case double d:
                WriteTag(ConstantTag.Float);
                WriteDouble(d);
                break;
            case Complex c:
                WriteTag(ConstantTag.Complex);
                WriteDouble(c.Real);
                WriteDouble(c.Imaginary);
                break;
            case string s:
                WriteTag(ConstantTag.Str);
                WriteString(s);
                break;
            case CodePointString cps:
                WriteTag(ConstantTag.CodePointStr);
                WriteCount(cps.CodePoints.Length);
                foreach (var cp in cps.CodePoints)
                {
                    if ((uint)cp > 0x10FFFF) throw new ArgumentException($"code point {cp} of a str constant is out of range");
                    WriteUnsigned((uint)cp);
                }
                break;
            case byte[] bytes:
                WriteTag(ConstantTag.Bytes);
                WriteCount(bytes.Length);
                WriteRawBytes(bytes);
                break;
            case ConstantTuple tuple:
                WriteTag(ConstantTag.Tuple);
                WriteCount(tuple.Count);
                foreach (var item in tuple.Items) WriteConstant(item);
                break;
            case ConstantFrozenSet set:
                _frozenSetPairs += (long)set.Count * (set.Count - 1) / 2;
                if (_frozenSetPairs > AstBinaryFormat.MaxFrozenSetPairs)
                    throw new ArgumentException($"the frozenset constants of the tree are larger than the binary format allows ({AstBinaryFormat.MaxFrozenSetPairs} item pairs)");
                WriteTag(ConstantTag.FrozenSet);
                WriteCount(set.Count);
                foreach (var item in set.Items) WriteConstant(item);
                break;
            case object?[] array:
                WriteTag(ConstantTag.ObjectArray);
                WriteCount(array.Length);
                foreach (var item in array) WriteConstant(item);
                break;
            default:
                throw new ArgumentException($"a constant of type {value.GetType().Name} has no binary form");
        }
    }

    private void WriteTag(ConstantTag tag) => WriteByte((byte)tag);

    private void WriteDouble(double d)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_length), BitConverter.DoubleToInt64Bits(d));
        _length += 8;
    }

    // A table entry: header (length << 1 | utf16), then UTF-8 bytes, or UTF-16 code units if the text has a lone
    // surrogate that UTF-8 cannot carry.
    private void WriteTableString(string s)
    {
        if (HasLoneSurrogate(s))
        {
            WriteUnsigned(((ulong)s.Length << 1) | 1);
            Ensure(s.Length * 2);
            foreach (var ch in s)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(_buffer.AsSpan(_length), ch);
                _length += 2;
            }
            return;
        }
        var byteCount = Encoding.UTF8.GetByteCount(s);
        WriteUnsigned((ulong)byteCount << 1);
        Ensure(byteCount);
        _length += Encoding.UTF8.GetBytes(s, _buffer.AsSpan(_length));
    }

    private static bool HasLoneSurrogate(string s)
    {
        var span = s.AsSpan();
        var i = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0) return false;
        for (; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])) i++;
            else if (char.IsSurrogate(c)) return true;
        }
        return false;
    }

    private void WriteCount(int count) => WriteUnsigned((uint)count);

    private void WriteSigned(long value) => WriteUnsigned(ZigZag(value));

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private void WriteUnsigned(ulong value)
    {
        Ensure(10);
        var buffer = _buffer;
        var i = _length;
        while (value >= 0x80)
        {
            buffer[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        buffer[i++] = (byte)value;
        _length = i;
    }

    private void WriteByte(byte b)
    {
        if (_length == _buffer.Length) Grow(1);
        _buffer[_length++] = b;
    }

    private void WriteRawBytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Ensure(int count)
    {
        if (_buffer.Length - _length < count) Grow(count);
    }

    private void Grow(int count)
    {
        var size = Math.Max(_buffer.Length * 2, _length + count);
        Array.Resize(ref _buffer, size);
    }
}
