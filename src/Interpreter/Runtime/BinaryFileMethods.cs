namespace FatSharp.Interpreter.Runtime;

/// <summary>open() in binary mode and the methods of binary files (BufferedReader/Writer/Random).</summary>
public static class BinaryFileMethods
{
    public static readonly PyType Reader = new(Builtins.Type, "BufferedReader", [Builtins.Object], InstanceLayout.Other);
    public static readonly PyType Writer = new(Builtins.Type, "BufferedWriter", [Builtins.Object], InstanceLayout.Other);
    public static readonly PyType Random = new(Builtins.Type, "BufferedRandom", [Builtins.Object], InstanceLayout.Other);

    /// <summary>io.UnsupportedOperation (an OSError and a ValueError), exposed to Lib/io.py through _fsbridge.</summary>
    public static readonly PyType UnsupportedOperation = new(Builtins.Type, "UnsupportedOperation", [Builtins.OSError, Builtins.ValueError], InstanceLayout.Exception);

    public static PyObject Open(string path, string mode)
    {
        var plus = mode.Contains('+');
        var (fm, access) = mode switch
        {
            _ when mode.Contains('r') => (FileMode.Open, plus ? FileAccess.ReadWrite : FileAccess.Read),
            _ when mode.Contains('w') => (FileMode.Create, plus ? FileAccess.ReadWrite : FileAccess.Write),
            _ when mode.Contains('a') => (FileMode.Append, FileAccess.Write),
            _ when mode.Contains('x') => (FileMode.CreateNew, plus ? FileAccess.ReadWrite : FileAccess.Write),
            _ => throw PyErr.ValueError("Must have exactly one of create/read/write/append mode and at most one plus"),
        };
        if (mode.Contains('a') && plus) (fm, access) = (FileMode.OpenOrCreate, FileAccess.ReadWrite);
        if (Directory.Exists(path)) throw FsBridgeModule.OsError(Builtins.Exceptions["IsADirectoryError"], 21, "Is a directory", path);
        var stream = new FileStream(path, fm, access);
        if (mode.Contains('a') && plus) stream.Seek(0, SeekOrigin.End);
        var type = plus ? Random : access == FileAccess.Read ? Reader : Writer;
        return new PyBinaryFile(type, path, mode, stream);
    }

    private static PyBinaryFile F(PyObject? o) => (PyBinaryFile)o!;

    private static byte[] ReadLine(FileStream s, long limit)
    {
        var line = new List<byte>();
        int b;
        while ((limit < 0 || line.Count < limit) && (b = s.ReadByte()) >= 0)
        {
            line.Add((byte)b);
            if (b == '\n') break;
        }
        return [.. line];
    }

