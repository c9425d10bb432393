namespace FatSharp.Optimizer;

/// <summary>An invalid optimizer configuration or rule file; the message names the file and the key at fault.</summary>
public sealed class OptimizerConfigException(string message) : Exception(message);
