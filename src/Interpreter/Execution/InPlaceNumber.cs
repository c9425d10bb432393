using System.Runtime.CompilerServices;
using FatSharp.Ast;

namespace FatSharp.Interpreter.Execution;

/// <summary>
/// <c>target op= value</c> when the target holds an exact float or machine int and the value came unboxed from
/// <see cref="ExprNode.EvalNumber"/>: the result is computed directly (neither type has an in-place dunder, so
/// this is what the generic protocol would do) and only the new value is allocated.
/// </summary>
internal static class InPlaceNumber
{
    /// <summary>The result of <c>current op= value</c>, or null when the generic protocol must run (it also raises).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? TryApply(PyObject current, Operator op, NumberKind kind, long l, double d)
    {
        // Inlined: a float updated by a float (v[0] -= dx * b2, self.x /= norm).
        if (kind == NumberKind.Double && current is PyFloat cf && ReferenceEquals(cf.Type, Builtins.Float))
        {
            switch (op)
            {
                case Operator.Add: return new PyFloat(cf.Value + d);
                case Operator.Sub: return new PyFloat(cf.Value - d);
                case Operator.Mult: return new PyFloat(cf.Value * d);
                case Operator.Div when d != 0: return new PyFloat(cf.Value / d);
            }
            return null;
        }
        return Other(current, op, kind, l, d);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? Other(PyObject current, Operator op, NumberKind kind, long l, double d)
    {
        if (kind == NumberKind.Object) return null;
        if (current is PyFloat cf)
        {
            if (!ReferenceEquals(cf.Type, Builtins.Float)) return null;
            // An int operand converts to float first (correctly rounded), as float's operators convert it.
            return Doubles(cf.Value, kind == NumberKind.Double ? d : l, op);
        }
        if (current is PyInt ci && ReferenceEquals(ci.Type, Builtins.Int) && !ci.IsBig)
        {
            var x = ci.Value;
            if (kind == NumberKind.Double) return Doubles(x, d, op);
            return MachineInts.TryOp(op, x, l, out var r) ? PyInt.FromLong(r) : null;
        }
        return null;
    }

    private static PyFloat? Doubles(double x, double y, Operator op) => op switch
    {
        Operator.Add => new PyFloat(x + y),
        Operator.Sub => new PyFloat(x - y),
        Operator.Mult => new PyFloat(x * y),
        Operator.Div when y != 0 => new PyFloat(x / y),
        _ => null,
    };
}
