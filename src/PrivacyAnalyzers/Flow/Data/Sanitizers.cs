using System.Collections.Immutable;

namespace PrivacyAnalyzers.Flow.Data
{
    /// <summary>
    /// What ends a flow (a redactor) or changes it (a SHA-256 keeps the category, marked pseudonymised).
    /// A user's own sanitiser carries <c>[PersonalDataSanitizer]</c> (the annotations), recognised by
    /// attribute; <c>[LoggerMessage]</c> parameters with a data classification are redacted by the
    /// generated code (Microsoft.Extensions.Telemetry), recognised in <see cref="FlowWalker"/>.
    /// </summary>
    internal static class Sanitizers
    {
        public static ImmutableArray<FlowMember> Rows { get; } = ImmutableArray.Create(
            FlowMember.Redactor("Microsoft.Extensions.Compliance.Redaction.Redactor", "Redact", "https://learn.microsoft.com/dotnet/api/microsoft.extensions.compliance.redaction.redactor.redact"),
            FlowMember.Redactor("Microsoft.Extensions.Compliance.Redaction.Redactor", "TryRedact", "https://learn.microsoft.com/dotnet/api/microsoft.extensions.compliance.redaction.redactor.tryredact"),
            FlowMember.Hash("System.Security.Cryptography.SHA256", "HashData*", "https://learn.microsoft.com/dotnet/api/system.security.cryptography.sha256.hashdata"),
            FlowMember.Hash("System.Security.Cryptography.HMACSHA256", "HashData*", "https://learn.microsoft.com/dotnet/api/system.security.cryptography.hmacsha256.hashdata"),
            FlowMember.Hash("System.Security.Cryptography.SHA256", "ComputeHash*", "https://learn.microsoft.com/dotnet/api/system.security.cryptography.hashalgorithm.computehash"),
            FlowMember.Hash("System.Security.Cryptography.HMACSHA256", "ComputeHash*", "https://learn.microsoft.com/dotnet/api/system.security.cryptography.hashalgorithm.computehash"));
    }
}
