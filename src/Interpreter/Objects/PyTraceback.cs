namespace FatSharp.Interpreter.Objects;

/// <summary>
/// A traceback object (<c>exc.__traceback__</c>): one frame's position, linked from the outermost frame towards the
/// point of the raise through <see cref="Next"/>. Built on demand from the exception's recorded entries.
/// </summary>
public sealed class PyTraceback(TracebackEntry entry, PyTraceback? next, Frame? liveFrame = null) : PyObject(Builtins.Traceback)
{
    public readonly TracebackEntry Entry = entry;
    public readonly PyTraceback? Next = next;
    /// <summary>For the frame handling the exception: the frame itself (its line moves on).</summary>
    public readonly Frame? LiveFrame = liveFrame;

    /// <summary>The chain for the exception's entries (innermost first) plus the frame handling it, or null.</summary>
    public static PyTraceback? Build(PyBaseException e)
    {
        PyTraceback? chain = null;
        for (var i = 0; i < e.Traceback.Count; i++) chain = new PyTraceback(e.Traceback[i], chain);
        if (e.CaughtEntry is { } caught && e.CaughtAtCount == e.Traceback.Count) chain = new PyTraceback(caught, chain, e.CaughtFrame);
        return chain;
    }
}
