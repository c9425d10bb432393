using System.Text;

namespace FatSharp.Interpreter.Runtime;

/// <summary>open() for text files and the methods of text stream objects.</summary>
public static class FileIO
{
    public static void Register()
    {
        var t = PyTextStream.TextStreamType;
        TypeMethods.Method1(t, "write", (s, x) =>
        {
            var str = x as PyStr ?? throw PyErr.TypeError($"write() argument must be str, not {x.Type.Name}");
            ((PyTextStream)s).Write(str.Value);
            return PyInt.FromLong(str.Length);
        });
        TypeMethods.Method1(t, "writelines", (s, x) =>
        {
            foreach (var line in Ops.ToList(x)) ((PyTextStream)s).Write(Ops.Str(line));
            return PyNone.Value;
        });
        TypeMethods.Method0(t, "flush", s =>
        {
            ((PyTextStream)s).Writer?.Flush();
            return PyNone.Value;
        });
        TypeMethods.Method(t, "read", (s, a, k) =>
        {
            var r = ((PyTextStream)s!).RequireReader();
            if (a.Length > 0 && a[0] is PyInt n && n.Value >= 0)
            {
                var buf = new char[n.Value];
                var got = r.ReadBlock(buf, 0, buf.Length);
                return new PyStr(new string(buf, 0, got));
            }
            return new PyStr(r.ReadToEnd());
        });
        TypeMethods.Method(t, "readline", (s, a, k) => new PyStr(((PyTextStream)s!).ReadLine() ?? ""));
        TypeMethods.Method0(t, "readlines", s =>
        {
            var l = new PyList();
            while (((PyTextStream)s).ReadLine() is { } line) l.Append(new PyStr(line));
            return l;
        });
        TypeMethods.Method0(t, "close", s =>
        {
            ((PyTextStream)s).Close();
            return PyNone.Value;
        });
        TypeMethods.Method0(t, "__enter__", s => s);
        TypeMethods.Method(t, "__exit__", (s, a, k) =>
        {
            ((PyTextStream)s!).Close();
            return PyInt.False;
        });
        TypeMethods.Method0(t, "__iter__", s => new PyEnumeratorIterator(Builtins.Iterator, Lines((PyTextStream)s)));
        TypeMethods.Method0(t, "__next__", s => ((PyTextStream)s).ReadLine() is { } line ? new PyStr(line) : throw PyErr.StopIteration());
        TypeMethods.Method0(t, "fileno", s => PyInt.FromLong(((PyTextStream)s).Name switch { "<stdin>" => 0, "<stdout>" => 1, "<stderr>" => 2, _ => 3 }));
        TypeMethods.Method0(t, "isatty", s => PyInt.False);
        TypeMethods.Getter(t, "name", s => new PyStr(((PyTextStream)s).Name));
        TypeMethods.Getter(t, "mode", s => new PyStr(((PyTextStream)s).Mode));
        TypeMethods.Getter(t, "closed", s => Ops.Bool(((PyTextStream)s).Closed));
    }

    private static IEnumerator<PyObject> Lines(PyTextStream s)
    {
        while (s.ReadLine() is { } line) yield return new PyStr(line);
    }

    public static PyObject Open(PyObject[] a, string[]? k)
    {
        var kw = ArgParse.Keywords("open", a, k, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener");
        var pos = ArgParse.PositionalOnly(a, k);
        var file = pos.Length > 0 ? pos[0] : kw.GetValueOrDefault("file") ?? throw PyErr.TypeError("open() missing required argument 'file' (pos 1)");
        var mode = pos.Length > 1 ? Ops.Str(pos[1]) : kw.TryGetValue("mode", out var m) ? Ops.Str(m) : "r";
        var path = ArgParse.Str(file, "open", "argument 'file'");
        var encodingName = kw.TryGetValue("encoding", out var enc) && enc is not PyNone ? Ops.Str(enc) : "utf-8";
        var encoding = encodingName.ToLowerInvariant().Replace('_', '-') is "utf-8" or "utf8" ? new UTF8Encoding(false) : Encoding.Latin1;
        try
        {
            if (mode.Contains('b')) return BinaryFileMethods.Open(path, mode);
            if (mode.Contains('r') && !mode.Contains('+'))
            {
                var text = File.ReadAllText(path, encoding).Replace("\r\n", "\n");
                return new PyTextStream(path, mode, null, new StringReader(text));
            }
            var fm = mode.Contains('a') ? FileMode.Append : mode.Contains('x') ? FileMode.CreateNew : FileMode.Create;
            var stream = new FileStream(path, fm, FileAccess.Write);
            return new PyTextStream(path, mode, new StreamWriter(stream, encoding), null);
        }
        catch (FileNotFoundException)
        {
            throw new PythonException(new PyBaseException(Builtins.FileNotFoundError, new PyTuple([PyInt.FromLong(2), new PyStr("No such file or directory"), new PyStr(path)])));
        }
        catch (DirectoryNotFoundException)
        {
            throw new PythonException(new PyBaseException(Builtins.FileNotFoundError, new PyTuple([PyInt.FromLong(2), new PyStr("No such file or directory"), new PyStr(path)])));
        }
        catch (IOException e) when (mode.Contains('x'))
        {
            throw new PythonException(new PyBaseException(Builtins.Exceptions["FileExistsError"], new PyTuple([PyInt.FromLong(17), new PyStr("File exists"), new PyStr(path)]))) { Data = { ["inner"] = e.Message } };
        }
        catch (UnauthorizedAccessException)
        {
            throw new PythonException(new PyBaseException(Builtins.Exceptions["PermissionError"], new PyTuple([PyInt.FromLong(13), new PyStr("Permission denied"), new PyStr(path)])));
        }
    }
}
