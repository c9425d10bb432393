using FatSharp.Ast;

namespace FatSharp.Interpreter.Execution;

internal sealed class BlockNode(StmtNode[] body) : StmtNode
{
    public readonly StmtNode[] Body = body;

    public override ExecStatus Exec(Frame f)
    {
        var b = Body;
        for (var i = 0; i < b.Length; i++)
        {
            var s = b[i];
            f.Line = s.Line;
            var st = s.Exec(f);
            if (st != ExecStatus.Normal) return st;
        }
        return ExecStatus.Normal;
    }
}

internal sealed class ExprStmtNode(ExprNode value) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        value.Eval(f);
        return ExecStatus.Normal;
    }
}

internal sealed class PassNode : StmtNode
{
    public override ExecStatus Exec(Frame f) => ExecStatus.Normal;
}

internal sealed class BreakNode : StmtNode
{
    public override ExecStatus Exec(Frame f) => ExecStatus.Break;
}

internal sealed class ContinueNode : StmtNode
{
    public override ExecStatus Exec(Frame f) => ExecStatus.Continue;
}

internal sealed class ReturnNode(ExprNode? value) : StmtNode
{
    public readonly ExprNode? Value = value;

    public override ExecStatus Exec(Frame f)
    {
        f.ReturnValue = Value is null ? PyNone.Value : Value.Eval(f);
        return ExecStatus.Return;
    }
}

internal sealed class AssignLocalNode(int slot, ExprNode value) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        ObjectArrays.Store(f.Locals, slot, value.Eval(f));
        return ExecStatus.Normal;
    }
}

internal sealed class AssignNode(TargetNode[] targets, ExprNode value) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        var v = value.Eval(f);
        for (var i = 0; i < targets.Length; i++) targets[i].Store(f, v);
        return ExecStatus.Normal;
    }
}

/// <summary>
/// <c>x += v</c> on a local slot: the common loop-counter and accumulator case. With <paramref name="keepsUnboxed"/>
/// (the name's loads are <see cref="LoadNumberLocal"/>s), a machine-int or float result stays unboxed in the frame.
/// </summary>
internal sealed class AugAssignLocalNode(int slot, string name, Operator op, ExprNode value, bool keepsUnboxed = false) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        var locals = f.Locals;
        var a = locals[slot];
        // The variable as a number: an unboxed one, an exact int or float, or neither (Object).
        NumberKind ka;
        long x;
        double y;
        if (ReferenceEquals(a, UnboxedNumber.Int))
        {
            ka = NumberKind.Long;
            x = f.Unboxed![slot];
            y = 0;
        }
        else if (ReferenceEquals(a, UnboxedNumber.Float))
        {
            ka = NumberKind.Double;
            x = 0;
            y = BitConverter.Int64BitsToDouble(f.Unboxed![slot]);
        }
        else if (a is null)
            throw PyErr.UnboundLocalError($"cannot access local variable '{name}' where it is not associated with a value");
        else ka = Number.Classify(a, out x, out y);
        // The right side is computed unboxed when it can be: at most the new value of the variable is allocated.
        var kind = value.EvalNumber(f, out var l, out var d, out var boxed);
        if (ka == kind)
        {
            if (kind == NumberKind.Long)
            {
                if (MachineInts.TryOp(op, x, l, out var r))
                {
                    if (keepsUnboxed) UnboxedNumber.Store(f, slot, NumberKind.Long, r, 0, null);
                    else ObjectArrays.Store(locals, slot, PyInt.FromLong(r));
                    return ExecStatus.Normal;
                }
            }
            else if (kind == NumberKind.Double && op is Operator.Add or Operator.Sub or Operator.Mult)
            {
                var r = op switch { Operator.Add => y + d, Operator.Sub => y - d, _ => y * d };
                if (keepsUnboxed) UnboxedNumber.Store(f, slot, NumberKind.Double, 0, r, null);
                else ObjectArrays.Store(locals, slot, new PyFloat(r));
                return ExecStatus.Normal;
            }
        }
        a = f.ReadLocal(slot)!;
        ObjectArrays.Store(locals, slot, Ops.InPlaceOp(a, Number.Box(kind, l, d, boxed), op));
        return ExecStatus.Normal;
    }
}

