using System;
using System.IO;
using System.Text;

namespace PrivacyAnalyzers.Build.Tasks
{
    /// <summary>
    /// Writes a manifest the way `privacy scan --output` does (UTF-8 without a byte-order mark, the text as the
    /// library renders it), but only when the bytes differ: an unchanged manifest keeps its timestamp, so what
    /// depends on it is not rebuilt. A write goes to a temporary file in the same folder that is then renamed
    /// over the target, so a reader (a parallel build, a copy step) never sees half a file.
    /// </summary>
    internal static class ManifestFiles
    {
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        public static byte[] Encode(string json) => Utf8.GetBytes(json);

        /// <summary>
        /// Writes <paramref name="bytes"/> to <paramref name="path"/> unless it already holds them; true when it wrote.
        /// <paramref name="previous"/> is where the last manifest was moved aside before the compiler ran: when it
        /// holds the same bytes it is moved back, keeping its timestamp, and in any case it is gone afterwards.
        /// </summary>
        public static bool WriteIfChanged(string path, byte[] bytes, string? previous = null)
        {
            var target = Path.GetFullPath(path);
            if (!string.IsNullOrEmpty(previous) && File.Exists(previous))
            {
                if (!File.Exists(target) && HasBytes(previous!, bytes))
                {
                    File.Move(previous!, target);
                    return false;
                }

                File.Delete(previous!);
            }

            if (HasBytes(target, bytes))
            {
                return false;
            }

            var folder = Path.GetDirectoryName(target)!;
            Directory.CreateDirectory(folder);
            var temporary = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
            try
            {
                File.WriteAllBytes(temporary, bytes);
                File.Move(temporary, target, overwrite: true);
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }

            return true;
        }

        /// <summary>Deletes a manifest that no longer describes a successful build; false when there was none.</summary>
        public static bool Delete(string path)
        {
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }

        private static bool HasBytes(string path, byte[] bytes)
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != bytes.Length)
            {
                return false;
            }

            return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        }
    }
}