    public static void Register()
    {
        UnsupportedOperation.TypeDict.SetItem("__module__", new PyStr("io"));
        foreach (var t in new[] { Reader, Writer, Random })
        {
            t.TypeDict.SetItem("__module__", new PyStr("_io"));
            TypeMethods.Method(t, "read", (s, a, k) =>
            {
                var st = F(s).Open();
                if (!st.CanRead) throw PyErr.New(UnsupportedOperation, "read");
                var n = a.Length > 0 && a[0] is not PyNone ? Ops.IndexToLong(a[0]) : -1;
                if (n < 0)
                {
                    var ms = new MemoryStream();
                    st.CopyTo(ms);
                    return new PyBytes(ms.ToArray());
                }
                var buf = new byte[n];
                var got = 0;
                while (got < n)
                {
                    var r = st.Read(buf, got, (int)n - got);
                    if (r == 0) break;
                    got += r;
                }
                return new PyBytes(buf.AsSpan(0, got).ToArray());
            });
            TypeMethods.Method(t, "readline", (s, a, k) =>
                new PyBytes(ReadLine(F(s).Open(), a.Length > 0 && a[0] is not PyNone ? Ops.IndexToLong(a[0]) : -1)));
            TypeMethods.Method0(t, "readlines", s =>
            {
                var st = F(s).Open();
                var lines = new PyList();
                while (ReadLine(st, -1) is { Length: > 0 } line) lines.Append(new PyBytes(line));
                return lines;
            });
            TypeMethods.Method0(t, "__iter__", s => new PyEnumeratorIterator(Builtins.Iterator, Lines(F(s))));
            TypeMethods.Method0(t, "__next__", s => ReadLine(F(s).Open(), -1) is { Length: > 0 } line ? new PyBytes(line) : throw PyErr.StopIteration());
            TypeMethods.Method1(t, "write", (s, x) =>
            {
                var st = F(s).Open(true);
                if (!st.CanWrite) throw PyErr.New(UnsupportedOperation, "write");
                var data = BytesTextMethods.BytesOf(x) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{x.Type.Name}'");
                st.Write(data);
                return PyInt.FromLong(data.Length);
            });
            TypeMethods.Method1(t, "writelines", (s, x) =>
            {
                var st = F(s).Open();
                var it = Ops.GetIter(x);
                while (Ops.TryNext(it, out var line))
                    st.Write(BytesTextMethods.BytesOf(line) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{line.Type.Name}'"));
                return PyNone.Value;
            });
            TypeMethods.Method(t, "seek", (s, a, k) =>
            {
                ArgParse.Exact("seek", a, k, 1, 2);
                var whence = a.Length > 1 ? Ops.IndexToLong(a[1]) : 0;
                var origin = whence switch
                {
                    0 => SeekOrigin.Begin,
                    1 => SeekOrigin.Current,
                    2 => SeekOrigin.End,
                    _ => throw PyErr.ValueError($"whence value {whence} unsupported"),
                };
                var pos = Ops.IndexToLong(a[0]);
                if (origin == SeekOrigin.Begin && pos < 0) throw PyErr.OSError("[Errno 22] Invalid argument");
                return PyInt.FromLong(F(s).Open().Seek(pos, origin));
            });
            TypeMethods.Method0(t, "tell", s => PyInt.FromLong(F(s).Open().Position));
            TypeMethods.Method(t, "truncate", (s, a, k) =>
            {
                var st = F(s).Open();
                var size = a.Length > 0 && a[0] is not PyNone ? Ops.IndexToLong(a[0]) : st.Position;
                st.SetLength(size);
                return PyInt.FromLong(size);
            });
            TypeMethods.Method0(t, "flush", s =>
            {
                F(s).Open().Flush();
                return PyNone.Value;
            });
            TypeMethods.Method0(t, "close", s =>
            {
                F(s).Close();
                return PyNone.Value;
            });
            TypeMethods.Method0(t, "__enter__", s =>
            {
                F(s).Open();
                return s;
            });
            TypeMethods.Method(t, "__exit__", (s, a, k) =>
            {
                F(s).Close();
                return PyInt.False;
            });
            TypeMethods.Method0(t, "readable", s => Ops.Bool(F(s).Open().CanRead));
            TypeMethods.Method0(t, "writable", s => Ops.Bool(F(s).Open().CanWrite));
            TypeMethods.Method0(t, "seekable", s => Ops.Bool(F(s).Open().CanSeek));
            TypeMethods.Method0(t, "fileno", s => PyInt.FromLong(F(s).Open().SafeFileHandle.DangerousGetHandle().ToInt64()));
            TypeMethods.Method0(t, "isatty", s => PyInt.False);
            TypeMethods.Getter(t, "name", s => new PyStr(F(s).Name));
            TypeMethods.Getter(t, "mode", s => new PyStr(F(s).Mode));
            TypeMethods.Getter(t, "closed", s => Ops.Bool(F(s).Closed));
            TypeMethods.Method0(t, "__repr__", s => new PyStr($"<_io.{s.Type.Name} name={Ops.Repr(new PyStr(F(s).Name))}>"));
            t.Modified();
        }
    }

    public static IEnumerator<PyObject> Lines(PyBinaryFile f)
    {
        while (ReadLine(f.Open(), -1) is { Length: > 0 } line) yield return new PyBytes(line);
    }
}
