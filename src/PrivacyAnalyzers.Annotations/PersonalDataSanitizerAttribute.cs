using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Marks a method whose return value no longer carries the personal data it was given (a team's own
    /// masking or redaction helper): the flow rules (PRIV101–PRIV104) stop there.
    /// </summary>
    /// <example>
    /// <code>
    /// [PersonalDataSanitizer]
    /// public static string Mask(string email) => "***" + email.Substring(email.IndexOf('@'));
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class PersonalDataSanitizerAttribute : Attribute
    {
    }
}
