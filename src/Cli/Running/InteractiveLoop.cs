using System.Text;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Interpreter;
using FatSharp.Interpreter.Objects;
using FatSharp.Interpreter.Runtime;

namespace FatSharp.Cli.Running;

/// <summary>
/// The interactive prompt: <c>&gt;&gt;&gt; </c> and <c>... </c> prompts on stderr (as python3), a statement read
/// until it is complete, the value of an expression statement echoed with repr (and kept in <c>_</c>), errors
/// printed as tracebacks without leaving, end of input exits with status 0, SystemExit with its code.
/// </summary>
public sealed class InteractiveLoop(PythonRuntime rt, TextReader input, TextWriter stderr,
    Func<bool> interrupted, Action<bool> setInterrupted, Action<bool> setAtPrompt)
{
    public int Run()
    {
        var globals = new PyDict();
        globals.SetItem("__name__", new PyStr("__main__"));
        globals.SetItem("__builtins__", rt.BuiltinsModule);
        rt.Modules.SetItem("__main__", new PyModule("__main__", globals));
        stderr.Write(CliText.Version + "\n");
        var buffer = new StringBuilder();
        while (true)
        {
            stderr.Write(buffer.Length == 0 ? ">>> " : "... ");
            setAtPrompt(true);
            var line = input.ReadLine();
            setAtPrompt(false);
            if (interrupted())
            {
                setInterrupted(false);
                stderr.Write("\nKeyboardInterrupt\n");
                buffer.Clear();
                continue;
            }
            if (line is null)
            {
                stderr.Write("\n");
                return 0;
            }
            var compound = buffer.Length > 0 && IsCompoundStart(buffer);
            buffer.Append(line).Append('\n');
            if (compound && line.Trim().Length > 0) continue; // a block ends with an empty line
            var source = buffer.ToString();
            if (source.Trim().Length == 0)
            {
                buffer.Clear();
                continue;
            }
            if (!compound && NeedsMore(source)) continue;
            buffer.Clear();
            var exit = RunOne(source, globals);
            if (exit is { } code) return code;
        }
    }

    private static bool IsCompoundStart(StringBuilder buffer)
    {
        var first = buffer.ToString().Split('\n')[0];
        var hash = first.IndexOf('#');
        return (hash >= 0 ? first[..hash] : first).TrimEnd().EndsWith(':') || first.TrimStart().StartsWith('@');
    }

    /// <summary>True when the text so far cannot be complete: an open bracket, a continuation, or a block header.</summary>
    private bool NeedsMore(string source)
    {
        var firstLine = source.Split('\n')[0];
        var hash = firstLine.IndexOf('#');
        if ((hash >= 0 ? firstLine[..hash] : firstLine).TrimEnd().EndsWith(':') || firstLine.TrimStart().StartsWith('@')) return true;
        try
        {
            rt.Parser(Encoding.UTF8.GetBytes(source), "<stdin>", ParseMode.Exec);
            return false;
        }
        catch (PythonSyntaxError e)
        {
            return e.Msg.Contains("was never closed", StringComparison.Ordinal)
                || e.Msg.Contains("unexpected EOF", StringComparison.Ordinal)
                || e.Msg.Contains("incomplete input", StringComparison.Ordinal)
                || source.TrimEnd('\n').EndsWith('\\');
        }
    }

    /// <summary>Runs one complete input; returns an exit status when the program asked to leave.</summary>
    private int? RunOne(string source, PyDict globals)
    {
        var bytes = Encoding.UTF8.GetBytes(source);
        try
        {
            try
            {
                Mod tree = rt.Parser(bytes, "<stdin>", ParseMode.Exec);
                if (tree is Module { Body: [ExprStmt] })
                {
                    var value = rt.ExecCode(rt.Compile(bytes, "<stdin>", ParseMode.Eval), globals, null);
                    if (value is not PyNone)
                    {
                        rt.BuiltinsDict.SetItem("_", value);
                        rt.Stdout.Write(Ops.Repr(value) + "\n");
                    }
                }
                else
                {
                    rt.ExecCode(rt.Compile(bytes, "<stdin>", ParseMode.Exec), globals, null);
                }
            }
            finally
            {
                rt.Stdout.Writer?.Flush();
            }
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.SystemExit))
        {
            var args = e.Value.Args.Items;
            var code = args.Length == 0 ? PyNone.Value : args.Length == 1 ? args[0] : e.Value.Args;
            if (code is PyNone) return 0;
            if (code is Interpreter.Objects.PyInt i) return i.TryGetInt32(out var c) ? c : -1;
            stderr.Write(Ops.Str(code) + "\n");
            return 1;
        }
        catch (PythonException e)
        {
            stderr.Write(rt.FormatException(e.Value));
        }
        catch (PythonSyntaxError e)
        {
            rt.PrintSyntaxError(e);
        }
        catch (AstRecursionException)
        {
            stderr.Write("RecursionError: maximum recursion depth exceeded during compilation\n");
        }
        return null;
    }
}
