namespace FatSharp.Interpreter.Execution;

/// <summary>
/// A few frames of finished calls of one code object, reused by the next calls: a call then allocates neither a
/// frame nor its slot array. A frame goes back only after a normal return, and only if nothing can still see it:
/// generator and coroutine frames never come here, and a frame that caught an exception is kept by that exception
/// (<see cref="Frame.Escaped"/>, for the traceback's live line). Code runs on its runtime's one thread, so the
/// pool needs no locking.
/// </summary>
internal sealed class FramePool
{
    private const int Capacity = 8;
    private readonly Frame?[] frames = new Frame?[Capacity];
    private int count;

    /// <summary>A cleared frame for a call of <paramref name="code"/> in these namespaces, or a new one.</summary>
    public Frame Rent(PyCode code, PyFunction function)
    {
        if (count > 0)
        {
            var frame = frames[--count]!;
            frames[count] = null;
            if (ReferenceEquals(frame.Globals, function.Globals) && ReferenceEquals(frame.BuiltinsDict, function.BuiltinsDict))
            {
                frame.Function = function;
                return frame;
            }
        }
        return new Frame(code, function.Globals, function.BuiltinsDict) { Function = function };
    }

    /// <summary>Takes back the frame of a call that returned normally.</summary>
    public void Return(Frame frame)
    {
        if (count == Capacity || frame.Escaped) return;
        frame.Locals.AsSpan().Clear();
        frame.Cells = null;
        frame.ReturnValue = null;
        frame.Function = null;
        frames[count++] = frame;
    }
}
