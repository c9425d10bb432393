using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace FatSharp.Ast.Serialization;

/// <summary>
/// Decoder of <see cref="AstBinaryFormat"/>. Every read is bounds-checked and every problem raises
/// <see cref="AstFormatException"/>. Counts are bounded by the bytes that remain: <see cref="_promised"/> is the
/// number of bytes the lists being read still need (one per item at least), so a count can never claim bytes that
/// an enclosing list already counts on, and the total allocated capacity stays proportional to the input size.
/// The per-node part is generated (AstBinaryReader.g.cs): each ASDL type has a method that accepts exactly the
/// node kinds of that type.
/// </summary>
internal ref partial struct AstBinaryReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _pos;
    private long _promised;
    private int _depth;
    private long _lastLine;
    private long _frozenSetPairs;
    private string[] _strings;

    public AstBinaryReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _strings = [];
    }

    private readonly long Remaining => _data.Length - _pos;

    public Mod ReadBody()
    {
        var magic = AstBinaryFormat.Magic;
        if (_data.Length < magic.Length || !_data[..magic.Length].SequenceEqual(magic))
            throw Error(0, _data.Length == 0 ? "no data" : "not FatSharp AST data (bad magic)");
        _pos = magic.Length;
        var at = _pos;
        var version = ReadUnsigned();
        if (version != AstBinaryFormat.Version)
            throw Error(at, $"format version {version}, expected {AstBinaryFormat.Version}");
        if (Remaining < 4) throw Error(_pos, "truncated data");
        if (BinaryPrimitives.ReadUInt32LittleEndian(_data.Slice(_pos, 4)) != SpecFingerprint)
            throw Error(_pos, "written for other node shapes (spec fingerprint differs)");
        _pos += 4;
        ReadStringTable();
        var module = ReadMod();
        if (_pos != _data.Length) throw Error(_pos, $"{_data.Length - _pos} bytes of trailing data after the tree");
        return module;
    }

    private void ReadStringTable()
    {
        var count = ReadCount();
        var strings = new string[count];
        for (var i = 0; i < count; i++)
        {
            _promised--;
            var at = _pos;
            var header = ReadUnsigned();
            var utf16 = (header & 1) != 0;
            var length = header >> 1;
            var bytes = utf16 ? length * 2 : length;
            if (length > int.MaxValue / 2 || (long)bytes > Remaining - _promised)
                throw Error(at, $"string of {length} {(utf16 ? "code units" : "bytes")} runs past the end of the data");
            var span = _data.Slice(_pos, (int)bytes);
            if (utf16)
            {
                strings[i] = string.Create((int)length, span, static (chars, source) =>
                {
                    for (var k = 0; k < chars.Length; k++) chars[k] = (char)BinaryPrimitives.ReadUInt16LittleEndian(source[(2 * k)..]);
                });
            }
            else
            {
                try
                {
                    strings[i] = StrictUtf8.GetString(span);
                }
                catch (DecoderFallbackException)
                {
                    throw Error(at, "string table entry is not valid UTF-8");
                }
            }
            _pos += (int)bytes;
        }
        _strings = strings;
    }

    // One pass that decodes and validates (invalid bytes throw instead of becoming U+FFFD).
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly record struct Position(int Lineno, int ColOffset, int EndLineno, int EndColOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Position ReadPosition()
    {
        var at = _pos;
        var head = ReadUnsigned();
        var line = _lastLine + UnZigZag(head >> 1);
        var col = ReadSigned();
        var endLine = (head & 1) != 0 ? line : line + ReadSigned();
        var endCol = col + ReadSigned();
        if (line != (int)line || col != (int)col || endLine != (int)endLine || endCol != (int)endCol)
            throw Error(at, "position out of range");
        _lastLine = line;
        return new Position((int)line, (int)col, (int)endLine, (int)endCol);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter(int at)
    {
        if (++_depth > AstBinaryFormat.MaxDepth)
            throw Error(at, $"tree nested deeper than {AstBinaryFormat.MaxDepth} levels");
        // The runtime keeps a margin far larger than 16 levels of decoding frames: checking it at every 16th level
        // is as safe and keeps the check off most nodes.
        if ((_depth & 15) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new AstFormatException("tree nested too deeply for the stack of the decoding thread", at) { StackExhausted = true };
    }

    private readonly AstFormatException WrongKind(int at, int tag, string expected)
    {
        var kind = tag - 1;
        if (kind >= 0 && kind < (int)NodeKind.Splice)
            return Error(at, $"expected a {expected} node, found {NodeInfo.Of((NodeKind)kind).Name}");
        return Error(at, $"unknown node tag {tag} where a {expected} node was expected");
    }

    private static AstFormatException Error(int at, string problem) => new(problem, at);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ReadEnum(int size, string type)
    {
        var at = _pos;
        var b = ReadByte();
        if (b >= size) throw Error(at, $"invalid {type} value {b}");
        return b;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private string ReadString()
    {
        var at = _pos;
        var index = ReadUnsigned();
        if (index >= (ulong)_strings.Length) throw Error(at, $"string index {index} outside the table of {_strings.Length}");
        return _strings[(int)index];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private string? ReadOptString()
    {
        var at = _pos;
        var index = ReadUnsigned();
        if (index == 0) return null;
        if (index - 1 >= (ulong)_strings.Length) throw Error(at, $"string index {index - 1} outside the table of {_strings.Length}");
        return _strings[(int)(index - 1)];
    }

    private List<string> ReadStringList()
    {
        var count = ReadCount();
        var list = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            _promised--;
            list.Add(ReadString());
        }
        return list;
    }

    private int ReadInt()
    {
        var at = _pos;
        var v = ReadSigned();
        if (v != (int)v) throw Error(at, $"integer field {v} out of range");
        return (int)v;
    }

    private int? ReadOptInt()
    {
        var at = _pos;
        var u = ReadUnsigned();
        if (u == 0) return null;
        var v = UnZigZag(u - 1);
        if (v != (int)v) throw Error(at, $"integer field {v} out of range");
        return (int)v;
    }

    // Boxed values are immutable: the common ones are shared instead of allocated for every constant.
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;
    private const long SmallIntMin = -8;
    private static readonly object[] SmallInts = [.. Enumerable.Range((int)SmallIntMin, 265).Select(i => (object)(long)i)];

    private object? ReadConstant()
    {
        var at = _pos;
        var tag = ReadByte();
        switch ((ConstantTag)tag)
        {
            case ConstantTag.None: return null;
            case ConstantTag.True: return BoxedTrue;
            case ConstantTag.False: return BoxedFalse;
            case ConstantTag.Ellipsis: return PyEllipsis.Value;
            case ConstantTag.Int:
            {
                var v = ReadSigned();
                return (ulong)(v - SmallIntMin) < (ulong)SmallInts.Length ? SmallInts[v - SmallIntMin] : v;
            }
            case ConstantTag.BigInt:
            {
                var length = ReadLength();
                var value = new BigInteger(_data.Slice(_pos, length));
                _pos += length;
                return value;
            }
            case ConstantTag.Float: return ReadDouble();
            case ConstantTag.Complex:
            {
                var re = ReadDouble();
                return new Complex(re, ReadDouble());
            }
            case ConstantTag.Str: return ReadString();
            case ConstantTag.CodePointStr:
            {
                var count = ReadCount();
                var cps = new int[count];
                for (var i = 0; i < count; i++)
                {
                    _promised--;
                    var cpAt = _pos;
                    var cp = ReadUnsigned();
                    if (cp > 0x10FFFF) throw Error(cpAt, $"code point {cp} out of range");
                    cps[i] = (int)cp;
                }
                return new CodePointString(cps);
            }
            case ConstantTag.Bytes:
            {
                var length = ReadLength();
                var bytes = _data.Slice(_pos, length).ToArray();
                _pos += length;
                return bytes;
            }
            case ConstantTag.Tuple:
            {
                Enter(at);
                var items = ReadConstantItems(frozenSet: false);
                _depth--;
                return items.Length == 0 ? ConstantTuple.Empty : new ConstantTuple(items);
            }
            case ConstantTag.FrozenSet:
            {
                Enter(at);
                var items = ReadConstantItems(frozenSet: true);
                _depth--;
                return new ConstantFrozenSet(items);
            }
            case ConstantTag.ObjectArray:
            {
                Enter(at);
                var items = ReadConstantItems(frozenSet: false);
                _depth--;
                return items;
            }
            default:
                throw Error(at, $"unknown constant tag {tag}");
        }
    }

    // A frozenset's size is checked before its items are read: building it compares every pair of items.
    private object?[] ReadConstantItems(bool frozenSet)
    {
        var countAt = _pos;
        var count = ReadCount();
        if (frozenSet)
        {
            _frozenSetPairs += (long)count * (count - 1) / 2;
            if (_frozenSetPairs > AstBinaryFormat.MaxFrozenSetPairs)
                throw Error(countAt, $"frozenset of {count} items exceeds the limit of {AstBinaryFormat.MaxFrozenSetPairs} item pairs per tree");
        }
        var items = count == 0 ? [] : new object?[count];
        for (var i = 0; i < count; i++)
        {
            _promised--;
            items[i] = ReadConstant();
        }
        return items;
    }

    private double ReadDouble()
    {
        if (Remaining < 8) throw Error(_pos, "truncated float");
        var d = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(_data.Slice(_pos, 8)));
        _pos += 8;
        return d;
    }

    /// <summary>A count of items that follow, each at least one byte; they are promised to the list being read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ReadCount()
    {
        var at = _pos;
        var count = ReadUnsigned();
        if (count > (ulong)Math.Max(0, Remaining - _promised))
            throw Error(at, $"count {count} exceeds the {Math.Max(0, Remaining - _promised)} bytes left for it");
        _promised += (long)count;
        return (int)count;
    }

    /// <summary>A length of raw bytes that follow.</summary>
    private int ReadLength()
    {
        var at = _pos;
        var length = ReadUnsigned();
        if (length > (ulong)Math.Max(0, Remaining - _promised))
            throw Error(at, $"length {length} exceeds the {Math.Max(0, Remaining - _promised)} bytes left for it");
        return (int)length;
    }

    private long ReadSigned() => UnZigZag(ReadUnsigned());

    private static long UnZigZag(ulong u) => (long)(u >> 1) ^ -(long)(u & 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong ReadUnsigned()
    {
        // Most varints here are one byte.
        var pos = _pos;
        if ((uint)pos < (uint)_data.Length)
        {
            var b = _data[pos];
            if (b < 0x80)
            {
                _pos = pos + 1;
                return b;
            }
        }
        return ReadUnsignedSlow();
    }

    private ulong ReadUnsignedSlow()
    {
        var data = _data;
        var pos = _pos;
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if ((uint)pos >= (uint)data.Length) throw Error(pos, "truncated data");
            var b = data[pos++];
            if (shift == 63 && b > 1) throw Error(pos - 1, "varint overflows 64 bits");
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                _pos = pos;
                return result;
            }
        }
        throw Error(pos - 1, "varint longer than 10 bytes");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte ReadByte()
    {
        if ((uint)_pos >= (uint)_data.Length) throw Error(_pos, "truncated data");
        return _data[_pos++];
    }
}
