using System.Numerics;
using FatSharp.Ast;
using FatSharp.Interpreter;
using FatSharp.Interpreter.Objects;
using FatSharp.Interpreter.Runtime;
using FatSharp.Optimizer;
using PyInt = FatSharp.Interpreter.Objects.PyInt;

namespace FatSharp.Cli.Optimization;

/// <summary>
/// The optimizer's <see cref="IConstantEvaluator"/> computed with the interpreter's own object operations, so a
/// folded constant is exactly the value the program would have computed at run time. Tree constants are converted
/// to interpreter objects, the operation runs, and the result is converted back; a Python exception becomes
/// <see cref="FoldResult.Raises"/> (the node stays and raises at run time), any result that has no constant form
/// becomes <see cref="FoldResult.CannotFold"/>. Transformers run inside the runtime's compile, so builtins are
/// those of the runtime current on the thread.
/// </summary>
public sealed class InterpreterConstantEvaluator : IConstantEvaluator
{
    public FoldResult BinaryOp(Operator op, object? left, object? right) =>
        Evaluate(() => Ops.BinaryOp(ToObject(left), ToObject(right), op));

    public FoldResult UnaryOp(UnaryOperator op, object? operand) => Evaluate(() =>
    {
        var o = ToObject(operand);
        return op switch
        {
            UnaryOperator.USub => Ops.Negate(o),
            UnaryOperator.UAdd => Ops.Positive(o),
            UnaryOperator.Invert => Ops.Invert(o),
            _ => PyInt.FromBool(!Ops.IsTrue(o)),
        };
    });

    public FoldResult Compare(CmpOperator op, object? left, object? right)
    {
        // Identity depends on object caching, which is the runtime's business at run time: never folded.
        if (op is CmpOperator.Is or CmpOperator.IsNot) return FoldResult.CannotFold;
        return Evaluate(() =>
        {
            var a = ToObject(left);
            var b = ToObject(right);
            return op switch
            {
                CmpOperator.In => PyInt.FromBool(Ops.Contains(b, a)),
                CmpOperator.NotIn => PyInt.FromBool(!Ops.Contains(b, a)),
                _ => Ops.RichCompare(a, b, op),
            };
        });
    }

    public FoldResult Subscript(object? container, object? index) =>
        Evaluate(() => Ops.GetItem(ToObject(container), ToObject(index)));

    public FoldResult CallBuiltin(string name, IReadOnlyList<object?> args)
    {
        if (PythonRuntime.Current.BuiltinsDict.GetItem(name) is not { } function) return FoldResult.CannotFold;
        return Evaluate(() => Ops.Call(function, args.Select(ToObject).ToArray()));
    }

    public FoldResult CallMethod(object? receiver, string name, IReadOnlyList<object?> args) =>
        Evaluate(() => Ops.Call(Ops.GetAttr(ToObject(receiver), name), args.Select(ToObject).ToArray()));

    private static FoldResult Evaluate(Func<PyObject> operation)
    {
        PyObject result;
        try
        {
            result = operation();
        }
        catch (PythonException e)
        {
            return FoldResult.Raises(e.Value.Type.Name);
        }
        catch (Exception e) when (e is InvalidCastException or NotSupportedException or InvalidOperationException)
        {
            return FoldResult.CannotFold;
        }
        return TryFromObject(result, out var value) ? FoldResult.Of(value) : FoldResult.CannotFold;
    }

    /// <summary>A tree constant (or <see cref="MutableLiteral"/>) as an interpreter object.</summary>
    public static PyObject ToObject(object? value) => value switch
    {
        null => PyNone.Value,
        bool b => PyInt.FromBool(b),
        long l => PyInt.FromLong(l),
        BigInteger bi => PyInt.FromBig(bi),
        double d => new PyFloat(d),
        Complex c => new PyComplex(c),
        string s => new PyStr(s),
        byte[] bytes => new PyBytes(bytes),
        PyEllipsis => PySingleton.Ellipsis,
        ConstantTuple t => new PyTuple(t.Items.Select(ToObject).ToArray()),
        ConstantFrozenSet fs => ToSet(fs.Items, Builtins.FrozenSet),
        MutableLiteral { Kind: MutableLiteralKind.List } m => new PyList(m.Items.Select(ToObject).ToArray()),
        MutableLiteral { Kind: MutableLiteralKind.Set } m => ToSet(m.Items, Builtins.Set),
        MutableLiteral m => ToDict(m),
        _ => throw new NotSupportedException("no interpreter object for constant " + value.GetType().Name),
    };

    private static PySet ToSet(IReadOnlyList<object?> items, PyType type)
    {
        var set = new PySet(type);
        foreach (var item in items) set.Add(ToObject(item));
        return set;
    }

    private static PyDict ToDict(MutableLiteral m)
    {
        var dict = new PyDict();
        for (var i = 0; i < m.Items.Count; i++) dict.SetItem(ToObject(m.Items[i]), ToObject(m.Values![i]));
        return dict;
    }

    /// <summary>An interpreter object back as a tree constant; false for objects that have no constant form.</summary>
    public static bool TryFromObject(PyObject o, out object? value)
    {
        value = null;
        if (o is PyNone) return true;
        if (o == PySingleton.Ellipsis)
        {
            value = PyEllipsis.Value;
            return true;
        }
        // Only exact builtin types: a subclass instance (e.g. an IntEnum) has no constant form.
        if (o.Type == Builtins.Bool)
        {
            value = Ops.IsTrue(o);
            return true;
        }
        switch (o)
        {
            case PyInt i when o.Type == Builtins.Int:
                value = i.IsBig ? i.Big : i.Value;
                return true;
            case PyFloat f when o.Type == Builtins.Float:
                value = f.Value;
                return true;
            case PyComplex c when o.Type == Builtins.Complex:
                value = c.Value;
                return true;
            case PyStr s when o.Type == Builtins.Str:
                value = s.Value;
                return true;
            case PyBytes b when o.Type == Builtins.Bytes:
                value = b.ToArray();
                return true;
            case PyTuple t when o.Type == Builtins.Tuple:
                if (!TryFromItems(t.Items, out var items)) return false;
                value = new ConstantTuple(items);
                return true;
            case PySet fs when o.Type == Builtins.FrozenSet:
                if (!TryFromItems(fs.Items().ToArray(), out var members)) return false;
                value = new ConstantFrozenSet(members);
                return true;
            case PyList l when o.Type == Builtins.List:
                if (!TryFromItems(l.ToArray(), out var listItems)) return false;
                value = new MutableLiteral(MutableLiteralKind.List, listItems);
                return true;
            case PySet s when o.Type == Builtins.Set:
                if (!TryFromItems(s.Items().ToArray(), out var setItems)) return false;
                value = new MutableLiteral(MutableLiteralKind.Set, setItems);
                return true;
            case PyDict d when o.Type == Builtins.Dict:
                var pairs = d.Storage.Items().ToArray();
                if (!TryFromItems(pairs.Select(p => p.Key).ToArray(), out var keys)) return false;
                if (!TryFromItems(pairs.Select(p => p.Value).ToArray(), out var values)) return false;
                value = new MutableLiteral(MutableLiteralKind.Dict, keys, values);
                return true;
            default:
                return false;
        }
    }

    private static bool TryFromItems(PyObject[] objects, out object?[] items)
    {
        items = new object?[objects.Length];
        for (var i = 0; i < objects.Length; i++)
            if (!TryFromObject(objects[i], out items[i])) return false;
        return true;
    }
}
