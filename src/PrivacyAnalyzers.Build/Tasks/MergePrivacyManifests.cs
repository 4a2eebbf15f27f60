using System;
using System.Collections.Generic;
using Microsoft.Build.Framework;
using PrivacyAnalyzers.Manifests.Model;
using PrivacyAnalyzers.Manifests;

namespace PrivacyAnalyzers.Build.Tasks
{
    /// <summary>
    /// The outer build of a multi-targeting project: merges the manifest of each target framework into one, as
    /// `privacy merge` does (one library, so the same bytes). Manifests that disagree about a site are an error that
    /// names both, and no merged manifest: never a stale one.
    /// </summary>
    public sealed class MergePrivacyManifests : PrivacyTask
    {
        /// <summary>The inner builds' manifests, one per target framework.</summary>
        [Required]
        public ITaskItem[] Manifests { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The merged manifest to write.</summary>
        [Required]
        public string OutputPath { get; set; } = string.Empty;

        public override bool Execute()
        {
            if (!RequireParameter(OutputPath, nameof(OutputPath)))
            {
                return false;
            }

            if (Manifests.Length == 0)
            {
                DeleteStale(OutputPath);
                Log.LogError(subcategory: null, errorCode: BuildMessages.MergeFailed, helpKeyword: null, file: BuildEngine?.ProjectFileOfTaskNode, lineNumber: 0, columnNumber: 0, endLineNumber: 0, endColumnNumber: 0, message: "No privacy manifest: no target framework produced one to merge.");
                return false;
            }

            var parts = new List<Manifest>(Manifests.Length);
            foreach (var item in Manifests)
            {
                var path = item.GetMetadata("FullPath");
                try
                {
                    parts.Add(BuildManifest.ReadJson(path));
                }
                catch (Exception exception) when (IsReportable(exception))
                {
                    DeleteStale(OutputPath);
                    LogFileError(BuildMessages.MergeFailed, path, $"No merged privacy manifest: '{path}' cannot be read: {exception.Message}", exception);
                    return false;
                }
            }

            string json;
            Manifest merged;
            try
            {
                merged = BuildManifest.Merge(parts);
                json = BuildManifest.ToJson(merged);
            }
            catch (Exception exception) when (IsReportable(exception))
            {
                // ManifestMergeException names both manifests and the site they disagree about.
                DeleteStale(OutputPath);
                LogFileError(BuildMessages.MergeFailed, BuildEngine?.ProjectFileOfTaskNode ?? OutputPath, $"No merged privacy manifest: the target frameworks' manifests do not merge: {exception.Message}", exception);
                return false;
            }

            if (!Publish(OutputPath, json))
            {
                return false;
            }

            // The rules come from an inner build's compiler log (GetPrivacyManifest's ErrorLog metadata): every target
            // framework ran the same analyzers.
            WriteFormats(OutputPath, merged, () => PrivacyAnalyzers.Manifests.Sarif.CompilerLogRules.Read(RulesLog()));
            return !Log.HasLoggedErrors;
        }

        private string RulesLog()
        {
            foreach (var item in Manifests)
            {
                var log = item.GetMetadata("ErrorLog");
                if (log.Length != 0 && System.IO.File.Exists(log))
                {
                    return log;
                }
            }

            throw new PrivacyAnalyzers.Manifests.ManifestReadException("no target framework's compiler log is left to read the rules from");
        }
    }
}
