namespace FatSharp.Interpreter.Objects;

/// <summary>
/// memoryview over bytes or bytearray (format 'B', one dimension): a window <c>Start + i*Step</c>, <c>Length</c>
/// items long, into the source's buffer, so writes through a view of a bytearray reach the bytearray.
/// </summary>
public sealed class PyMemoryView : PyObject
{
    public readonly PyBytes Source;
    public readonly int Start;
    public readonly int Length;
    public readonly int Step;
    public bool Released;

    public PyMemoryView(PyBytes source, int start, int length, int step) : base(Builtins.MemoryView)
    {
        Source = source;
        Start = start;
        Length = length;
        Step = step;
    }

    public bool ReadOnly => !Source.IsMutable;

    public void CheckReleased()
    {
        if (Released) throw PyErr.ValueError("operation forbidden on released memoryview object");
    }

    public byte this[int i]
    {
        get => Source.Value[Start + i * Step];
        set => Source.Value[Start + i * Step] = value;
    }

    public byte[] ToArray()
    {
        CheckReleased();
        var r = new byte[Length];
        for (var i = 0; i < Length; i++) r[i] = this[i];
        return r;
    }
}
