using System.Runtime.CompilerServices;
using System.Text;
using FatSharp.Ast;

namespace FatSharp.Interpreter.Runtime;

/// <summary>
/// The abstract object protocol (CPython's PyObject_* functions): truth, repr/str, hash, attributes, items, calls
/// and iteration, with fast paths for the builtin C# classes before the generic dunder dispatch.
/// </summary>
public static partial class Ops
{
    // ---------------------------------------------------------------- truth
    public static bool IsTrue(PyObject o)
    {
        if (o is PyInt i) return !i.IsZero;
        if (ReferenceEquals(o, PyNone.Value)) return false;
        if (o.Type.IsHeapType) return HeapIsTrue(o);
        return o switch
        {
            PyStr s => s.Value.Length != 0,
            PyList l => l.Count != 0,
            PyTuple t => t.Items.Length != 0,
            PyDict d => d.Count != 0,
            PyFloat f => f.Value != 0,
            PySet s => s.Count != 0,
            PyBytes b => b.Count != 0,
            PyRange r => r.Length != 0,
            PyBigRange br => !br.Length.IsZero,
            PyComplex c => c.Value != System.Numerics.Complex.Zero,
            _ => true,
        };
    }

    private static bool HeapIsTrue(PyObject o)
    {
        var m = o.Type.Lookup("__bool__");
        if (m is not null and not PyMethodDescriptor)
        {
            var r = CallMethod(m, o);
            if (r is PyInt ri && ri.IsBool) return !ri.IsZero;
            throw PyErr.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
        }
        m = o.Type.Lookup("__len__");
        if (m is not null and not PyMethodDescriptor) return LenOfResult(CallMethod(m, o)) != 0;
        return o switch
        {
            PyList l => l.Count != 0,
            PyDict d => d.Count != 0,
            PyInt i => !i.IsZero,
            PyStr s => s.Value.Length != 0,
            PyTuple t => t.Items.Length != 0,
            PySet s => s.Count != 0,
            PyFloat f => f.Value != 0,
            _ => true,
        };
    }

    public static PyObject Bool(bool b) => b ? PyInt.True : PyInt.False;

    // ---------------------------------------------------------------- identity
    private static readonly ConditionalWeakTable<PyObject, PyInt> Ids = new();
    private static long nextId = 0x7f3a_0000_1000;

    public static PyInt Id(PyObject o) => Ids.GetValue(o, static _ => PyInt.FromLong(Interlocked.Add(ref nextId, 48)));

    public static string Address(PyObject o) => "0x" + Id(o).Value.ToString("x12");

    // ---------------------------------------------------------------- repr / str
    [ThreadStatic] private static HashSet<PyObject>? reprStack;

    public static string Repr(PyObject o)
    {
        switch (o)
        {
            case PyStr s when !s.Type.IsHeapType: return PyRepr.Str(s.Value);
            case PyInt i when !i.Type.IsHeapType: return i.IsBool ? (i.IsZero ? "False" : "True") : i.ToDecimalString();
            case PyFloat f when !f.Type.IsHeapType: return PyRepr.Float(f.Value);
        }
        if (o.Type.IsHeapType)
        {
            var m = o.Type.Lookup("__repr__");
            if (m is not null and not PyMethodDescriptor) return StrResult(CallMethod(m, o), "__repr__");
        }
        return NativeRepr(o);
    }

    public static string StrResult(PyObject r, string method)
    {
        if (r is PyStr s) return s.Value;
        throw PyErr.TypeError($"{method} returned non-string (type {r.Type.Name})");
    }

