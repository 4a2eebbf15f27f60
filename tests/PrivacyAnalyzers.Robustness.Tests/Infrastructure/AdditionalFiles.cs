using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Robustness.Tests.Infrastructure;

/// <summary>An additional file held in memory, as the compiler hands it to analyzers.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? text;

    public InMemoryAdditionalText(string path, SourceText? text)
    {
        Path = path;
        this.text = text;
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => text;

    /// <summary>A file given as a string (what an IDE buffer holds).</summary>
    public static InMemoryAdditionalText FromString(string path, string content) => new(path, SourceText.From(content, Encoding.UTF8));

    /// <summary>A file given as bytes, decoded the way the compiler reads an additional file from disk (a BOM is detected and dropped).</summary>
    public static InMemoryAdditionalText FromBytes(string path, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return new(path, SourceText.From(stream, encoding: null, throwIfBinaryDetected: false));
    }
}

/// <summary>The additional files the suite analyzes with.</summary>
internal static class AdditionalInputs
{
    public const string PolicyPath = "/repo/PrivacyPolicy.txt";
    public const string SourcesPath = "/repo/PersonalDataSources.txt";

    /// <summary>
    /// A realistic policy: some categories allowed, some purposes not, one team id, one typo and one
    /// bad line, so every policy rule (PRIV002, PRIV003, PRIV005) has something to say.
    /// </summary>
    public const string Policy = """
        # What we collect, and why.
        user.contact.*: essential.service, marketing.communications
        user.name.*: essential.service
        user.device.ip_address: essential.service.security, essential.fraud_detection
        user.device.cookie_id: essential.service, analytics.reporting
        user.device.device_id: essential.service.security, analytics.reporting
        user.location.coarse: essential.service.operations
        user.content.self_image: essential.service
        user.contact.fax_number: essential.service.billing_support
        user.behavior.browsing_hisotry: functional.service.improve
        this line does not parse
        """;

    /// <summary>Extra sources: members of the seed programs, one bad line.</summary>
    public const string Sources = """
        # Our own clients
        M:Seeds.Crm.CrmClient.GetEmail;user.contact.email
        P:Seeds.Crm.Customer.Phone;user.contact.phone_number
        M:Seeds.Crm.CrmClient.Lookup(System.String);user.contact
        not a member id
        """;

    public static AdditionalText PolicyFile(string content = Policy) => InMemoryAdditionalText.FromString(PolicyPath, content);

    public static AdditionalText SourcesFile(string content = Sources) => InMemoryAdditionalText.FromString(SourcesPath, content);
}
