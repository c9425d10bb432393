using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FatSharp.Optimizer;

/// <summary>
/// Registers the optimizer with Microsoft.Extensions.DependencyInjection: the config, the pipeline, and the
/// transformers as <see cref="ICodeTransformer"/> in PEP 511 order (<c>fat</c>, then <c>opt</c>). The host must
/// register an <see cref="IConstantEvaluator"/> (the interpreter's). To change the transformers, edit the
/// <see cref="ICodeTransformer"/> registrations of the collection; to change the passes, use
/// <see cref="FatOptimizerOptions.ConfigurePipeline"/>.
/// </summary>
public static class FatOptimizerServiceCollectionExtensions
{
    public static IServiceCollection AddFatOptimizer(this IServiceCollection services, Action<FatOptimizerOptions>? configure = null)
    {
        var options = new FatOptimizerOptions();
        configure?.Invoke(options);
        services.AddSingleton(_ =>
        {
            var config = options.ConfigFile != null ? OptimizerConfig.LoadJson(options.ConfigFile) : OptimizerConfig.FromPreset(options.Preset);
            options.ConfigureConfig?.Invoke(config);
            return config;
        });
        services.AddSingleton(_ =>
        {
            var pipeline = OptimizerPipeline.CreateDefault();
            options.ConfigurePipeline?.Invoke(pipeline);
            return pipeline;
        });
        services.AddSingleton(sp => new FatOptimizer(
            sp.GetRequiredService<OptimizerConfig>(),
            sp.GetRequiredService<OptimizerPipeline>(),
            sp.GetRequiredService<IConstantEvaluator>(),
            LoggerFor(sp)));
        services.AddSingleton<ICodeTransformer>(sp => sp.GetRequiredService<FatOptimizer>());
        if (options.IncludeCPythonOptimizer)
            services.AddSingleton<ICodeTransformer>(sp => new CPythonOptimizer(sp.GetRequiredService<IConstantEvaluator>(), LoggerFor(sp)));
        return services;
    }

    private static ILogger LoggerFor(IServiceProvider sp) =>
        sp.GetService<ILoggerFactory>()?.CreateLogger("FatSharp.Optimizer") ?? NullLogger.Instance;
}
