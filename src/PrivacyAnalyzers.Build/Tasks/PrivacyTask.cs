using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PrivacyAnalyzers.Manifests.Formats;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Build.Tasks
{
    /// <summary>
    /// What both tasks share: a bad input is a located error (the file, and the line and column when the reader
    /// knows them), never an exception out of the task, which MSBuild would print as a crash (MSB4018).
    /// </summary>
    public abstract class PrivacyTask : Task
    {
        private static readonly char[] FormatSeparators = { ';', ',' };

        /// <summary>True when the manifest (or the merged manifest) was written; false when its bytes were already there.</summary>
        [Output]
        public bool Written { get; set; }

        /// <summary>
        /// The formats asked for (PrivacyManifestFormats, separated by ';' or ','), by `privacy render`'s --format names
        /// (and <c>play</c> for play-data-safety): each is written beside the manifest (<see cref="FormatPath"/>).
        /// </summary>
        public string? Formats { get; set; }

        /// <summary>The last manifest, moved aside before the compiler ran (see ManifestFiles.WriteIfChanged).</summary>
        public string? PreviousPath { get; set; }

        /// <summary>Where to copy the manifest (PrivacyManifestOutput), written only when its bytes differ.</summary>
        public string? CopyTo { get; set; }

        /// <summary>An error at <paramref name="file"/>, at the line and column <paramref name="exception"/> carries, if any.</summary>
        protected void LogFileError(string code, string file, string message, Exception? exception = null)
        {
            var (line, column) = LocationOf(exception);
            Log.LogError(subcategory: null, errorCode: code, helpKeyword: null, file: file, lineNumber: line, columnNumber: column, endLineNumber: 0, endColumnNumber: 0, message: message);
        }

        /// <summary>A parameter MSBuild passed empty: the targets are wrong or were called by hand.</summary>
        protected bool RequireParameter(string? value, string name)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return true;
            }

            Log.LogError(subcategory: null, errorCode: BuildMessages.BadParameter, helpKeyword: null, file: BuildEngine?.ProjectFileOfTaskNode, lineNumber: 0, columnNumber: 0, endLineNumber: 0, endColumnNumber: 0, message: $"{GetType().Name}: the parameter {name} is empty.");
            return false;
        }

        /// <summary>Writes the manifest and its copy; false (with an error logged) when the file system refuses.</summary>
        protected bool Publish(string outputPath, string json)
        {
            var bytes = ManifestFiles.Encode(json);
            var target = outputPath;
            try
            {
                Written = ManifestFiles.WriteIfChanged(target, bytes, PreviousPath);
                Log.LogMessage(MessageImportance.Low, Written ? $"Wrote the privacy manifest {target}." : $"The privacy manifest {target} is up to date.");
                if (!string.IsNullOrWhiteSpace(CopyTo))
                {
                    target = CopyTo!;
                    var copied = ManifestFiles.WriteIfChanged(target, bytes);
                    Log.LogMessage(MessageImportance.Low, copied ? $"Copied the privacy manifest to {target}." : $"The privacy manifest copy {target} is up to date.");
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                LogFileError(BuildMessages.WriteFailed, target, $"Cannot write the privacy manifest '{target}': {exception.Message}");
                return false;
            }

            return true;
        }

        /// <summary>Deletes the manifest of an earlier build when this one cannot produce it, so no stale file claims success.</summary>
        protected void DeleteStale(string outputPath)
        {
            try
            {
                if (ManifestFiles.Delete(outputPath))
                {
                    Log.LogMessage(MessageImportance.Normal, $"Deleted the stale privacy manifest {outputPath}.");
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                LogFileError(BuildMessages.WriteFailed, outputPath, $"Cannot delete the stale privacy manifest '{outputPath}': {exception.Message}");
            }
        }

        /// <summary>
        /// Writes every asked format beside the manifest, with the renderers `privacy render` uses (so the same bytes),
        /// each only when its bytes change; one warning (PRIVB003) names the asked formats that do not exist. A format
        /// that refuses (a store format for a partial scan) or cannot be written is an error (PRIVB006).
        /// <paramref name="rules"/> is called only when a format is asked: the rules come from the compiler's log.
        /// </summary>
        protected void WriteFormats(string manifestPath, Manifest manifest, Func<IReadOnlyDictionary<string, RuleInfo>> rules)
        {
            if (string.IsNullOrWhiteSpace(Formats))
            {
                return;
            }

            var unknown = new List<string>();
            var done = new List<string>();
            FormatContext? context = null;
            foreach (var part in Formats!.Split(FormatSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                var name = part.Trim();
                var format = Find(name);
                if (format is null)
                {
                    if (name.Length != 0 && !unknown.Contains(name))
                    {
                        unknown.Add(name);
                    }

                    continue;
                }

                if (format.Name == "json" || done.Contains(format.Name))
                {
                    continue;
                }

                done.Add(format.Name);
                var path = FormatPath(manifestPath, format.Name);
                try
                {
                    context ??= new FormatContext(rules(), manifest.Scan.RepositoryPath ?? string.Empty);
                    var written = ManifestFiles.WriteIfChanged(path, ManifestFiles.Encode(ManifestFormats.Render(format, manifest, context, allowPartial: false)));
                    Log.LogMessage(MessageImportance.Low, written ? $"Wrote {path}." : $"{path} is up to date.");
                }
                catch (Exception exception) when (exception is ManifestFormatException or PrivacyAnalyzers.Manifests.ManifestReadException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    LogFileError(BuildMessages.WriteFailed, path, $"PrivacyManifestFormats: cannot write the {format.Name} file '{path}': {exception.Message}");
                }
            }

            if (unknown.Count != 0)
            {
                Log.LogWarning(subcategory: null, warningCode: BuildMessages.FormatsNotSupported, helpKeyword: null, file: BuildEngine?.ProjectFileOfTaskNode, lineNumber: 0, columnNumber: 0, endLineNumber: 0, endColumnNumber: 0,
                    message: $"PrivacyManifestFormats: unknown format names, not written: {string.Join(", ", unknown)}. The formats are {string.Join(", ", ManifestFormats.Names)} (and play for play-data-safety).");
            }
        }

        /// <summary>
        /// Where a format is written: beside the manifest, its name with the format's extension
        /// (privacy-manifest.md, .sarif, .xcprivacy, .play-data-safety.csv, .fides.yml, .html); the targets list the
        /// same names for Clean.
        /// </summary>
        public static string FormatPath(string manifestPath, string format)
        {
            var extension = format switch
            {
                "markdown" => ".md",
                "play-data-safety" => ".play-data-safety.csv",
                "fides" => ".fides.yml",
                _ => "." + format,
            };
            return Path.ChangeExtension(manifestPath, null) + extension;
        }

        private static IManifestFormat? Find(string name)
        {
            if (string.Equals(name, "play", StringComparison.OrdinalIgnoreCase))
            {
                name = "play-data-safety";
            }

            foreach (var format in ManifestFormats.All)
            {
                if (string.Equals(format.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return format;
                }
            }

            return null;
        }

        /// <summary>Whether the task may report <paramref name="exception"/> and go on; the runtime's own failures go up.</summary>
        protected static bool IsReportable(Exception exception)
            => exception is not (OutOfMemoryException or StackOverflowException or AccessViolationException);

        private static (int Line, int Column) LocationOf(Exception? exception)
        {
            for (var current = exception; current is not null; current = current.InnerException)
            {
                if (current is JsonException { LineNumber: { } line } json)
                {
                    // JsonException counts from zero; MSBuild from one.
                    return ((int)Math.Min(line + 1, int.MaxValue), (int)Math.Min((json.BytePositionInLine ?? 0) + 1, int.MaxValue));
                }
            }

            return (0, 0);
        }
    }
}
