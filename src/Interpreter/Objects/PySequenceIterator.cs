using System.Runtime.CompilerServices;

namespace FatSharp.Interpreter.Objects;

/// <summary>Iterators of list, tuple, str and range: an index over the live sequence (a list may grow while iterated).</summary>
public sealed class PySequenceIterator : PyIterator
{
    private readonly PyObject seq;
    private long index;
    private readonly long step, stop;
    // What seq is, decided once: the step then needs no chain of type tests.
    private readonly Kind kind;

    private enum Kind : byte { List, Tuple, Range, Str, Bytes, Other }

    public PySequenceIterator(PyObject seq) : base(IteratorType(seq))
    {
        this.seq = seq;
        kind = seq switch
        {
            PyList => Kind.List,
            PyTuple => Kind.Tuple,
            PyRange => Kind.Range,
            PyStr => Kind.Str,
            PyBytes => Kind.Bytes,
            _ => Kind.Other,
        };
        if (seq is PyRange r)
        {
            index = r.Start;
            step = r.Step;
            stop = r.Stop;
        }
    }

    private static PyType IteratorType(PyObject seq) => seq switch
    {
        PyList => Builtins.ListIterator,
        PyTuple => Builtins.TupleIterator,
        PyRange => Builtins.RangeIterator,
        PyStr => Builtins.StrIterator,
        _ => Builtins.Iterator,
    };

    /// <summary>Items still to come (iterator.__length_hint__); 0 once exhausted.</summary>
    public long RemainingHint()
    {
        long left = seq switch
        {
            PyList l => index >= l.Count ? 0 : l.Count - index,
            PyTuple t => t.Items.Length - index,
            PyRange => step > 0 ? (index < stop ? (stop - index + step - 1) / step : 0) : (index > stop ? (index - stop - step - 1) / -step : 0),
            PyStr s => s.Length - index,
            PyBytes b => b.Count - index,
            _ => 0,
        };
        return Math.Max(0, left);
    }

    public override bool TryNext(out PyObject item)
    {
        switch (kind)
        {
            case Kind.List:
                var l = Unsafe.As<PyList>(seq);
                if (index < l.Count)
                {
                    item = l.Items[index++];
                    return true;
                }
                index = long.MaxValue;
                break;
            case Kind.Tuple:
                var t = Unsafe.As<PyTuple>(seq);
                if (index < t.Items.Length)
                {
                    item = t.Items[index++];
                    return true;
                }
                break;
            case Kind.Range:
                if (step > 0 ? index < stop : index > stop)
                {
                    item = PyInt.FromLong(index);
                    index += step;
                    return true;
                }
                break;
            case Kind.Str:
                var s = Unsafe.As<PyStr>(seq);
                if (index < s.Length)
                {
                    item = s.CharAt((int)index++);
                    return true;
                }
                break;
            case Kind.Bytes:
                var b = Unsafe.As<PyBytes>(seq);
                if (index < b.Count)
                {
                    item = PyInt.FromLong(b.Value[index++]);
                    return true;
                }
                break;
            default:
                // Old-style iteration through __getitem__ until IndexError.
                try
                {
                    item = Ops.GetItem(seq, PyInt.FromLong(index++));
                    return true;
                }
                catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.IndexError) || e.Value.Type.IsSubtypeOf(Builtins.StopIteration))
                {
                }
                break;
        }
        item = null!;
        return false;
    }

    public int LengthHint => seq switch
    {
        PyList l => Math.Max(0, l.Count - (int)Math.Min(index, l.Count)),
        PyTuple t => t.Items.Length - (int)index,
        _ => 0,
    };
}
