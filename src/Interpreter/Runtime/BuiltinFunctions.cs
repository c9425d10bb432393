using System.Numerics;
using System.Text;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;

namespace FatSharp.Interpreter.Runtime;

/// <summary>The functions of the builtins module.</summary>
public static class BuiltinFunctions
{
    private static void Def(PyDict d, string name, BuiltinCall impl, Func<PyObject?, PyObject>? f0 = null,
        Func<PyObject?, PyObject, PyObject>? f1 = null, Func<PyObject?, PyObject, PyObject, PyObject>? f2 = null) =>
        d.SetItem(name, new PyBuiltinFunction(name, impl, null, null, f0, f1, f2));

    internal static PyStr Chr(PyObject x)
    {
        var idx = (PyInt)Ops.Index(x);
        if (idx.IsBig || idx.Value is < int.MinValue or > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        var i = idx.Value;
        if (i < 0 || i > 0x10FFFF) throw PyErr.ValueError("chr() arg not in range(0x110000)");
        return PyStr.FromCodePoint((int)i);
    }

    internal static PyInt Ord(PyObject x) => PyInt.FromLong(OrdValue(x));

    internal static int OrdValue(PyObject x)
    {
        switch (x)
        {
            case PyStr s:
                if (s.Length != 1) throw PyErr.TypeError($"ord() expected a character, but string of length {s.Length} found");
                return s.CodePointAt(0);
            case PyBytes b:
                if (b.Count != 1) throw PyErr.TypeError($"ord() expected a character, but string of length {b.Count} found");
                return b.Value[0];
        }
        throw PyErr.TypeError($"ord() expected string of length 1, but {x.Type.Name} found");
    }

    /// <summary>The value of len() for <paramref name="x"/>, as the builtin's single-argument entry computes it.</summary>
    internal static long LenValue(PyObject x) => x switch
    {
        PyRange r => r.Length,
        PyBigRange br => br.Length <= long.MaxValue ? (long)br.Length : throw PyErr.OverflowError("Python int too large to convert to C ssize_t"),
        _ => Ops.Len(x),
    };

    public static void Install(PythonRuntime rt, PyDict d)
    {
        foreach (var (name, t) in new (string, PyType)[]
                 {
                     ("object", Builtins.Object), ("type", Builtins.Type), ("int", Builtins.Int), ("bool", Builtins.Bool),
                     ("float", Builtins.Float), ("complex", Builtins.Complex), ("str", Builtins.Str), ("bytes", Builtins.Bytes),
                     ("bytearray", Builtins.ByteArray), ("memoryview", Builtins.MemoryView), ("list", Builtins.List), ("tuple", Builtins.Tuple), ("dict", Builtins.Dict),
                     ("set", Builtins.Set), ("frozenset", Builtins.FrozenSet), ("range", Builtins.Range), ("slice", Builtins.Slice),
                     ("staticmethod", Builtins.StaticMethod), ("classmethod", Builtins.ClassMethod), ("property", Builtins.Property),
                     ("super", Builtins.Super), ("enumerate", Builtins.Enumerate), ("zip", Builtins.Zip), ("map", Builtins.Map),
                     ("filter", Builtins.Filter), ("reversed", Builtins.Reversed),
                 })
            d.SetItem(name, t);
        foreach (var (name, t) in Builtins.Exceptions) d.SetItem(name, t);
        d.SetItem("EnvironmentError", Builtins.OSError);
        d.SetItem("IOError", Builtins.OSError);
        d.SetItem("None", PyNone.Value);
        d.SetItem("True", PyInt.True);
        d.SetItem("False", PyInt.False);
        d.SetItem("Ellipsis", PySingleton.Ellipsis);
        d.SetItem("NotImplemented", PySingleton.NotImplemented);
        d.SetItem("__debug__", PyInt.True);
        d.SetItem("__name__", new PyStr("builtins"));

        Def(d, "print", (_, a, k) => Print(rt, a, k));
        Def(d, "len", (_, a, k) =>
        {
            ArgParse.Exact("len", a, k, 1, 1);
            return PyInt.FromLong(LenValue(a[0]));
        }, f1: (_, x) => PyInt.FromLong(LenValue(x)));
        Def(d, "repr", (_, a, k) =>
        {
            ArgParse.Exact("repr", a, k, 1, 1);
            return new PyStr(Ops.Repr(a[0]));
        }, f1: (_, x) => new PyStr(Ops.Repr(x)));
        Def(d, "ascii", (_, a, k) =>
        {
            ArgParse.Exact("ascii", a, k, 1, 1);
            return new PyStr(StrMethods.Ascii(Ops.Repr(a[0])));
        });
        Def(d, "id", (_, a, k) =>
        {
            ArgParse.Exact("id", a, k, 1, 1);
            return Ops.Id(a[0]);
        });
        Def(d, "hash", (_, a, k) =>
        {
            ArgParse.Exact("hash", a, k, 1, 1);
            return PyInt.FromLong(Ops.Hash(a[0]));
        });
        Def(d, "abs", (_, a, k) =>
        {
            ArgParse.Exact("abs", a, k, 1, 1);
            return Ops.Abs(a[0]);
        }, f1: (_, x) => Ops.Abs(x));
        Def(d, "isinstance", (_, a, k) =>
        {
            ArgParse.Exact("isinstance", a, k, 2, 2);
            return Ops.Bool(IsInstance(a[0], a[1]));
        }, f2: (_, x, t) => Ops.Bool(IsInstance(x, t)));
        Def(d, "issubclass", (_, a, k) =>
        {
            ArgParse.Exact("issubclass", a, k, 2, 2);
            return Ops.Bool(IsSubclass(a[0], a[1]));
        });
        Def(d, "callable", (_, a, k) =>
        {
            ArgParse.Exact("callable", a, k, 1, 1);
            return Ops.Bool(IsCallable(a[0]));
        });
        Def(d, "getattr", (_, a, k) =>
        {
            ArgParse.Exact("getattr", a, k, 2, 3);
            var name = a[1] as PyStr ?? throw PyErr.TypeError("attribute name must be string, not '" + a[1].Type.Name + "'");
            if (a.Length == 3)
            {
                try { return Ops.GetAttrOrNull(a[0], name.Value) ?? a[2]; }
                catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.AttributeError)) { return a[2]; }
            }
            return Ops.GetAttr(a[0], name.Value);
        });
        Def(d, "setattr", (_, a, k) =>
        {
            ArgParse.Exact("setattr", a, k, 3, 3);
            var name = a[1] as PyStr ?? throw PyErr.TypeError("attribute name must be string, not '" + a[1].Type.Name + "'");
            Ops.SetAttr(a[0], name.Value, a[2]);
            return PyNone.Value;
        });
        Def(d, "delattr", (_, a, k) =>
        {
            ArgParse.Exact("delattr", a, k, 2, 2);
            var name = a[1] as PyStr ?? throw PyErr.TypeError("attribute name must be string, not '" + a[1].Type.Name + "'");
            Ops.SetAttr(a[0], name.Value, null);
            return PyNone.Value;
        });
        Def(d, "hasattr", (_, a, k) =>
        {
            ArgParse.Exact("hasattr", a, k, 2, 2);
            var name = a[1] as PyStr ?? throw PyErr.TypeError("attribute name must be string, not '" + a[1].Type.Name + "'");
            try { return Ops.Bool(Ops.GetAttrOrNull(a[0], name.Value) is not null); }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.AttributeError)) { return PyInt.False; }
        });
        Def(d, "iter", (_, a, k) =>
        {
            ArgParse.Exact("iter", a, k, 1, 2);
            if (a.Length == 2)
            {
                if (!IsCallable(a[0])) throw PyErr.TypeError("iter(v, w): v must be callable");
                return new PyEnumeratorIterator(Builtins.CallableIterator, CallableIter(a[0], a[1]));
            }
            return Ops.GetIter(a[0]);
        }, f1: (_, x) => Ops.GetIter(x));
        Def(d, "next", (_, a, k) =>
        {
            ArgParse.Exact("next", a, k, 1, 2);
            return Next(a[0], a.Length > 1 ? a[1] : null);
        }, f1: (_, x) => Next(x, null), f2: (_, x, dflt) => Next(x, dflt));
        Def(d, "min", (_, a, k) => MinMax(a, k, "min", CmpOperator.Lt));
        Def(d, "max", (_, a, k) => MinMax(a, k, "max", CmpOperator.Gt));
        Def(d, "sum", (_, a, k) => Sum(a, k));
        Def(d, "any", (_, a, k) =>
        {
            ArgParse.Exact("any", a, k, 1, 1);
            return Ops.Bool(FindTruth(a[0], true));
        }, f1: (_, x) => Ops.Bool(FindTruth(x, true)));
        Def(d, "all", (_, a, k) =>
        {
            ArgParse.Exact("all", a, k, 1, 1);
            return Ops.Bool(!FindTruth(a[0], false));
        }, f1: (_, x) => Ops.Bool(!FindTruth(x, false)));
        Def(d, "sorted", (_, a, k) =>
        {
            var kw = ArgParse.Keywords("sort", a, k, "key", "reverse");
            var pos = ArgParse.PositionalOnly(a, k);
            if (pos.Length != 1) throw PyErr.TypeError($"sorted expected 1 argument, got {pos.Length}");
            var list = new PyList(Ops.ToNewArray(pos[0]));
            ListMethods.Sort(list, kw.GetValueOrDefault("key"), kw.TryGetValue("reverse", out var r) && Ops.IsTrue(r));
            return list;
        });
        Def(d, "chr", (_, a, k) =>
        {
            ArgParse.Exact("chr", a, k, 1, 1);
            return Chr(a[0]);
        }, f1: (_, x) => Chr(x));
        Def(d, "ord", (_, a, k) =>
        {
            ArgParse.Exact("ord", a, k, 1, 1);
            return Ord(a[0]);
        }, f1: (_, x) => Ord(x));
        foreach (var (name, intrinsic) in new[] { ("abs", BuiltinIntrinsic.Abs), ("len", BuiltinIntrinsic.Len), ("ord", BuiltinIntrinsic.Ord), ("chr", BuiltinIntrinsic.Chr) })
            ((PyBuiltinFunction)d.GetItem(name)!).Intrinsic = intrinsic;
        Def(d, "hex", (_, a, k) => new PyStr(IntMethods.ToBase(Ops.Index(a[0]), 16, "0x")));
        Def(d, "oct", (_, a, k) => new PyStr(IntMethods.ToBase(Ops.Index(a[0]), 8, "0o")));
        Def(d, "bin", (_, a, k) => new PyStr(IntMethods.ToBase(Ops.Index(a[0]), 2, "0b")));
        Def(d, "round", (_, a, k) =>
        {
            var kw = ArgParse.Keywords("round", a, k, "ndigits");
            var pos = ArgParse.PositionalOnly(a, k);
            var nd = pos.Length > 1 ? pos[1] : kw.GetValueOrDefault("ndigits");
            return Round(pos[0], nd is PyNone ? null : nd);
        });
        Def(d, "divmod", (_, a, k) =>
        {
            ArgParse.Exact("divmod", a, k, 2, 2);
            return DivMod(a[0], a[1]);
        });
        Def(d, "pow", (_, a, k) =>
        {
            var kw = ArgParse.Keywords("pow", a, k, "base", "exp", "mod");
            var pos = ArgParse.PositionalOnly(a, k);
            var b = pos.Length > 0 ? pos[0] : kw["base"];
            var e = pos.Length > 1 ? pos[1] : kw["exp"];
            var m = pos.Length > 2 ? pos[2] : kw.GetValueOrDefault("mod");
            if (m is null or PyNone) return Ops.BinaryOp(b, e, Operator.Pow);
            // Ternary pow on a user type: only the base's __pow__(exp, mod) is tried; there is no reflected form.
            if (b.Type.IsHeapType && b.Type.Lookup("__pow__") is PyFunction userPow)
            {
                var powResult = Ops.CallMethod(userPow, b, e, m);
                if (!ReferenceEquals(powResult, PySingleton.NotImplemented)) return powResult;
                throw PyErr.TypeError($"unsupported operand type(s) for ** or pow(): '{b.Type.Name}', '{e.Type.Name}', '{m.Type.Name}'");
            }
            if (b is PyInt && e is not PyInt && e.Type.IsHeapType)
                throw PyErr.TypeError($"unsupported operand type(s) for ** or pow(): '{b.Type.Name}', '{e.Type.Name}', '{m.Type.Name}'");
            if (b is not PyInt bi || e is not PyInt ei || m is not PyInt mi)
                throw PyErr.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
            if (mi.IsZero) throw PyErr.ValueError("pow() 3rd argument cannot be 0");
            var mod = mi.Big;
            BigInteger r;
            if (ei.Sign < 0)
            {
                var inv = ModInverse(bi.Big, mod) ?? throw PyErr.ValueError("base is not invertible for the given modulus");
                r = BigInteger.ModPow(inv, -ei.Big, BigInteger.Abs(mod));
            }
            else r = BigInteger.ModPow(bi.Big, ei.Big, BigInteger.Abs(mod));
            if (r.Sign != 0 && (r.Sign < 0) != (mod.Sign < 0)) r += mod;
            return PyInt.FromBig(r);
        });
        Def(d, "globals", (_, a, k) => CurrentGlobals());
        Def(d, "locals", (_, a, k) => throw PyErr.NotImplementedError("locals() is not supported yet"));
        Def(d, "vars", (_, a, k) =>
        {
            ArgParse.Exact("vars", a, k, 0, 1);
            if (a.Length == 0) throw PyErr.NotImplementedError("vars() without an argument is not supported yet");
            return a[0].Dict is { } dd ? a[0] is PyType ? new PyDict(dd.Storage.Copy()) : dd : a[0].GetOrCreateDict() ?? throw PyErr.TypeError("vars() argument must have __dict__ attribute");
        });
        Def(d, "dir", (_, a, k) =>
        {
            ArgParse.Exact("dir", a, k, 0, 1);
            if (a.Length == 0) throw PyErr.NotImplementedError("dir() without an argument is not supported yet");
            return Dir(a[0]);
        });
        Def(d, "format", (_, a, k) =>
        {
            ArgParse.Exact("format", a, k, 1, 2);
            return new PyStr(Formatting.Format(a[0], a.Length > 1 ? ArgParse.Str(a[1], "format", "argument 2") : ""));
        });
        Def(d, "input", (_, a, k) =>
        {
            ArgParse.Exact("input", a, k, 0, 1);
            if (a.Length == 1)
            {
                rt.Stdout.Write(Ops.Str(a[0]));
                rt.Stdout.Writer!.Flush();
            }
            var line = rt.Stdin.ReadLine() ?? throw PyErr.New(Builtins.EOFError, "EOF when reading a line");
            return new PyStr(line.EndsWith('\n') ? line[..^1] : line);
        });
        Def(d, "open", (_, a, k) => FileIO.Open(a, k));
        Def(d, "exec", (_, a, k) => ExecOrEval(rt, a, k, "exec"));
        Def(d, "eval", (_, a, k) => ExecOrEval(rt, a, k, "eval"));
        Def(d, "compile", (_, a, k) =>
        {
            var kw = ArgParse.Keywords("compile", a, k, "source", "filename", "mode", "flags", "dont_inherit", "optimize");
            var pos = ArgParse.PositionalOnly(a, k);
            var src = pos.Length > 0 ? pos[0] : kw["source"];
            var filename = Ops.Str(pos.Length > 1 ? pos[1] : kw["filename"]);
            var mode = Ops.Str(pos.Length > 2 ? pos[2] : kw["mode"]);
            var bytes = src is PyBytes b ? b.ToArray() : Encoding.UTF8.GetBytes(Ops.Str(src));
            return CompileSource(rt, bytes, filename, mode, false);
        });
        Def(d, "__import__", (_, a, k) =>
        {
            // __import__(name, globals=None, locals=None, fromlist=(), level=0)
            var kw = ArgParse.Keywords("__import__", a, k, "name", "globals", "locals", "fromlist", "level");
            var pos = ArgParse.PositionalOnly(a, k);
            PyObject? Arg(int i, string n) => pos.Length > i ? pos[i] : kw.GetValueOrDefault(n);
            var name = ArgParse.Str(Arg(0, "name") ?? throw PyErr.TypeError("__import__() missing required argument 'name' (pos 1)"), "__import__");
            var globals = Arg(1, "globals") as PyDict ?? new PyDict();
            var level = Arg(4, "level") is { } lv and not PyNone ? (int)Ops.IndexToLong(lv) : 0;
            var fromlist = Arg(3, "fromlist");
            // With a non-empty fromlist the named module itself is returned (what "from x import y" needs).
            if (fromlist is not null and not PyNone && Ops.IsTrue(fromlist))
                return rt.ImportFrom(name, globals, level, Ops.ToArray(fromlist).Select(x => ArgParse.Str(x, "__import__")).ToArray());
            return rt.Import(name, globals, level);
        });
        SetFrameImpl(d, "globals", (f, a, k) => f.Globals);
        SetFrameImpl(d, "locals", (f, a, k) => LocalsOf(f));
        SetFrameImpl(d, "vars", (f, a, k) => a.Length == 0 ? LocalsOf(f) : Ops.Call(d.GetItem("vars")!, a, k));
        SetFrameImpl(d, "dir", (f, a, k) => a.Length == 0
            ? ListMethods.Sorted(Ops.ToList(LocalsOf(f)))
            : Dir(a[0]));
        SetFrameImpl(d, "exec", (f, a, k) => ExecOrEval(rt, DefaultNamespaces(f, a), k, "exec"));
        SetFrameImpl(d, "eval", (f, a, k) => ExecOrEval(rt, DefaultNamespaces(f, a), k, "eval"));
        Def(d, "__build_class__", (_, a, k) => throw PyErr.NotImplementedError("__build_class__ is not supported yet"));
    }

    private static PyObject Print(PythonRuntime rt, PyObject[] a, string[]? k)
    {
        var kw = ArgParse.Keywords("print", a, k, "sep", "end", "file", "flush");
        var pos = ArgParse.PositionalOnly(a, k);
        string sep = " ", end = "\n";
        if (kw.TryGetValue("sep", out var s) && s is not PyNone)
            sep = s as PyStr is { } ss ? ss.Value : throw PyErr.TypeError($"sep must be None or a string, not {s.Type.Name}");
        if (kw.TryGetValue("end", out var e) && e is not PyNone)
            end = e as PyStr is { } es ? es.Value : throw PyErr.TypeError($"end must be None or a string, not {e.Type.Name}");
        var file = kw.GetValueOrDefault("file");
        if (file is null or PyNone) file = rt.Sys.ModuleDict.GetItem("stdout") ?? rt.Stdout;
        if (file is PyTextStream ts)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < pos.Length; i++)
            {
                if (i > 0) sb.Append(sep);
                sb.Append(Ops.Str(pos[i]));
            }
            sb.Append(end);
            ts.Write(sb.ToString());
            if (kw.TryGetValue("flush", out var fl) && Ops.IsTrue(fl)) ts.Writer?.Flush();
            return PyNone.Value;
        }
        // Other file objects see each piece in its own write() call, as in CPython.
        var write = Ops.GetAttr(file, "write");
        for (var i = 0; i < pos.Length; i++)
        {
            if (i > 0) Ops.Call1(write, new PyStr(sep));
            Ops.Call1(write, new PyStr(Ops.Str(pos[i])));
        }
        Ops.Call1(write, new PyStr(end));
        return PyNone.Value;
    }

    public static bool IsInstance(PyObject o, PyObject cls)
    {
        switch (cls)
        {
            case PyType t:
                if (o.Type.IsSubtypeOf(t)) return true;
                if (t.Type.IsHeapType && t.Type.Lookup("__instancecheck__") is PyFunction ic) return Ops.IsTrue(Ops.Call2(ic, t, o));
                return false;
            case PyTuple tup:
                foreach (var x in tup.Items)
                    if (IsInstance(o, x)) return true;
                return false;
            case PyGenericAlias:
                throw PyErr.TypeError("isinstance() argument 2 cannot be a parameterized generic");
        }
        throw PyErr.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static bool IsSubclass(PyObject c, PyObject cls)
    {
        if (c is not PyType ct) throw PyErr.TypeError("issubclass() arg 1 must be a class");
        switch (cls)
        {
            case PyType t:
                if (t.Type.IsHeapType && t.Type.Lookup("__subclasscheck__") is PyFunction sc) return Ops.IsTrue(Ops.Call2(sc, t, c));
                return ct.IsSubtypeOf(t);
            case PyTuple tup:
                foreach (var x in tup.Items)
                    if (IsSubclass(c, x)) return true;
                return false;
            case PyGenericAlias:
                throw PyErr.TypeError("issubclass() argument 2 cannot be a parameterized generic");
        }
        throw PyErr.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    public static bool IsCallable(PyObject o) => o switch
    {
        PyFunction or PyBuiltinFunction or PyBoundMethod or PyType or PyMethodDescriptor => true,
        _ => o.Type.Lookup("__call__") is not null,
    };

    private static IEnumerator<PyObject> CallableIter(PyObject callable, PyObject sentinel)
    {
        while (true)
        {
            var v = Ops.Call(callable, []);
            if (Ops.EqBool(v, sentinel)) yield break;
            yield return v;
        }
    }

    public static PyObject Next(PyObject it, PyObject? dflt)
    {
        if (it is not PyIterator && it.Type.Lookup("__next__") is null)
            throw PyErr.TypeError($"'{it.Type.Name}' object is not an iterator");
        if (it is PyGenerator g)
        {
            if (g.Resume(null, null, out var y)) return y;
            if (dflt is not null) return dflt;
            throw PyErr.StopIteration(g.ReturnValue is PyNone or null ? null : g.ReturnValue);
        }
        if (Ops.TryNext(it, out var item)) return item;
        return dflt ?? throw PyErr.StopIteration();
    }

    private static PyObject MinMax(PyObject[] a, string[]? k, string name, CmpOperator op)
    {
        PyObject? key = null, dflt = null;
        if (k is not null)
        {
            foreach (var kn in k)
                if (kn != "key" && kn != "default")
                    throw PyErr.TypeError($"'{kn}' is an invalid keyword argument for {name}()");
            var kw = ArgParse.Keywords(name, a, k, "key", "default");
            key = kw.GetValueOrDefault("key");
            if (key is PyNone) key = null;
            dflt = kw.GetValueOrDefault("default");
        }
        var pos = ArgParse.PositionalOnly(a, k);
        if (pos.Length == 0) throw PyErr.TypeError($"{name} expected at least 1 argument, got 0");
        PyObject? best = null, bestKey = null;
        if (pos.Length == 1)
        {
            // One by one, as CPython does: each item is compared before the next is asked for.
            var it = Ops.GetIter(pos[0]);
            while (Ops.TryNext(it, out var x)) Step(x);
        }
        else
        {
            if (dflt is not null) throw PyErr.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            foreach (var x in pos) Step(x);
        }
        if (best is null)
            return dflt ?? throw PyErr.ValueError($"{name}() arg is an empty sequence");
        return best;

        void Step(PyObject x)
        {
            var kx = key is null ? x : Ops.Call1(key, x);
            if (best is null || Precedes(kx, bestKey!, op))
            {
                best = x;
                bestKey = kx;
            }
        }
    }

    /// <summary><c>x &lt; y</c> (min) or <c>x &gt; y</c> (max) as a bool: machine ints and exact floats compared directly.</summary>
    private static bool Precedes(PyObject x, PyObject y, CmpOperator op)
    {
        if (x is PyInt { IsBig: false } xi && y is PyInt { IsBig: false } yi && !xi.Type.IsHeapType && !yi.Type.IsHeapType)
            return op == CmpOperator.Lt ? xi.Value < yi.Value : xi.Value > yi.Value;
        if (x is PyFloat xf && y is PyFloat yf && ReferenceEquals(xf.Type, Builtins.Float) && ReferenceEquals(yf.Type, Builtins.Float))
            return op == CmpOperator.Lt ? xf.Value < yf.Value : xf.Value > yf.Value;
        return Ops.IsTrue(Ops.RichCompare(x, y, op));
    }

    /// <summary>
    /// Whether an item of <paramref name="iterable"/> has the truth <paramref name="truth"/> (any: true, all: false),
    /// stopping at the first. Exact lists are walked by index (live), generator expressions push their values.
    /// </summary>
    private static bool FindTruth(PyObject iterable, bool truth)
    {
        if (iterable is PyList list && !list.Type.IsHeapType)
        {
            for (var i = 0; i < list.Count; i++)
                if (Ops.IsTrue(list.Items[i]) == truth) return true;
            return false;
        }
        var it = Ops.GetIter(iterable);
        if (it is PyGenerator g)
        {
            var sink = new TruthSink(truth);
            while (true)
            {
                var outcome = g.Push(ref sink);
                if (outcome == PyGenerator.PushOutcome.Exhausted) return false;
                if (outcome == PyGenerator.PushOutcome.Unsupported) break;
                if (sink.Found || Ops.IsTrue(sink.TakeDeclined()) == truth) return true;
            }
        }
        while (Ops.TryNext(it, out var x))
            if (Ops.IsTrue(x) == truth) return true;
        return false;
    }

    /// <summary>
    /// any()/all() over pushed values: stops at the first with the truth looked for; the truth of an instance of a
    /// class (which may run __bool__ or __len__) is left to the caller.
    /// </summary>
    private struct TruthSink(bool truth) : IValueSink
    {
        public bool Found;
        private PyObject? declined;

        public bool Accept(PyObject value)
        {
            if (value.Type.IsHeapType)
            {
                declined = value;
                return false;
            }
            if (Ops.IsTrue(value) != truth) return true;
            Found = true;
            return false;
        }

        public PyObject TakeDeclined()
        {
            var v = declined!;
            declined = null;
            return v;
        }
    }

    private static PyObject Sum(PyObject[] a, string[]? k)
    {
        var kw = ArgParse.Keywords("sum", a, k, "start");
        var pos = ArgParse.PositionalOnly(a, k);
        ArgParse.Count("sum", pos.Length, 1, 2);
        PyObject acc = pos.Length > 1 ? pos[1] : kw.GetValueOrDefault("start") ?? PyInt.Zero;
        if (acc is PyStr) throw PyErr.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (acc is PyBytes) throw PyErr.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        var sum = new SumSink(acc);
        // Exact lists and tuples are walked by index (live: an __add__ may change the list); a generator expression
        // pushes its values while they add up in a machine number; the rest goes item by item.
        if (pos[0] is PyList list && !list.Type.IsHeapType)
        {
            for (var i = 0; i < list.Count; i++)
                if (!sum.Accept(list.Items[i])) sum.AddDeclined();
            return sum.Result;
        }
        if (pos[0] is PyTuple tuple && !tuple.Type.IsHeapType)
        {
            foreach (var item in tuple.Items)
                if (!sum.Accept(item)) sum.AddDeclined();
            return sum.Result;
        }
        var it = Ops.GetIter(pos[0]);
        if (it is PyGenerator g)
        {
            while (sum.Fast)
            {
                var outcome = g.Push(ref sum);
                if (outcome == PyGenerator.PushOutcome.Exhausted) return sum.Result;
                if (outcome == PyGenerator.PushOutcome.Unsupported) break;
                sum.AddDeclined();
            }
        }
        while (Ops.TryNext(it, out var x))
            if (!sum.Accept(x)) sum.AddDeclined();
        return sum.Result;
    }

    /// <summary>
    /// sum()'s running total: exact ints (bools included) add up in a long until one overflows, floats in a double
    /// (which also takes ints, as CPython's does); anything else is declined and added by the full protocol.
    /// </summary>
    private struct SumSink(PyObject start) : IValueSink
    {
        private enum Mode : byte { Generic, Long, Double }

        private PyObject acc = start;
        private Mode mode = ModeOf(start);
        private long longTotal = start is PyInt i ? i.Value : 0;
        private double doubleTotal = start is PyFloat d ? d.Value : 0;
        // Nothing added yet: the result is the start object itself.
        private bool untouched = true;
        private PyObject? declined;

        private static Mode ModeOf(PyObject o) =>
            o is PyInt { IsBig: false } i && ReferenceEquals(i.Type, Builtins.Int) ? Mode.Long
            : o is PyFloat f && ReferenceEquals(f.Type, Builtins.Float) ? Mode.Double
            : Mode.Generic;

        /// <summary>Whether values are added without running Python code (pushing them is worth it).</summary>
        public readonly bool Fast => mode != Mode.Generic;

        public readonly PyObject Result => untouched ? acc
            : mode == Mode.Long ? PyInt.FromLong(longTotal)
            : mode == Mode.Double ? new PyFloat(doubleTotal)
            : acc;

        public bool Accept(PyObject x)
        {
            if (mode == Mode.Long)
            {
                if (x is PyInt { IsBig: false } xi && !xi.Type.IsHeapType)
                {
                    var v = xi.Value;
                    var r = longTotal + v;
                    if (((longTotal ^ r) & (v ^ r)) >= 0)
                    {
                        longTotal = r;
                        untouched = false;
                        return true;
                    }
                }
            }
            else if (mode == Mode.Double)
            {
                if (x is PyFloat xf && ReferenceEquals(xf.Type, Builtins.Float))
                {
                    doubleTotal += xf.Value;
                    untouched = false;
                    return true;
                }
                if (x is PyInt { IsBig: false } xi)
                {
                    doubleTotal += xi.Value;
                    untouched = false;
                    return true;
                }
            }
            declined = x;
            return false;
        }

        /// <summary>Adds the declined value by the full protocol, which may run Python code.</summary>
        public void AddDeclined()
        {
            var x = declined!;
            declined = null;
            acc = SumStep(Result, x);
            untouched = false;
            mode = ModeOf(acc);
            if (mode == Mode.Long) longTotal = ((PyInt)acc).Value;
            else if (mode == Mode.Double) doubleTotal = ((PyFloat)acc).Value;
        }
    }

    /// <summary>acc + x with the full protocol when a class is involved (a subclass's reflected method goes first).</summary>
    private static PyObject SumStep(PyObject acc, PyObject x) =>
        acc.Type.IsHeapType || x.Type.IsHeapType ? Ops.BinaryOp(acc, x, Operator.Add) : Ops.Add(acc, x);

    public static PyObject Round(PyObject x, PyObject? ndigits)
    {
        if (x.Type.IsHeapType && x.Type.Lookup("__round__") is { } m and not PyMethodDescriptor)
            return ndigits is null ? Ops.CallMethod(m, x) : Ops.CallMethod(m, x, ndigits);
        switch (x)
        {
            case PyInt i:
                if (ndigits is null) return i.IsBool ? PyInt.FromLong(i.Value) : i;
                var nd = Ops.IndexToLong(ndigits);
                if (nd >= 0) return i.IsBool ? PyInt.FromLong(i.Value) : i;
                var pow = BigInteger.Pow(10, (int)Math.Min(-nd, 4000));
                var q = BigInteger.DivRem(i.Big, pow, out var rem);
                if (rem.Sign < 0)
                {
                    q -= 1;
                    rem += pow;
                }
                var twice = rem * 2;
                if (twice > pow || (twice == pow && !q.IsEven)) q += 1;
                return PyInt.FromBig(q * pow);
            case PyFloat f:
                if (ndigits is null)
                {
                    var v = f.Value;
                    if (double.IsNaN(v)) throw PyErr.ValueError("cannot convert float NaN to integer");
                    if (double.IsInfinity(v)) throw PyErr.OverflowError("cannot convert float infinity to integer");
                    return IntFromDouble(Math.Round(v, MidpointRounding.ToEven));
                }
                return new PyFloat(FloatFormatting.RoundDouble(f.Value, (int)Math.Clamp(Ops.IndexToLong(ndigits), -400, 400)));
        }
        throw PyErr.TypeError($"type {x.Type.Name} doesn't define __round__ method");
    }

    public static PyInt IntFromDouble(double v)
    {
        if (double.IsNaN(v)) throw PyErr.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(v)) throw PyErr.OverflowError("cannot convert float infinity to integer");
        if (v >= -9.2e18 && v <= 9.2e18) return PyInt.FromLong((long)v);
        return PyInt.FromBig(new BigInteger(v));
    }

    public static PyObject DivMod(PyObject a, PyObject b)
    {
        if (a.Type.IsHeapType || b.Type.IsHeapType)
        {
            var m = a.Type.Lookup("__divmod__");
            if (m is not null and not PyMethodDescriptor)
            {
                var r = Ops.CallMethod(m, a, b);
                if (r is not PySingleton { Name: "NotImplemented" }) return r;
            }
            var rm = b.Type.Lookup("__rdivmod__");
            if (rm is not null and not PyMethodDescriptor) return Ops.CallMethod(rm, b, a);
        }
        if (a is PyInt or PyFloat && b is PyInt or PyFloat)
            return new PyTuple([Ops.BinaryOp(a, b, Operator.FloorDiv), Ops.BinaryOp(a, b, Operator.Mod)]);
        throw PyErr.TypeError($"unsupported operand type(s) for divmod(): '{a.Type.Name}' and '{b.Type.Name}'");
    }

    private static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        m = BigInteger.Abs(m);
        BigInteger g = m, x = 0, x1 = 1, a1 = ((a % m) + m) % m;
        while (a1 != 0)
        {
            var q = g / a1;
            (g, a1) = (a1, g - q * a1);
            (x, x1) = (x1, x - q * x1);
        }
        if (g != 1) return null;
        return ((x % m) + m) % m;
    }

    private static PyObject CurrentGlobals() =>
        throw PyErr.NotImplementedError("globals() called through an alias is not supported yet");

    private static void SetFrameImpl(PyDict d, string name, Func<Frame, PyObject[], string[]?, PyObject> impl) =>
        ((PyBuiltinFunction)d.GetItem(name)!).FrameImpl = impl;

    private static PyObject[] DefaultNamespaces(Frame f, PyObject[] a)
    {
        if (a.Length >= 2) return a;
        return [a[0], f.Globals, LocalsOf(f)];
    }

    /// <summary>locals(): the namespace dict of module/class bodies, a snapshot of fast locals and cells in functions.</summary>
    internal static PyDict LocalsOf(Frame f)
    {
        if ((f.Code.Flags & CodeFlags.DictLocals) != 0 && f.LocalsDict is not null) return f.LocalsDict;
        var d = new PyDict();
        var code = f.Code;
        for (var i = 0; i < code.VarNames.Length; i++)
        {
            if (code.VarNames[i].StartsWith('.')) continue;
            if (Array.IndexOf(code.CellVars, code.VarNames[i]) >= 0) continue;
            if (f.ReadLocal(i) is { } v) d.SetItem(code.VarNames[i], v);
        }
        if (f.Cells is not null)
        {
            for (var i = 0; i < code.CellVars.Length; i++)
                if (f.Cells[i].Value is { } v) d.SetItem(code.CellVars[i], v);
            for (var i = 0; i < code.FreeVars.Length; i++)
                if (f.Cells[code.CellVars.Length + i].Value is { } v) d.SetItem(code.FreeVars[i], v);
        }
        return d;
    }

    public static PyObject Dir(PyObject o)
    {
        // A class-defined __dir__ supplies the names; dir() sorts whatever iterable it returns.
        if (o.Type.IsHeapType && o.Type.Lookup("__dir__") is { } custom and not PyMethodDescriptor)
            return ListMethods.Sorted(Ops.ToList(Ops.CallMethod(custom, o)));
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (o.Dict is { } d)
            foreach (var kv in d.Storage.Items())
                if (kv.Key is PyStr s) names.Add(s.Value);
        var types = o is PyType t ? t.Mro : o.Type.Mro;
        if (o is not PyModule)
            foreach (var ty in types)
                foreach (var kv in ty.TypeDict.Storage.Items())
                    if (kv.Key is PyStr s) names.Add(s.Value);
        return new PyList(names.Select(n => (PyObject)new PyStr(n)).ToArray());
    }

    public static PyObject MakeSuper(PyType cls, PyObject obj)
    {
        if (obj is PyType ot && ot.IsSubtypeOf(cls)) return new PySuper(cls, ot, ot);
        if (!obj.Type.IsSubtypeOf(cls))
            throw PyErr.TypeError("super(type, obj): obj must be an instance or subtype of type");
        return new PySuper(cls, obj, obj.Type);
    }

    private static PyObject CompileSource(PythonRuntime rt, byte[] source, string filename, string mode, bool separateLocals)
    {
        var pm = mode switch
        {
            "exec" => ParseMode.Exec,
            "eval" => ParseMode.Eval,
            "single" => ParseMode.Single,
            _ => throw PyErr.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
        };
        try
        {
            return rt.Compile(source, filename, pm, separateLocals);
        }
        catch (PythonSyntaxError se)
        {
            throw SyntaxErrorToPython(se);
        }
    }

    public static PythonException SyntaxErrorToPython(PythonSyntaxError se)
    {
        var type = Builtins.Exceptions[se.ErrorKind.ToString()];
        var details = new PyTuple([new PyStr(se.Filename), PyInt.FromLong(se.Lineno), PyInt.FromLong(se.Offset),
            se.Text is null ? PyNone.Value : new PyStr(se.Text), PyInt.FromLong(se.EndLineno), PyInt.FromLong(se.EndOffset)]);
        var e = new PyBaseException(type, new PyTuple([new PyStr(se.Msg), details]));
        var d = e.GetOrCreateDict();
        d.SetItem("msg", new PyStr(se.Msg));
        d.SetItem("lineno", PyInt.FromLong(se.Lineno));
        d.SetItem("offset", PyInt.FromLong(se.Offset));
        d.SetItem("filename", new PyStr(se.Filename));
        d.SetItem("text", se.Text is null ? PyNone.Value : new PyStr(se.Text));
        return new PythonException(e);
    }

    private static PyObject ExecOrEval(PythonRuntime rt, PyObject[] a, string[]? k, string mode)
    {
        ArgParse.Exact(mode, a, k, 1, 3);
        var globals = a.Length > 1 && a[1] is not PyNone ? a[1] as PyDict ?? throw PyErr.TypeError($"{mode}() globals must be a dict, not {a[1].Type.Name}") : null;
        var locals = a.Length > 2 && a[2] is not PyNone ? a[2] as PyDict ?? throw PyErr.TypeError("locals must be a mapping") : null;
        if (globals is null) throw PyErr.NotImplementedError($"{mode}() without an explicit globals dict is not supported yet");
        locals ??= globals;
        var separate = !ReferenceEquals(locals, globals);
        PyCode code;
        if (a[0] is PyCode c)
        {
            // compile() could not know that its module code would run with separate locals: build it again so.
            code = separate && c.Ast is Mod module && c.Compiler is { RootUsesLocalsDict: false }
                ? CodeCompiler.CompileModule(module, c.Filename, separateLocals: true)
                : c;
        }
        else
        {
            var src = a[0] is PyBytes b ? b.ToArray() : Encoding.UTF8.GetBytes(a[0] is PyStr s ? (mode == "eval" ? s.Value.TrimStart(' ', '\t') : s.Value)
                : throw PyErr.TypeError($"{mode}() arg 1 must be a string, bytes or code object"));
            code = (PyCode)CompileSource(rt, src, "<string>", mode, separate);
        }
        var r = rt.ExecCode(code, globals, locals);
        return mode == "eval" ? r : PyNone.Value;
    }
}