/// <summary>Augmented assignment to any target: the target's object and index are evaluated once.</summary>
internal sealed class AugAssignNode(ExprNode load, Func<Frame, (Func<PyObject> get, Action<PyObject> set)>? complex, TargetNode? simple, Operator op, ExprNode value) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        if (complex is not null)
        {
            var (get, set) = complex(f);
            var cur = get();
            set(Ops.InPlaceOp(cur, value.Eval(f), op));
            return ExecStatus.Normal;
        }
        var a = load.Eval(f);
        simple!.Store(f, Ops.InPlaceOp(a, value.Eval(f), op));
        return ExecStatus.Normal;
    }
}

internal sealed class IfNode(ExprNode test, StmtNode body, StmtNode? orelse) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        if (test.EvalBool(f)) return body.Exec(f);
        return orelse is null ? ExecStatus.Normal : orelse.Exec(f);
    }
}

internal sealed class WhileNode(ExprNode test, StmtNode body, StmtNode? orelse) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        while (true)
        {
            f.Line = Line;
            Interrupts.Check();
            if (!test.EvalBool(f)) break;
            var st = body.Exec(f);
            if (st == ExecStatus.Break) return ExecStatus.Normal;
            if (st == ExecStatus.Return) return st;
        }
        return orelse is null ? ExecStatus.Normal : orelse.Exec(f);
    }
}

/// <param name="iterIsIterator">Whether <paramref name="iter"/> gives an iterator already (a comprehension's first loop).</param>
internal sealed class ForNode(TargetNode target, ExprNode iter, StmtNode body, StmtNode? orelse, bool closesFreshGenerator = false,
    bool iterIsIterator = false) : StmtNode
{
    public override ExecStatus Exec(Frame f) => Run(f, iter.Eval(f));

    /// <summary>The loop over <paramref name="seq"/>, the value of the loop's iterable expression.</summary>
    internal ExecStatus Run(Frame f, PyObject seq)
    {
        // Range loops over a local need no iterator object.
        if (seq is PyRange r && target is StoreLocal sl)
        {
            var locals = f.Locals;
            for (long i = r.Start; r.Step > 0 ? i < r.Stop : i > r.Stop; i += r.Step)
            {
                Interrupts.Check();
                ObjectArrays.Store(locals, sl.Slot, PyInt.FromLong(i));
                var st = body.Exec(f);
                if (st == ExecStatus.Break) return ExecStatus.Normal;
                if (st == ExecStatus.Return) return st;
            }
            return orelse is null ? ExecStatus.Normal : orelse.Exec(f);
        }
        // Exact lists and tuples are walked by index, as their iterators would (a list may change size meanwhile).
        if (seq is PyList list && !list.Type.IsHeapType)
        {
            for (var i = 0; i < list.Count; i++)
            {
                f.Line = Line;
                Interrupts.Check();
                target.Store(f, list.Items[i]);
                var st = body.Exec(f);
                if (st == ExecStatus.Break) return ExecStatus.Normal;
                if (st == ExecStatus.Return) return st;
            }
            return orelse is null ? ExecStatus.Normal : orelse.Exec(f);
        }
        if (seq is PyTuple tuple && !tuple.Type.IsHeapType)
        {
            var items = tuple.Items;
            for (var i = 0; i < items.Length; i++)
            {
                f.Line = Line;
                Interrupts.Check();
                target.Store(f, items[i]);
                var st = body.Exec(f);
                if (st == ExecStatus.Break) return ExecStatus.Normal;
                if (st == ExecStatus.Return) return st;
            }
            return orelse is null ? ExecStatus.Normal : orelse.Exec(f);
        }
        // A comprehension's first loop gets an iterator, or an exact range when its target is not a plain local.
        var it = iterIsIterator && seq is not PyRange ? seq : Ops.GetIter(seq);
        if (it is PyPairIterator pairs && target is StoreUnpack { IsPair: true } unpack) return RunPairs(f, pairs, unpack);
        // A generator made by the loop header is only referenced by the loop: leaving the loop early finalizes it
        // (CPython's reference counting closes it at that point).
        var fresh = closesFreshGenerator && it is PyGenerator { IsStarted: false } ? (PyGenerator)it : null;
        while (true)
        {
            f.Line = Line;
            Interrupts.Check();
            if (!Ops.TryNext(it, out var item)) break;
            target.Store(f, item);
            var st = body.Exec(f);
            if (st == ExecStatus.Break)
            {
                fresh?.Close();
                return ExecStatus.Normal;
            }
            if (st == ExecStatus.Return)
            {
                fresh?.Close();
                return st;
            }
        }
        return orelse is null ? ExecStatus.Normal : orelse.Exec(f);
    }

    /// <summary><c>for a, b in zip(x, y)</c> or <c>enumerate(x)</c>: both names are stored without building the pair.</summary>
    private ExecStatus RunPairs(Frame f, PyPairIterator pairs, StoreUnpack unpack)
    {
        while (true)
        {
            f.Line = Line;
            Interrupts.Check();
            if (!pairs.TryNextPair(out var first, out var second)) break;
            unpack.StorePair(f, first, second);
            var st = body.Exec(f);
            if (st == ExecStatus.Break) return ExecStatus.Normal;
            if (st == ExecStatus.Return) return st;
        }
        return orelse is null ? ExecStatus.Normal : orelse.Exec(f);
    }
}

