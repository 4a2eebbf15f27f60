using System;
using System.IO;
using Microsoft.Build.Framework;
using PrivacyAnalyzers.Manifests.Model;
using PrivacyAnalyzers.Manifests;

namespace PrivacyAnalyzers.Build.Tasks
{
    /// <summary>
    /// After CoreCompile: turns the compiler's SARIF 2.1 error log (PRIV007's inventory and the other PRIV results,
    /// their properties in <c>customProperties</c>) into the project's privacy-manifest.json, with the library that
    /// `privacy merge` uses, so the bytes are those of `privacy scan` of the project. A log that is missing,
    /// truncated, hand-edited or not the compiler's SARIF 2.1 is a located error and no manifest: never a stale one.
    /// </summary>
    public sealed class WritePrivacyManifest : PrivacyTask
    {
        /// <summary>The compiler's error log (its path only, without <c>,version=2.1</c>).</summary>
        [Required]
        public string ErrorLog { get; set; } = string.Empty;

        /// <summary>The project's name as a scan names it: $(MSBuildProjectName), the file name without extension.</summary>
        [Required]
        public string ProjectName { get; set; } = string.Empty;

        /// <summary>The project file (full path).</summary>
        [Required]
        public string ProjectPath { get; set; } = string.Empty;

        /// <summary>Paths in the manifest are relative to this folder (PrivacyManifestRoot).</summary>
        [Required]
        public string RootDirectory { get; set; } = string.Empty;

        /// <summary>How many source documents the compiler read (@(Compile)): a scan records it per project.</summary>
        public int Documents { get; set; }

        /// <summary>The policy file the analyzers read, if the project has one.</summary>
        public string? PolicyFile { get; set; }

        /// <summary>The manifest to write: $(IntermediateOutputPath)privacy-manifest.json.</summary>
        [Required]
        public string OutputPath { get; set; } = string.Empty;

        public override bool Execute()
        {
            if (!RequireParameter(ErrorLog, nameof(ErrorLog)) || !RequireParameter(ProjectName, nameof(ProjectName))
                || !RequireParameter(ProjectPath, nameof(ProjectPath)) || !RequireParameter(RootDirectory, nameof(RootDirectory))
                || !RequireParameter(OutputPath, nameof(OutputPath)))
            {
                return false;
            }

            if (!File.Exists(ErrorLog))
            {
                DeleteStale(OutputPath);
                LogFileError(BuildMessages.BadLog, ErrorLog, $"No privacy manifest: the compiler wrote no error log at '{ErrorLog}' (is ErrorLog overridden for this target framework?).");
                return false;
            }

            Manifest manifest;
            try
            {
                var policy = string.IsNullOrWhiteSpace(PolicyFile) || !File.Exists(PolicyFile) ? null : PolicyFile;
                manifest = BuildManifest.FromCompilerLog(ErrorLog, ProjectName, ProjectPath, RootDirectory, policy, Documents);
            }
            catch (Exception exception) when (IsReportable(exception))
            {
                DeleteStale(OutputPath);
                LogFileError(BuildMessages.BadLog, ErrorLog, $"No privacy manifest: the compiler's error log cannot be read as SARIF 2.1 from the compiler: {exception.Message}", exception);
                return false;
            }

            string json;
            try
            {
                json = BuildManifest.ToJson(manifest);
            }
            catch (Exception exception) when (IsReportable(exception))
            {
                DeleteStale(OutputPath);
                LogFileError(BuildMessages.BadLog, ErrorLog, $"No privacy manifest: the manifest built from this log cannot be written as JSON: {exception.Message}", exception);
                return false;
            }

            if (!Publish(OutputPath, json))
            {
                return false;
            }

            WriteFormats(OutputPath, manifest, () => PrivacyAnalyzers.Manifests.Sarif.CompilerLogRules.Read(ErrorLog));
            return !Log.HasLoggedErrors;
        }
    }
}
