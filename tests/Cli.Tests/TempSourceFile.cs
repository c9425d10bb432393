namespace FatSharp.Cli.Tests;

/// <summary>A source file in a fresh temporary directory, deleted with it.</summary>
public sealed class TempSourceFile : IDisposable
{
    private readonly string _directory;

    public TempSourceFile(byte[] content, string name = "example.py")
    {
        _directory = Directory.CreateTempSubdirectory("fatsharp-cli-").FullName;
        Path = System.IO.Path.Combine(_directory, name);
        File.WriteAllBytes(Path, content);
    }

    public TempSourceFile(string content, string name = "example.py") : this(System.Text.Encoding.UTF8.GetBytes(content), name)
    {
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(_directory, true);
}
