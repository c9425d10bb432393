namespace FatSharp.Interpreter.Execution;

/// <summary>
/// A consumer that generator expressions push their values into (<see cref="PyGenerator.Push"/>), for builtins
/// such as sum() that would otherwise resume the generator once per value. <see cref="Accept"/> must not run
/// Python code (the generator is still running meanwhile): it declines a value it cannot take that way, and the
/// caller deals with it while the generator is suspended.
/// </summary>
internal interface IValueSink
{
    /// <summary>Takes the value and returns true, or keeps it aside and returns false to stop the push.</summary>
    bool Accept(PyObject value);
}
