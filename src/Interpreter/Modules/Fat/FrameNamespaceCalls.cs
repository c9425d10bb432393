namespace FatSharp.Interpreter.Modules.Fat;

/// <summary>
/// Calls that must see the calling frame's globals and builtins: creating GuardGlobals/GuardBuiltins (they watch
/// the creating frame's namespaces) and calling a guard (checked against the calling frame). Call nodes route
/// other callees straight to <see cref="Ops.Call"/> after two reference checks.
/// </summary>
public static class FrameNamespaceCalls
{
    public static PyObject Call(Frame f, PyObject callee, PyObject[] args, string[]? kwNames)
    {
        // type(name, bases, ns) also needs them: the new class's __module__ is the caller's __name__.
        if (callee is not PyGuard && !(callee is PyType t && (GuardTypes.NeedsCallerNamespaces(t) || args.Length == 3 && t.IsSubtypeOf(Builtins.Type))))
            return Ops.Call(callee, args, kwNames);
        var saved = FatGuardHost.EnterNamespaces(f.Globals, f.BuiltinsDict);
        try
        {
            // Direct for guards: instances of Python subclasses of _Guard are callable too.
            return callee is PyGuard g ? GuardTypes.CallGuard(g, args, kwNames) : Ops.Call(callee, args, kwNames);
        }
        finally
        {
            FatGuardHost.RestoreNamespaces(saved);
        }
    }
}