internal sealed class DeleteNode(TargetNode[] targets) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        foreach (var t in targets) t.Delete(f);
        return ExecStatus.Normal;
    }
}

internal sealed class AssertNode(ExprNode test, ExprNode? msg) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        if (test.EvalBool(f)) return ExecStatus.Normal;
        var exc = msg is null
            ? new PyBaseException(Builtins.AssertionError, PyTuple.Empty)
            : new PyBaseException(Builtins.AssertionError, new PyTuple([msg.Eval(f)]));
        throw ExceptionState.Raise(exc, null, false);
    }
}

internal sealed class RaiseNode(ExprNode? exc, ExprNode? cause) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        if (exc is null)
        {
            var current = ExceptionState.Current ?? throw PyErr.RuntimeError("No active exception to reraise");
            current.NoteBareReraise(f);
            throw new PythonException(current) { IsBareReraise = true };
        }
        var e = ExceptionState.ToException(exc.Eval(f));
        if (cause is not null)
        {
            var c = cause.Eval(f);
            if (c is PyNone) e.Cause = null;
            else if (c is PyBaseException ce) e.Cause = ce;
            else if (c is PyType ct && ct.IsSubtypeOf(Builtins.BaseException)) e.Cause = ExceptionState.ToException(c);
            else throw PyErr.TypeError("exception causes must derive from BaseException");
            e.SuppressContext = true;
            return ExceptionState.Throw(e, true);
        }
        return ExceptionState.Throw(e, false);
    }
}

internal sealed class ExceptHandlerNode(ExprNode? type, TargetNode? name, StmtNode body)
{
    public readonly ExprNode? Type = type;
    public readonly TargetNode? Name = name;
    public readonly StmtNode Body = body;
}

