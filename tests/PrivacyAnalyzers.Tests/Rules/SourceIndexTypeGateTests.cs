using Microsoft.CodeAnalysis;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// The site index decides per containing type whether a member can carry <c>[PersonalDataSource]</c> (its
/// assembly, and in source a member of the type that names the attribute): members reached through a
/// constructed generic type, a nested type or a referenced assembly's generic type are decided by their
/// type's definition, and a member of the same name in a type that names no attribute is not a source.
/// </summary>
public sealed class SourceIndexTypeGateTests
{
    [Fact]
    public async Task MembersOfConstructedAndNestedTypesAreDecidedByTheirDefinition()
    {
        const string source = """
            using PrivacyAnalyzers;

            class Store<T>
            {
                [PersonalDataSource(DataCategories.Email)]
                public string Owner => "";
            }

            class Plain<T>
            {
                public string Owner => "";
            }

            class Outer
            {
                public class Inner
                {
                    [PersonalDataSource(DataCategories.PhoneNumber)]
                    public string Phone() => "";
                }

                public class Other
                {
                    public string Phone() => "";
                }
            }

            class Report
            {
                void Run(Store<int> store, Plain<int> plain, Outer.Inner inner, Outer.Other other)
                {
                    _ = {|#0:store.Owner|};
                    _ = plain.Owner;
                    _ = {|#1:inner.Phone()|};
                    _ = other.Phone();
                }
            }
            """;

        await TestBuilder.Create().WithSource(source).ShouldReport(
            Expect.Message(RuleIds.UndeclaredCollection, "Store.Owner", "Email address", "user.contact.email", "'Report.Run' or an enclosing type").WithLocation(0),
            Expect.Message(RuleIds.UndeclaredCollection, "Outer.Inner.Phone", "Phone number", "user.contact.phone_number", "'Report.Run' or an enclosing type").WithLocation(1)).ValidateAsync();
    }

    [Fact]
    public async Task AReferencedAssemblysGenericTypeCarriesItsSourcesToItsConsumers()
    {
        var library = TestBuilder.Create().WithSource("""
            using PrivacyAnalyzers;

            namespace Crm
            {
                public sealed class Directory<TKey>
                {
                    [PersonalDataSource(DataCategories.Email)]
                    public string EmailOf(TKey key) => "someone@example.com";

                    public string RegionOf(TKey key) => "eu";
                }
            }
            """).Compile();
        using var image = new MemoryStream();
        var emitted = library.WithAssemblyName("CrmGeneric").Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        var diagnostics = await TestBuilder.Create()
            .WithSource("class Mailer { string To(Crm.Directory<int> d) => d.EmailOf(1) + d.RegionOf(1); }")
            .AddReferences(MetadataReference.CreateFromImage(image.ToArray()))
            .GetDiagnosticsAsync();

        var site = Assert.Single(diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
        Assert.Equal("user.contact.email", site.Properties["category"]);
        Assert.Contains("Directory.EmailOf", site.GetMessage(), StringComparison.Ordinal);
    }
}
