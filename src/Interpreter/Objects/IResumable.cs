namespace FatSharp.Interpreter.Objects;

/// <summary>Something <c>yield from</c>/<c>await</c> can drive directly (generators, coroutines, async generator steps).</summary>
internal interface IResumable
{
    /// <summary>Runs to the next suspension (true, value in <paramref name="yielded"/>) or to the end (false, result in <paramref name="returned"/>).</summary>
    bool Resume(PyObject? send, PythonException? toThrow, out PyObject yielded, out PyObject returned);
}
