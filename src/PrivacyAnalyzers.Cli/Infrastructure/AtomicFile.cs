using System.Collections.Concurrent;
using System.Text;

namespace PrivacyAnalyzers.Cli
{
    /// <summary>
    /// Writes a file all at once or not at all: the text goes to a temporary file in the same folder,
    /// which is then moved over the target (an atomic rename on the same volume). Readers never see a
    /// half-written manifest, and a cancelled or failed write leaves no temporary file behind.
    /// </summary>
    internal static class AtomicFile
    {
        private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        static AtomicFile()
        {
            // A process stopped in the middle of a write (Ctrl-C past the grace period) still cleans up.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DeletePending();
        }

        public static async Task WriteAsync(string path, string contents, CancellationToken cancellationToken)
        {
            var target = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(target)!;
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new ToolException($"Cannot create the folder of '{path}': {exception.Message}", exception);
            }

            var temporary = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
            Pending.TryAdd(temporary, 0);
            try
            {
                var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous);
                await using (stream.ConfigureAwait(false))
                {
                    var bytes = Utf8.GetBytes(contents);
                    await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                    await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                    stream.Flush(flushToDisk: true);
                }

                cancellationToken.ThrowIfCancellationRequested();
                File.Move(temporary, target, overwrite: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new ToolException($"Cannot write '{path}': {exception.Message}", exception);
            }
            finally
            {
                TryDelete(temporary);
                Pending.TryRemove(temporary, out _);
            }
        }

        private static void DeletePending()
        {
            foreach (var path in Pending.Keys)
            {
                TryDelete(path);
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                }
            }
            catch (IOException)
            {
                // Best effort.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
