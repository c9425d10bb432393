using System.Runtime.CompilerServices;

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
    // Slots below count hold free frames. A rented frame stays referenced by its slot: calls nest, so the frame
    // usually comes back to the same slot and Return then stores nothing (no write barrier on every call).
    private readonly Frame?[] frames = new Frame?[Capacity];
    private int count;

    /// <summary>A cleared frame for a call of <paramref name="code"/> in these namespaces, or a new one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Frame Rent(PyCode code, PyFunction function)
    {
        var c = count - 1;
        if (c >= 0)
        {
            var frame = frames[c]!;
            if (ReferenceEquals(frame.Globals, function.Globals) && ReferenceEquals(frame.BuiltinsDict, function.BuiltinsDict))
            {
                count = c;
                // Return leaves the function in place: the same function calls the same code most of the time.
                if (!ReferenceEquals(frame.Function, function)) frame.Function = function;
                return frame;
            }
        }
        return RentNew(code, function);
    }

    /// <summary>A new frame; a free frame of other namespaces (exec of this code elsewhere) is dropped.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame RentNew(PyCode code, PyFunction function)
    {
        if (count > 0) frames[--count] = null;
        return new Frame(code, function.Globals, function.BuiltinsDict) { Function = function };
    }

    /// <summary>Takes back the frame of a call that returned normally.</summary>
    public void Return(Frame frame)
    {
        var c = count;
        if (c == Capacity || frame.Escaped) return;
        var locals = frame.Locals;
        if (locals.Length <= 8)
        {
            for (var i = 0; i < locals.Length; i++) locals[i] = null;
        }
        else Array.Clear(locals);
        frame.Cells = null;
        frame.ReturnValue = null;
        if (!ReferenceEquals(frames[c], frame)) frames[c] = frame;
        count = c + 1;
    }
}
