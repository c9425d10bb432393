using System.Text;

namespace FatSharp.Interpreter.Runtime;

/// <summary>bytes and bytearray: constructors, codecs and common methods.</summary>
public static class BytesMethods
{
    public static void Register()
    {
        foreach (var t in new[] { Builtins.Bytes, Builtins.ByteArray })
        {
            var mutable = t == Builtins.ByteArray;
            t.NewImpl = (cls, a, k) =>
            {
                var kw = ArgParse.Keywords(t.Name, a, k, "source", "encoding", "errors");
                var pos = ArgParse.PositionalOnly(a, k);
                var src = pos.Length > 0 ? pos[0] : kw.GetValueOrDefault("source");
                byte[] data;
                if (src is null) data = [];
                else if (src is PyStr s)
                {
                    var enc = pos.Length > 1 ? Ops.Str(pos[1]) : kw.TryGetValue("encoding", out var e) ? Ops.Str(e) : throw PyErr.TypeError("string argument without an encoding");
                    data = Encode(s.Value, enc, "strict");
                }
                else if (src is PyInt n)
                {
                    if (n.Sign < 0) throw PyErr.ValueError("negative count");
                    data = new byte[n.Value];
                }
                else if (src is PyBytes b) data = b.ToArray();
                else if (src is PyMemoryView mv) data = mv.ToArray();
                else if (src.Type.Lookup("__index__") is not null)
                {
                    // Objects with __index__ are a size, like an int.
                    var count = Ops.IndexToLong(src);
                    if (count < 0) throw PyErr.ValueError("negative count");
                    data = new byte[count];
                }
                else
                {
                    data = Ops.ToList(src).Select(x =>
                    {
                        var v = Ops.IndexToLong(x);
                        if (v is < 0 or > 255) throw PyErr.ValueError("bytes must be in range(0, 256)");
                        return (byte)v;
                    }).ToArray();
                }
                return new PyBytes(data, cls);
            };
            TypeMethods.Method(t, "decode", (s, a, k) =>
            {
                var kw = ArgParse.Keywords("decode", a, k, "encoding", "errors");
                var pos = ArgParse.PositionalOnly(a, k);
                var enc = pos.Length > 0 ? Ops.Str(pos[0]) : kw.TryGetValue("encoding", out var e) ? Ops.Str(e) : "utf-8";
                var errors = pos.Length > 1 ? Ops.Str(pos[1]) : kw.TryGetValue("errors", out var er) ? Ops.Str(er) : "strict";
                return new PyStr(Decode(((PyBytes)s!).ToArray(), enc, errors));
            });
            if (mutable)
            {
                TypeMethods.Method1(t, "append", (s, x) =>
                {
                    var v = Ops.IndexToLong(x);
                    if (v is < 0 or > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
                    ((PyBytes)s).Append((byte)v);
                    return PyNone.Value;
                });
            }
        }
    }

    private static Encoding GetEncoding(string name)
    {
        var n = name.ToLowerInvariant().Replace('_', '-');
        Encoding e = n switch
        {
            "utf-8" or "utf8" => new UTF8Encoding(false, true),
            "ascii" or "us-ascii" => Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" => Encoding.GetEncoding("iso-8859-1", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
            "utf-16" => new UnicodeEncoding(false, true, true),
            "utf-16-le" or "utf-16le" => new UnicodeEncoding(false, false, true),
            "utf-16-be" or "utf-16be" => new UnicodeEncoding(true, false, true),
            "utf-32" => new UTF32Encoding(false, true, true),
            "utf-32-le" or "utf-32le" => new UTF32Encoding(false, false, true),
            "utf-32-be" or "utf-32be" => new UTF32Encoding(true, false, true),
            _ => throw PyErr.New(Builtins.LookupError, $"unknown encoding: {name}"),
        };
        return e;
    }

    private static string CodecName(string encoding) => encoding.ToLowerInvariant().Replace('_', '-') switch
    {
        "utf8" or "utf-8" => "utf-8",
        "ascii" or "us-ascii" => "ascii",
        "latin1" or "latin-1" or "iso-8859-1" or "iso8859-1" => "latin-1",
        var other => other,
    };

    private static string Escape(int cp) => cp switch
    {
        < 0x100 => $"\\x{cp:x2}",
        < 0x10000 => $"\\u{cp:x4}",
        _ => $"\\U{cp:x8}",
    };

    /// <summary>str.encode: strict raises UnicodeEncodeError; ignore/replace/xmlcharrefreplace/backslashreplace
    /// handle each code point the codec cannot encode.</summary>
    public static byte[] Encode(string s, string encoding, string errors)
    {
        var enc = GetEncoding(encoding);
        try { return enc.GetBytes(s); }
        catch (EncoderFallbackException) { }
        var output = new List<byte>();
        var index = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            var text = rune.ToString();
            try
            {
                output.AddRange(enc.GetBytes(text));
            }
            catch (EncoderFallbackException)
            {
                var codec = CodecName(encoding);
                switch (errors)
                {
                    case "ignore":
                        break;
                    case "replace":
                        output.Add((byte)'?');
                        break;
                    case "xmlcharrefreplace":
                        output.AddRange(Encoding.ASCII.GetBytes($"&#{rune.Value};"));
                        break;
                    case "backslashreplace":
                        output.AddRange(Encoding.ASCII.GetBytes(Escape(rune.Value)));
                        break;
                    default:
                        var reason = codec switch
                        {
                            "ascii" => "ordinal not in range(128)",
                            "latin-1" => "ordinal not in range(256)",
                            _ => "surrogates not allowed",
                        };
                        throw PyErr.New(Builtins.UnicodeEncodeError, $"'{codec}' codec can't encode character '{Escape(rune.Value)}' in position {index}: {reason}");
                }
            }
            index++;
        }
        return [.. output];
    }

