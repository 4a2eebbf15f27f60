using System.Collections.Immutable;

namespace PrivacyAnalyzers.Flow.Data
{
    /// <summary>
    /// Library members that hand on what they are given: string building and encoding, serialisation,
    /// collections (a mutator such as <c>List.Add</c> puts the data into its receiver). Any other call
    /// the analysis cannot follow is a coverage gap, never "safe". Calls that return a number or a
    /// bool (<c>string.IsNullOrEmpty</c>) hand nothing on, whatever their row.
    /// </summary>
    internal static class Propagators
    {
        public static ImmutableArray<FlowMember> Rows { get; } = ImmutableArray.Create(
            FlowMember.Propagator("System.String", "", "https://learn.microsoft.com/dotnet/api/system.string"),
            FlowMember.Propagator("System.Text.StringBuilder", "", "https://learn.microsoft.com/dotnet/api/system.text.stringbuilder"),
            FlowMember.Propagator("System.Convert", "", "https://learn.microsoft.com/dotnet/api/system.convert"),
            FlowMember.Propagator("System.BitConverter", "ToString", "https://learn.microsoft.com/dotnet/api/system.bitconverter.tostring"),
            FlowMember.Propagator("System.Security.Cryptography.IncrementalHash", "AppendData", "https://learn.microsoft.com/dotnet/api/system.security.cryptography.incrementalhash.appenddata"),
            FlowMember.Propagator("System.Text.Encoding", "Get*", "https://learn.microsoft.com/dotnet/api/system.text.encoding.getbytes"),
            FlowMember.Propagator("System.Uri", "Escape*", "https://learn.microsoft.com/dotnet/api/system.uri.escapedatastring"),
            FlowMember.Propagator("System.Net.WebUtility", "", "https://learn.microsoft.com/dotnet/api/system.net.webutility"),
            FlowMember.Propagator("System.Web.HttpUtility", "", "https://learn.microsoft.com/dotnet/api/system.web.httputility"),
            FlowMember.Propagator("System.Text.Json.JsonSerializer", "Serialize*", "https://learn.microsoft.com/dotnet/api/system.text.json.jsonserializer.serialize"),
            FlowMember.Propagator("System.Linq.Enumerable", "", "https://learn.microsoft.com/dotnet/api/system.linq.enumerable"),
            FlowMember.Propagator("System.Threading.Tasks.Task", "FromResult", "https://learn.microsoft.com/dotnet/api/system.threading.tasks.task.fromresult"),
            FlowMember.Propagator("System.Collections.Generic.List`1", "Add*", "https://learn.microsoft.com/dotnet/api/system.collections.generic.list-1.add"),
            FlowMember.Propagator("System.Collections.Generic.List`1", "Insert*", "https://learn.microsoft.com/dotnet/api/system.collections.generic.list-1.insert"),
            FlowMember.Propagator("System.Collections.Generic.Dictionary`2", "Add", "https://learn.microsoft.com/dotnet/api/system.collections.generic.dictionary-2.add"),
            FlowMember.Propagator("System.Collections.Generic.Dictionary`2", "TryAdd", "https://learn.microsoft.com/dotnet/api/system.collections.generic.dictionary-2.tryadd"),
            FlowMember.Propagator("System.Collections.Generic.ICollection`1", "Add", "https://learn.microsoft.com/dotnet/api/system.collections.generic.icollection-1.add"),
            FlowMember.Propagator("System.Collections.Generic.IDictionary`2", "Add", "https://learn.microsoft.com/dotnet/api/system.collections.generic.idictionary-2.add"),
            FlowMember.Propagator("System.Collections.Generic.HashSet`1", "Add", "https://learn.microsoft.com/dotnet/api/system.collections.generic.hashset-1.add"),
            FlowMember.Propagator("System.Collections.Generic.Queue`1", "Enqueue", "https://learn.microsoft.com/dotnet/api/system.collections.generic.queue-1.enqueue"),
            FlowMember.Propagator("System.Collections.Generic.Stack`1", "Push", "https://learn.microsoft.com/dotnet/api/system.collections.generic.stack-1.push"),
            FlowMember.Propagator("OpenAI.Chat.ChatMessage", "Create*", "https://learn.microsoft.com/dotnet/api/openai.chat.chatmessage.createusermessage"),
            // A message's recipients and body (MimeKit 4.18), an ad request's builder (Google Mobile Ads Unity).
            FlowMember.Propagator("MimeKit.InternetAddressList", "Add*", "https://mimekit.net/docs/html/M_MimeKit_InternetAddressList_Add.htm"),
            FlowMember.Propagator("MimeKit.BodyBuilder", "ToMessageBody", "https://mimekit.net/docs/html/M_MimeKit_BodyBuilder_ToMessageBody.htm"),
            FlowMember.Propagator("GoogleMobileAds.Api.AdRequest.Builder", "", "https://developers.google.com/admob/unity/reference/class/google-mobile-ads/api/ad-request/builder"),
            // Semantic Kernel's ChatHistory (Microsoft.SemanticKernel.Abstractions 1.82.0): AddUserMessage, AddMessage, Add, Insert.
            FlowMember.Propagator("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", "Add*", "https://learn.microsoft.com/dotnet/api/microsoft.semantickernel.chatcompletion.chathistory.addusermessage"),
            FlowMember.Propagator("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", "Insert", "https://learn.microsoft.com/dotnet/api/microsoft.semantickernel.chatcompletion.chathistory.insert"),
            // Semantic Kernel's KernelArguments (an AIFunctionArguments, Microsoft.Extensions.AI.Abstractions 10.11): what a prompt template reads.
            FlowMember.Propagator("Microsoft.Extensions.AI.AIFunctionArguments", "Add", "https://learn.microsoft.com/dotnet/api/microsoft.extensions.ai.aifunctionarguments.add"));
    }
}
