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
        return Count(start, stop, step);
    }

    /// <summary>
    /// The indices of <c>seq[lower:upper:step]</c> without building a slice object, for bounds that are absent
    /// (null), None or ints that fit a long, and a step that is a nonzero int. Returns false for anything else
    /// (big ints, objects with __index__, a zero step), which the caller then hands to <see cref="Indices"/> so
    /// that conversions and errors happen as for a slice object.
    /// </summary>
    public static bool TryFastIndices(PyObject? lowerBound, PyObject? upperBound, PyObject? stepValue, int length,
        out int start, out int stop, out int step, out int count)
    {
        start = stop = count = 0;
        step = 1;
        if (stepValue is not null and not PyNone)
        {
            if (stepValue is not PyInt { IsBig: false } si || si.Value is 0 or <= int.MinValue or > int.MaxValue) return false;
            step = (int)si.Value;
        }
        int lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        if (lowerBound is null or PyNone) start = step < 0 ? upper : lower;
        else if (lowerBound is PyInt { IsBig: false } li) start = Clamp(li.Value, length, lower, upper);
        else return false;
        if (upperBound is null or PyNone) stop = step < 0 ? lower : upper;
        else if (upperBound is PyInt { IsBig: false } ui) stop = Clamp(ui.Value, length, lower, upper);
        else return false;
        count = Count(start, stop, step);
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Count(int start, int stop, int step)
    {
        // Steps of 1 and -1 (copies, reversals) need no division.
        if (step == 1) return stop > start ? stop - start : 0;
        if (step == -1) return start > stop ? start - stop : 0;
        if (step > 0) return stop > start ? (stop - start - 1) / step + 1 : 0;
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
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
