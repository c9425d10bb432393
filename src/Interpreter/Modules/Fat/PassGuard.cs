using FatSharp.Guards;

namespace FatSharp.Interpreter.Modules.Fat;

/// <summary>The check of <c>fat._Guard</c> instances: always passes (a Python subclass cannot replace it).</summary>
public sealed class PassGuard : Guard<PyObject>
{
    public override GuardResult Check(ReadOnlySpan<PyObject> args, ReadOnlySpan<string> kwnames) => GuardResult.Pass;

    public override bool ReadsArguments => false;
}
