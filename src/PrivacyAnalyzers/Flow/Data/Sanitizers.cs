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
            FlowMember.Hash("System.Security.Cryptography.SHA384", "HashData*", "https://learn.microsoft.com/dotnet/api/system.security.cryptography.sha384.hashdata"),
            FlowMember.Hash("System.Security.Cryptography.SHA512", "HashData*", "https://learn.microsoft.com/dotnet/api/system.security.cryptography.sha512.hashdata"),
            FlowMember.Hash("System.Security.Cryptography.HMACSHA384", "HashData*", "https://learn.microsoft.com/dotnet/api/system.security.cryptography.hmacsha384.hashdata"),
            FlowMember.Hash("System.Security.Cryptography.HMACSHA512", "HashData*", "https://learn.microsoft.com/dotnet/api/system.security.cryptography.hmacsha512.hashdata"),
            // ComputeHash is declared on the base, HashAlgorithm: the row names the declaring type, so SHA256.Create(),
            // a SHA256 field, HMACSHA256 (a KeyedHashAlgorithm) and every other algorithm match through their base.
            FlowMember.Hash("System.Security.Cryptography.HashAlgorithm", "ComputeHash*", "https://learn.microsoft.com/dotnet/api/system.security.cryptography.hashalgorithm.computehash"),
            FlowMember.Hash("System.Security.Cryptography.HashAlgorithm", "TransformFinalBlock", "https://learn.microsoft.com/dotnet/api/system.security.cryptography.hashalgorithm.transformfinalblock"),
            // IncrementalHash: AppendData puts the data into the hasher (a propagator row), the hash comes out here.
            FlowMember.Hash("System.Security.Cryptography.IncrementalHash", "GetHashAndReset", "https://learn.microsoft.com/dotnet/api/system.security.cryptography.incrementalhash.gethashandreset"),
            FlowMember.Hash("System.Security.Cryptography.IncrementalHash", "GetCurrentHash", "https://learn.microsoft.com/dotnet/api/system.security.cryptography.incrementalhash.getcurrenthash"),
            FlowMember.Hash("System.Security.Cryptography.Rfc2898DeriveBytes", "Pbkdf2", "https://learn.microsoft.com/dotnet/api/system.security.cryptography.rfc2898derivebytes.pbkdf2"));
    }
}
