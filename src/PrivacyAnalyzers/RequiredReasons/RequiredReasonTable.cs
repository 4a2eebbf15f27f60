using System;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.RequiredReasons
{
    /// <summary>One reason code of a category, with its meaning in short (the fix's title) and Apple's anchor.</summary>
    internal sealed class ReasonCode
    {
        public ReasonCode(string code, string meaning)
        {
            Code = code;
            Meaning = meaning;
        }

        /// <summary>The code as the manifest writes it: <c>C617.1</c>.</summary>
        public string Code { get; }

        /// <summary>What declaring it promises, in one sentence (paraphrasing Apple's page).</summary>
        public string Meaning { get; }
    }

    /// <summary>A category of required-reason APIs: its names, its documentation and its reason codes.</summary>
    internal sealed class RequiredReasonCategory
    {
        public RequiredReasonCategory(string shortName, string documentation, params ReasonCode[] reasons)
        {
            ShortName = shortName;
            Documentation = documentation;
            Reasons = ImmutableArray.Create(reasons);
        }

        /// <summary><c>FileTimestamp</c>: the constant's name in <c>RequiredReasonApis</c> and the data file's category column.</summary>
        public string ShortName { get; }

        /// <summary><c>NSPrivacyAccessedAPICategoryFileTimestamp</c>: the manifest's <c>NSPrivacyAccessedAPIType</c>.</summary>
        public string FullName => RequiredReasonTable.CategoryPrefix + ShortName;

        /// <summary>Apple's section of this category.</summary>
        public string Documentation { get; }

        public ImmutableArray<ReasonCode> Reasons { get; }

        public ReasonCode? Find(string code)
        {
            foreach (var reason in Reasons)
            {
                if (string.Equals(reason.Code, code, StringComparison.Ordinal))
                {
                    return reason;
                }
            }

            return null;
        }

        /// <summary>The codes as a reader lists them: <c>DDA9.1, C617.1, 3B52.1 or 0A2A.1</c>.</summary>
        public string CodeList()
        {
            var text = string.Empty;
            for (var i = 0; i < Reasons.Length; i++)
            {
                text += (i == 0 ? string.Empty : i == Reasons.Length - 1 ? " or " : ", ") + Reasons[i].Code;
            }

            return text;
        }
    }

    /// <summary>
    /// Apple's required-reason API categories and their reason codes, one table: the analyzers, the code
    /// fixes, the annotations' constants (checked by a test) and the manifest writer read it.
    /// The meanings paraphrase Apple's page:
    /// https://developer.apple.com/documentation/bundleresources/privacy_manifest_files/describing_use_of_required_reason_api
    /// </summary>
    internal static class RequiredReasonTable
    {
        public const string CategoryPrefix = "NSPrivacyAccessedAPICategory";

        public const string Page = "https://developer.apple.com/documentation/bundleresources/privacy_manifest_files/describing_use_of_required_reason_api";

        public static readonly RequiredReasonCategory FileTimestamp = new RequiredReasonCategory(
            "FileTimestamp",
            Page + "#4278393",
            new ReasonCode("DDA9.1", "Show file timestamps to the person using the device (never sent off the device)"),
            new ReasonCode("C617.1", "Read timestamps, size or metadata of files inside the app, app group or CloudKit container"),
            new ReasonCode("3B52.1", "Read timestamps, size or metadata of files the user granted access to (document picker)"),
            new ReasonCode("0A2A.1", "A third-party SDK wrapping file timestamp APIs for the app that calls it"));

        public static readonly RequiredReasonCategory SystemBootTime = new RequiredReasonCategory(
            "SystemBootTime",
            Page + "#4278394",
            new ReasonCode("35F9.1", "Measure time elapsed between events in the app, or compute timers"),
            new ReasonCode("8FFB.1", "Compute absolute timestamps of events in the app (UIKit, AVFAudio)"),
            new ReasonCode("3D61.1", "Include the boot time in an optional bug report the user chooses to send"));

        public static readonly RequiredReasonCategory DiskSpace = new RequiredReasonCategory(
            "DiskSpace",
            Page + "#4278397",
            new ReasonCode("85F4.1", "Show disk space to the person using the device (never sent off the device)"),
            new ReasonCode("E174.1", "Check there is space to write files, or free space when it runs low"),
            new ReasonCode("7D9E.1", "Include disk space in an optional bug report the user chooses to send"),
            new ReasonCode("B728.1", "A health research app warning that low space affects research data collection"));

        public static readonly RequiredReasonCategory ActiveKeyboards = new RequiredReasonCategory(
            "ActiveKeyboards",
            Page + "#4278400",
            new ReasonCode("3EC4.1", "A custom keyboard app finding the keyboards active on the device"),
            new ReasonCode("54BD.1", "Customize the app's interface from the active keyboards (never sent off the device)"));

        public static readonly RequiredReasonCategory UserDefaults = new RequiredReasonCategory(
            "UserDefaults",
            Page + "#4278401",
            new ReasonCode("CA92.1", "Read and write defaults only this app can access"),
            new ReasonCode("1C8F.1", "Read and write defaults shared by the apps and extensions of the same App Group"),
            new ReasonCode("C56D.1", "A third-party SDK wrapping user defaults APIs for the app that calls it"),
            new ReasonCode("AC6B.1", "Read the managed app configuration or feedback keys (MDM)"));

        public static readonly ImmutableArray<RequiredReasonCategory> All = ImmutableArray.Create(FileTimestamp, SystemBootTime, DiskSpace, ActiveKeyboards, UserDefaults);

        /// <summary>
        /// What the .NET runtime itself needs declared in every .NET for iOS, tvOS and Mac Catalyst app, per
        /// Microsoft's .NET MAUI privacy-manifest guide ("Add required entries to the privacy manifest"):
        /// https://learn.microsoft.com/dotnet/maui/ios/privacy-manifest
        /// </summary>
        public static readonly ImmutableArray<(RequiredReasonCategory Category, string Reason)> Baseline = ImmutableArray.Create(
            (FileTimestamp, "C617.1"),
            (SystemBootTime, "35F9.1"),
            (DiskSpace, "E174.1"));

        /// <summary>The category of a full (<c>NSPrivacyAccessedAPICategoryFileTimestamp</c>) or short (<c>FileTimestamp</c>) name.</summary>
        public static RequiredReasonCategory? Find(string? name)
        {
            if (name is null)
            {
                return null;
            }

            var shortName = name.StartsWith(CategoryPrefix, StringComparison.Ordinal) ? name.Substring(CategoryPrefix.Length) : name;
            foreach (var category in All)
            {
                if (string.Equals(category.ShortName, shortName, StringComparison.Ordinal))
                {
                    return category;
                }
            }

            return null;
        }

        /// <summary>The category of a full name only, as declarations and manifests must spell it.</summary>
        public static RequiredReasonCategory? FindFull(string? name)
            => name != null && name.StartsWith(CategoryPrefix, StringComparison.Ordinal) ? Find(name) : null;
    }
}
