namespace FatSharp.Cli.Reporting;

/// <summary>Reads source files, turning .NET I/O failures into the OSError python3 would report.</summary>
public static class SourceFiles
{
    /// <exception cref="SourceFileException">the file cannot be read.</exception>
    public static byte[] Read(string path)
    {
        try
        {
            if (Directory.Exists(path)) throw new SourceFileException("IsADirectoryError", 21, "Is a directory", path);
            return File.ReadAllBytes(path);
        }
        catch (FileNotFoundException) { throw new SourceFileException("FileNotFoundError", 2, "No such file or directory", path); }
        catch (DirectoryNotFoundException) { throw new SourceFileException("FileNotFoundError", 2, "No such file or directory", path); }
        catch (UnauthorizedAccessException) { throw new SourceFileException("PermissionError", 13, "Permission denied", path); }
        catch (PathTooLongException) { throw new SourceFileException("OSError", 36, "File name too long", path); }
        catch (IOException e) { throw new SourceFileException("OSError", 5, e.Message, path); }
        catch (ArgumentException) { throw new SourceFileException("ValueError", 22, "Invalid argument", path); }
    }
}
