using System.Runtime.CompilerServices;

namespace FatSharp.Interpreter.Execution;

/// <summary>
/// A statement that contains a yield, compiled for generator bodies: <see cref="Run"/> is a C# iterator whose
/// every element is one suspension (the yielded value is in <c>Frame.YieldValue</c>); when it ends,
/// <c>Frame.GenStatus</c> says how the statement completed. Statements without yields inside a generator keep
/// their ordinary fast nodes.
/// </summary>
internal abstract class GenStmt : StmtNode
{
    public abstract IEnumerable<bool> Run(Frame f);

    public override ExecStatus Exec(Frame f) => throw new InvalidOperationException("generator statement run outside its generator");

    protected static IEnumerable<bool> RunBody(StmtNode s, Frame f) => s is GenStmt g ? g.Run(f) : Once(s, f);

    /// <summary>
    /// Runs a body step by step and stops at a Python exception, handing it over in <paramref name="caught"/>:
    /// C# allows no yield inside a try with a catch, so the catching is done around each step here.
    /// </summary>
    protected static IEnumerable<bool> RunCatching(StmtNode s, Frame f, StrongBox<PythonException?> caught) =>
        Catching(RunBody(s, f), caught);

    /// <summary>Steps through <paramref name="steps"/>, stopping at a Python exception (handed over in <paramref name="caught"/>).</summary>
    protected static IEnumerable<bool> Catching(IEnumerable<bool> steps, StrongBox<PythonException?> caught)
    {
        using var e = steps.GetEnumerator();
        while (true)
        {
            bool more;
            try { more = e.MoveNext(); }
            catch (PythonException ex)
            {
                caught.Value = ex;
                yield break;
            }
            if (!more) yield break;
            yield return true;
        }
    }

    private static IEnumerable<bool> Once(StmtNode s, Frame f)
    {
        f.GenStatus = s.Exec(f);
        yield break;
    }

    /// <summary>How a loop or block runs one of its statements: decided once, so that running them needs no type tests.</summary>
    internal enum StepKind : byte
    {
        /// <summary>An ordinary statement: <c>Exec</c>.</summary>
        Plain,
        /// <summary><c>yield v</c>, run inline.</summary>
        Yield,
        /// <summary><c>if test: yield v</c>, run inline.</summary>
        IfYield,
        /// <summary>Another statement that can suspend: its own steps.</summary>
        Nested,
    }

    internal static StepKind[] StepKinds(StmtNode[] stmts) =>
        stmts.Select(s => s switch
        {
            GenYield => StepKind.Yield,
            GenIf { SimpleYield: not null } => StepKind.IfYield,
            GenStmt => StepKind.Nested,
            _ => StepKind.Plain,
        }).ToArray();

    /// <summary>
    /// Starts an inline yield step (<see cref="StepKind.Yield"/> or <see cref="StepKind.IfYield"/>): sets the value to
    /// hand out and returns the yield to resume afterwards, or null when the test of <c>if test: yield v</c> is false.
    /// The loops that run these steps do the suspension themselves (a C# iterator yields only in its own body).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static GenYield? StartInlineYield(Frame f, StmtNode s, StepKind kind)
    {
        GenYield y;
        if (kind == StepKind.Yield) y = Unsafe.As<GenYield>(s);
        else
        {
            var gi = Unsafe.As<GenIf>(s);
            if (!gi.Test.EvalBool(f)) return null;
            y = gi.SimpleYield!;
            f.Line = y.Line;
        }
        f.YieldValue = y.Value(f);
        return y;
    }

    /// <summary>Resumption after a yield: deliver a pending throw() or return the sent value.</summary>
    protected static PyObject Resumed(Frame f)
    {
        if (f.PendingThrow is { } t)
        {
            f.PendingThrow = null;
            throw t;
        }
        var v = f.SentValue ?? PyNone.Value;
        f.SentValue = null;
        return v;
    }
}

internal sealed class GenBlock(StmtNode[] body) : GenStmt
{
    public readonly StmtNode[] Body = body;

    /// <summary>Whether only the last statement can suspend (typically set-up statements, then one loop).</summary>
    private readonly bool suspendsOnlyAtEnd = body.Length > 0 && body[^1] is GenStmt && !body[..^1].Any(s => s is GenStmt);

