using FatSharp.Ast;

namespace FatSharp.Interpreter.Execution;

/// <summary>Creates a function object (def or lambda): defaults evaluated now, closure cells captured.</summary>
internal sealed class MakeFunctionNode(PyCode code, string qualname, ExprNode[] defaults, string[] kwDefaultNames,
    ExprNode[] kwDefaultValues, int[] closureSlots, ExprNode[] decorators, (string Name, ExprNode Value)[] annotations) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        // Decorators are evaluated before the defaults, as in CPython.
        var decos = new PyObject[decorators.Length];
        for (var i = 0; i < decorators.Length; i++) decos[i] = decorators[i].Eval(f);
        var fn = new PyFunction(code, f.Globals, f.BuiltinsDict, qualname);
        if (defaults.Length > 0)
        {
            var d = new PyObject[defaults.Length];
            for (var i = 0; i < d.Length; i++) d[i] = defaults[i].Eval(f);
            fn.Defaults = d;
        }
        if (kwDefaultNames.Length > 0)
        {
            fn.KwDefaults = new PyDict();
            for (var i = 0; i < kwDefaultNames.Length; i++) fn.KwDefaults.SetItem(kwDefaultNames[i], kwDefaultValues[i].Eval(f));
        }
        if (annotations.Length > 0)
        {
            fn.Annotations = new PyDict();
            foreach (var (n, v) in annotations) fn.Annotations.SetItem(n, v.Eval(f));
        }
        if (closureSlots.Length > 0)
        {
            var cells = new PyCell[closureSlots.Length];
            for (var i = 0; i < cells.Length; i++) cells[i] = f.Cells![closureSlots[i]];
            fn.Closure = cells;
        }
        PyObject result = fn;
        for (var i = decos.Length - 1; i >= 0; i--) result = Ops.Call1(decos[i], result);
        return result;
    }
}

/// <summary>
/// A class statement: evaluates bases and keywords, picks the metaclass, runs the body with a fresh namespace,
/// calls the metaclass and fills the <c>__class__</c> cell used by zero-argument super().
/// </summary>
internal sealed class ClassDefNode(PyCode code, string name, ExprNode[] bases, bool[] starredBases, string?[] kwNames,
    ExprNode[] kwValues, int[] closureSlots, ExprNode[] decorators) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var decos = new PyObject[decorators.Length];
        for (var i = 0; i < decorators.Length; i++) decos[i] = decorators[i].Eval(f);
        var baseList = new List<PyObject>();
        for (var i = 0; i < bases.Length; i++)
        {
            var b = bases[i].Eval(f);
            if (starredBases[i]) baseList.AddRange(Ops.ToList(b));
            else baseList.Add(b);
        }
        PyObject? meta = null;
        var kwargs = new List<(string, PyObject)>();
        for (var i = 0; i < kwNames.Length; i++)
        {
            var v = kwValues[i].Eval(f);
            if (kwNames[i] == "metaclass") meta = v;
            else if (kwNames[i] is { } kn) kwargs.Add((kn, v));
            else if (v is PyDict d)
            {
                foreach (var kv in d.Storage.Items())
                {
                    var ks = ((PyStr)kv.Key).Value;
                    if (ks == "metaclass") meta = kv.Value;
                    else kwargs.Add((ks, kv.Value));
                }
            }
        }
        var basesArr = baseList.ToArray();
        foreach (var b in basesArr)
            if (b is not PyType) throw PyErr.TypeError($"bases must be types");
        var typeBases = basesArr.Cast<PyType>().ToArray();
        if (meta is null)
        {
            meta = typeBases.Length > 0 ? typeBases[0].Type : Builtins.Type;
        }
        if (meta is PyType mt)
        {
            // The most derived metaclass among the bases wins.
            foreach (var b in typeBases)
            {
                if (b.Type.IsSubtypeOf(mt)) mt = b.Type;
                else if (!mt.IsSubtypeOf(b.Type))
                    throw PyErr.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            }
            meta = mt;
        }
        PyDict ns;
        var prepare = meta is PyType pm && pm.IsHeapType ? Ops.GetAttrOrNull(meta, "__prepare__") : null;
        if (prepare is not null)
            ns = Ops.Call(prepare, [new PyStr(name), new PyTuple(basesArr), .. kwargs.Select(k => k.Item2)], kwargs.Count > 0 ? kwargs.Select(k => k.Item1).ToArray() : null) as PyDict
                 ?? throw PyErr.TypeError("__prepare__() must return a mapping");
        else ns = new PyDict();
        var frame = new Frame(code, f.Globals, f.BuiltinsDict) { LocalsDict = ns };
        if (code.CellVars.Length + code.FreeVars.Length > 0)
        {
            var cells = new PyCell[code.CellVars.Length + code.FreeVars.Length];
            for (var i = 0; i < code.CellVars.Length; i++) cells[i] = new PyCell();
            for (var i = 0; i < closureSlots.Length; i++) cells[code.CellVars.Length + i] = f.Cells![closureSlots[i]];
            frame.Cells = cells;
        }
        // Looked up like the name __name__ from the class body: globals, then builtins.
        ns.SetItem("__module__", f.Globals.GetItem("__name__") ?? f.BuiltinsDict.GetItem("__name__") ?? PyNone.Value);
        ns.SetItem("__qualname__", new PyStr(code.Qualname));
        if (code.Docstring is not null) ns.SetItem("__doc__", code.Docstring);
        try
        {
            code.Body.Exec(frame);
        }
        catch (PythonException e)
        {
            e.Value.AddFrameEntry(new TracebackEntry(code.Filename, frame.Line, code.Name));
            throw;
        }
        PyObject[] callArgs = [new PyStr(name), PyTuple.Create(basesArr), ns, .. kwargs.Select(k => k.Item2)];
        var cls = Ops.Call(meta, callArgs, kwargs.Count > 0 ? kwargs.Select(k => k.Item1).ToArray() : null);
        var classCell = Array.IndexOf(code.CellVars, "__class__");
        if (classCell >= 0) frame.Cells![classCell].Value = cls;
        PyObject result = cls;
        for (var i = decos.Length - 1; i >= 0; i--) result = Ops.Call1(decos[i], result);
        return result;
    }
}

