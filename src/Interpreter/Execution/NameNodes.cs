namespace FatSharp.Interpreter.Execution;

internal sealed class ConstNode : ExprNode
{
    public readonly PyObject Value;
    // Classified once: arithmetic with a constant operand reads the machine value directly.
    private readonly NumberKind kind;
    private readonly long longValue;
    private readonly double doubleValue;

    public ConstNode(PyObject value)
    {
        Value = value;
        kind = Number.Classify(value, out longValue, out doubleValue);
    }

    public override PyObject Eval(Frame f) => Value;

    public override NumberKind EvalNumber(Frame f, out long l, out double d, out PyObject? boxed)
    {
        l = longValue;
        d = doubleValue;
        boxed = Value;
        return kind;
    }
}

internal sealed class LoadLocal(int slot, string name) : ExprNode
{
    public readonly int Slot = slot;
    public readonly string Name = name;

    public override PyObject Eval(Frame f) => f.Locals[Slot] ?? throw Unbound();

    public override NumberKind EvalNumber(Frame f, out long l, out double d, out PyObject? boxed)
    {
        var v = f.Locals[Slot] ?? throw Unbound();
        boxed = v;
        return Number.Classify(v, out l, out d);
    }

    public PythonException Unbound() =>
        PyErr.UnboundLocalError($"cannot access local variable '{Name}' where it is not associated with a value");
}

internal sealed class LoadCell(int slot, string name, bool free) : ExprNode
{
    public override PyObject Eval(Frame f) => f.Cells![slot].Value ?? throw Unbound(name, free);

    public static PythonException Unbound(string name, bool free) => free
        ? PyErr.NameError($"cannot access free variable '{name}' where it is not associated with a value in enclosing scope")
        : PyErr.UnboundLocalError($"cannot access local variable '{name}' where it is not associated with a value");
}

/// <summary>
/// Global-or-builtin read with a cache that stays valid while the versions of both dicts are unchanged
/// (PEP 509: any change to a dict gives it a new, globally unique version).
/// </summary>
internal sealed class LoadGlobal(string name) : ExprNode
{
    private readonly string name = name;
    private readonly PyStr key = PyStr.Intern(name);
    private PyDict? cachedGlobals;
    private ulong globalsVersion, builtinsVersion;
    private PyObject? cached;

    public override PyObject Eval(Frame f)
    {
        var g = f.Globals;
        if (ReferenceEquals(g, cachedGlobals) && g.Storage.Version == globalsVersion && f.BuiltinsDict.Storage.Version == builtinsVersion)
            return cached!;
        return Slow(f);
    }

    private PyObject Slow(Frame f)
    {
        var v = f.Globals.Storage.Get(key) ?? f.BuiltinsDict.Storage.Get(key) ?? throw NotDefined(name);
        cachedGlobals = f.Globals;
        globalsVersion = f.Globals.Storage.Version;
        builtinsVersion = f.BuiltinsDict.Storage.Version;
        cached = v;
        return v;
    }

    public static PythonException NotDefined(string name) => PyErr.NameError($"name '{name}' is not defined");
}

/// <summary>Module/class body names: locals dict, then globals, then builtins.</summary>
internal sealed class LoadName(string name) : ExprNode
{
    private readonly PyStr key = PyStr.Intern(name);
    public override PyObject Eval(Frame f)
    {
        if (f.LocalsDict is { } l)
        {
            var v = ReferenceEquals(l.Type, Builtins.Dict) ? l.Storage.Get(key) : DictGetOrNull(l, name);
            if (v is not null) return v;
        }
        return f.Globals.Storage.Get(key) ?? f.BuiltinsDict.Storage.Get(key) ?? throw LoadGlobal.NotDefined(name);
    }

    internal static PyObject? DictGetOrNull(PyDict d, string name)
    {
        try { return Ops.GetItem(d, PyStr.Intern(name)); }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.KeyError)) { return null; }
    }
}