    /// <summary>
    /// The steps of a generator whose body is this block. When only the last statement can suspend, the ones
    /// before it run now and the last one's steps are returned: every resumption then enters that statement
    /// directly instead of passing through this block (whose only remaining work would be to hand its status on).
    /// </summary>
    public IEnumerator<bool> Start(Frame f)
    {
        if (!suspendsOnlyAtEnd) return Run(f).GetEnumerator();
        var body = Body;
        for (var i = 0; i < body.Length - 1; i++)
        {
            var s = body[i];
            f.Line = s.Line;
            var st = s.Exec(f);
            if (st != ExecStatus.Normal)
            {
                f.GenStatus = st;
                return Enumerable.Empty<bool>().GetEnumerator();
            }
        }
        var last = body[^1];
        f.Line = last.Line;
        return ((GenStmt)last).Run(f).GetEnumerator();
    }

    private readonly StepKind[] kinds = StepKinds(body);

    public override IEnumerable<bool> Run(Frame f)
    {
        var body = Body;
        var kinds = this.kinds;
        for (var i = 0; i < body.Length; i++)
        {
            var s = body[i];
            f.Line = s.Line;
            ExecStatus st;
            // A plain yield or "if test: yield v" runs here: no iterator object per step.
            switch (kinds[i])
            {
                case StepKind.Yield or StepKind.IfYield:
                {
                    if (StartInlineYield(f, s, kinds[i]) is not { } gy) continue;
                    yield return true;
                    gy.AfterResume(f);
                    continue;
                }
                case StepKind.Nested:
                    foreach (var y in Unsafe.As<GenStmt>(s).Run(f)) yield return y;
                    st = f.GenStatus;
                    break;
                default:
                    st = s.Exec(f);
                    break;
            }
            if (st != ExecStatus.Normal)
            {
                f.GenStatus = st;
                yield break;
            }
        }
        f.GenStatus = ExecStatus.Normal;
    }

    /// <summary>The statements a loop body runs: a block's own list, or the one statement.</summary>
    public static StmtNode[] StatementsOf(StmtNode body) => body is GenBlock b ? b.Body : [body];
}

/// <summary><c>yield value</c> as a statement, or <c>target = yield value</c>.</summary>
internal sealed class GenYield(ExprNode? value, TargetNode? target) : GenStmt
{
    /// <summary>Whether the sent value is dropped (<c>yield v</c> as a statement, as in generator expressions).</summary>
    public bool IgnoresSent => target is null;

    /// <summary>The value to yield, without marking the frame (values pushed to a consumer).</summary>
    public PyObject PlainValue(Frame f) => value is null ? PyNone.Value : value.Eval(f);

    /// <summary>The value to yield; the frame is then marked as suspended at a plain yield (not a yield from/await).</summary>
    public PyObject Value(Frame f)
    {
        var v = value is null ? PyNone.Value : value.Eval(f);
        f.SuspendedAtYield = true;
        return v;
    }

    /// <summary>After the suspension: a pending throw() is raised here, a sent value stored.</summary>
    public void AfterResume(Frame f)
    {
        var sent = Resumed(f);
        target?.Store(f, sent);
    }

    public override IEnumerable<bool> Run(Frame f)
    {
        f.YieldValue = Value(f);
        yield return true;
        AfterResume(f);
        f.GenStatus = ExecStatus.Normal;
    }
}

