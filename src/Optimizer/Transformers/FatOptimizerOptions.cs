namespace FatSharp.Optimizer;

/// <summary>How <see cref="FatOptimizerServiceCollectionExtensions.AddFatOptimizer"/> builds the optimizer.</summary>
public sealed class FatOptimizerOptions
{
    /// <summary>The preset the config starts from (<c>default</c>, <c>all</c>, <c>none</c>), unless <see cref="ConfigFile"/> is set.</summary>
    public string Preset { get; set; } = OptimizerConfig.DefaultPreset;

    /// <summary>A JSON config file (<c>--fat-config</c>); it names its own preset.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>Last changes to the config (e.g. from command-line options).</summary>
    public Action<OptimizerConfig>? ConfigureConfig { get; set; }

    /// <summary>Edits of the pass lists: add, remove or reorder passes.</summary>
    public Action<OptimizerPipeline>? ConfigurePipeline { get; set; }

    /// <summary>Also register the <c>opt</c> transformer after <c>fat</c> (PEP 511's <c>-X fat</c> gives <c>fat-opt</c>).</summary>
    public bool IncludeCPythonOptimizer { get; set; } = true;
}
