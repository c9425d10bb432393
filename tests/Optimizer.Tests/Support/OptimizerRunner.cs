using System.Globalization;
using FatSharp.Ast;
using FatSharp.Optimizer;
using Microsoft.Extensions.Logging;

namespace FatSharp.Tests.Optimizer.Support;

/// <summary>Runs the transformer a case asks for on the case's CPython tree and describes the result.</summary>
public static class OptimizerRunner
{
    public sealed record Result(Module Tree, IReadOnlyList<string> Log);

    /// <summary>Runs the case with a log (its lines in the result), or with <paramref name="logger"/> if given.</summary>
    public static Result Run(OptimizerCases.Case c, ILogger? logger = null)
    {
        var tree = OptimizerCases.Tree(c.Name);
        var list = new ListLogger();
        logger ??= list;
        var evaluator = new TestConstantEvaluator();
        var options = new Dictionary<string, string>(c.Options);
        var optimize = options.Remove("optimize", out var level) ? int.Parse(level, CultureInfo.InvariantCulture) : 0;
        var context = new TransformContext(c.Name + ".py", null, optimize);
        if (options.Remove("transformer", out var transformer) && transformer == "opt")
            return new Result(new CPythonOptimizer(evaluator, logger).Transform(tree, context), list.Lines);
        var config = OptimizerConfig.FromPreset(options.Remove("preset", out var preset) ? preset : OptimizerConfig.DefaultPreset);
        foreach (var (key, value) in options)
        {
            object parsed = value switch
            {
                "true" => true,
                "false" => false,
                _ => long.Parse(value, CultureInfo.InvariantCulture),
            };
            if (!config.TrySet(key, parsed, out var error)) throw new InvalidOperationException($"case {c.Name}: {error}");
        }
        var optimizer = new FatOptimizer(config, OptimizerPipeline.CreateDefault(), evaluator, logger);
        return new Result(optimizer.Transform(tree, context), list.Lines);
    }

    /// <summary>The tree as source, as CPython's ast.unparse writes it.</summary>
    public static string Source(Node tree) => Unparser.Unparse(tree);

    /// <summary>The snapshot text of a case: options, source before, source after, the tree after and the log.</summary>
    public static string Describe(OptimizerCases.Case c, Result result)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("## ").Append(c.Name).Append('\n');
        if (c.Options.Count > 0)
            sb.Append("## options: ").Append(string.Join(", ", c.Options.Select(o => o.Key + "=" + o.Value))).Append('\n');
        sb.Append("## source\n").Append(c.Source);
        sb.Append("## optimized\n").Append(Source(result.Tree).TrimEnd('\n')).Append('\n');
        sb.Append("## ast\n").Append(AstDump.Dump(result.Tree)).Append('\n');
        sb.Append("## log\n");
        foreach (var line in result.Log) sb.Append(line).Append('\n');
        return sb.ToString();
    }
}