/// <summary>A class body reading a free variable: the class namespace first, then the enclosing cell.</summary>
internal sealed class LoadClassDeref(string name, int slot) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        if (f.LocalsDict?.Storage.GetStr(name) is { } v) return v;
        return f.Cells![slot].Value ?? throw LoadCell.Unbound(name, true);
    }
}

internal sealed class StoreLocal(int slot, string name) : TargetNode
{
    public readonly int Slot = slot;

    public override void Store(Frame f, PyObject value) => ObjectArrays.Store(f.Locals, Slot, value);

    public override void Delete(Frame f)
    {
        if (f.Locals[Slot] is null)
            throw PyErr.UnboundLocalError($"cannot access local variable '{name}' where it is not associated with a value");
        ObjectArrays.Store(f.Locals, Slot, null);
    }
}

internal sealed class StoreCell(int slot, string name, bool free) : TargetNode
{
    public override void Store(Frame f, PyObject value) => f.Cells![slot].Value = value;

    public override void Delete(Frame f)
    {
        if (f.Cells![slot].Value is null) throw LoadCell.Unbound(name, free);
        f.Cells[slot].Value = null;
    }
}

internal sealed class StoreGlobal(string name) : TargetNode
{
    private readonly PyStr key = PyStr.Intern(name);

    public override void Store(Frame f, PyObject value) => f.Globals.Storage.Set(key, key.PyHash(), value);

    public override void Delete(Frame f)
    {
        if (!f.Globals.Storage.RemoveStr(name)) throw LoadGlobal.NotDefined(name);
    }
}

internal sealed class StoreName(string name) : TargetNode
{
    private readonly PyStr key = PyStr.Intern(name);

    public override void Store(Frame f, PyObject value)
    {
        var d = f.LocalsDict ?? f.Globals;
        if (ReferenceEquals(d.Type, Builtins.Dict)) d.Storage.Set(key, key.PyHash(), value);
        else Ops.SetItem(d, PyStr.Intern(name), value);
    }

    public override void Delete(Frame f)
    {
        var d = f.LocalsDict ?? f.Globals;
        if (!d.Storage.RemoveStr(name)) throw LoadGlobal.NotDefined(name);
    }
}

internal sealed class StoreAttr(ExprNode obj, string name) : TargetNode
{
    private readonly PyStr key = PyStr.Intern(name);
    private AttributeCache cache;
    private InstanceSlotCache slot;

    public override void Store(Frame f, PyObject value)
    {
        var o = obj.Eval(f);
        if (o is PyInstance inst)
        {
            // Fast path: a plain instance attribute when the class has no attribute of that name (no descriptor
            // can intercept); the class lookup is cached on the type and its version.
            var t = inst.Type;
            if (t.IsHeapType && !t.HasSetAttrHook)
            {
                var descr = cache.Lookup(t, key);
                if (descr is null && !t.NoInstanceDict)
                {
                    inst.SetOwnAttribute(key, value, ref slot);
                    return;
                }
                // A __slots__ member of an instance whose slot array exists (the generic path creates it).
                if (descr is PyGetSetDescriptor { SlotIndex: >= 0 and var si } && inst.SlotValues is { } sv && (uint)si < (uint)sv.Length)
                {
                    sv[si] = value;
                    return;
                }
            }
        }
        Ops.SetAttr(o, name, value);
    }

    public override void Delete(Frame f) => Ops.SetAttr(obj.Eval(f), name, null);
}

internal sealed class StoreSubscript(ExprNode obj, ExprNode index) : TargetNode
{
    public override void Store(Frame f, PyObject value)
    {
        var o = obj.Eval(f);
        var k = index.Eval(f);
        Ops.SetItem(o, k, value);
    }

    public override void Delete(Frame f)
    {
        var o = obj.Eval(f);
        Ops.DelItem(o, index.Eval(f));
    }
}