/// <summary>
/// <c>yield from iterable</c> or <c>await awaitable</c> (optionally storing the result, or returning it).
/// </summary>
internal sealed class GenYieldFrom(ExprNode value, TargetNode? target, bool isReturn, bool isAwait = false) : GenStmt
{
    public override IEnumerable<bool> Run(Frame f)
    {
        var v = value.Eval(f);
        if (!isAwait && (v is PyTuple { Type.IsHeapType: false } || v is PyList { Type.IsHeapType: false }))
        {
            // yield from (a, b, c): the items by index, without an iterator object, while plain next() steps
            // come; a send or throw goes to a fresh iterator (which raises for either, whatever its position).
            var tuple = v as PyTuple;
            var list = v as PyList;
            var sentOrThrown = false;
            for (var i = 0; tuple is not null ? i < tuple.Items.Length : i < list!.Count; i++)
            {
                f.YieldValue = tuple is not null ? tuple.Items[i] : list!.Items[i];
                f.SuspendedAtYield = false;
                yield return true;
                if (f.PendingThrow is not null || f.SentValue is not (null or PyNone))
                {
                    sentOrThrown = true;
                    break;
                }
                f.SentValue = null;
            }
            if (sentOrThrown)
            {
                // Neither iterator has send() or throw(): the delegation raises (GeneratorExit closes nothing).
                var result = new StrongBox<PyObject>(PyNone.Value);
                foreach (var y in Delegate(f, Ops.GetIter(v), result, resumed: true)) yield return y;
            }
            Finish(f, PyNone.Value);
            yield break;
        }
        var it = isAwait ? AsyncMethods.GetAwaitIterator(v) : Ops.GetIter(v);
        PyObject returned = PyNone.Value;
        var delegated = isAwait || (it is not IResumable && it is not PyIterator);
        var resumed = false;
        if (!delegated)
        {
            // Plain next() steps run here while nothing is sent or thrown in; the first send/throw hands the rest
            // over to Delegate, which goes on from that resumption.
            while (true)
            {
                PyObject item;
                if (it is IResumable g)
                {
                    if (!g.Resume(null, null, out item, out returned)) break;
                }
                else if (!((PyIterator)it).TryNext(out item)) break;
                f.YieldValue = item;
                f.SuspendedAtYield = false;
                yield return true;
                if (f.PendingThrow is not null || f.SentValue is not (null or PyNone))
                {
                    delegated = resumed = true;
                    break;
                }
                f.SentValue = null;
            }
        }
        if (delegated)
        {
            var result = new StrongBox<PyObject>(PyNone.Value);
            foreach (var y in Delegate(f, it, result, resumed)) yield return y;
            returned = result.Value!;
        }
        Finish(f, returned);
    }

    /// <summary>The delegation ended with <paramref name="returned"/>: the statement's result.</summary>
    private void Finish(Frame f, PyObject returned)
    {
        if (isReturn)
        {
            f.ReturnValue = returned;
            f.GenStatus = ExecStatus.Return;
            return;
        }
        target?.Store(f, returned);
        f.GenStatus = ExecStatus.Normal;
    }

    /// <summary>Passes every value of <paramref name="it"/> out and every send/throw in, until it ends with a result.</summary>
    /// <param name="resumed">Whether a value of <paramref name="it"/> has already been passed out and the
    /// resumption after it (a send or throw, in the frame) is the first thing to handle.</param>
    internal static IEnumerable<bool> Delegate(Frame f, PyObject it, StrongBox<PyObject> result, bool resumed = false)
    {
        PyObject? toSend = null;
        PythonException? toThrow = null;
        result.Value = PyNone.Value;
        if (resumed) TakeResumption(f, it, out toSend, out toThrow);
        while (true)
        {
            PyObject item;
            if (it is IResumable g)
            {
                if (!g.Resume(toSend, toThrow, out item, out var returned))
                {
                    result.Value = returned;
                    break;
                }
            }
            else if (toThrow is not null)
            {
                var thrower = Ops.GetAttrOrNull(it, "throw");
                if (thrower is null) throw toThrow;
                if (!TryStep(() => Ops.Call(thrower, [toThrow.Value]), out item, out var r))
                {
                    result.Value = r;
                    break;
                }
            }
            else if (toSend is null || toSend is PyNone)
            {
                if (it is PyIterator pit)
                {
                    if (!pit.TryNext(out item)) break;
                }
                else
                {
                    var next = it.Type.Lookup("__next__") ?? throw PyErr.TypeError($"'{it.Type.Name}' object is not an iterator");
                    if (!TryStep(() => Ops.CallMethod(next, it), out item, out var r))
                    {
                        result.Value = r;
                        break;
                    }
                }
            }
            else
            {
                var sender = Ops.GetAttr(it, "send");
                var s = toSend;
                if (!TryStep(() => Ops.Call(sender, [s]), out item, out var r))
                {
                    result.Value = r;
                    break;
                }
            }
            f.YieldValue = item;
            f.SuspendedAtYield = false;
            yield return true;
            TakeResumption(f, it, out toSend, out toThrow);
        }
    }

