using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// Which catch an exception made of personal data reaches: a callee that catches its own throw (by its type, a base of
/// it, or any exception) hands nothing to its callers' catch blocks, while one that catches another type, filters, or
/// rethrows does; and a <c>try</c> inside a loop is seen on every pass of the loop, not only the first.
/// </summary>
public sealed class FlowExceptionScopeTests
{
    private const string Mailer = """
        static class Mailer
        {
            // Caught here, by its own type, a base of it, and any exception: the callers' catch blocks receive nothing.
            public static void SendHandled(string email)
            {
                try { throw new InvalidOperationException($"No mailbox for {email}"); }
                catch (InvalidOperationException) { }
            }

            public static void SendHandledByBase(string email)
            {
                try { throw new ArgumentNullException(nameof(email), "Blank address: " + email); }
                catch (ArgumentException) { }
            }

            public static void RelayHandled(string email)
            {
                try { SendLoudly(email); }
                catch { }
            }

            // Not surely caught here: another type, a filter, a rethrow.
            public static void SendLoudly(string email) => throw new InvalidOperationException($"No mailbox for {email}");

            public static void SendWrongCatch(string email)
            {
                try { throw new InvalidOperationException($"No mailbox for {email}"); }
                catch (FormatException) { }
            }

            public static void SendFiltered(string email)
            {
                try { throw new InvalidOperationException($"No mailbox for {email}"); }
                catch (InvalidOperationException ex) when (ex.HResult == 1) { }
            }

            public static void SendRethrown(string email)
            {
                try { SendLoudly(email); }
                catch (Exception) { throw; }
            }
        }
        """;

    private static string Caller(string call) => $$"""
        class C
        {
            void M(ILogger logger, Person p)
            {
                try
                {
                    {{call}}
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Mail failed");
                }
            }
        }
        """ + Mailer;

    [Theory]
    [InlineData("Mailer.SendHandled(p.Email);")]
    [InlineData("Mailer.SendHandledByBase(p.Email);")]
    [InlineData("Mailer.RelayHandled(p.Email);")]
    public async Task ACalleeThatCatchesItsOwnThrowHandsNothingToTheCallersCatch(string call)
        => Assert.Empty(await FlowHarness.FlowsAsync(Caller(call)));

    [Theory]
    [InlineData("Mailer.SendWrongCatch(p.Email);")]
    [InlineData("Mailer.SendFiltered(p.Email);")]
    [InlineData("Mailer.SendRethrown(p.Email);")]
    public async Task AnExceptionACalleeDoesNotSurelyCatchReachesTheCallersCatch(string call)
        => Assert.Equal(
            ["PRIV101 'logger.LogError(ex, \"Mail failed\")' user.contact.email -> Microsoft.Extensions.Logging"],
            await FlowHarness.FlowsAsync(Caller(call)));

    [Fact]
    public async Task ATryInsideALoopIsSeenOnEveryPass()
    {
        // The address reaches the try only on the second pass: the previous member's, sent on the next one.
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(ILogger logger, List<Person> people)
                {
                    string previous = "";
                    foreach (var p in people)
                    {
                        try
                        {
                            if (previous.Length > 0) throw new InvalidOperationException("Duplicate of " + previous);
                        }
                        catch (InvalidOperationException ex)
                        {
                            logger.LogWarning(ex, "Skipped");
                        }

                        previous = p.Email;
                    }
                }
            }
            """);
        Assert.Equal(["PRIV101 'logger.LogWarning(ex, \"Skipped\")' user.contact.email -> Microsoft.Extensions.Logging"], flows);
    }

    [Fact]
    public async Task ATryInsideALoopWithNothingPersonalThrownStaysSilent()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(ILogger logger, List<Person> people)
                {
                    var count = 0;
                    foreach (var p in people)
                    {
                        try
                        {
                            if (count > 3) throw new InvalidOperationException("Too many: " + count);
                        }
                        catch (InvalidOperationException ex)
                        {
                            logger.LogWarning(ex, "Skipped");
                        }

                        count = p.Email.Length;
                    }
                }
            }
            """);
        Assert.Empty(flows);
    }
}
