namespace FatSharp.Interpreter.Objects;

/// <summary>One line of a traceback: where a frame was when the exception passed through it.</summary>
public readonly record struct TracebackEntry(string Filename, int Line, string Name);

/// <summary>Instances of BaseException and all its subclasses (builtin or user-defined).</summary>
public sealed class PyBaseException : PyObject
{
    public PyTuple Args;
    private PyDict? dict;
    public PyBaseException? Cause;
    public PyBaseException? Context;
    public bool SuppressContext;
    public readonly List<TracebackEntry> Traceback = [];
    public PyObject? TracebackObject;
    /// <summary>The frame position where a handler caught this exception (valid while no entry was added since).</summary>
    public TracebackEntry? CaughtEntry;
    public int CaughtAtCount;
    private PyTraceback? builtTraceback;
    private int builtCount = -1;

    /// <summary><c>__traceback__</c>: an explicitly set value, else the chain built from the recorded entries.</summary>
    public PyObject TracebackValue()
    {
        if (TracebackObject is not null) return TracebackObject;
        var count = Traceback.Count + (CaughtEntry is not null && CaughtAtCount == Traceback.Count ? 1 : 0);
        if (count != builtCount)
        {
            builtTraceback = PyTraceback.Build(this);
            builtCount = count;
        }
        return (PyObject?)builtTraceback ?? PyNone.Value;
    }

    /// <summary>The live frame that caught this exception (its tb_frame.f_lineno follows the handler).</summary>
    internal Frame? CaughtFrame;
    // Set by a bare raise: the frame's entry keeps the line where the exception first passed it.
    private TracebackEntry? reraiseEntry;

    /// <summary>Records the frame of the handler that caught this exception (the outermost traceback entry so far).</summary>
    internal void NoteCaught(Frame f)
    {
        CaughtEntry = new TracebackEntry(f.Code.Filename, f.Line, f.Code.Name);
        CaughtAtCount = Traceback.Count;
        CaughtFrame = f;
        f.Escaped = true;
    }

    /// <summary>A bare <c>raise</c> in the handling frame: that frame's entry stays the one recorded when caught.</summary>
    internal void NoteBareReraise(Frame f)
    {
        if (CaughtEntry is { } c && CaughtAtCount == Traceback.Count && ReferenceEquals(CaughtFrame, f)) reraiseEntry = c;
    }

    /// <summary>Adds the entry of a frame the exception leaves.</summary>
    public void AddFrameEntry(TracebackEntry entry)
    {
        Traceback.Add(reraiseEntry is { } r && r.Filename == entry.Filename && r.Name == entry.Name ? r : entry);
        reraiseEntry = null;
    }
    /// <summary>Set for BaseExceptionGroup instances: the message and the tuple of sub-exceptions.</summary>
    public PyStr? GroupMessage;
    public PyTuple? GroupExceptions;

    public PyBaseException(PyType type, PyTuple args) : base(type) => Args = args;

    public override PyDict? Dict => dict;

    public override PyDict GetOrCreateDict() => dict ??= new PyDict();

    public PythonException ToException() => new(this);
}
