using System.Text;

namespace FatSharp.Interpreter.Runtime;

/// <summary>
/// The str-like methods of bytes and bytearray. Most run str's own implementation on a char image of the bytes in
/// which ASCII bytes stay themselves and every other byte (and the file/group separators 0x1c-0x1f, which str treats
/// as whitespace) becomes a private-use char: private-use chars have no case and are neither space, letter nor
/// digit, so str's algorithms then follow the ASCII-only rules of bytes.
/// </summary>
public static class BytesTextMethods
{
    private const char PrivateBase = '\uE000';

    private static readonly string[] DelegatedToStr =
    [
        "find", "rfind", "index", "rindex", "count", "startswith", "endswith", "split", "rsplit", "partition",
        "rpartition", "center", "ljust", "rjust", "zfill", "expandtabs", "replace", "strip", "lstrip", "rstrip",
        "removeprefix", "removesuffix", "lower", "upper", "swapcase", "title", "capitalize", "isalpha", "isalnum",
        "isdigit", "islower", "isupper", "isspace", "istitle",
    ];

    private static readonly HashSet<string> TakesIntNeedle = ["find", "rfind", "index", "rindex", "count"];

    public static string ToImage(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b < 0x80 && b is not (>= 0x1c and <= 0x1f) ? (char)b : (char)(PrivateBase + b);
        }
        return new string(chars);
    }

    public static byte[] FromImage(string s)
    {
        var r = new byte[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            r[i] = c < 0x80 ? (byte)c : c is >= PrivateBase and <= (char)(PrivateBase + 0xff) ? (byte)(c - PrivateBase) : (byte)'?';
        }
        return r;
    }

    /// <summary>The bytes of a bytes-like object (bytes, bytearray, memoryview), or null.</summary>
    public static byte[]? BytesOf(PyObject o) => o switch
    {
        PyBytes b => b.ToArray(),
        PyMemoryView m => m.ToArray(),
        _ => null,
    };

    private static PyType ResultType(PyObject self) => ((PyBytes)self).IsMutable ? Builtins.ByteArray : Builtins.Bytes;

    private static PyObject ArgToImage(string method, PyObject a, bool first)
    {
        switch (a)
        {
            case PyNone:
                return a;
            case PyTuple t:
                return new PyTuple(t.Items.Select(x => ArgToImage(method, x, false)).ToArray());
            case PyInt i when first && TakesIntNeedle.Contains(method):
                var v = Ops.IndexToLong(i);
                if (v is < 0 or > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
                return new PyStr(ToImage([(byte)v]));
            case PyInt:
                return a;
        }
        var bytes = BytesOf(a);
        if (bytes is not null) return new PyStr(ToImage(bytes));
        if (first && TakesIntNeedle.Contains(method))
            throw PyErr.TypeError($"argument should be integer or bytes-like object, not '{a.Type.Name}'");
        if (method is "startswith" or "endswith")
            throw PyErr.TypeError($"{method} first arg must be bytes or a tuple of bytes, not {a.Type.Name}");
        if (a.Type.Lookup("__index__") is not null) return a;
        throw PyErr.TypeError($"a bytes-like object is required, not '{a.Type.Name}'");
    }

    private static PyObject ResultFromImage(PyObject r, PyType type) => r switch
    {
        PyStr s => new PyBytes(FromImage(s.Value), type),
        PyList l => new PyList(l.ToArray().Select(x => ResultFromImage(x, type)).ToArray()),
        PyTuple t => new PyTuple(t.Items.Select(x => ResultFromImage(x, type)).ToArray()),
        _ => r,
    };

    public static void Register()
    {
        foreach (var t in new[] { Builtins.Bytes, Builtins.ByteArray })
        {
            foreach (var name in DelegatedToStr)
            {
                var strMethod = Builtins.Str.Lookup(name) ?? throw new InvalidOperationException("str." + name + " missing");
                var methodName = name;
                TypeMethods.Method(t, name, (s, a, k) =>
                {
                    var args = new PyObject[a.Length + 1];
                    args[0] = new PyStr(ToImage(((PyBytes)s!).Span));
                    for (var i = 0; i < a.Length; i++) args[i + 1] = ArgToImage(methodName, a[i], i == 0);
                    try
                    {
                        return ResultFromImage(Ops.Call(strMethod, args, k), ResultType(s));
                    }
                    catch (PythonException e) when (PyErr.Matches(e, Builtins.ValueError) && methodName is "index" or "rindex")
                    {
                        throw PyErr.ValueError("subsection not found");
                    }
                });
            }
            TypeMethods.Method0(t, "isascii", s =>
            {
                foreach (var b in ((PyBytes)s).Span)
                    if (b >= 0x80) return PyInt.False;
                return PyInt.True;
            });
            TypeMethods.Method(t, "splitlines", (s, a, k) =>
            {
                var kw = ArgParse.Keywords("splitlines", a, k, "keepends");
                var keep = a.Length > 0 && ArgParse.Positional(a, k) > 0 ? Ops.IsTrue(a[0]) : kw.TryGetValue("keepends", out var ke) && Ops.IsTrue(ke);
                var data = ((PyBytes)s!).Span;
                var parts = new List<PyObject>();
                var start = 0;
                for (var i = 0; i < data.Length; i++)
                {
                    if (data[i] is not ((byte)'\n' or (byte)'\r')) continue;
                    var eol = i + (data[i] == '\r' && i + 1 < data.Length && data[i + 1] == '\n' ? 2 : 1);
                    parts.Add(new PyBytes(data[start..(keep ? eol : i)].ToArray(), ResultType(s)));
                    start = eol;
                    i = eol - 1;
                }
                if (start < data.Length) parts.Add(new PyBytes(data[start..].ToArray(), ResultType(s)));
                return new PyList(parts.ToArray());
            });
            TypeMethods.Method1(t, "join", (s, it) =>
            {
                var sep = ((PyBytes)s).ToArray();
                var res = new List<byte>();
                var i = 0;
                var iter = Ops.GetIter(it);
                while (Ops.TryNext(iter, out var x))
                {
                    var b = BytesOf(x) ?? throw PyErr.TypeError($"sequence item {i}: expected a bytes-like object, {x.Type.Name} found");
                    if (i > 0) res.AddRange(sep);
                    res.AddRange(b);
                    i++;
                }
                return new PyBytes([.. res], ResultType(s));
            });
            TypeMethods.Method(t, "hex", (s, a, k) => new PyStr(Hex(((PyBytes)s!).Span, a, k)));
            TypeMethods.Method(t, "translate", (s, a, k) =>
            {
                var kw = ArgParse.Keywords("translate", a, k, "delete");
                var pos = ArgParse.PositionalOnly(a, k);
                if (pos.Length < 1) throw PyErr.TypeError("translate() takes at least 1 positional argument (0 given)");
                var table = pos[0] is PyNone ? null : BytesOf(pos[0]);
                if (pos[0] is not PyNone && table is not { Length: 256 }) throw PyErr.ValueError("translation table must be 256 characters long");
                var del = pos.Length > 1 ? BytesOf(pos[1]) : kw.TryGetValue("delete", out var d) ? BytesOf(d) : [];
                var drop = new HashSet<byte>(del ?? throw PyErr.TypeError("a bytes-like object is required"));
                var res = new List<byte>();
                foreach (var b in ((PyBytes)s!).Span)
                    if (!drop.Contains(b)) res.Add(table is null ? b : table[b]);
                return new PyBytes([.. res], ResultType(s));
            });
            TypeMethods.StaticMethod(t, "maketrans", (_, a, k) =>
            {
                ArgParse.Exact("maketrans", a, k, 2, 2);
                var from = BytesOf(a[0]) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{a[0].Type.Name}'");
                var to = BytesOf(a[1]) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{a[1].Type.Name}'");
                if (from.Length != to.Length) throw PyErr.ValueError("maketrans arguments must have same length");
                var table = new byte[256];
                for (var i = 0; i < 256; i++) table[i] = (byte)i;
                for (var i = 0; i < from.Length; i++) table[from[i]] = to[i];
                return new PyBytes(table);
            });
            var type = t;
            TypeMethods.ClassMethod(t, "fromhex", (cls, a, k) =>
            {
                ArgParse.Exact("fromhex", a, k, 1, 1);
                if (a[0] is not PyStr hs) throw PyErr.TypeError($"fromhex() argument must be str, not {a[0].Type.Name}");
                var r = FromHex(hs.Value);
                var c = cls as PyType ?? type;
                return ReferenceEquals(c, Builtins.Bytes) || ReferenceEquals(c, Builtins.ByteArray) ? new PyBytes(r, c) : Ops.Call(c, [new PyBytes(r)]);
            });
        }
        TypeMethods.Method(Builtins.ByteArray, "pop", (s, a, k) =>
        {
            ArgParse.Exact("pop", a, k, 0, 1);
            var b = (PyBytes)s!;
            if (b.Count == 0) throw PyErr.IndexError("pop from empty bytearray");
            var i = a.Length > 0 ? Ops.IndexToLong(a[0]) : -1;
            if (i < 0) i += b.Count;
            if (i < 0 || i >= b.Count) throw PyErr.IndexError("pop index out of range");
            var v = b.Value[i];
            Array.Copy(b.Value, i + 1, b.Value, i, b.Count - i - 1);
            b.Count--;
            return PyInt.FromLong(v);
        });
        TypeMethods.Method1(Builtins.ByteArray, "remove", (s, x) =>
        {
            var b = (PyBytes)s;
            var v = ByteValue(x);
            var i = b.Span.IndexOf(v);
            if (i < 0) throw PyErr.ValueError("value not found in bytearray");
            Array.Copy(b.Value, i + 1, b.Value, i, b.Count - i - 1);
            b.Count--;
            return PyNone.Value;
        });
        TypeMethods.Method(Builtins.ByteArray, "insert", (s, a, k) =>
        {
            ArgParse.Exact("insert", a, k, 2, 2);
            var b = (PyBytes)s!;
            var i = Ops.IndexToLong(a[0]);
            var v = ByteValue(a[1]);
            if (i < 0) i = Math.Max(0, i + b.Count);
            if (i > b.Count) i = b.Count;
            b.Append(0);
            Array.Copy(b.Value, i, b.Value, i + 1, b.Count - 1 - i);
            b.Value[i] = v;
            return PyNone.Value;
        });
        TypeMethods.Method(Builtins.ByteArray, "__setitem__", (s, a, k) =>
        {
            ArgParse.Exact("__setitem__", a, k, 2, 2);
            Ops.SetItem(s!, a[0], a[1]);
            return PyNone.Value;
        });
        TypeMethods.Method1(Builtins.ByteArray, "__delitem__", (s, key) =>
        {
            Ops.DelItem(s, key);
            return PyNone.Value;
        });
        TypeMethods.Method0(Builtins.ByteArray, "reverse", s =>
        {
            var b = (PyBytes)s;
            Array.Reverse(b.Value, 0, b.Count);
            return PyNone.Value;
        });
        TypeMethods.Method0(Builtins.ByteArray, "copy", s => new PyBytes(((PyBytes)s).ToArray(), Builtins.ByteArray));
        TypeMethods.Method0(Builtins.ByteArray, "clear", s =>
        {
            ((PyBytes)s).Count = 0;
            return PyNone.Value;
        });
        TypeMethods.Method1(Builtins.ByteArray, "extend", (s, x) =>
        {
            var b = (PyBytes)s;
            if (x is PyStr) throw PyErr.TypeError("expected iterable of integers; got: 'str'");
            var data = BytesOf(x);
            if (data is not null)
            {
                foreach (var v in data) b.Append(v);
                return PyNone.Value;
            }
            var list = new List<byte>();
            var it = Ops.GetIterOrNull(x) ?? throw PyErr.TypeError($"can't extend bytearray with {x.Type.Name}");
            while (Ops.TryNext(it, out var item)) list.Add(ByteValue(item));
            foreach (var v in list) b.Append(v);
            return PyNone.Value;
        });
    }

    private static byte ByteValue(PyObject x)
    {
        if (x is not PyInt && x.Type.Lookup("__index__") is null)
            throw PyErr.TypeError($"'{x.Type.Name}' object cannot be interpreted as an integer");
        var v = Ops.IndexToLong(x);
        if (v is < 0 or > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
        return (byte)v;
    }

    /// <summary>bytes.hex(sep, bytes_per_sep): groups counted from the right (from the left when negative).</summary>
    public static string Hex(ReadOnlySpan<byte> data, PyObject[] a, string[]? k)
    {
        var kw = ArgParse.Keywords("hex", a, k, "sep", "bytes_per_sep");
        var pos = ArgParse.PositionalOnly(a, k);
        var sepObj = pos.Length > 0 ? pos[0] : kw.GetValueOrDefault("sep");
        var per = pos.Length > 1 ? Ops.IndexToLong(pos[1]) : kw.TryGetValue("bytes_per_sep", out var bp) ? Ops.IndexToLong(bp) : 1;
        var hex = Convert.ToHexString(data).ToLowerInvariant();
        if (sepObj is null or PyNone || data.Length == 0 || per == 0) return hex;
        var sep = sepObj is PyStr ss ? ss.Value : BytesOf(sepObj) is { } sb ? Encoding.Latin1.GetString(sb) : throw PyErr.TypeError("sep must be str or bytes.");
        if (sep.Length != 1) throw PyErr.ValueError("sep must be length 1.");
        var group = (int)Math.Abs(per);
        var sbuf = new StringBuilder();
        var n = data.Length;
        for (var i = 0; i < n; i++)
        {
            // Separators fall between groups; with a positive count the first group may be short.
            var boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (i > 0 && boundary) sbuf.Append(sep);
            sbuf.Append(hex, i * 2, 2);
        }
        return sbuf.ToString();
    }

    public static byte[] FromHex(string s)
    {
        var r = new List<byte>();
        var i = 0;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i]) && s[i] < 0x80)
            {
                i++;
                continue;
            }
            var hi = HexDigit(s[i]);
            if (hi < 0) throw PyErr.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            if (i + 1 >= s.Length || HexDigit(s[i + 1]) < 0)
                throw PyErr.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            r.Add((byte)(hi * 16 + HexDigit(s[i + 1])));
            i += 2;
        }
        return [.. r];
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>bytearray[slice] = bytes-like or iterable of ints.</summary>
    public static void SetSlice(PyBytes b, PySlice s, PyObject value)
    {
        var data = BytesOf(value);
        if (data is null)
        {
            if (value is PyStr or PyInt) throw PyErr.TypeError($"can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            var list = new List<byte>();
            var it = Ops.GetIter(value);
            while (Ops.TryNext(it, out var x)) list.Add(ByteValue(x));
            data = [.. list];
        }
        var n = s.Indices(b.Count, out var start, out var stop, out var step);
        if (step == 1)
        {
            if (stop < start) stop = start;
            var current = b.ToArray();
            b.Value = [.. current.AsSpan(0, start), .. data, .. current.AsSpan(stop)];
            b.Count = b.Value.Length;
            return;
        }
        if (data.Length != n) throw PyErr.ValueError($"attempt to assign bytes of size {data.Length} to extended slice of size {n}");
        for (var i = 0; i < n; i++) b.Value[start + i * step] = data[i];
    }

    /// <summary>del bytearray[index or slice].</summary>
    public static void Delete(PyBytes b, PyObject key)
    {
        var keep = new bool[b.Count];
        Array.Fill(keep, true);
        if (key is PySlice s)
        {
            var n = s.Indices(b.Count, out var start, out _, out var step);
            for (var i = 0; i < n; i++) keep[start + i * step] = false;
        }
        else
        {
            var i = Ops.IndexToLong(key);
            if (i < 0) i += b.Count;
            if (i < 0 || i >= b.Count) throw PyErr.IndexError("bytearray index out of range");
            keep[i] = false;
        }
        var w = 0;
        for (var i = 0; i < b.Count; i++)
            if (keep[i]) b.Value[w++] = b.Value[i];
        b.Count = w;
    }
}
