using FatSharp.Interpreter.Tests.Support;

namespace FatSharp.Interpreter.Tests;

/// <summary>End-to-end behaviour of <see cref="PythonRuntime.RunMain"/>: exit codes, tracebacks, recursion.</summary>
public sealed class RuntimeTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("fatsharp-rt").FullName;

    public void Dispose() => Directory.Delete(dir, true);

    private (int Code, string Out, string Err) Run(string source)
    {
        var path = Path.Combine(dir, "main.py");
        File.WriteAllText(path, source);
        var o = new StringWriter();
        var e = new StringWriter();
        var code = PythonRuntime.RunMain(path, [path], o, e, null, CPythonAstLoader.Parse);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void UncaughtExceptionPrintsTracebackAndExitsWithOne()
    {
        var (code, output, err) = Run("def f():\n    return 1 / 0\nprint('x')\nf()\n");
        Assert.Equal(1, code);
        Assert.Equal("x\n", output);
        Assert.StartsWith("Traceback (most recent call last):\n", err);
        Assert.Contains("line 4, in <module>\n    f()\n", err);
        Assert.Contains("line 2, in f\n    return 1 / 0\n", err);
        Assert.EndsWith("ZeroDivisionError: division by zero\n", err);
    }

    [Fact]
    public void SystemExitCodeBecomesTheExitCode()
    {
        Assert.Equal(7, Run("import sys\nsys.exit(7)\n").Code);
        Assert.Equal(0, Run("raise SystemExit\n").Code);
    }

    [Fact]
    public void InfiniteRecursionIsARecursionErrorNotACrash()
    {
        var (code, _, err) = Run("def f():\n    f()\nf()\n");
        Assert.Equal(1, code);
        Assert.EndsWith("RecursionError: maximum recursion depth exceeded\n", err);
    }

    [Fact]
    public void RaisedRecursionLimitAllowsDeepRecursion()
    {
        var (code, output, _) = Run("import sys\nsys.setrecursionlimit(200000)\ndef d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(100000))\n");
        Assert.Equal(0, code);
        Assert.Equal("100000\n", output);
    }

    [Fact]
    public void SyntaxErrorIsReported()
    {
        var (code, _, err) = Run("x = (1,\n");
        Assert.Equal(1, code);
        Assert.Contains("SyntaxError", err);
    }

    [Fact]
    public void ReplacedCodeObjectIsUsedByLaterCalls()
    {
        var (_, output, _) = Run("def a(): return 1\ndef b(): return 2\nprint(a())\na.__code__ = b.__code__\nprint(a())\n");
        Assert.Equal("1\n2\n", output);
    }
}
