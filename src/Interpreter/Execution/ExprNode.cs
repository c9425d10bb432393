namespace FatSharp.Interpreter.Execution;

/// <summary>An expression of the execution tree: built once per code object, evaluated many times.</summary>
internal abstract class ExprNode
{
    public abstract PyObject Eval(Frame f);

    /// <summary>
    /// Evaluates for float arithmetic: true with the value in <paramref name="d"/> when the result is an exact
    /// float (<paramref name="boxed"/> is then the float object, or null when arithmetic nodes computed the value
    /// without boxing it); false with the result in <paramref name="boxed"/> otherwise.
    /// </summary>
    public virtual bool TryEvalFloat(Frame f, out double d, out PyObject? boxed)
    {
        var v = Eval(f);
        boxed = v;
        if (v is PyFloat pf && ReferenceEquals(pf.Type, Builtins.Float))
        {
            d = pf.Value;
            return true;
        }
        d = 0;
        return false;
    }

    /// <summary>Truth value of the expression; comparisons override it to skip the bool object.</summary>
    public virtual bool EvalBool(Frame f)
    {
        var v = Eval(f);
        if (v is PyInt i && !i.IsBig) return i.Value != 0;
        return Ops.IsTrue(v);
    }
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
