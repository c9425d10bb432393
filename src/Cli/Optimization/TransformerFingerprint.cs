using System.IO.Hashing;
using System.Text;
using FatSharp.Optimizer;

namespace FatSharp.Cli.Optimization;

/// <summary>
/// The fingerprint recorded for a code transformer in cache files: a hex XXH128 of its configuration (for the FAT
/// optimizer <see cref="OptimizerConfig.Fingerprint"/>, which covers the optimizer-rules hash, and its pass
/// list), plus the identity of the code that computes its output: the build of the optimizer, of the interpreter
/// whose operations fold constants, and of this assembly (the evaluator). A rebuilt optimizer changes the module
/// version ids (deterministic builds change them only when the code changes), so caches made by older code are
/// stale rather than silently reused.
/// </summary>
public static class TransformerFingerprint
{
    public static string Of(ICodeTransformer transformer)
    {
        var sb = new StringBuilder();
        sb.Append("name=").Append(transformer.Name).Append('\n');
        sb.Append("type=").Append(transformer.GetType().FullName).Append('\n');
        if (transformer is FatOptimizer fat)
        {
            sb.Append("config=").Append(fat.Config.Fingerprint()).Append('\n');
            sb.Append("in_place=").AppendJoin(',', fat.Pipeline.InPlace.Select(p => p.GetType().Name)).Append('\n');
            sb.Append("specialized=").AppendJoin(',', fat.Pipeline.Specialized.Select(p => p.GetType().Name)).Append('\n');
        }
        // CPythonOptimizer: its passes and limits are fixed in its code, which the build ids below cover.
        sb.Append("code=").Append(BuildId(transformer.GetType())).Append(',')
          .Append(BuildId(typeof(Interpreter.PythonRuntime))).Append(',').Append(BuildId(typeof(TransformerFingerprint))).Append('\n');
        return Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static Guid BuildId(Type type) => type.Assembly.ManifestModule.ModuleVersionId;
}
