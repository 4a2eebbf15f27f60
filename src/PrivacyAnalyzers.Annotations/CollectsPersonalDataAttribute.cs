using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Declares that the code it is placed on collects personal data of a category, and why.
    /// A collection site is declared when its innermost member, any enclosing member or type, or the
    /// assembly carries this attribute with a category that covers the site's (ids are hierarchical:
    /// <c>user.device</c> covers <c>user.device.device_id</c>).
    /// </summary>
    /// <example>
    /// <code>
    /// [CollectsPersonalData(DataCategories.IpAddress, Purposes.FraudDetection)]
    /// public IPAddress? CallerAddress(HttpContext context) => context.Connection.RemoteIpAddress;
    /// </code>
    /// </example>
    [AttributeUsage(
        AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface
        | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property
        | AttributeTargets.Field | AttributeTargets.Event,
        AllowMultiple = true,
        Inherited = false)]
    public sealed class CollectsPersonalDataAttribute : Attribute
    {
        /// <summary>Declares the collection of <paramref name="category"/> for <paramref name="purposes"/>.</summary>
        /// <param name="category">A data category id, such as <see cref="DataCategories.Email"/>.</param>
        /// <param name="purposes">One or more purpose ids, such as <see cref="Purposes.EssentialService"/>.</param>
        public CollectsPersonalDataAttribute(string category, params string[] purposes)
        {
            Category = category;
            Purposes = purposes ?? Array.Empty<string>();
        }

        /// <summary>The data category id this declaration covers, with all its descendants.</summary>
        public string Category { get; }

        /// <summary>The purpose ids the data is collected for.</summary>
        public string[] Purposes { get; }

        /// <summary>Why the purposes need this data, in the team's words; copied to manifests.</summary>
        public string? Justification { get; set; }

        /// <summary>How long the data is kept, such as <c>"30 days"</c>; copied to manifests.</summary>
        public string? Retention { get; set; }

        /// <summary>Who receives the data besides the organisation (processors, third parties); copied to manifests.</summary>
        public string[]? Recipients { get; set; }
    }
}
