using System.Text;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Optimizer;
using FatSharp.Optimizer.Passes;
using FatSharp.Tests.Optimizer.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FatSharp.Tests.Optimizer;

public sealed class RegistrationTests
{
    private static ServiceProvider Build(Action<FatOptimizerOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConstantEvaluator, TestConstantEvaluator>();
        services.AddFatOptimizer(configure);
        return services.BuildServiceProvider();
    }

    private static Module Parse(string source) => (Module)PythonParser.Parse(Encoding.UTF8.GetBytes(source), "m.py");

    [Fact]
    public void Transformers_come_in_pep_511_order_fat_then_opt()
    {
        using var sp = Build();
        var names = sp.GetServices<ICodeTransformer>().Select(t => t.Name).ToList();
        Assert.Equal(["fat", "opt"], names);
        Assert.Equal("fat-opt", string.Join("-", names));
    }

    [Fact]
    public void The_cpython_optimizer_can_be_left_out()
    {
        using var sp = Build(o => o.IncludeCPythonOptimizer = false);
        Assert.Equal(["fat"], sp.GetServices<ICodeTransformer>().Select(t => t.Name));
    }

    [Fact]
    public void Preset_and_config_changes_are_applied()
    {
        using var sp = Build(o =>
        {
            o.Preset = "all";
            o.ConfigureConfig = c => c.UnrollLoops = 3;
        });
        var config = sp.GetRequiredService<OptimizerConfig>();
        Assert.True(config.CopyBuiltinToConstant);
        Assert.Equal(3, config.UnrollLoops);
    }

    [Fact]
    public void A_host_edits_the_pipeline_not_flags()
    {
        using var sp = Build(o => o.ConfigurePipeline = p => p.InPlace.RemoveAll(pass => pass is ConstantFolding));
        var fat = sp.GetRequiredService<FatOptimizer>();
        var tree = fat.Transform(Parse("x = 2 * 3\n"), new TransformContext("m.py"));
        Assert.Equal("x = 2 * 3", Unparser.Unparse(tree));
    }

    [Fact]
    public void A_transformer_registered_first_runs_first()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConstantEvaluator, TestConstantEvaluator>();
        services.AddSingleton<ICodeTransformer>(new RenameTransformer());
        services.AddFatOptimizer();
        using var sp = services.BuildServiceProvider();
        var tree = Parse("def f():\n    return size('abc')\n");
        foreach (var t in sp.GetServices<ICodeTransformer>()) tree = t.Transform(tree, new TransformContext("m.py"));
        Assert.Contains("return 3", Unparser.Unparse(tree));
    }

    [Fact]
    public void Missing_evaluator_is_reported_when_resolving()
    {
        var services = new ServiceCollection();
        services.AddFatOptimizer();
        using var sp = services.BuildServiceProvider();
        var e = Assert.Throws<InvalidOperationException>(() => sp.GetServices<ICodeTransformer>().ToList());
        Assert.Contains(nameof(IConstantEvaluator), e.Message);
    }

    [Fact]
    public void Context_config_overrides_the_registered_one()
    {
        using var sp = Build();
        var fat = sp.GetRequiredService<FatOptimizer>();
        var tree = fat.Transform(Parse("x = 2 * 3\n"), new TransformContext("m.py", OptimizerConfig.FromPreset("none")));
        Assert.Equal("x = 2 * 3", Unparser.Unparse(tree));
    }

    /// <summary>A user transformer: renames size() to len() so that the fat optimizer can fold it.</summary>
    private sealed class RenameTransformer : ICodeTransformer
    {
        public string Name => "rename";

        public Module Transform(Module tree, TransformContext context)
        {
            new Renamer().Visit(tree);
            return tree;
        }

        private sealed class Renamer : NodeVisitor
        {
            public override void VisitName(Name node)
            {
                if (node.Id == "size") node.Id = "len";
            }
        }
    }
}
