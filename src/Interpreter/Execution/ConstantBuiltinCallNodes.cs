namespace FatSharp.Interpreter.Execution;

/// <summary>
/// Calls whose callee is a builtin function known when the body is compiled: a constant of the code, which is what
/// <c>fat.replace_consts</c> makes of a builtin copied by the optimizer (<c>copy_builtin_to_constant</c>). The call
/// needs no dispatch on the callee, and abs, len, ord and chr keep ints and floats unboxed. Every path gives what
/// calling the builtin gives; cases outside the unboxed ones call its single-argument entry.
/// </summary>
internal static class ConstantBuiltinCalls
{
    /// <summary>A direct node for <c>fn(args)</c>, or null when the ordinary call node must be used.</summary>
    public static ExprNode? TryCreate(PyBuiltinFunction fn, ExprNode[] args)
    {
        if (fn.FrameImpl is not null) return null;
        if (args.Length == 1 && fn.Fast1 is not null)
        {
            return fn.Intrinsic switch
            {
                BuiltinIntrinsic.Abs => new AbsCallNode(fn, args[0]),
                BuiltinIntrinsic.Len => new IntResultCallNode(args[0], BuiltinFunctions.LenValue),
                BuiltinIntrinsic.Ord => new IntResultCallNode(args[0], x => BuiltinFunctions.OrdValue(x)),
                BuiltinIntrinsic.Chr => new ChrCallNode(fn, args[0]),
                _ => new ConstantBuiltinCall1Node(fn, args[0]),
            };
        }
        if (args.Length == 2 && fn.Fast2 is not null) return new ConstantBuiltinCall2Node(fn, args[0], args[1]);
        return null;
    }
}

/// <summary>A constant builtin with one argument, called through its single-argument entry.</summary>
internal sealed class ConstantBuiltinCall1Node(PyBuiltinFunction fn, ExprNode arg) : ExprNode
{
    private readonly Func<PyObject?, PyObject, PyObject> call = fn.Fast1!;
    private readonly PyObject? self = fn.Self;

    public override PyObject Eval(Frame f) => call(self, arg.Eval(f));
}

/// <summary>A constant builtin with two arguments, called through its two-argument entry.</summary>
internal sealed class ConstantBuiltinCall2Node(PyBuiltinFunction fn, ExprNode arg0, ExprNode arg1) : ExprNode
{
    private readonly Func<PyObject?, PyObject, PyObject, PyObject> call = fn.Fast2!;
    private readonly PyObject? self = fn.Self;

    public override PyObject Eval(Frame f)
    {
        var a = arg0.Eval(f);
        return call(self, a, arg1.Eval(f));
    }
}

/// <summary><c>abs(x)</c>: an exact int or float argument gives an unboxed result.</summary>
internal sealed class AbsCallNode(PyBuiltinFunction fn, ExprNode arg) : NumericNode
{
    public override PyObject Eval(Frame f)
    {
        var kind = EvalNumber(f, out var l, out var d, out var boxed);
        return Number.Box(kind, l, d, boxed);
    }

    public override NumberKind EvalNumber(Frame f, out long l, out double d, out PyObject? boxed) =>
        Apply(f, fn, arg, out l, out d, out boxed);

    /// <summary><paramref name="fn"/> (the builtin abs) of <paramref name="arg"/>, unboxed where the result allows.</summary>
    internal static NumberKind Apply(Frame f, PyBuiltinFunction fn, ExprNode arg, out long l, out double d, out PyObject? boxed)
    {
        var kind = arg.EvalNumber(f, out l, out d, out var value);
        if (kind == NumberKind.Long && l != long.MinValue)
        {
            // abs() of a non-negative int is the int itself.
            boxed = l >= 0 ? value : null;
            l = Math.Abs(l);
            return NumberKind.Long;
        }
        if (kind == NumberKind.Double)
        {
            boxed = null;
            d = Math.Abs(d);
            return NumberKind.Double;
        }
        boxed = fn.Fast1!(fn.Self, Number.Box(kind, l, d, value));
        return Number.Classify(boxed, out l, out d);
    }
}

/// <summary><c>len(x)</c> or <c>ord(c)</c>: a builtin whose result is a machine int, handed on unboxed.</summary>
internal sealed class IntResultCallNode(ExprNode arg, Func<PyObject, long> compute) : NumericNode
{
    public override PyObject Eval(Frame f) => PyInt.FromLong(compute(arg.Eval(f)));

    public override NumberKind EvalNumber(Frame f, out long l, out double d, out PyObject? boxed)
    {
        l = compute(arg.Eval(f));
        d = 0;
        boxed = null;
        return NumberKind.Long;
    }
}

/// <summary><c>chr(i)</c> from an unboxed code point.</summary>
internal sealed class ChrCallNode(PyBuiltinFunction fn, ExprNode arg) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var kind = arg.EvalNumber(f, out var l, out var d, out var value);
        if (kind == NumberKind.Long && l is >= 0 and <= 0x10FFFF) return PyStr.FromCodePoint((int)l);
        return fn.Fast1!(fn.Self, Number.Box(kind, l, d, value));
    }
}
