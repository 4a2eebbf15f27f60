using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PrivacyAnalyzers.Build.Tasks
{
    /// <summary>
    /// What both tasks share: a bad input is a located error (the file, and the line and column when the reader
    /// knows them), never an exception out of the task, which MSBuild would print as a crash (MSB4018).
    /// </summary>
    public abstract class PrivacyTask : Task
    {
        /// <summary>The formats the build writes today; the CLI's other renderers move into the library later.</summary>
        private static readonly string[] WrittenFormats = { "json" };

        private static readonly char[] FormatSeparators = { ';', ',' };

        /// <summary>True when the manifest (or the merged manifest) was written; false when its bytes were already there.</summary>
        [Output]
        public bool Written { get; set; }

        /// <summary>The formats asked for (PrivacyManifestFormats, separated by ';' or ','); only json is written by the build so far.</summary>
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

        /// <summary>One warning naming every asked format the build does not write yet (`privacy render` writes them from the json).</summary>
        protected void WarnAboutFormats(string manifestPath)
        {
            if (string.IsNullOrWhiteSpace(Formats))
            {
                return;
            }

            var missing = new List<string>();
            foreach (var part in Formats!.Split(FormatSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                var format = part.Trim();
                if (format.Length != 0 && Array.IndexOf(WrittenFormats, format.ToLowerInvariant()) < 0 && !missing.Contains(format))
                {
                    missing.Add(format);
                }
            }

            if (missing.Count != 0)
            {
                Log.LogWarning(subcategory: null, warningCode: BuildMessages.FormatsNotSupported, helpKeyword: null, file: BuildEngine?.ProjectFileOfTaskNode, lineNumber: 0, columnNumber: 0, endLineNumber: 0, endColumnNumber: 0,
                    message: $"PrivacyManifestFormats: the build writes only json so far; not written: {string.Join(", ", missing)}. Write them from the manifest with `privacy render {manifestPath} --format <format>`.");
            }
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
