using FatSharp.Ast;
using Microsoft.Extensions.Logging;

namespace FatSharp.Optimizer;

/// <summary>
/// Applies a module's <c>__fatoptimizer__ = {...}</c> to a config (fat-peps.md 5.2): only top-level assignments
/// of a dict literal with str keys to that single name count, wherever they are in the module, in order; unknown
/// keys, keys starting with '_' and values that are not constants are ignored.
/// </summary>
internal static class ModuleConfigReader
{
    public const string VariableName = "__fatoptimizer__";

    public static void Apply(Module module, OptimizerConfig config, ILogger logger, string fileName)
    {
        foreach (var stmt in module.Body)
        {
            if (stmt is not Assign { Targets: [Name { Id: VariableName }], Value: Dict dict }) continue;
            if (!dict.Keys.All(k => k is Constant { Value: string }))
            {
                logger.LogDebug("{File}:{Line}: {Name} ignored: its keys must be str constants", fileName, stmt.Lineno, VariableName);
                continue;
            }
            for (var i = 0; i < dict.Keys.Count; i++)
            {
                var key = (string)((Constant)dict.Keys[i]!).Value!;
                if (key.StartsWith('_')) continue;
                string? error;
                if (dict.Values[i] is not Constant value) error = $"the value of '{key}' is not a constant";
                else if (config.TrySet(key, value.Value, out error)) continue;
                if (logger.IsEnabled(LogLevel.Debug))
                    logger.LogDebug("{File}:{Line}: {Name} key ignored: {Error}", fileName, stmt.Lineno, VariableName, error);
            }
        }
    }
}
