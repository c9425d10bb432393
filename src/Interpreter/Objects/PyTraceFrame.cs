namespace FatSharp.Interpreter.Objects;

/// <summary>The <c>tb_frame</c> of a traceback: where a frame was (a snapshot; frames are not objects at run time).</summary>
public sealed class PyTraceFrame(TracebackEntry entry, Frame? live = null) : PyObject(Builtins.FrameType)
{
    public readonly TracebackEntry Entry = entry;
    public readonly Frame? Live = live;

    public int Line => Live?.Line ?? Entry.Line;
}
