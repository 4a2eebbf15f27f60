using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// PRIV101 for an exception that carries personal data into a log: thrown with a message built from a source,
/// in the same method or in a callee (two calls deep too), caught and logged as the exception or its message.
/// An exception with a constant message, a callee handed the data that throws nothing made of it, and the
/// returned value of a throwing callee are not reports.
/// </summary>
public sealed class FlowExceptionTests
{
    private const string Mailer = """
        static class Mailer
        {
            public static Task SendAsync(string email) => throw new InvalidOperationException($"No mailbox configured for {email}");

            public static Task SendQuietlyAsync(string email) => throw new InvalidOperationException("No mailbox configured");

            public static Task RelayAsync(string email) => SendAsync(email.Trim());

            public static int Check(string email)
            {
                if (email.Length > 200)
                {
                    throw new ArgumentException("Too long: " + email);
                }

                return 3;
            }
        }
        """;

    [Fact]
    public async Task AnExceptionBuiltFromASourceAndLoggedIsReportedAtTheLogCall()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                async Task M(ILogger logger, Person p)
                {
                    try
                    {
                        await Mailer.SendAsync(p.Email);
                    }
                    catch (InvalidOperationException ex)
                    {
                        logger.LogError(ex, "Welcome mail failed");
                    }

                    try
                    {
                        await Mailer.RelayAsync(p.Email);
                    }
                    catch (Exception ex)
                    {
                        Serilog.Log.Error("Relay failed: {Reason}", ex.Message);
                    }

                    try
                    {
                        if (p.Email.Contains('+')) throw new FormatException("Tagged address " + p.Email);
                    }
                    catch (FormatException ex)
                    {
                        logger.LogWarning(ex, "Skipped");
                    }
                }
            }
            """ + Mailer);
        Assert.Equal(
            [
                "PRIV101 'logger.LogError(ex, \"Welcome mail failed\")' user.contact.email -> Microsoft.Extensions.Logging",
                "PRIV101 'Serilog.Log.Error(\"Relay failed: {Reason}\", ex.Message)' user.contact.email -> Serilog",
                "PRIV101 'logger.LogWarning(ex, \"Skipped\")' user.contact.email -> Microsoft.Extensions.Logging",
            ],
            flows);
    }

    [Fact]
    public async Task AConstantMessageOrAThrowingCalleesResultIsNotTheData()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                async Task M(ILogger logger, Person p)
                {
                    try
                    {
                        await Mailer.SendQuietlyAsync(p.Email);
                    }
                    catch (InvalidOperationException ex)
                    {
                        logger.LogError(ex, "Welcome mail failed");
                    }

                    try
                    {
                        throw new InvalidOperationException("constant");
                    }
                    catch (Exception ex)
                    {
                        logger.LogError(ex, "Failed");
                    }

                    var checks = Mailer.Check(p.Email);
                    logger.LogInformation("Checks {Checks}", checks);
                }
            }
            """ + Mailer);
        Assert.Empty(flows);
    }
}
