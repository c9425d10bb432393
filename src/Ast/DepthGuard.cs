using System.Runtime.CompilerServices;

namespace FatSharp.Ast;

/// <summary>
/// Guard for recursive walks over trees: raises <see cref="AstRecursionException"/> before the .NET stack
/// runs out (a stack overflow would kill the process). The check adapts to the thread's real stack size.
/// </summary>
public static class DepthGuard
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new AstRecursionException("maximum recursion depth exceeded during AST processing");
    }
}
