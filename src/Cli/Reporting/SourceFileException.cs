namespace FatSharp.Cli.Reporting;

/// <summary>
/// A source file that cannot be read, with the Python OSError subclass, errno and strerror python3 reports,
/// e.g. <c>FileNotFoundError</c>, 2, <c>No such file or directory</c>.
/// </summary>
public sealed class SourceFileException(string pythonClass, int errno, string strerror, string path)
    : Exception($"[Errno {errno}] {strerror}: '{path}'")
{
    public string PythonClass { get; } = pythonClass;
    public int Errno { get; } = errno;
    public string StrError { get; } = strerror;
    public string Path { get; } = path;
}