/// <summary>List/set/dict comprehensions and generator expressions: their own code object and frame.</summary>
internal sealed class ComprehensionNode(PyCode code, ExprNode firstIter, int[] closureSlots, char kind, bool firstIsAsync = false) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var iterable = firstIter.Eval(f);
        // An async first loop receives the object itself: its async for calls __aiter__. The first loop of a list,
        // set or dict comprehension, which runs at once, takes an exact range, list or tuple itself (iter() on
        // them has no visible effect) and walks it without an iterator object.
        var it = firstIsAsync || (kind != 'g' && !code.IsGenerator && iterable is PyRange or PyList { Type.IsHeapType: false } or PyTuple { Type.IsHeapType: false })
            ? iterable : Ops.GetIter(iterable);
        var frame = new Frame(code, f.Globals, f.BuiltinsDict);
        ObjectArrays.Store(frame.Locals, 0, it);
        if (code.CellVars.Length + code.FreeVars.Length > 0)
        {
            var cells = new PyCell[code.CellVars.Length + code.FreeVars.Length];
            for (var i = 0; i < code.CellVars.Length; i++) cells[i] = new PyCell();
            for (var i = 0; i < closureSlots.Length; i++) cells[code.CellVars.Length + i] = f.Cells![closureSlots[i]];
            frame.Cells = cells;
        }
        if (kind == 'g') return new PyGenerator(frame);
        var resultSlot = code.NLocals - 1;
        frame.Locals[resultSlot] = kind switch
        {
            'l' => new PyList(),
            's' => new PySet(),
            _ => new PyDict(),
        };
        // An async comprehension: the coroutine that the enclosing await drives.
        if (code.IsGenerator) return new PyGenerator(frame);
        // The comprehension's own frame shows in tracebacks, as in CPython.
        try
        {
            code.Body.Exec(frame);
        }
        catch (PythonException e) when (FunctionCalls.RecordTraceback(e, frame))
        {
            throw;
        }
        return frame.Locals[resultSlot]!;
    }
}

internal sealed class ListAppendNode(int resultSlot, ExprNode value) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        ((PyList)f.Locals[resultSlot]!).Append(value.Eval(f));
        return ExecStatus.Normal;
    }
}

internal sealed class SetAddNode(int resultSlot, ExprNode value) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        ((PySet)f.Locals[resultSlot]!).Add(value.Eval(f));
        return ExecStatus.Normal;
    }
}

internal sealed class DictSetNode(int resultSlot, ExprNode key, ExprNode value) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        var k = key.Eval(f);
        var v = value.Eval(f);
        ((PyDict)f.Locals[resultSlot]!).Storage.Set(k, Ops.Hash(k), v);
        return ExecStatus.Normal;
    }
}

internal sealed class AugAssignAttrNode(ExprNode obj, string name, Operator op, ExprNode value) : StmtNode
{
    private readonly PyStr key = PyStr.Intern(name);
    private AttributeCache cache;
    private InstanceSlotCache slot;