/// <summary>try/except/else/finally; return/break inside finally override a pending exception, like CPython.</summary>
internal sealed class TryNode(StmtNode body, ExceptHandlerNode[] handlers, StmtNode? orelse, StmtNode? finalbody)
    : TryStatementNode(finalbody)
{
    protected override ExecStatus TryExcept(Frame f)
    {
        if (handlers.Length == 0)
        {
            var s = body.Exec(f);
            if (s != ExecStatus.Normal || orelse is null) return s;
            return orelse.Exec(f);
        }
        ExecStatus st;
        try
        {
            st = body.Exec(f);
        }
        catch (PythonException e)
        {
            foreach (var h in handlers)
            {
                if (h.Type is not null && !Matches(e.Value, h.Type.Eval(f))) continue;
                return RunHandler(f, h, e);
            }
            throw;
        }
        if (st != ExecStatus.Normal || orelse is null) return st;
        return orelse.Exec(f);
    }

    private static ExecStatus RunHandler(Frame f, ExceptHandlerNode h, PythonException e)
    {
        e.Value.NoteCaught(f);
        h.Name?.Store(f, e.Value);
        ExceptionState.Push(e.Value);
        try
        {
            return h.Body.Exec(f);
        }
        catch (PythonException e2)
        {
            if (!ReferenceEquals(e2.Value, e.Value) && e2.Value.Context is null) e2.Value.Context = e.Value;
            throw;
        }
        finally
        {
            ExceptionState.Pop();
            if (h.Name is not null)
            {
                try { h.Name.Delete(f); }
                catch (PythonException) { }
            }
        }
    }

    internal static bool Matches(PyBaseException e, PyObject type)
    {
        if (type is PyType t)
        {
            if (!t.IsSubtypeOf(Builtins.BaseException))
                throw PyErr.TypeError("catching classes that do not inherit from BaseException is not allowed");
            return e.Type.IsSubtypeOf(t);
        }
        if (type is PyTuple tuple)
        {
            foreach (var x in tuple.Items)
                if (Matches(e, x)) return true;
            return false;
        }
        throw PyErr.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }
}

internal sealed class WithNode(ExprNode context, TargetNode? target, StmtNode body) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        var mgr = context.Eval(f);
        var t = mgr.Type;
        var enter = t.Lookup("__enter__");
        var exit = t.Lookup("__exit__");
        if (enter is null || exit is null)
            throw PyErr.TypeError($"'{t.Name}' object does not support the context manager protocol");
        var value = Ops.CallMethod(enter, mgr);
        target?.Store(f, value);
        ExecStatus st;
        try
        {
            st = body.Exec(f);
        }
        catch (PythonException e)
        {
            e.Value.NoteCaught(f);
            ExceptionState.Push(e.Value);
            bool suppress;
            try
            {
                suppress = Ops.IsTrue(Ops.CallMethod(exit, mgr, e.Value.Type, e.Value, e.Value.TracebackValue()));
            }
            finally
            {
                ExceptionState.Pop();
            }
            if (!suppress) throw;
            return ExecStatus.Normal;
        }
        Ops.CallMethod(exit, mgr, PyNone.Value, PyNone.Value, PyNone.Value);
        return st;
    }
}

/// <summary>Runs a sub-tree and stores the resulting object (def, class, import).</summary>
internal sealed class StoreResultNode(ExprNode value, TargetNode target) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        target.Store(f, value.Eval(f));
        return ExecStatus.Normal;
    }
}

/// <summary>An expression statement compiled in "single" mode: a value other than None is shown (sys.displayhook).</summary>
internal sealed class DisplayValueNode(ExprNode value) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        var v = value.Eval(f);
        if (v is PyNone) return ExecStatus.Normal;
        var rt = PythonRuntime.Current;
        if (rt.Sys.ModuleDict.GetItem("displayhook") is { } hook && hook is not PyNone)
        {
            Ops.Call(hook, [v]);
            return ExecStatus.Normal;
        }
        rt.BuiltinsDict.SetItem("_", PyNone.Value);
        var stdout = rt.Sys.ModuleDict.GetItem("stdout") ?? throw PyErr.RuntimeError("lost sys.stdout");
        Ops.CallMethodByName(stdout, "write", new PyStr(Ops.Repr(v) + "\n"));
        rt.BuiltinsDict.SetItem("_", v);
        return ExecStatus.Normal;
    }
}
