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
            TypeMethods.Method0(t, "hex", s => new PyStr(Convert.ToHexString(((PyBytes)s).Span).ToLowerInvariant()));
            TypeMethods.Method1(t, "join", (s, it) =>
            {
                var sep = ((PyBytes)s).ToArray();
                var res = new List<byte>();
                var first = true;
                foreach (var x in Ops.ToList(it))
                {
                    if (!first) res.AddRange(sep);
                    first = false;
                    res.AddRange(((PyBytes)x).ToArray());
                }
                return new PyBytes([.. res], t);
            });
            TypeMethods.Method1(t, "startswith", (s, p) => Ops.Bool(((PyBytes)s).Span.StartsWith(((PyBytes)p).Span)));
            TypeMethods.Method1(t, "endswith", (s, p) => Ops.Bool(((PyBytes)s).Span.EndsWith(((PyBytes)p).Span)));
            TypeMethods.Method1(t, "find", (s, p) => PyInt.FromLong(p is PyInt pi ? ((PyBytes)s).Span.IndexOf((byte)pi.Value) : ((PyBytes)s).Span.IndexOf(((PyBytes)p).Span)));
            TypeMethods.Method1(t, "count", (s, p) =>
            {
                var hay = ((PyBytes)s).ToArray();
                var needle = p is PyInt pi ? [(byte)pi.Value] : ((PyBytes)p).ToArray();
                var n = 0;
                for (var i = 0; i + needle.Length <= hay.Length;)
                {
                    if (hay.AsSpan(i, needle.Length).SequenceEqual(needle)) { n++; i += Math.Max(1, needle.Length); }
                    else i++;
                }
                return PyInt.FromLong(n);
            });
            TypeMethods.Method(t, "split", (s, a, k) =>
            {
                var str = Encoding.Latin1.GetString(((PyBytes)s!).Span);
                var parts = a.Length == 0 || a[0] is PyNone
                    ? str.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                    : str.Split(Encoding.Latin1.GetString(((PyBytes)a[0]).Span));
                return new PyList(parts.Select(p => (PyObject)new PyBytes(Encoding.Latin1.GetBytes(p), t)).ToArray());
            });
            TypeMethods.Method(t, "strip", (s, a, k) => new PyBytes(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(((PyBytes)s!).Span).Trim()), t));
            TypeMethods.Method0(t, "upper", s => new PyBytes(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(((PyBytes)s).Span).ToUpperInvariant()), t));
            TypeMethods.Method0(t, "lower", s => new PyBytes(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(((PyBytes)s).Span).ToLowerInvariant()), t));
            TypeMethods.Method(t, "replace", (s, a, k) => new PyBytes(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(((PyBytes)s!).Span)
                .Replace(Encoding.Latin1.GetString(((PyBytes)a[0]).Span), Encoding.Latin1.GetString(((PyBytes)a[1]).Span))), t));
            if (mutable)
            {
                TypeMethods.Method1(t, "append", (s, x) =>
                {
                    var v = Ops.IndexToLong(x);
                    if (v is < 0 or > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
                    ((PyBytes)s).Append((byte)v);
                    return PyNone.Value;
                });
                TypeMethods.Method1(t, "extend", (s, x) =>
                {
                    foreach (var item in Ops.ToList(x)) ((PyBytes)s).Append((byte)Ops.IndexToLong(item));
                    return PyNone.Value;
                });
            }
        }
        TypeMethods.ClassMethod(Builtins.Bytes, "fromhex", (s, a, k) =>
            new PyBytes(Convert.FromHexString(Ops.Str(a[0]).Replace(" ", ""))));
    }

    private static Encoding GetEncoding(string name, bool strict)
    {
        var n = name.ToLowerInvariant().Replace('_', '-');
        Encoding e = n switch
        {
            "utf-8" or "utf8" => new UTF8Encoding(false, strict),
            "ascii" or "us-ascii" => strict ? Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback) : Encoding.ASCII,
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" => Encoding.Latin1,
            "utf-16" => new UnicodeEncoding(false, true, strict),
            "utf-16-le" or "utf-16le" => new UnicodeEncoding(false, false, strict),
            "utf-16-be" or "utf-16be" => new UnicodeEncoding(true, false, strict),
            "utf-32" => new UTF32Encoding(false, true, strict),
            _ => throw PyErr.New(Builtins.LookupError, $"unknown encoding: {name}"),
        };
        return e;
    }

    public static byte[] Encode(string s, string encoding, string errors)
    {
        try { return GetEncoding(encoding, errors == "strict").GetBytes(s); }
        catch (EncoderFallbackException e)
        {
            throw PyErr.New(Builtins.UnicodeEncodeError, $"'{encoding}' codec can't encode character '\\u{(int)e.CharUnknown:x4}' in position {e.Index}: ordinal not in range({(encoding.StartsWith("ascii") ? 128 : 256)})");
        }
    }

    public static string Decode(byte[] b, string encoding, string errors)
    {
        try { return GetEncoding(encoding, errors == "strict").GetString(b); }
        catch (DecoderFallbackException e)
        {
            var bad = e.BytesUnknown is { Length: > 0 } bu ? bu[0] : 0;
            throw PyErr.New(Builtins.UnicodeDecodeError, $"'{encoding}' codec can't decode byte 0x{bad:x2} in position {e.Index}: invalid start byte");
        }
    }
}