    /// <summary>bytes.decode with strict/ignore/replace/backslashreplace for UTF-8, ASCII and the fixed-width codecs.</summary>
    public static string Decode(byte[] b, string encoding, string errors)
    {
        var enc = GetEncoding(encoding);
        try { return enc.GetString(b); }
        catch (DecoderFallbackException) { }
        var codec = CodecName(encoding);
        var sb = new StringBuilder();
        var pos = 0;
        while (pos < b.Length)
        {
            int consumed;
            string reason;
            if (codec == "utf-8")
            {
                var status = System.Text.Rune.DecodeFromUtf8(b.AsSpan(pos), out var rune, out consumed);
                if (status == System.Buffers.OperationStatus.Done)
                {
                    sb.Append(rune.ToString());
                    pos += consumed;
                    continue;
                }
                var lead = b[pos];
                reason = lead is >= 0x80 and < 0xc2 or > 0xf4 ? "invalid start byte"
                    : status == System.Buffers.OperationStatus.NeedMoreData ? "unexpected end of data" : "invalid continuation byte";
            }
            else if (codec == "ascii")
            {
                if (b[pos] < 0x80)
                {
                    sb.Append((char)b[pos++]);
                    continue;
                }
                consumed = 1;
                reason = "ordinal not in range(128)";
            }
            else
            {
                // Other codecs: the first undecodable unit found by the strict decoder.
                try { return sb + enc.GetString(b, pos, b.Length - pos); }
                catch (DecoderFallbackException e)
                {
                    if (errors == "strict") throw PyErr.New(Builtins.UnicodeDecodeError, $"'{codec}' codec can't decode bytes in position {pos + e.Index}-{pos + e.Index + 1}: illegal encoding");
                    sb.Append(enc.GetString(b, pos, Math.Max(0, e.Index)));
                    consumed = Math.Max(1, e.BytesUnknown?.Length ?? 1);
                    pos += Math.Max(0, e.Index);
                    reason = "illegal encoding";
                }
            }
            switch (errors)
            {
                case "ignore":
                    break;
                case "replace":
                    sb.Append('\uFFFD');
                    break;
                case "backslashreplace":
                    for (var i = 0; i < consumed; i++) sb.Append($"\\x{b[pos + i]:x2}");
                    break;
                default:
                    var where = consumed == 1 ? $"byte 0x{b[pos]:x2} in position {pos}" : $"bytes in position {pos}-{pos + consumed - 1}";
                    throw PyErr.New(Builtins.UnicodeDecodeError, $"'{codec}' codec can't decode {where}: {reason}");
            }
            pos += consumed;
        }
        return sb.ToString();
    }
}
