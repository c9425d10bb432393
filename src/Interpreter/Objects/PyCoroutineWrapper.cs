namespace FatSharp.Interpreter.Objects;

/// <summary>The iterator returned by <c>coroutine.__await__()</c>: drives the coroutine like <c>yield from</c> would.</summary>
public sealed class PyCoroutineWrapper(PyGenerator coroutine) : PyIterator(Builtins.CoroutineWrapper), IResumable
{
    public readonly PyGenerator Coroutine = coroutine;

    public override bool TryNext(out PyObject item) => Coroutine.Resume(null, null, out item);

    bool IResumable.Resume(PyObject? send, PythonException? toThrow, out PyObject yielded, out PyObject returned) =>
        ((IResumable)Coroutine).Resume(send, toThrow, out yielded, out returned);
}
