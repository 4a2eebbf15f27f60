namespace PrivacyAnalyzers.Testing;

/// <summary>The scratch folders the CLI and package tests write projects into, one per fixture.</summary>
public static class TemporaryFolder
{
    /// <summary>Best effort: a file a child process still holds must not fail the run; the system cleans its temp folder.</summary>
    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