    /// <summary>After passing a value out: takes what was sent or thrown in; GeneratorExit closes the inner
    /// iterator and is raised here.</summary>
    private static void TakeResumption(Frame f, PyObject it, out PyObject? toSend, out PythonException? toThrow)
    {
        toThrow = f.PendingThrow;
        f.PendingThrow = null;
        toSend = f.SentValue;
        f.SentValue = null;
        if (toThrow is not null && toThrow.Value.Type.IsSubtypeOf(Builtins.GeneratorExit))
        {
            if (it is PyGenerator cg) cg.Close();
            else if (Ops.GetAttrOrNull(it, "close") is { } close) Ops.Call(close, []);
            throw toThrow;
        }
    }

    private static bool TryStep(Func<PyObject> step, out PyObject item, out PyObject result)
    {
        try
        {
            item = step();
            result = PyNone.Value;
            return true;
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.StopIteration))
        {
            item = null!;
            result = e.Value.Args.Items.Length > 0 ? e.Value.Args.Items[0] : PyNone.Value;
            return false;
        }
    }
}

internal sealed class GenIf(ExprNode test, StmtNode body, StmtNode? orelse) : GenStmt
{
    public readonly ExprNode Test = test;
    public readonly StmtNode Body = body;
    public readonly StmtNode? Orelse = orelse;

    /// <summary>The yield of <c>if test: yield v</c> (no else), which enclosing blocks and loops run inline.</summary>
    public readonly GenYield? SimpleYield = orelse is null ? body as GenYield ?? (body is GenBlock { Body: [GenYield y] } ? y : null) : null;

    public override IEnumerable<bool> Run(Frame f)
    {
        var branch = Test.EvalBool(f) ? Body : Orelse;
        if (branch is null)
        {
            f.GenStatus = ExecStatus.Normal;
            return [];
        }
        return RunBody(branch, f);
    }
}

internal sealed class GenWhile(ExprNode test, StmtNode body, StmtNode? orelse) : GenStmt
{
    private readonly StmtNode[] stmts = GenBlock.StatementsOf(body);
    private readonly StepKind[] kinds = StepKinds(GenBlock.StatementsOf(body));

    public override IEnumerable<bool> Run(Frame f)
    {
        var stmts = this.stmts;
        var kinds = this.kinds;
        while (true)
        {
            f.Line = Line;
            Interrupts.Check();
            if (!test.EvalBool(f)) break;
            var st = ExecStatus.Normal;
            for (var i = 0; i < stmts.Length; i++)
            {
                var s = stmts[i];
                f.Line = s.Line;
                switch (kinds[i])
                {
                    case StepKind.Yield or StepKind.IfYield:
                    {
                        if (StartInlineYield(f, s, kinds[i]) is not { } gy) continue;
                        yield return true;
                        gy.AfterResume(f);
                        continue;
                    }
                    case StepKind.Nested:
                        foreach (var y in Unsafe.As<GenStmt>(s).Run(f)) yield return y;
                        st = f.GenStatus;
                        break;
                    default:
                        st = s.Exec(f);
                        break;
                }
                if (st != ExecStatus.Normal) break;
            }
            if (st == ExecStatus.Continue) continue;
            if (st == ExecStatus.Break)
            {
                f.GenStatus = ExecStatus.Normal;
                yield break;
            }
            if (st == ExecStatus.Return)
            {
                f.GenStatus = ExecStatus.Return;
                yield break;
            }
        }
        if (orelse is not null)
            foreach (var y in RunBody(orelse, f)) yield return y;
        else f.GenStatus = ExecStatus.Normal;
    }
}

/// <param name="iterIsIterator">Whether <paramref name="iter"/> gives an iterator already (a comprehension's first loop).</param>
internal sealed class GenFor : GenStmt
{
    private readonly TargetNode target;
    private readonly ExprNode iter;
    private readonly StmtNode? orelse;
    private readonly bool iterIsIterator;
    private readonly StmtNode[] stmts;
    private readonly StepKind[] kinds;

    // The shape of a one-loop generator expression, "for T in .0: [if c: ...] yield v": its conditions and yield.
    private readonly ExprNode[]? pushConditions;
    private readonly int[]? pushConditionLines;
    private readonly GenYield? pushYield;

