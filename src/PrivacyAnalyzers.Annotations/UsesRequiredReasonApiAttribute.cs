using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Declares that the code it is placed on uses one of Apple's required-reason APIs, and why, as
    /// the reason codes of Apple's privacy manifest (<c>NSPrivacyAccessedAPITypeReasons</c>).
    /// The same coverage rules as <see cref="CollectsPersonalDataAttribute"/>: the innermost member,
    /// any enclosing member or type, or the assembly. <c>privacy scan --format xcprivacy</c> writes the
    /// declared reasons into <c>NSPrivacyAccessedAPITypes</c>.
    /// See https://developer.apple.com/documentation/bundleresources/privacy_manifest_files/describing_use_of_required_reason_api.
    /// </summary>
    /// <example>
    /// <code>
    /// [UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, "C617.1")]
    /// DateTime CachedAt(string path) => File.GetLastWriteTimeUtc(path);
    /// </code>
    /// </example>
    [AttributeUsage(
        AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface
        | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property
        | AttributeTargets.Field | AttributeTargets.Event,
        AllowMultiple = true,
        Inherited = false)]
    public sealed class UsesRequiredReasonApiAttribute : Attribute
    {
        /// <summary>Declares the use of the APIs of <paramref name="category"/> for <paramref name="reasons"/>.</summary>
        /// <param name="category">The full category name, such as <see cref="RequiredReasonApis.FileTimestamp"/>.</param>
        /// <param name="reasons">One or more of the category's reason codes, such as <c>"C617.1"</c>.</param>
        public UsesRequiredReasonApiAttribute(string category, params string[] reasons)
        {
            Category = category;
            Reasons = reasons ?? Array.Empty<string>();
        }

        /// <summary>The category, <c>NSPrivacyAccessedAPICategory…</c>.</summary>
        public string Category { get; }

        /// <summary>The reason codes declared for it.</summary>
        public string[] Reasons { get; }
    }
}
