namespace FatSharp.Interpreter.Objects;

public sealed class PySlice(PyObject start, PyObject stop, PyObject step) : PyObject(Builtins.Slice)
{
    public readonly PyObject Start = start, Stop = stop, Step = step;

    /// <summary>Python's slice.indices(length): clamps to the sequence and returns the element count.</summary>
    public int Indices(int length, out int start, out int stop, out int step)
    {
        step = Step is PyNone ? 1 : Ops.IndexToInt(Step);
        if (step == 0) throw PyErr.ValueError("slice step cannot be zero");
        int lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        start = Start is PyNone ? (step < 0 ? upper : lower) : Clamp(Ops.IndexToLongClamped(Start), length, lower, upper);
        stop = Stop is PyNone ? (step < 0 ? lower : upper) : Clamp(Ops.IndexToLongClamped(Stop), length, lower, upper);
        if (step > 0) return stop > start ? (stop - start - 1) / step + 1 : 0;
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    private static int Clamp(long v, int length, int lower, int upper)
    {
        if (v < 0)
        {
            v += length;
            return v < lower ? lower : (int)v;
        }
        return v > upper ? upper : (int)v;
    }
}