    public GenFor(TargetNode target, ExprNode iter, StmtNode body, StmtNode? orelse, bool iterIsIterator = false)
    {
        this.target = target;
        this.iter = iter;
        this.orelse = orelse;
        this.iterIsIterator = iterIsIterator;
        stmts = GenBlock.StatementsOf(body);
        kinds = StepKinds(stmts);
        if (!iterIsIterator || orelse is not null) return;
        var conditions = new List<ExprNode>();
        var lines = new List<int>();
        var inner = body;
        while (inner is GenIf { Orelse: null } gi)
        {
            conditions.Add(gi.Test);
            lines.Add(gi.Line);
            inner = gi.Body;
        }
        if (inner is GenYield { IgnoresSent: true } y)
        {
            pushConditions = [.. conditions];
            pushConditionLines = [.. lines];
            pushYield = y;
        }
    }

    /// <summary>
    /// Whether this loop is a whole one-loop generator expression: every suspension is at its yield, after which
    /// the loop simply goes on with the next item of the iterator in slot 0, so the values can be pushed to a
    /// consumer (<see cref="Push"/>) and the loop picked up again at any suspension (<see cref="Continue"/>).
    /// </summary>
    public bool CanPush => pushYield is not null;

    /// <summary>
    /// Runs the loop (from its start, or from a suspension at its yield, with nothing sent or thrown) handing each
    /// value to <paramref name="sink"/> instead of suspending. True when the loop ended; false when the sink
    /// declined a value (kept by the sink): the loop is then suspended at its yield with that value.
    /// </summary>
    public bool Push<TSink>(Frame f, ref TSink sink) where TSink : struct, IValueSink
    {
        var it = iter.Eval(f);
        var conditions = pushConditions!;
        var y = pushYield!;
        var pairs = target is StoreUnpack { IsPair: true } ? it as PyPairIterator : null;
        while (true)
        {
            f.Line = Line;
            Interrupts.Check();
            if (!StoreNext(f, it, pairs)) break;
            var pass = true;
            for (var i = 0; i < conditions.Length; i++)
            {
                f.Line = pushConditionLines![i];
                if (conditions[i].EvalBool(f)) continue;
                pass = false;
                break;
            }
            if (!pass) continue;
            f.Line = y.Line;
            if (!sink.Accept(y.PlainValue(f)))
            {
                f.SuspendedAtYield = true;
                return false;
            }
        }
        f.GenStatus = ExecStatus.Normal;
        return true;
    }

    /// <summary>Stores the next item of <paramref name="it"/> into the target; false when it is exhausted.</summary>
    private bool StoreNext(Frame f, PyObject it, PyPairIterator? pairs)
    {
        if (pairs is not null)
        {
            if (!pairs.TryNextPair(out var first, out var second)) return false;
            Unsafe.As<StoreUnpack>(target).StorePair(f, first, second);
            return true;
        }
        if (!Ops.TryNext(it, out var item)) return false;
        target.Store(f, item);
        return true;
    }

    /// <summary>The steps of this loop from a suspension at its yield (see <see cref="CanPush"/>).</summary>
    public IEnumerable<bool> Continue(Frame f) => Loop(f, iter.Eval(f), resumed: true);

    public override IEnumerable<bool> Run(Frame f) => Loop(f, iterIsIterator ? iter.Eval(f) : Ops.GetIter(iter.Eval(f)), resumed: false);

    private IEnumerable<bool> Loop(Frame f, PyObject it, bool resumed)
    {
        // Picked up after a suspension at the yield: what the yield does on resumption comes first.
        if (resumed) pushYield!.AfterResume(f);
        var stmts = this.stmts;
        var kinds = this.kinds;
        // for a, b in zip(x, y) / enumerate(x): both names stored without building the pair.
        var pairs = target is StoreUnpack { IsPair: true } ? it as PyPairIterator : null;
        while (true)
        {
            f.Line = Line;
            Interrupts.Check();
            if (!StoreNext(f, it, pairs)) break;
            var st = ExecStatus.Normal;
            for (var i = 0; i < stmts.Length; i++)
            {
                var s = stmts[i];
                f.Line = s.Line;
                switch (kinds[i])
                {
                    case StepKind.Yield or StepKind.IfYield:
                    {
                        if (StartInlineYield(f, s, kinds[i]) is not { } gy) continue;
                        yield return true;
                        gy.AfterResume(f);
                        continue;
                    }
                    case StepKind.Nested:
                        foreach (var y in Unsafe.As<GenStmt>(s).Run(f)) yield return y;
                        st = f.GenStatus;
                        break;
                    default:
                        st = s.Exec(f);
                        break;
                }
                if (st != ExecStatus.Normal) break;
            }
            if (st == ExecStatus.Continue) continue;
            if (st == ExecStatus.Break)
            {
                f.GenStatus = ExecStatus.Normal;
                yield break;
            }
            if (st == ExecStatus.Return)
            {
                f.GenStatus = ExecStatus.Return;
                yield break;
            }
        }
        if (orelse is not null)
            foreach (var y in RunBody(orelse, f)) yield return y;
        else f.GenStatus = ExecStatus.Normal;
    }
}

