using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// A classified parameter starts a flow wherever its attribute is written: the pre-check skips asking the
/// attributes of parameters whose declaration has none, so each place a parameter's attribute can come from
/// (the method itself, the other part of a partial method, an indexer for its accessors, a constructor) is
/// tested here, with the same code unclassified beside it.
/// </summary>
public sealed class FlowClassifiedParameterShapesTests
{
    private const string Pii = """
        using Microsoft.Extensions.Compliance.Classification;
        sealed class PiiAttribute : DataClassificationAttribute
        {
            public PiiAttribute() : base(new DataClassification("taxonomy", "pii")) { }
        }

        """;

    [Fact]
    public async Task AClassifiedParameterOfAMethodIsASourceAndAnUnclassifiedOneIsNot()
    {
        var flows = await FlowHarness.FlowsAsync(Pii + """
            class C
            {
                void Classified(ILogger logger, [Pii] string email) => logger.LogInformation(email);
                void Plain(ILogger logger, string email) => logger.LogInformation(email);
            }
            """);
        Assert.Equal(["PRIV101 'logger.LogInformation(email)' user.contact.email -> Microsoft.Extensions.Logging"], flows);
    }

    [Fact]
    public async Task AParameterClassifiedOnTheOtherPartOfAPartialMethodIsASource()
    {
        var flows = await FlowHarness.FlowsAsync(Pii + """
            partial class C
            {
                private partial void Send(ILogger logger, [Pii] string email);
                private partial void Send(ILogger logger, string email) { logger.LogInformation(email); }
                private partial void Other(ILogger logger, string email);
                private partial void Other(ILogger logger, string email) { logger.LogInformation(email); }
            }
            """);
        Assert.Equal(["PRIV101 'logger.LogInformation(email)' user.contact.email -> Microsoft.Extensions.Logging"], flows);
    }

    [Fact]
    public async Task AnIndexersClassifiedParameterIsASourceInItsAccessors()
    {
        var flows = await FlowHarness.FlowsAsync(Pii + """
            class C
            {
                private readonly ILogger logger = null!;
                public string this[[Pii] string email] { get { logger.LogInformation(email); return ""; } }
                public string this[int id, string name] { get { logger.LogInformation(name); return ""; } }
            }
            """);
        Assert.Equal(["PRIV101 'logger.LogInformation(email)' user.contact.email -> Microsoft.Extensions.Logging"], flows);
    }

    [Fact]
    public async Task AConstructorsClassifiedParameterIsASource()
    {
        var flows = await FlowHarness.FlowsAsync(Pii + """
            class C
            {
                public C(ILogger logger, [Pii] string email) { logger.LogInformation(email); }
                public C(ILogger logger, string name, int id) { logger.LogInformation(name); }
            }
            """);
        Assert.Equal(["PRIV101 'logger.LogInformation(email)' user.contact.email -> Microsoft.Extensions.Logging"], flows);
    }

    [Fact]
    public async Task ACalleesClassifiedParameterIsFoundThroughTheCallersPreCheck()
    {
        // The caller holds no source of its own; the callee's classified parameter makes its body hold one, and the
        // callee is analyzed as an owner with the parameter as its source.
        var flows = await FlowHarness.FlowsAsync(Pii + """
            class C
            {
                void Caller(ILogger logger) => Callee(logger, "x");
                void Callee(ILogger logger, [Pii] string email) { var text = "to " + email; logger.LogWarning(text); }
            }
            """);
        Assert.Equal(["PRIV101 'logger.LogWarning(text)' user.contact.email -> Microsoft.Extensions.Logging"], flows);
    }
}
