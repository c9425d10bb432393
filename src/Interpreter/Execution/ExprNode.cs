namespace FatSharp.Interpreter.Execution;

/// <summary>An expression of the execution tree: built once per code object, evaluated many times.</summary>
internal abstract class ExprNode
{
    public abstract PyObject Eval(Frame f);

    /// <summary>
    /// Evaluates for arithmetic: an exact machine int comes back as <see cref="NumberKind.Long"/> in
    /// <paramref name="l"/>, an exact float as <see cref="NumberKind.Double"/> in <paramref name="d"/>, anything else
    /// as <see cref="NumberKind.Object"/> in <paramref name="boxed"/>. For the first two, <paramref name="boxed"/> is
    /// the object when there is one, or null when an arithmetic node computed the number without boxing it.
    /// </summary>
    public virtual NumberKind EvalNumber(Frame f, out long l, out double d, out PyObject? boxed)
    {
        var v = Eval(f);
        boxed = v;
        return Number.Classify(v, out l, out d);
    }

    /// <summary>Truth value of the expression; comparisons override it to skip the bool object.</summary>
    public virtual bool EvalBool(Frame f)
    {
        var v = Eval(f);
        if (v is PyInt i && !i.IsBig && !i.Type.IsHeapType) return i.Value != 0;
        return Ops.IsTrue(v);
    }
}

/// <summary>How <see cref="ExprNode.EvalNumber"/> delivered its result.</summary>
internal enum NumberKind : byte { Object, Long, Double }

/// <summary>Helpers of the unboxed arithmetic path.</summary>
internal static class Number
{
    public static NumberKind Classify(PyObject v, out long l, out double d)
    {
        if (v is PyInt i && ReferenceEquals(i.Type, Builtins.Int) && !i.IsBig)
        {
            l = i.Value;
            d = 0;
            return NumberKind.Long;
        }
        if (v is PyFloat pf && ReferenceEquals(pf.Type, Builtins.Float))
        {
            l = 0;
            d = pf.Value;
            return NumberKind.Double;
        }
        l = 0;
        d = 0;
        return NumberKind.Object;
    }

    /// <summary>The object of an <see cref="ExprNode.EvalNumber"/> result, boxing a computed number.</summary>
    public static PyObject Box(NumberKind kind, long l, double d, PyObject? boxed) =>
        boxed ?? (kind == NumberKind.Long ? PyInt.FromLong(l) : new PyFloat(d));
}

/// <summary>A statement of the execution tree; control flow is returned, not thrown.</summary>
internal abstract class StmtNode
{
    public int Line;

    public abstract ExecStatus Exec(Frame f);
}

/// <summary>An assignment target (name, attribute, subscript, unpacking).</summary>
internal abstract class TargetNode
{
    public abstract void Store(Frame f, PyObject value);

    public abstract void Delete(Frame f);
}