/// <summary>try/except/else/finally containing yields. C# forbids yield inside try/catch, so each step of the
/// body is driven by hand inside the try.</summary>
internal sealed class GenTry(StmtNode body, ExceptHandlerNode[] handlers, StmtNode? orelse, StmtNode? finalbody) : GenStmt
{
    public override IEnumerable<bool> Run(Frame f)
    {
        PythonException? pending = null;
        var status = ExecStatus.Normal;
        PythonException? caught = null;
        var box = new StrongBox<PythonException?>();
        foreach (var _ in RunCatching(body, f, box)) yield return true;
        caught = box.Value;
        if (caught is null) status = f.GenStatus;
        if (caught is not null)
        {
            ExceptHandlerNode? handler = null;
            try
            {
                foreach (var h in handlers)
                {
                    if (h.Type is not null && !TryNode.Matches(caught.Value, h.Type.Eval(f))) continue;
                    handler = h;
                    break;
                }
            }
            catch (PythonException ex)
            {
                pending = ex;
            }
            if (pending is null && handler is null) pending = caught;
            if (handler is not null)
            {
                caught.Value.NoteCaught(f);
                handler.Name?.Store(f, caught.Value);
                using var he = RunBody(handler.Body, f).GetEnumerator();
                while (true)
                {
                    bool more;
                    ExceptionState.Push(caught.Value);
                    try { more = he.MoveNext(); }
                    catch (PythonException ex)
                    {
                        if (!ReferenceEquals(ex.Value, caught.Value)) ex.Value.Context ??= caught.Value;
                        pending = ex;
                        break;
                    }
                    finally { ExceptionState.Pop(); }
                    if (!more) break;
                    yield return true;
                }
                if (pending is null) status = f.GenStatus;
                if (handler.Name is not null)
                {
                    try { handler.Name.Delete(f); }
                    catch (PythonException) { }
                }
            }
        }
        else if (status == ExecStatus.Normal && orelse is not null)
        {
            var elseBox = new StrongBox<PythonException?>();
            foreach (var _ in RunCatching(orelse, f, elseBox)) yield return true;
            pending = elseBox.Value;
            if (pending is null) status = f.GenStatus;
        }
        if (finalbody is not null)
        {
            var saved = f.ReturnValue;
            foreach (var y in RunBody(finalbody, f)) yield return y;
            if (f.GenStatus != ExecStatus.Normal) yield break;
            f.ReturnValue = saved;
        }
        if (pending is not null) throw pending;
        f.GenStatus = status;
    }
}

internal sealed class GenWith(ExprNode context, TargetNode? target, StmtNode body) : GenStmt
{
    public override IEnumerable<bool> Run(Frame f)
    {
        var mgr = context.Eval(f);
        var t = mgr.Type;
        var enter = t.Lookup("__enter__");
        var exit = t.Lookup("__exit__");
        if (enter is null || exit is null)
            throw PyErr.TypeError($"'{t.Name}' object does not support the context manager protocol");
        target?.Store(f, Ops.CallMethod(enter, mgr));
        PythonException? caught = null;
        var box = new StrongBox<PythonException?>();
        foreach (var _ in RunCatching(body, f, box)) yield return true;
        caught = box.Value;
        if (caught is not null)
        {
            caught.Value.NoteCaught(f);
            if (!Ops.IsTrue(Ops.CallMethod(exit, mgr, caught.Value.Type, caught.Value, caught.Value.TracebackValue()))) throw caught;
            f.GenStatus = ExecStatus.Normal;
            yield break;
        }
        var st = f.GenStatus;
        Ops.CallMethod(exit, mgr, PyNone.Value, PyNone.Value, PyNone.Value);
        f.GenStatus = st;
    }
}