    public override ExecStatus Exec(Frame f)
    {
        var o = obj.Eval(f);
        if (o is PyInstance inst)
        {
            // An instance attribute that no class attribute can intercept (class lookup cached on the type
            // version): read and write the instance's own storage directly.
            var t = inst.Type;
            var version = t.Version;
            if (t.IsHeapType && !t.HasGetAttrHook && !t.HasSetAttrHook && !t.NoInstanceDict && cache.Lookup(t, key) is null
                && inst.GetOwnAttribute(key, ref slot) is { } current)
            {
                // The right side comes unboxed when it can: a float or int attribute gets one new object.
                var kind = value.EvalNumber(f, out var l, out var d, out var boxed);
                var result = InPlaceNumber.TryApply(current, op, kind, l, d) ?? Ops.InPlaceOp(current, Number.Box(kind, l, d, boxed), op);
                // The right-hand side ran code: store through the generic path if the class changed meanwhile.
                if (ReferenceEquals(inst.Type, t) && t.Version == version) inst.SetOwnAttribute(key, result, ref slot);
                else Ops.SetAttr(o, name, result);
                return ExecStatus.Normal;
            }
        }
        var cur = Ops.GetAttr(o, name);
        Ops.SetAttr(o, name, Ops.InPlaceOp(cur, value.Eval(f), op));
        return ExecStatus.Normal;
    }
}

internal sealed class AugAssignSubscriptNode(ExprNode obj, ExprNode index, Operator op, ExprNode value) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        var o = obj.Eval(f);
        // The index as a machine int when it is one (a constant index is classified once, at compile time).
        var ik = index.EvalNumber(f, out var index0, out var indexD, out var indexBoxed);
        if (ik == NumberKind.Long && o is PyList l && !l.Type.IsHeapType)
        {
            // v[0] -= d: the element is read directly; the store re-checks the index (the right side may resize).
            var i = index0;
            if (i < 0) i += l.Count;
            if ((ulong)i < (ulong)l.Count)
            {
                var element = l.Items[i];
                // The right side stays unboxed: a float or int element gets one new object, not two.
                var kind = value.EvalNumber(f, out var lv, out var dv, out var boxed);
                var result = InPlaceNumber.TryApply(element, op, kind, lv, dv) ?? Ops.InPlaceOp(element, Number.Box(kind, lv, dv, boxed), op);
                // The store indexes again: the right side may have resized the list.
                i = index0;
                if (i < 0) i += l.Count;
                if ((ulong)i < (ulong)l.Count) ObjectArrays.Store(l.Items, (int)i, result);
                else Ops.SetItem(l, Number.Box(ik, index0, indexD, indexBoxed), result);
                return ExecStatus.Normal;
            }
        }
        var k = Number.Box(ik, index0, indexD, indexBoxed);
        var cur = Ops.GetItem(o, k);
        Ops.SetItem(o, k, Ops.InPlaceOp(cur, value.Eval(f), op));
        return ExecStatus.Normal;
    }
}

internal sealed class ImportNode(string name, string? asname) : StmtNode
{
    private readonly TargetNode? target;

    public ImportNode(string name, string? asname, TargetNode target) : this(name, asname) => this.target = target;

    public override ExecStatus Exec(Frame f)
    {
        var rt = PythonRuntime.Current;
        var module = rt.Import(name, f.Globals, 0);
        if (asname is not null)
        {
            // "import a.b as c" binds the submodule.
            PyObject m = module;
            foreach (var part in name.Split('.').Skip(1)) m = Ops.GetAttr(m, part);
            target!.Store(f, m);
        }
        else target!.Store(f, module);
        return ExecStatus.Normal;
    }
}

internal sealed class ImportFromNode(string? module, int level, string[] names, TargetNode?[] targets) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        var rt = PythonRuntime.Current;
        var m = rt.ImportFrom(module ?? "", f.Globals, level, names);
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i] == "*")
            {
                rt.ImportStar(m, f.LocalsDict ?? f.Globals);
                continue;
            }
            var v = Ops.GetAttrOrNull(m, names[i]);
            if (v is null)
            {
                var sub = rt.TryImportSubmodule(m, names[i]);
                var where = (m as PyModule)?.Dict.GetItem("__file__") is PyStr fs ? fs.Value : "unknown location";
                v = sub ?? throw PyErr.ImportErrorFor(Builtins.ImportError, $"cannot import name '{names[i]}' from '{(m as PyModule)?.Name}' ({where})", (m as PyModule)?.Name ?? "");
            }
            targets[i]!.Store(f, v);
        }
        return ExecStatus.Normal;
    }
}

internal sealed class AnnotationStoreNode(string name, ExprNode annotation) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        var ns = f.LocalsDict ?? f.Globals;
        var ann = ns.GetItem("__annotations__") as PyDict;
        if (ann is null)
        {
            ann = new PyDict();
            ns.SetItem("__annotations__", ann);
        }
        ann.SetItem(name, annotation.Eval(f));
        return ExecStatus.Normal;
    }
}