/// <summary><c>seq[lower:upper:step] = value</c>: a list is changed in place without building a slice object.</summary>
internal sealed class StoreSliceSubscript(ExprNode obj, ExprNode? lower, ExprNode? upper, ExprNode? step) : TargetNode
{
    public override void Store(Frame f, PyObject value)
    {
        var o = obj.Eval(f);
        var lo = lower?.Eval(f);
        var up = upper?.Eval(f);
        var st = step?.Eval(f);
        if (o is PyList l && !l.Type.IsHeapType) ListMethods.SetSlice(l, lo, up, st, null, value);
        else Ops.SetItem(o, new PySlice(lo ?? PyNone.Value, up ?? PyNone.Value, st ?? PyNone.Value), value);
    }

    public override void Delete(Frame f)
    {
        var o = obj.Eval(f);
        var lo = lower?.Eval(f);
        var up = upper?.Eval(f);
        var st = step?.Eval(f);
        Ops.DelItem(o, new PySlice(lo ?? PyNone.Value, up ?? PyNone.Value, st ?? PyNone.Value));
    }
}

/// <summary>Unpacking assignment <c>a, *b, c = value</c>.</summary>
internal sealed class StoreUnpack(TargetNode[] targets, int starIndex) : TargetNode
{
    /// <summary>Whether the target is exactly two names or items (<c>a, b</c>), which a pair iterator fills without a tuple.</summary>
    public bool IsPair => starIndex < 0 && targets.Length == 2;

    /// <summary>The stores of <c>a, b = (first, second)</c>, in order.</summary>
    public void StorePair(Frame f, PyObject first, PyObject second)
    {
        targets[0].Store(f, first);
        targets[1].Store(f, second);
    }

    public override void Store(Frame f, PyObject value)
    {
        PyObject[] items;
        if (value is PyTuple t && !t.Type.IsHeapType) items = t.Items;
        else if (value is PyList l && !l.Type.IsHeapType) items = l.ToArray();
        else
        {
            var it = Ops.GetIterOrNull(value) ?? throw PyErr.TypeError($"cannot unpack non-iterable {value.Type.Name} object");
            if (starIndex < 0)
            {
                // Stop early to report "too many values" like CPython without draining infinite iterators.
                items = new PyObject[targets.Length];
                for (var i = 0; i < targets.Length; i++)
                {
                    if (!Ops.TryNext(it, out items[i]))
                        throw PyErr.ValueError($"not enough values to unpack (expected {targets.Length}, got {i})");
                }
                if (Ops.TryNext(it, out _)) throw PyErr.ValueError($"too many values to unpack (expected {targets.Length})");
                for (var i = 0; i < targets.Length; i++) targets[i].Store(f, items[i]);
                return;
            }
            var list = new List<PyObject>();
            while (Ops.TryNext(it, out var x)) list.Add(x);
            items = [.. list];
        }
        if (starIndex < 0)
        {
            if (items.Length != targets.Length)
            {
                if (items.Length > targets.Length) throw PyErr.ValueError($"too many values to unpack (expected {targets.Length})");
                throw PyErr.ValueError($"not enough values to unpack (expected {targets.Length}, got {items.Length})");
            }
            for (var i = 0; i < targets.Length; i++) targets[i].Store(f, items[i]);
            return;
        }
        var after = targets.Length - starIndex - 1;
        if (items.Length < targets.Length - 1)
            throw PyErr.ValueError($"not enough values to unpack (expected at least {targets.Length - 1}, got {items.Length})");
        for (var i = 0; i < starIndex; i++) targets[i].Store(f, items[i]);
        var starLen = items.Length - starIndex - after;
        var star = new PyObject[starLen];
        Array.Copy(items, starIndex, star, 0, starLen);
        targets[starIndex].Store(f, new PyList(star));
        for (var i = 0; i < after; i++) targets[starIndex + 1 + i].Store(f, items[starIndex + starLen + i]);
    }

    public override void Delete(Frame f)
    {
        foreach (var t in targets) t.Delete(f);
    }
}
