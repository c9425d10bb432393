using System.Text;
using FatSharp.Interpreter;
using FatSharp.Interpreter.Objects;

namespace FatSharp.Cli.Running;

/// <summary>
/// The program's standard output. A write that fails because the reader went away (<c>fatsharp x.py | head -1</c>)
/// raises Python's <c>BrokenPipeError</c> in the program, as python3 does; once the pipe is known broken, later
/// output (e.g. the flush at exit) is dropped and <see cref="Broken"/> tells the caller. With <c>-u</c> every
/// write is flushed.
/// </summary>
public sealed class ProgramOutputWriter(TextWriter inner, bool unbuffered) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    /// <summary>True once a write or flush failed because the reader went away.</summary>
    public bool Broken { get; private set; }

    /// <summary>True when the failure was reported to the program as BrokenPipeError.</summary>
    public bool Raised { get; private set; }

    public override void Write(char value) => Guard(() => inner.Write(value), unbuffered);

    public override void Write(string? value) => Guard(() => inner.Write(value), unbuffered);

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count), unbuffered);

    public override void Flush() => Guard(inner.Flush, false);

    /// <summary>Flushes at exit: never raises, only records a broken pipe.</summary>
    public void FlushAtExit()
    {
        if (Broken) return;
        try
        {
            inner.Flush();
        }
        catch (IOException)
        {
            Broken = true;
        }
    }

    private void Guard(Action write, bool flush)
    {
        if (Broken) return;
        try
        {
            write();
            if (flush) inner.Flush();
        }
        catch (IOException)
        {
            Broken = true;
            Raised = true;
            throw new PythonException(new PyBaseException(Builtins.Exceptions["BrokenPipeError"],
                new PyTuple([new PyStr("[Errno 32] Broken pipe")])));
        }
    }
}
