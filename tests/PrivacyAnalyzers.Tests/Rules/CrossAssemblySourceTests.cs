using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>[PersonalDataSource] is read from metadata: a library's sources flag its consumers' calls.</summary>
public sealed class CrossAssemblySourceTests
{
    [Fact]
    public async Task SourcesInAReferencedAssemblyFlagTheirCallers()
    {
        var library = AnalyzerRunner.Compile(new[]
        {
            """
            using PrivacyAnalyzers;

            namespace Crm
            {
                public sealed class CustomerDirectory
                {
                    [PersonalDataSource(DataCategories.Email)]
                    public string EmailOf(int customerId) => "someone@example.com";

                    public string RegionOf(int customerId) => "eu";
                }
            }
            """,
        });
        using var image = new MemoryStream();
        var emitted = library.WithAssemblyName("Crm").Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        var consumer = AnalyzerRunner.Compile(
            new[] { "class Mailer { string To(Crm.CustomerDirectory d) => d.EmailOf(1) + d.RegionOf(1); }" },
            references: TestReferences.All.Add(MetadataReference.CreateFromImage(image.ToArray())));
        var diagnostics = await AnalyzerRunner.RunAsync(consumer, new CollectionSiteAnalyzer());

        var site = Assert.Single(diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
        Assert.Equal("user.contact.email", site.Properties["category"]);
        Assert.Contains("CustomerDirectory.EmailOf", site.GetMessage(), StringComparison.Ordinal);
    }
}