    internal static string NativeRepr(PyObject o)
    {
        switch (o)
        {
            case PyNone: return "None";
            case PyInt i: return i.IsBool ? (i.IsZero ? "False" : "True") : i.ToDecimalString();
            case PyFloat f: return PyRepr.Float(f.Value);
            case PyComplex c: return PyRepr.ComplexRepr(c.Value);
            case PyStr s: return PyRepr.Str(s.Value);
            case PyBytes b:
            {
                var sb = new StringBuilder();
                if (b.IsMutable) sb.Append("bytearray(");
                PyRepr.AppendBytes(sb, b.ToArray());
                if (b.IsMutable) sb.Append(')');
                return sb.ToString();
            }
            case PySingleton s: return s.Name;
            case PyGenericAlias ga: return GenericAliasMethods.Repr(ga);
            case PyMemoryView mv: return $"<{(mv.Released ? "released " : "")}memory at {Address(mv)}>";
            case PyType t: return $"<class '{TypeQualifiedName(t)}'>";
            case PyFunction f: return $"<function {f.Qualname} at {Address(f)}>";
            case PyBuiltinFunction b:
                return b.Self is null or PyModule ? $"<built-in function {b.Name}>" : $"<built-in method {b.Name} of {b.Self.Type.Name} object at {Address(b.Self)}>";
            case PyMethodDescriptor md: return $"<method '{md.Name}' of '{md.Owner.Name}' objects>";
            case PyBoundMethod m: return $"<bound method {QualnameOf(m.Function)} of {Repr(m.Self)}>";
            case PyModule m:
                return m.ModuleDict.GetItem("__file__") is PyStr file ? $"<module '{m.Name}' from '{file.Value}'>" : $"<module '{m.Name}' (built-in)>";
            case PyCode c: return $"<code object {c.Name} at {Address(c)}, file \"{c.Filename}\", line {c.FirstLineNo}>";
            case PyCell c: return c.Value is null ? $"<cell at {Address(c)}: empty>" : $"<cell at {Address(c)}: {c.Value.Type.Name} object at {Address(c.Value)}>";
            case PyBigRange br: return br.Step.IsOne ? $"range({br.Start}, {br.Stop})" : $"range({br.Start}, {br.Stop}, {br.Step})";
            case PyRange r: return r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})";
            case PySlice s: return $"slice({Repr(s.Start)}, {Repr(s.Stop)}, {Repr(s.Step)})";
            case PyBaseException e: return ExceptionRepr(e);
            case PyGenerator g: return $"<{g.Type.Name} object {g.Code.Qualname} at {Address(g)}>";
            case PyProperty: return $"<property object at {Address(o)}>";
        }
        reprStack ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        switch (o)
        {
            case PyList l:
            {
                if (!reprStack.Add(o)) return "[...]";
                try
                {
                    var sb = new StringBuilder("[");
                    for (var i = 0; i < l.Count; i++)
                    {
                        if (i > 0) sb.Append(", ");
                        sb.Append(Repr(l.Items[i]));
                    }
                    return sb.Append(']').ToString();
                }
                finally { reprStack.Remove(o); }
            }
            case PyTuple st when StructSequence.TryGetFields(st.Type, out var fields):
                return StructSequence.Repr(st, fields);
            case PyTuple t:
            {
                if (t.Items.Length == 0) return "()";
                if (!reprStack.Add(o)) return "(...)";
                try
                {
                    var sb = new StringBuilder("(");
                    for (var i = 0; i < t.Items.Length; i++)
                    {
                        if (i > 0) sb.Append(", ");
                        sb.Append(Repr(t.Items[i]));
                    }
                    if (t.Items.Length == 1) sb.Append(',');
                    return sb.Append(')').ToString();
                }
                finally { reprStack.Remove(o); }
            }
            case PyDict d:
            {
                if (!reprStack.Add(o)) return "{...}";
                try
                {
                    var sb = new StringBuilder("{");
                    var first = true;
                    foreach (var kv in d.Storage.Items())
                    {
                        if (!first) sb.Append(", ");
                        first = false;
                        sb.Append(Repr(kv.Key)).Append(": ").Append(Repr(kv.Value));
                    }
                    return sb.Append('}').ToString();
                }
                finally { reprStack.Remove(o); }
            }
            case PySet s:
            {
                var name = s.Type.Name;
                if (s.Count == 0) return name + "()";
                if (!reprStack.Add(o)) return name + "(...)";
                try
                {
                    var sb = new StringBuilder();
                    if (!ReferenceEquals(s.Type, Builtins.Set)) sb.Append(name).Append('(');
                    sb.Append('{');
                    var first = true;
                    foreach (var item in s.Items())
                    {
                        if (!first) sb.Append(", ");
                        first = false;
                        sb.Append(Repr(item));
                    }
                    sb.Append('}');
                    if (!ReferenceEquals(s.Type, Builtins.Set)) sb.Append(')');
                    return sb.ToString();
                }
                finally { reprStack.Remove(o); }
            }
            case DictView v:
            {
                if (!reprStack.Add(o)) return "...";
                try
                {
                    var items = new List<string>();
                    var it = GetIter(o);
                    while (TryNext(it, out var x)) items.Add(Repr(x));
                    return $"{v.Type.Name}([{string.Join(", ", items)}])";
                }
                finally { reprStack.Remove(o); }
            }
        }
        return $"<{TypeQualifiedName(o.Type)} object at {Address(o)}>";
    }

    private static string QualnameOf(PyObject f) => f switch
    {
        PyFunction fn => fn.Qualname,
        PyBuiltinFunction b => b.Name,
        _ => GetAttrOrNull(f, "__qualname__") is PyStr s ? s.Value : "?",
    };

    public static string TypeQualifiedName(PyType t)
    {
        if (!t.IsHeapType) return t.Name;
        var mod = t.TypeDict.GetItem("__module__");
        return mod is PyStr m && m.Value != "builtins" ? m.Value + "." + t.Qualname : t.Qualname;
    }

    public static string Str(PyObject o)
    {
        if (o is PyStr s && !s.Type.IsHeapType) return s.Value;
        if (o.Type.IsHeapType)
        {
            var m = o.Type.Lookup("__str__");
            if (m is not null and not PyMethodDescriptor) return StrResult(CallMethod(m, o), "__str__");
            if (o is PyStr hs) return hs.Value;
        }
        if (o is PyBaseException e)
        {
            // Builtin subclasses with their own __str__ (OSError, UnicodeDecodeError...).
            if (e.Type.Lookup("__str__") is PyMethodDescriptor md && !ReferenceEquals(md.Owner, Builtins.BaseException))
                return StrResult(md.CallWithSelf(e, [], null), "__str__");
            return ExceptionMessage(e);
        }
        return Repr(o);
    }

    public static string ExceptionMessage(PyBaseException e)
    {
        var args = e.Args.Items;
        if (e.GroupExceptions is { } group)
            return $"{e.GroupMessage?.Value ?? ""} ({group.Items.Length} sub-exception{(group.Items.Length == 1 ? "" : "s")})";
        if (e.Type.IsSubtypeOf(Builtins.KeyError) && args.Length == 1) return Repr(args[0]);
        if (args.Length is >= 2 and <= 5 && e.Type.IsSubtypeOf(Builtins.OSError))
        {
            // OSError(errno, strerror[, filename[, winerror[, filename2]]])
            var text = $"[Errno {Str(args[0])}] {Str(args[1])}";
            if (args.Length >= 3 && args[2] is not PyNone) text += ": " + Repr(args[2]);
            if (args.Length == 5 && args[4] is not PyNone) text += " -> " + Repr(args[4]);
            return text;
        }
        return args.Length switch
        {
            0 => "",
            1 => Str(args[0]),
            _ => Repr(e.Args),
        };
    }

    private static string ExceptionRepr(PyBaseException e)
    {
        var args = e.Args.Items;
        var name = e.Type.Name;
        if (args.Length == 1) return $"{name}({Repr(args[0])})";
        return name + Repr(e.Args);
    }

    // ---------------------------------------------------------------- hash
    public static long Hash(PyObject o)
    {
        switch (o)
        {
            case PyStr s when !s.Type.IsHeapType: return s.PyHash();
            case PyInt i when !i.Type.IsHeapType: return i.PyHash();
        }
        if (o.Type.IsHeapType)
        {
            var m = o.Type.Lookup("__hash__");
            if (m is PyNone) throw PyErr.TypeError($"unhashable type: '{o.Type.Name}'");
            if (m is not null and not PyMethodDescriptor)
            {
                var r = CallMethod(m, o);
                if (r is not PyInt ri) throw PyErr.TypeError("__hash__ method should return an integer");
                return ri.PyHash();
            }
        }
        switch (o)
        {
            case PyStr s: return s.PyHash();
            case PyInt i: return i.PyHash();
            case PyFloat f: return PyHashing.Float(f.Value);
            case PyGenericAlias ga: return Hash(ga.Origin) ^ Hash(ga.Args);
            case PyMemoryView mv: return ((PyInt)MemoryViewMethods.HashOf(mv)).PyHash();
            case PyComplex c:
            {
                var h = PyHashing.Float(c.Value.Real) + 1000003L * PyHashing.Float(c.Value.Imaginary);
                return h == -1 ? -2 : h;
            }
            case PyTuple t: return TupleHash(t);
            case PyBigRange br:
            {
                var bn = br.Length;
                return TupleHash(PyTuple.Create([PyInt.FromBig(bn), bn.IsZero ? PyNone.Value : PyInt.FromBig(br.Start), bn <= 1 ? PyNone.Value : PyInt.FromBig(br.Step)]));
            }
            case PyRange r:
            {
                // Equal ranges (same element sequence) must hash alike: hash (len, start, step), dropping what doesn't matter.
                var n = r.Length;
                PyObject first = n == 0 ? PyNone.Value : PyInt.FromLong(r.Start);
                PyObject step = n <= 1 ? PyNone.Value : PyInt.FromLong(r.Step);
                return TupleHash(PyTuple.Create([PyInt.FromLong(n), first, step]));
            }
            case PyBytes b when !b.IsMutable:
            {
                var h = new HashCode();
                h.AddBytes(b.Span);
                long r = h.ToHashCode();
                return r == -1 ? -2 : r;
            }
            case PySet s when s.IsFrozen:
            {
                long h = 0;
                foreach (var x in s.Items()) h ^= Hash(x) * 0x5bd1e995 + 0x27d4eb2f;
                return h == -1 ? -2 : h;
            }
            case PyList or PyDict or PySet or PyBytes or DictView:
                throw PyErr.TypeError($"unhashable type: '{o.Type.Name}'");
            case PySlice: throw PyErr.TypeError("unhashable type: 'slice'");
        }
        return Id(o).Value >> 4;
    }

    private static long TupleHash(PyTuple t)
    {
        // xxHash-style mixing as CPython 3.8+ (exact values differ, which is allowed: hashes of str differ per run anyway).
        const ulong p1 = 11400714785074694791UL, p2 = 14029467366897019727UL, p5 = 2870177450012600261UL;
        var acc = p5;
        foreach (var item in t.Items)
        {
            var lane = (ulong)Hash(item);
            acc += lane * p2;
            acc = (acc << 31) | (acc >> 33);
            acc *= p1;
        }
        acc += (ulong)t.Items.Length ^ (p5 ^ 3527539UL);
        var r = (long)acc;
        return r == -1 ? 1546275796 : r;
    }

    // ---------------------------------------------------------------- length / containment
    public static int Len(PyObject o)
    {
        switch (o)
        {
            case PyList l: if (!l.Type.IsHeapType) return l.Count; break;
            case PyStr s: if (!s.Type.IsHeapType) return s.Length; break;
            case PyTuple t: if (!t.Type.IsHeapType) return t.Items.Length; break;
            case PyDict d: if (!d.Type.IsHeapType) return d.Count; break;
        }
        if (o.Type.IsHeapType)
        {
            var m = o.Type.Lookup("__len__");
            if (m is not null and not PyMethodDescriptor) return LenOfResult(CallMethod(m, o));
        }
        return o switch
        {
            PyList l => l.Count,
            PyStr s => s.Length,
            PyTuple t => t.Items.Length,
            PyDict d => d.Count,
            PySet s => s.Count,
            PyBytes b => b.Count,
            PyMemoryView m => MemoryViewMethods.Len(m),
            PyBigRange => throw PyErr.OverflowError("Python int too large to convert to C ssize_t"),
            PyRange r => r.Length <= int.MaxValue ? (int)r.Length : throw PyErr.OverflowError("Python int too large to convert to C ssize_t"),
            DictView v => v.Mapping.Count,
            _ => throw PyErr.TypeError($"object of type '{o.Type.Name}' has no len()"),
        };
    }

    private static int LenOfResult(PyObject r)
    {
        if (r is not PyInt i) throw PyErr.TypeError($"'{r.Type.Name}' object cannot be interpreted as an integer");
        if (i.Sign < 0) throw PyErr.ValueError("__len__() should return >= 0");
        if (!i.TryGetInt32(out var n)) throw PyErr.OverflowError("cannot fit 'int' into an index-sized integer");
        return n;
    }

    public static bool Contains(PyObject container, PyObject item)
    {
        switch (container)
        {
            case PyDict d when !d.Type.IsHeapType: return d.Storage.Contains(item, Hash(item));
            case PySet s when !s.Type.IsHeapType: return SetMethods.Contains(s, item);
            case PyStr s when !s.Type.IsHeapType:
                if (item is not PyStr sub) throw PyErr.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
                return s.Value.Contains(sub.Value, StringComparison.Ordinal);
            case PyList l when !l.Type.IsHeapType:
                for (var i = 0; i < l.Count; i++)
                    if (EqBool(l.Items[i], item)) return true;
                return false;
            case PyTuple t when !t.Type.IsHeapType:
                foreach (var x in t.Items)
                    if (EqBool(x, item)) return true;
                return false;
            case PyBigRange br when item is PyInt bi && !bi.IsBool:
                return br.Contains(bi.Big);
            case PyRange r when item is PyInt ri && !ri.IsBig:
            {
                var v = ri.Value;
                if (r.Step > 0 ? v < r.Start || v >= r.Stop : v > r.Start || v <= r.Stop) return false;
                return (v - r.Start) % r.Step == 0;
            }
        }
        if (container.Type.IsHeapType)
        {
            var m = container.Type.Lookup("__contains__");
            if (m is not null and not PyMethodDescriptor) return IsTrue(CallMethod(m, container, item));
            switch (container)
            {
                case PyDict d: return d.Storage.Contains(item, Hash(item));
                case PySet s: return SetMethods.Contains(s, item);
                case PyList l:
                    for (var i = 0; i < l.Count; i++)
                        if (EqBool(l.Items[i], item)) return true;
                    return false;
            }
        }
        switch (container)
        {
            case PyBytes b:
                if (item is PyInt bi) return b.Span.IndexOf((byte)IndexToInt(bi)) >= 0;
                if (item is PyBytes sub) return b.Span.IndexOf(sub.Span) >= 0;
                throw PyErr.TypeError($"a bytes-like object is required, not '{item.Type.Name}'");
            case DictView v when v.Kind == DictViewKind.Keys: return v.Mapping.Storage.Contains(item, Hash(item));
            case PyDict d: return d.Storage.Contains(item, Hash(item));
            case PySet s: return SetMethods.Contains(s, item);
        }
        var it = GetIterOrNull(container) ?? throw PyErr.TypeError($"argument of type '{container.Type.Name}' is not iterable");
        while (TryNext(it, out var x))
            if (EqBool(x, item)) return true;
        return false;
    }

    // ---------------------------------------------------------------- iteration
    public static PyObject GetIter(PyObject o) =>
        GetIterOrNull(o) ?? throw PyErr.TypeError($"'{o.Type.Name}' object is not iterable");

    public static PyObject? GetIterOrNull(PyObject o)
    {
        if (o.Type.IsHeapType)
        {
            var m = o.Type.Lookup("__iter__");
            if (m is PyNone) return null;
            if (m is not null and not PyMethodDescriptor)
            {
                var it = CallMethod(m, o);
                if (it is not PyIterator && it.Type.Lookup("__next__") is null)
                    throw PyErr.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
                return it;
            }
        }
        switch (o)
        {
            case PyList or PyTuple or PyRange or PyStr or PyBytes: return new PySequenceIterator(o);
            case PyBigRange br: return new PyEnumeratorIterator(Builtins.RangeIterator, br.Iterate());
            case PyDict d: return new DictIterator(d, DictViewKind.Keys);
            case PySet s: return new PyEnumeratorIterator(Builtins.SetIterator, SetItems(s));
            case PyGenerator { IsPlainGenerator: false }: return null;
            case PyMemoryView m: return new PyEnumeratorIterator(Builtins.Iterator, MemoryViewMethods.Iterate(m));
            case PyBinaryFile bf: return new PyEnumeratorIterator(Builtins.Iterator, BinaryFileMethods.Lines(bf));
            case PyIterator: return o;
            case DictView v: return new DictIterator(v.Mapping, v.Kind);
        }
        if (o.Type.Lookup("__getitem__") is PyFunction) return new PySequenceIterator(o);
        return null;
    }

    private static IEnumerator<PyObject> SetItems(PySet s)
    {
        var table = s.Table;
        var count = table.Count;
        var pos = 0;
        while (table.Next(ref pos, out var k, out _))
        {
            if (table.Count != count) throw PyErr.RuntimeError("Set changed size during iteration");
            yield return k;
        }
        if (table.Count != count) throw PyErr.RuntimeError("Set changed size during iteration");
    }

    /// <summary>Non-throwing iteration step: false at the end (StopIteration from a Python __next__ is absorbed).</summary>
    public static bool TryNext(PyObject iterator, out PyObject item)
    {
        // Sealed classes first: an exact type test each, where the PyIterator test walks the class chain.
        if (iterator is PyGenerator g) return g.Resume(null, null, out item);
        if (iterator is PySequenceIterator si) return si.TryNext(out item);
        if (iterator is PyIterator it) return it.TryNext(out item);
        var m = iterator.Type.Lookup("__next__") ?? throw PyErr.TypeError($"'{iterator.Type.Name}' object is not an iterator");
        try
        {
            item = CallMethod(m, iterator);
            return true;
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.StopIteration))
        {
            item = null!;
            return false;
        }
    }

    /// <summary>All items of an iterable (for unpacking, list(), tuple() ...).</summary>
    public static List<PyObject> ToList(PyObject iterable)
    {
        switch (iterable)
        {
            case PyList l when !l.Type.IsHeapType: return [.. l.Items.AsSpan(0, l.Count)];
            case PyTuple t when !t.Type.IsHeapType: return [.. t.Items];
        }
        var result = new List<PyObject>();
        var it = GetIter(iterable);
        // A generator expression pushes all its values at once (none can be declined).
        if (it is PyGenerator g)
        {
            var sink = new CollectingSink(result);
            if (g.Push(ref sink) == PyGenerator.PushOutcome.Exhausted) return result;
        }
        while (TryNext(it, out var x)) result.Add(x);
        return result;
    }

    private readonly struct CollectingSink(List<PyObject> items) : IValueSink
    {
        public bool Accept(PyObject value)
        {
            items.Add(value);
            return true;
        }
    }

    /// <summary>All items of an iterable in a new array that the caller owns (never a tuple's own array).</summary>
    public static PyObject[] ToNewArray(PyObject iterable) => iterable switch
    {
        PyList l when !l.Type.IsHeapType => l.ToArray(),
        PyTuple t when !t.Type.IsHeapType => t.Items.Length == 0 ? [] : (PyObject[])t.Items.Clone(),
        _ => [.. ToList(iterable)],
    };

    public static PyObject[] ToArray(PyObject iterable)
    {
        switch (iterable)
        {
            case PyList l when !l.Type.IsHeapType: return l.ToArray();
            case PyTuple t when !t.Type.IsHeapType: return t.Items;
        }
        return [.. ToList(iterable)];
    }

    // ---------------------------------------------------------------- indexes
    public static PyObject Index(PyObject o)
    {
        if (o is PyInt) return o;
        if (o.Type.IsHeapType && o.Type.Lookup("__index__") is { } m and not PyMethodDescriptor)
        {
            var r = CallMethod(m, o);
            if (r is PyInt) return r;
            throw PyErr.TypeError($"__index__ returned non-int (type {r.Type.Name})");
        }
        throw PyErr.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    public static int IndexToInt(PyObject o)
    {
        var i = (PyInt)Index(o);
        if (i.TryGetInt32(out var v)) return v;
        throw PyErr.IndexError("cannot fit 'int' into an index-sized integer");
    }

    public static long IndexToLong(PyObject o)
    {
        var i = (PyInt)Index(o);
        if (!i.IsBig) return i.Value;
        throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
    }

    public static long IndexToLongClamped(PyObject o)
    {
        if (o is not PyInt && !(o.Type.IsHeapType && o.Type.Lookup("__index__") is not null))
            throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
        var i = (PyInt)Index(o);
        if (!i.IsBig) return i.Value;
        return i.Sign < 0 ? int.MinValue : int.MaxValue;
    }
}
