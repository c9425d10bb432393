namespace FatSharp.Interpreter.Execution;

/// <summary>
/// The value of a local slot whose number lives unboxed in <see cref="Frame.Unboxed"/>: <see cref="Int"/> for a
/// machine int, <see cref="Float"/> for a float's bits. The locals that can hold one are those a function (not a
/// generator) binds with a for loop, an augmented assignment or an assignment of arithmetic
/// (<see cref="UnboxedLocalFinder"/>): a range loop sets its counter this way, and arithmetic results stay
/// unboxed, instead of allocating an int or float that the body may only use in more arithmetic. Loads compiled
/// for those names (<see cref="LoadNumberLocal"/>) read the number unboxed or box it once on demand; every other
/// reader of a slot goes through <see cref="Frame.ReadLocal"/>, which boxes it.
/// </summary>
internal sealed class UnboxedNumber : PyObject
{
    public static readonly UnboxedNumber Int = new();
    public static readonly UnboxedNumber Float = new();

    private UnboxedNumber() : base(Builtins.Object)
    {
    }

    /// <summary>Stores an unboxed result of <see cref="ExprNode.EvalNumber"/> (or its object) in a local slot.</summary>
    public static void Store(Frame f, int slot, NumberKind kind, long l, double d, PyObject? boxed)
    {
        var locals = f.Locals;
        if (boxed is not null) ObjectArrays.Store(locals, slot, boxed);
        else if (kind == NumberKind.Long)
        {
            (f.Unboxed ??= new long[locals.Length])[slot] = l;
            ObjectArrays.Store(locals, slot, Int);
        }
        else
        {
            (f.Unboxed ??= new long[locals.Length])[slot] = BitConverter.DoubleToInt64Bits(d);
            ObjectArrays.Store(locals, slot, Float);
        }
    }
}

/// <summary>
/// <c>for name in iterable</c> where <c>name</c> is a fast local: over a range, the counter stays unboxed in the
/// frame (loads of the name box it on demand); over anything else it runs as an ordinary for loop.
/// </summary>
internal sealed class CounterForNode(int slot, ExprNode iter, StmtNode body, StmtNode? orelse, ForNode general) : StmtNode
{
    /// <summary>
    /// For <c>for i in range(a, b)</c>: the callee and the argument nodes of <see cref="iter"/>, evaluated here instead
    /// of through it so that a call of the builtin range with machine ints makes no range object.
    /// </summary>
    public (ExprNode Callee, ExprNode[] Args)? RangeCall { get; init; }

    public override ExecStatus Exec(Frame f)
    {
        PyObject? seq;
        if (RangeCall is { } call)
        {
            seq = EvalRangeCall(f, call.Callee, call.Args, out var bounds);
            if (seq is null) return RunBounds(f, bounds.Start, bounds.Stop, bounds.Step);
        }
        else seq = iter.Eval(f);
        return seq is PyRange r ? RunBounds(f, r.Start, r.Stop, r.Step) : general.Run(f, seq);
    }

    /// <summary>The iterable, or null with the bounds when the builtin range was called with machine ints.</summary>
    private static PyObject? EvalRangeCall(Frame f, ExprNode callee, ExprNode[] args, out (long Start, long Stop, long Step) bounds)
    {
        bounds = default;
        var fn = callee.Eval(f);
        Span<long> values = stackalloc long[3];
        PyObject[]? boxed = null;
        for (var i = 0; i < args.Length; i++)
        {
            var kind = args[i].EvalNumber(f, out var l, out var d, out var b);
            if (kind == NumberKind.Long && boxed is null)
            {
                values[i] = l;
                continue;
            }
            if (boxed is null)
            {
                boxed = new PyObject[args.Length];
                for (var j = 0; j < i; j++) boxed[j] = PyInt.FromLong(values[j]);
            }
            boxed[i] = Number.Box(kind, l, d, b);
        }
        if (boxed is null && ReferenceEquals(fn, Builtins.Range))
        {
            bounds = args.Length switch
            {
                1 => (0, values[0], 1),
                2 => (values[0], values[1], 1),
                _ => (values[0], values[1], values[2]),
            };
            if (bounds.Step != 0) return null;
        }
        if (boxed is null)
        {
            boxed = new PyObject[args.Length];
            for (var j = 0; j < args.Length; j++) boxed[j] = PyInt.FromLong(values[j]);
        }
        return Modules.Fat.FrameNamespaceCalls.Call(f, fn, boxed, null);
    }

    private ExecStatus RunBounds(Frame f, long start, long stop, long step)
    {
        var locals = f.Locals;
        var counters = f.Unboxed ??= new long[locals.Length];
        // Counted in unsigned steps: `i += step` alone could wrap past long.MaxValue and never reach stop.
        var n = step > 0
            ? start < stop ? ((ulong)stop - (ulong)start - 1) / (ulong)step + 1 : 0
            : start > stop ? ((ulong)start - (ulong)stop - 1) / (ulong)-step + 1 : 0;
        var i = start;
        for (ulong k = 0; k < n; k++, i = unchecked(i + step))
        {
            Interrupts.Check();
            counters[slot] = i;
            ObjectArrays.Store(locals, slot, UnboxedNumber.Int);
            var st = body.Exec(f);
            if (st == ExecStatus.Break) return ExecStatus.Normal;
            if (st == ExecStatus.Return) return st;
        }
        return orelse is null ? ExecStatus.Normal : orelse.Exec(f);
    }
}

/// <summary><c>name = arithmetic</c> on a fast local: a machine int or float result is stored unboxed.</summary>
internal sealed class AssignNumberLocalNode(int slot, ExprNode value) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        var kind = value.EvalNumber(f, out var l, out var d, out var boxed);
        UnboxedNumber.Store(f, slot, kind, l, d, boxed);
        return ExecStatus.Normal;
    }
}

/// <summary>A load of a local that may hold an <see cref="UnboxedNumber"/>: arithmetic reads it unboxed.</summary>
internal sealed class LoadNumberLocal(int slot, string name) : NumericNode
{
    private readonly LoadLocal plain = new(slot, name);

    public override PyObject Eval(Frame f)
    {
        var v = f.Locals[slot];
        if (v is UnboxedNumber) return f.ReadLocal(slot)!;
        return v ?? throw plain.Unbound();
    }

    public override NumberKind EvalNumber(Frame f, out long l, out double d, out PyObject? boxed)
    {
        var v = f.Locals[slot];
        if (ReferenceEquals(v, UnboxedNumber.Int))
        {
            l = f.Unboxed![slot];
            d = 0;
            boxed = null;
            return NumberKind.Long;
        }
        if (ReferenceEquals(v, UnboxedNumber.Float))
        {
            l = 0;
            d = BitConverter.Int64BitsToDouble(f.Unboxed![slot]);
            boxed = null;
            return NumberKind.Double;
        }
        boxed = v ?? throw plain.Unbound();
        return Number.Classify(v, out l, out d);
    }
}
