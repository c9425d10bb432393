namespace FatSharp.Interpreter.Execution;

/// <summary>
/// The value of a local slot whose int lives unboxed in <see cref="Frame.UnboxedInts"/>. Locals that are targets
/// of for loops or augmented assignments in a function (not a generator) can hold it: a range loop sets it on
/// each iteration, and <c>x += n</c> / <c>x -= n</c> on machine ints store the result there, instead of
/// allocating an int that the body may only use in arithmetic. Loads compiled for those names
/// (<see cref="LoadIntLocal"/>) read it unboxed or box it on demand; every other reader of a slot goes through
/// <see cref="Frame.ReadLocal"/>, which boxes it.
/// </summary>
internal sealed class UnboxedInt : PyObject
{
    public static readonly UnboxedInt Marker = new();

    private UnboxedInt() : base(Builtins.Object)
    {
    }
}

/// <summary>
/// <c>for name in iterable</c> where <c>name</c> is a fast local: over a range, the counter stays unboxed in the
/// frame (loads of the name box it on demand); over anything else it runs as an ordinary for loop.
/// </summary>
internal sealed class CounterForNode(int slot, ExprNode iter, StmtNode body, StmtNode? orelse, ForNode general) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        var seq = iter.Eval(f);
        return seq is PyRange r ? RunRange(f, r) : general.Run(f, seq);
    }

    private ExecStatus RunRange(Frame f, PyRange r)
    {
        var locals = f.Locals;
        var counters = f.UnboxedInts ??= new long[locals.Length];
        long start = r.Start, stop = r.Stop, step = r.Step;
        for (var i = start; step > 0 ? i < stop : i > stop; i += step)
        {
            counters[slot] = i;
            ObjectArrays.Store(locals, slot, UnboxedInt.Marker);
            var st = body.Exec(f);
            if (st == ExecStatus.Break) return ExecStatus.Normal;
            if (st == ExecStatus.Return) return st;
        }
        return orelse is null ? ExecStatus.Normal : orelse.Exec(f);
    }
}

/// <summary>A load of a local that may hold an <see cref="UnboxedInt"/>: arithmetic reads it unboxed.</summary>
internal sealed class LoadIntLocal(int slot, string name) : NumericNode
{
    private readonly LoadLocal plain = new(slot, name);

    public override PyObject Eval(Frame f)
    {
        var v = f.Locals[slot];
        if (ReferenceEquals(v, UnboxedInt.Marker)) return f.ReadLocal(slot)!;
        return v ?? throw plain.Unbound();
    }

    public override NumberKind EvalNumber(Frame f, out long l, out double d, out PyObject? boxed)
    {
        var v = f.Locals[slot];
        if (ReferenceEquals(v, UnboxedInt.Marker))
        {
            l = f.UnboxedInts![slot];
            d = 0;
            boxed = null;
            return NumberKind.Long;
        }
        boxed = v ?? throw plain.Unbound();
        return Number.Classify(v, out l, out d);
    }
}
