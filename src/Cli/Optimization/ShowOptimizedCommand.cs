using System.Text;
using DiffPlex;
using FatSharp.Ast;
using FatSharp.Cli.Reporting;
using FatSharp.Interpreter;
using FatSharp.Optimizer;

namespace FatSharp.Cli.Optimization;

/// <summary>
/// <c>--show-optimized FILE</c>: the module after the code transformers, printed as source (unparsed), or with
/// <c>--diff</c> as a unified diff of the unparsed original against it. Nothing is run.
/// </summary>
public sealed class ShowOptimizedCommand(IEnumerable<ICodeTransformer> transformers)
{
    public int Execute(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        var path = options.ProgramArgs[0];
        if (!File.Exists(path))
        {
            stderr.Write($"fatsharp: can't open file '{Path.GetFullPath(path)}': [Errno 2] No such file or directory\n");
            return 2;
        }
        var source = File.ReadAllBytes(path);
        var status = 0;
        // The evaluator computes folds with a runtime's objects, on an interpreter thread.
        var thread = new Thread(() =>
        {
            var rt = new PythonRuntime(TextWriter.Null, stderr);
            rt.Enter();
            try
            {
                var host = new CodeTransformerHost(transformers, options.OptimizeLevel);
                var original = Unparser.Unparse(rt.Parser(source, path, Ast.Parsing.ParseMode.Exec));
                var optimized = Unparser.Unparse(host.Transform(rt.Parser(source, path, Ast.Parsing.ParseMode.Exec), path));
                stdout.Write(options.Diff ? UnifiedDiff(path, original, optimized) : optimized + "\n");
            }
            catch (PythonSyntaxError e)
            {
                rt.PrintSyntaxError(e);
                status = 1;
            }
        }, PythonRuntime.InterpreterStackSize);
        thread.Start();
        thread.Join();
        return status;
    }

    /// <summary>A unified diff (3 lines of context) of two texts, from DiffPlex's line blocks.</summary>
    private static string UnifiedDiff(string path, string original, string optimized)
    {
        var a = original.Split('\n');
        var b = optimized.Split('\n');
        var blocks = Differ.Instance.CreateLineDiffs(original, optimized, ignoreWhitespace: false).DiffBlocks;
        var sb = new StringBuilder();
        if (blocks.Count == 0) return "";
        sb.Append("--- ").Append(path).Append('\n').Append("+++ ").Append(path).Append(" (optimized)\n");
        const int context = 3;
        var k = 0;
        while (k < blocks.Count)
        {
            // Blocks closer than twice the context share one hunk.
            var last = k;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * context) last++;
            var startA = Math.Max(0, blocks[k].DeleteStartA - context);
            var startB = Math.Max(0, blocks[k].InsertStartB - context);
            var endA = Math.Min(a.Length, blocks[last].DeleteStartA + blocks[last].DeleteCountA + context);
            var endB = Math.Min(b.Length, blocks[last].InsertStartB + blocks[last].InsertCountB + context);
            sb.Append($"@@ -{startA + 1},{endA - startA} +{startB + 1},{endB - startB} @@\n");
            var posA = startA;
            for (var j = k; j <= last; j++)
            {
                var block = blocks[j];
                for (; posA < block.DeleteStartA; posA++) sb.Append(' ').Append(a[posA]).Append('\n');
                for (var d = 0; d < block.DeleteCountA; d++) sb.Append('-').Append(a[block.DeleteStartA + d]).Append('\n');
                for (var n = 0; n < block.InsertCountB; n++) sb.Append('+').Append(b[block.InsertStartB + n]).Append('\n');
                posA = block.DeleteStartA + block.DeleteCountA;
            }
            for (; posA < endA; posA++) sb.Append(' ').Append(a[posA]).Append('\n');
            k = last + 1;
        }
        return sb.ToString();
    }
}
