using FatSharp.Ast;
using Microsoft.Extensions.Logging;

namespace FatSharp.Optimizer;

/// <summary>
/// Applies a module's <c>__fatoptimizer__ = {...}</c> to a config (fat-peps.md 5.2): only top-level assignments
/// of a dict literal of constants to that single name count, wherever they are in the module, in order; unknown
/// keys and keys starting with '_' are ignored.
/// </summary>
internal static class ModuleConfigReader
{
    public const string VariableName = "__fatoptimizer__";

    public static void Apply(Module module, OptimizerConfig config, ILogger logger, string fileName)
    {
        foreach (var stmt in module.Body)
        {
            if (stmt is not Assign { Targets: [Name { Id: VariableName }], Value: Dict dict }) continue;
            var constant = true;
            for (var i = 0; i < dict.Keys.Count; i++)
                if (dict.Keys[i] is not Constant { Value: string } || dict.Values[i] is not Constant) constant = false;
            if (!constant)
            {
                logger.LogDebug("{File}:{Line}: {Name} ignored: not a dict of constants with str keys", fileName, stmt.Lineno, VariableName);
                continue;
            }
            for (var i = 0; i < dict.Keys.Count; i++)
            {
                var key = (string)((Constant)dict.Keys[i]!).Value!;
                if (key.StartsWith('_')) continue;
                if (!config.TrySet(key, ((Constant)dict.Values[i]).Value, out var error) && logger.IsEnabled(LogLevel.Debug))
                    logger.LogDebug("{File}:{Line}: {Name} key ignored: {Error}", fileName, stmt.Lineno, VariableName, error);
            }
        }
    }
}
