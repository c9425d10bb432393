namespace FatSharp.Cli;

/// <summary>The command line is not understood: reported with the usage line and exit status 2, as python3 does.</summary>
public sealed class CliUsageException(string message) : Exception(message);
